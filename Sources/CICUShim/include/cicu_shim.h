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

/** 1 when ICU knows a converter by this name (or alias), else 0. */
int32_t cicu_charset_known(const char *charset);

#ifdef __cplusplus
}
#endif
#endif
