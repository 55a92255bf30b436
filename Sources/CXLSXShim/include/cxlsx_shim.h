/* A plain-C face over libxlsxwriter: one workbook, sheets written row by row.
 *
 * Only <stdint.h> types and our own opaque struct appear here, like the libxml2 and ICU shims
 * (shared/notes/swift-c-libraries.md). shim.c includes libxlsxwriter.
 */
#ifndef CXLSX_SHIM_H
#define CXLSX_SHIM_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

typedef struct cxlsx_book cxlsx_book;

/** A new workbook to be written at `path` when closed (constant-memory mode: rows must come in
 *  order). NULL when it cannot be created. */
cxlsx_book *cxlsx_new(const char *path);

/** Adds a sheet (name: at most 31 characters, no []:*?/\) and makes it the one written to.
 *  Returns 0, or an error code. */
int32_t cxlsx_add_sheet(cxlsx_book *book, const char *name);

/** A text cell (UTF-8, NUL-terminated). `header`: bold; text with line breaks wraps. */
int32_t cxlsx_write_text(cxlsx_book *book, uint32_t row, uint16_t col, const char *text, int32_t header);

int32_t cxlsx_write_number(cxlsx_book *book, uint32_t row, uint16_t col, double value);

/** Column `col`'s width in characters. */
int32_t cxlsx_set_width(cxlsx_book *book, uint16_t col, double width);

/** Freezes the first row and puts a filter on the header of `cols` columns and `rows` rows. */
int32_t cxlsx_header_filter(cxlsx_book *book, uint32_t rows, uint16_t cols);

/** Writes the file and frees the workbook (also on error). Returns 0, or an error code. */
int32_t cxlsx_close(cxlsx_book *book);

/** Frees the workbook without writing anything. */
void cxlsx_discard(cxlsx_book *book);

/** The error code in words. */
const char *cxlsx_error_text(int32_t code);

#ifdef __cplusplus
}
#endif
#endif
