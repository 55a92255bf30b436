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
