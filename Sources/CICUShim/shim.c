#include "cicu_shim.h"
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

int32_t cicu_decode_to_utf8(const char *charset, const char *src, int32_t srcLen,
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
