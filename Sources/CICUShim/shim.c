#include "cicu_shim.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/utypes.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

/* Compiled as C, so ICU's urename.h maps `ucnv_open` to its versioned symbol for us. */

const char *cicu_error_name(int32_t err) { return u_errorName((UErrorCode)err); }

int32_t cicu_detect_charset(const char *bytes, int32_t len, int32_t skipUTF16or32,
                            char *nameOut, int32_t nameCap, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t confidence = -1;
    if (nameCap > 0) nameOut[0] = 0;
    UCharsetDetector *d = ucsdet_open(&e);
    if (U_FAILURE(e)) { *err = e; return -1; }
    ucsdet_enableInputFilter(d, 1);
    ucsdet_setText(d, bytes, len, &e); /* ucsdet keeps a pointer: `bytes` outlives this call */
    int32_t found = 0;
    const UCharsetMatch **matches = U_SUCCESS(e) ? ucsdet_detectAll(d, &found, &e) : NULL;
    for (int32_t i = 0; U_SUCCESS(e) && matches && i < found; i++) {
        const char *name = ucsdet_getName(matches[i], &e);
        if (U_FAILURE(e) || name == NULL) break;
        if (skipUTF16or32 && (strncmp(name, "UTF-16", 6) == 0 || strncmp(name, "UTF-32", 6) == 0)) continue;
        confidence = ucsdet_getConfidence(matches[i], &e);
        if ((int32_t)strlen(name) < nameCap) strcpy(nameOut, name);
        break;
    }
    ucsdet_close(d);
    *err = e;
    return confidence;
}

/* Substitutes like ICU's default, and counts what it substituted. */
static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                 const char *codeUnits, int32_t length,
                                 UConverterCallbackReason reason, UErrorCode *e) {
    if (reason <= UCNV_IRREGULAR) (*(int32_t *)context)++;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, e);
}

/* ---- Two-byte charsets without ICU's cost per character ----
 *
 * A GBK (GB18030) or Big5 page is mostly ASCII markup and two-byte characters, and ICU converts it a character at a
 * time through UTF-16. What ICU makes of each two-byte pair alone (lead 81-FE, trail 40-FE) is asked of ICU once, into a
 * table; a page of nothing but ASCII and pairs the table maps is then decoded from it, and any other page (a four-byte
 * GB18030 sequence, a byte that starts no character, a pair ICU does not map to one BMP character) is left to ICU whole.
 * Both charsets are stateless, so a string of whole characters decodes as its characters do alone: the output is ICU's
 * either way. */
#include <pthread.h>
#include <unicode/ucnv_cb.h>

enum { PAIR_TRAILS = 0xFE - 0x40 + 1, PAIRS = (0xFE - 0x81 + 1) * PAIR_TRAILS };

typedef struct {
    pthread_once_t once;
    const char *charset;
    uint16_t *map; /* what each pair decodes to, 0 when it is not exactly one BMP character; NULL: no table */
} pair_table;

static pair_table gb18030_pairs = { PTHREAD_ONCE_INIT, "GB18030", NULL };
static pair_table big5_pairs = { PTHREAD_ONCE_INIT, "Big5", NULL };

/* Marks what ICU found no character for with U+FFFF (ICU sets its offset to that of the bytes, as for its own
 * substitute). */
static void mark_unmapped(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
                          UConverterCallbackReason reason, UErrorCode *e) {
    if (reason > UCNV_IRREGULAR) return;
    static const UChar marker = 0xFFFF;
    *e = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &marker, 1, 0, e);
}

/* Every pair, each followed by a newline, decoded in one call with the offset of each UTF-16 unit: a pair maps when
 * exactly one unit, a BMP character, comes from its first byte, none from its second, and the newline after it is
 * read on its own. ASCII must decode to itself too, or there is no table. */
static void build_pair_table(pair_table *t) {
    UErrorCode e = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(t->charset, &e);
    if (U_FAILURE(e)) return;
    char ascii[128];
    UChar asciiOut[256];
    for (int i = 0; i < 128; i++) ascii[i] = (char)i;
    int32_t n = ucnv_toUChars(cnv, asciiOut, 256, ascii, 128, &e);
    int asciiSame = U_SUCCESS(e) && n == 128;
    for (int i = 0; asciiSame && i < 128; i++) asciiSame = asciiOut[i] == i;
    enum { STEP = 3 };
    char *src = malloc(PAIRS * STEP);
    UChar *out = malloc(sizeof(UChar) * PAIRS * STEP * 2);
    int32_t *offsets = malloc(sizeof(int32_t) * PAIRS * STEP * 2);
    uint16_t *map = calloc(PAIRS, sizeof(uint16_t));
    if (!asciiSame || !src || !out || !offsets || !map) goto done;
    for (int k = 0; k < PAIRS; k++) {
        src[k * STEP] = (char)(0x81 + k / PAIR_TRAILS);
        src[k * STEP + 1] = (char)(0x40 + k % PAIR_TRAILS);
        src[k * STEP + 2] = '\n';
    }
    e = U_ZERO_ERROR;
    ucnv_reset(cnv);
    ucnv_setToUCallBack(cnv, mark_unmapped, NULL, NULL, NULL, &e);
    UChar *target = out;
    const char *source = src;
    if (U_SUCCESS(e))
        ucnv_toUnicode(cnv, &target, out + PAIRS * STEP * 2, &source, src + PAIRS * STEP, offsets, 1, &e);
    if (U_FAILURE(e) || source != src + PAIRS * STEP) goto done;
    int32_t units = (int32_t)(target - out);
    /* Per pair: the units read from its two bytes, the last of them, and whether its newline came alone. */
    for (int32_t j = 0, k = 0; k < PAIRS; k++) {
        int32_t fromPair = 0, fromFirst = 0, newline = 0;
        UChar value = 0;
        for (; j < units && offsets[j] >= k * STEP && offsets[j] < (k + 1) * STEP; j++) {
            int32_t at = offsets[j] - k * STEP;
            if (at == 2) { newline += out[j] == '\n' ? 1 : 2; continue; }
            fromPair++;
            if (at == 0) { fromFirst++; value = out[j]; }
        }
        if (j < units && offsets[j] < k * STEP) break; /* out of order: trust none from here */
        if (fromPair == 1 && fromFirst == 1 && newline == 1 && value != 0 && value != 0xFFFF && value != 0xFFFE
            && (value < 0xD800 || value > 0xDFFF))
            map[k] = value;
    }
    t->map = map;
    map = NULL;
done:
    free(src);
    free(out);
    free(offsets);
    free(map);
    ucnv_close(cnv);
}

static void build_gb18030_pairs(void) { build_pair_table(&gb18030_pairs); }
static void build_big5_pairs(void) { build_pair_table(&big5_pairs); }

static const uint16_t *pair_map(const char *charset) {
    if (strcmp(charset, "GB18030") == 0) {
        pthread_once(&gb18030_pairs.once, build_gb18030_pairs);
        return gb18030_pairs.map;
    }
    if (strcmp(charset, "Big5") == 0) {
        pthread_once(&big5_pairs.once, build_big5_pairs);
        return big5_pairs.map;
    }
    return NULL;
}

/* `src` decoded from the table: ASCII copied eight bytes at a time, each pair written as its character's UTF-8. -1 when
 * some byte is neither ASCII nor the lead of a pair the table maps (ICU reads that page), or `dst` is too short. */
static int32_t decode_pairs(const uint16_t *map, const unsigned char *s, int32_t n, unsigned char *d, int32_t cap) {
    int32_t i = 0, o = 0;
    while (i < n) {
        if (i + 8 <= n && o + 8 <= cap) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                memcpy(d + o, &w, 8);
                i += 8;
                o += 8;
                continue;
            }
        }
        unsigned char b = s[i];
        if (b < 0x80) {
            if (o >= cap) return -1;
            d[o++] = b;
            i++;
            continue;
        }
        if (b < 0x81 || b > 0xFE || i + 1 >= n || s[i + 1] < 0x40 || s[i + 1] > 0xFE) return -1;
        uint16_t u = map[(b - 0x81) * PAIR_TRAILS + (s[i + 1] - 0x40)];
        if (u == 0 || o + 3 > cap) return -1;
        if (u < 0x80) {
            d[o++] = (unsigned char)u;
        } else if (u < 0x800) {
            d[o++] = (unsigned char)(0xC0 | (u >> 6));
            d[o++] = (unsigned char)(0x80 | (u & 0x3F));
        } else {
            d[o++] = (unsigned char)(0xE0 | (u >> 12));
            d[o++] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
            d[o++] = (unsigned char)(0x80 | (u & 0x3F));
        }
        i += 2;
    }
    return o;
}

int32_t cicu_decode_pairs_to_utf8(const char *charset, const char *src, int32_t srcLen, char *dst, int32_t dstCap) {
    const uint16_t *map = pair_map(charset);
    return map == NULL ? -1 : decode_pairs(map, (const unsigned char *)src, srcLen, (unsigned char *)dst, dstCap);
}

int32_t cicu_decode_to_utf8(const char *charset, const char *src, int32_t srcLen,
                            char *dst, int32_t dstCap, int32_t *invalid, int32_t *err) {
    int32_t written = cicu_decode_pairs_to_utf8(charset, src, srcLen, dst, dstCap);
    if (written >= 0) {
        *invalid = 0;
        *err = 0;
        return written;
    }
    return cicu_decode_to_utf8_icu(charset, src, srcLen, dst, dstCap, invalid, err);
}

int32_t cicu_decode_to_utf8_icu(const char *charset, const char *src, int32_t srcLen,
                                char *dst, int32_t dstCap, int32_t *invalid, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    *invalid = 0;
    UConverter *from = ucnv_open(charset, &e);
    if (U_FAILURE(e)) { *err = e; return 0; }
    UConverter *to = ucnv_open("UTF-8", &e);
    if (U_FAILURE(e)) { ucnv_close(from); *err = e; return 0; }
    ucnv_setToUCallBack(from, count_and_substitute, invalid, NULL, NULL, &e);
    UChar pivot[2048];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    char *target = dst;
    const char *source = src;
    if (U_SUCCESS(e))
        ucnv_convertEx(to, from, &target, dst + dstCap, &source, src + srcLen,
                       pivot, &pivotSource, &pivotTarget, pivot + 2048, 1, 1, &e);
    ucnv_close(from);
    ucnv_close(to);
    *err = e;
    return (int32_t)(target - dst);
}

int32_t cicu_charset_known(const char *charset) {
    UErrorCode e = U_ZERO_ERROR;
    const char *canonical = ucnv_getCanonicalName(charset, "", &e);
    if (U_SUCCESS(e) && canonical != NULL) return 1;
    e = U_ZERO_ERROR;
    return ucnv_getAlias(charset, 0, &e) != NULL && U_SUCCESS(e) ? 1 : 0;
}

/* ---- Normalisation ---- */
#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static const UNormalizer2 *nfkc_instance(void) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&e); /* a shared singleton, never closed */
    return U_SUCCESS(e) ? n : NULL;
}

int32_t cicu_nfkc_is_inert(uint32_t scalar) {
    const UNormalizer2 *n = nfkc_instance();
    return n != NULL && unorm2_isInert(n, (UChar32)scalar) ? 1 : 0;
}

int32_t cicu_nfkc_has_boundary_before(uint32_t scalar) {
    const UNormalizer2 *n = nfkc_instance();
    return n == NULL || unorm2_hasBoundaryBefore(n, (UChar32)scalar) ? 1 : 0;
}

int32_t cicu_nfkc(const uint16_t *src, int32_t len, uint16_t *dst, int32_t dstCap, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&e);
    int32_t written = U_SUCCESS(e) ? unorm2_normalize(n, (const UChar *)src, len, (UChar *)dst, dstCap, &e) : 0;
    *err = e;
    return written;
}

/* ---- Transliteration ---- */
struct cicu_translit { UTransliterator *t; };

cicu_translit *cicu_translit_open(const char *id, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = 0;
    u_strFromUTF8(uid, 128, &n, id, -1, &e);
    UParseError pe;
    UTransliterator *t = U_SUCCESS(e) ? utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, &pe, &e) : NULL;
    *err = e;
    if (U_FAILURE(e) || t == NULL) return NULL;
    cicu_translit *handle = malloc(sizeof *handle);
    if (handle == NULL) { utrans_close(t); *err = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    handle->t = t;
    return handle;
}

int32_t cicu_translit_apply(cicu_translit *t, uint16_t *buf, int32_t len, int32_t cap, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t textLength = len, limit = len;
    utrans_transUChars(t->t, (UChar *)buf, &textLength, cap, 0, &limit, &e);
    *err = e;
    return textLength;
}

void cicu_translit_close(cicu_translit *t) {
    if (t == NULL) return;
    utrans_close(t->t);
    free(t);
}

/* ---- Word boundaries ---- */
struct cicu_wordbreaker { UBreakIterator *bi; };

cicu_wordbreaker *cicu_wb_open(const char *locale, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, NULL, 0, &e);
    *err = e;
    if (U_FAILURE(e) || bi == NULL) return NULL;
    cicu_wordbreaker *handle = malloc(sizeof *handle);
    if (handle == NULL) { ubrk_close(bi); *err = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    handle->bi = bi;
    return handle;
}

void cicu_wb_set_text(cicu_wordbreaker *wb, const uint16_t *text, int32_t len, int32_t *err) {
    UErrorCode e = U_ZERO_ERROR;
    ubrk_setText(wb->bi, (const UChar *)text, len, &e);
    *err = e;
}

int32_t cicu_wb_next_word(cicu_wordbreaker *wb, int32_t *start, int32_t *end) {
    int32_t s = ubrk_current(wb->bi);
    for (int32_t t = ubrk_next(wb->bi); t != UBRK_DONE; s = t, t = ubrk_next(wb->bi)) {
        if (ubrk_getRuleStatus(wb->bi) >= UBRK_WORD_NONE_LIMIT) { *start = s; *end = t; return 1; }
    }
    return 0;
}

void cicu_wb_close(cicu_wordbreaker *wb) {
    if (wb == NULL) return;
    ubrk_close(wb->bi);
    free(wb);
}

#include <unicode/uregex.h>

int32_t cicu_regex_compiles(const uint16_t *pattern, int32_t len) {
    if (pattern == NULL || len <= 0) return 0;
    UErrorCode e = U_ZERO_ERROR;
    UParseError where;
    URegularExpression *re = uregex_open((const UChar *)pattern, len, 0, &where, &e);
    if (re != NULL) uregex_close(re);
    return U_SUCCESS(e) ? 1 : 0;
}
