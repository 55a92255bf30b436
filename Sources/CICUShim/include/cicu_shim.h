/* A plain-C face over the few ICU calls topics needs.
 *
 * Only <stdint.h> types and our own opaque structs appear here: an ICU header reaching a module
 * that Swift imports clashes with the ICU copy inside Foundation and breaks clean builds
 * (shared/notes/swift-c-libraries.md). ICU itself is included only by shim.c.
 *
 * `err` out-parameters carry ICU's UErrorCode as int32_t: > 0 failure, < 0 warning,
 * 15 = U_BUFFER_OVERFLOW_ERROR (the return value is then the size needed).
 */
#ifndef CICU_SHIM_H
#define CICU_SHIM_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/** 1 when `pattern` (UTF-16, `len` units) compiles as an ICU regular expression with no flags, else 0.
 * Everything ICU allocated is freed either way (Foundation's NSRegularExpression leaks on a pattern
 * that fails: check with this first). */
int32_t cicu_regex_compiles(const uint16_t *pattern, int32_t len);

/** ICU's name for an error code, e.g. "U_INVALID_CHAR_FOUND". Never NULL. */
const char *cicu_error_name(int32_t err);

/** Best charset guess for `bytes` (ucsdet with the markup filter on). With `skipUTF16or32` set,
 *  UTF-16/32 guesses are passed over. Writes the name into `nameOut` and returns ICU's confidence
 *  (0-100), or -1 when nothing matched. */
int32_t cicu_detect_charset(const char *bytes, int32_t len, int32_t skipUTF16or32,
                            char *nameOut, int32_t nameCap, int32_t *err);

/** Decodes `src` from `charset` into UTF-8, substituting U+FFFD for bytes that are not valid in
 *  that charset and counting them in `*invalid`. Returns the UTF-8 length written to `dst`
 *  (3 * srcLen + 16 bytes always suffice). */
int32_t cicu_decode_to_utf8(const char *charset, const char *src, int32_t srcLen,
                            char *dst, int32_t dstCap, int32_t *invalid, int32_t *err);

/** `src` decoded from the table of two-byte characters alone (GB18030 and Big5): the UTF-8 length, or -1 when the
 *  charset has no table or some byte is neither ASCII nor part of a pair the table maps. */
int32_t cicu_decode_pairs_to_utf8(const char *charset, const char *src, int32_t srcLen, char *dst, int32_t dstCap);

/** `cicu_decode_to_utf8`, always through ICU a character at a time (`cicu_decode_to_utf8` reads GB18030 and Big5 pages of ASCII
 *  and two-byte characters from a table of ICU's own answers): what the table is tested against. */
int32_t cicu_decode_to_utf8_icu(const char *charset, const char *src, int32_t srcLen,
                                char *dst, int32_t dstCap, int32_t *invalid, int32_t *err);

/** 1 when ICU knows a converter by this name (or alias), else 0. */
int32_t cicu_charset_known(const char *charset);

/* ---- Normalisation ---- */

/** 1 when NFKC leaves the code point unchanged whatever surrounds it (ICU's "inert"), else 0.
 *  Lets callers skip ICU for the plain CJK and ASCII that make up most text. */
int32_t cicu_nfkc_is_inert(uint32_t scalar);

/** 1 when an NFKC run may start at this code point (nothing before it can combine with it). */
int32_t cicu_nfkc_has_boundary_before(uint32_t scalar);

/** NFKC of UTF-16 `src` into `dst`; returns the length (if > dstCap, err = 15 and nothing useful
 *  was written: call again with a buffer of that size). */
int32_t cicu_nfkc(const uint16_t *src, int32_t len, uint16_t *dst, int32_t dstCap, int32_t *err);

/* ---- Transliteration (e.g. "Traditional-Simplified") ---- */
typedef struct cicu_translit cicu_translit;
cicu_translit *cicu_translit_open(const char *id, int32_t *err);
/** Transliterates `buf[0..len)` in place; returns the new length (> cap: err = 15, buffer too small). */
int32_t cicu_translit_apply(cicu_translit *t, uint16_t *buf, int32_t len, int32_t cap, int32_t *err);
void cicu_translit_close(cicu_translit *t);

/* ---- Word boundaries (ICU's dictionary word break, the fallback segmenter) ---- */
typedef struct cicu_wordbreaker cicu_wordbreaker;
cicu_wordbreaker *cicu_wb_open(const char *locale, int32_t *err);
/** The text must stay alive until the next set_text or close (ICU does not copy it). */
void cicu_wb_set_text(cicu_wordbreaker *wb, const uint16_t *text, int32_t len, int32_t *err);
/** Next word-like span (letters, numbers, ideographs; spaces and punctuation skipped):
 *  1 and [start, end) in UTF-16 units, or 0 when done. */
int32_t cicu_wb_next_word(cicu_wordbreaker *wb, int32_t *start, int32_t *end);
void cicu_wb_close(cicu_wordbreaker *wb);

#ifdef __cplusplus
}
#endif
#endif
