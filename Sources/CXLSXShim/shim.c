#include "cxlsx_shim.h"
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

struct cxlsx_book {
    lxw_workbook *workbook;
    lxw_worksheet *sheet;
    lxw_format *header;
    lxw_format *wrap;
};

cxlsx_book *cxlsx_new(const char *path) {
    lxw_workbook_options options = {0};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (!workbook) return NULL;
    cxlsx_book *book = calloc(1, sizeof *book);
    if (!book) { workbook_close(workbook); return NULL; }
    book->workbook = workbook;
    book->header = workbook_add_format(workbook);
    format_set_bold(book->header);
    format_set_text_wrap(book->header);
    book->wrap = workbook_add_format(workbook);
    format_set_text_wrap(book->wrap);
    format_set_align(book->wrap, LXW_ALIGN_VERTICAL_TOP);
    return book;
}

int32_t cxlsx_add_sheet(cxlsx_book *book, const char *name) {
    lxw_worksheet *sheet = workbook_add_worksheet(book->workbook, name);
    if (!sheet) return LXW_ERROR_SHEETNAME_ALREADY_USED;
    book->sheet = sheet;
    return 0;
}

int32_t cxlsx_write_text(cxlsx_book *book, uint32_t row, uint16_t col, const char *text, int32_t header) {
    if (!book->sheet) return LXW_ERROR_NULL_PARAMETER_IGNORED;
    lxw_format *format = header ? book->header : (strchr(text, '\n') ? book->wrap : NULL);
    return worksheet_write_string(book->sheet, row, col, text, format);
}

int32_t cxlsx_write_number(cxlsx_book *book, uint32_t row, uint16_t col, double value) {
    if (!book->sheet) return LXW_ERROR_NULL_PARAMETER_IGNORED;
    return worksheet_write_number(book->sheet, row, col, value, NULL);
}

int32_t cxlsx_set_width(cxlsx_book *book, uint16_t col, double width) {
    if (!book->sheet) return LXW_ERROR_NULL_PARAMETER_IGNORED;
    return worksheet_set_column(book->sheet, col, col, width, NULL);
}

int32_t cxlsx_header_filter(cxlsx_book *book, uint32_t rows, uint16_t cols) {
    if (!book->sheet || cols == 0) return 0;
    worksheet_freeze_panes(book->sheet, 1, 0);
    return worksheet_autofilter(book->sheet, 0, 0, rows > 0 ? rows - 1 : 0, (lxw_col_t)(cols - 1));
}

int32_t cxlsx_close(cxlsx_book *book) {
    lxw_error error = workbook_close(book->workbook);
    free(book);
    return (int32_t)error;
}

void cxlsx_discard(cxlsx_book *book) {
    /* libxlsxwriter has no discard: write to the path anyway, then the caller removes the file. */
    workbook_close(book->workbook);
    free(book);
}

const char *cxlsx_error_text(int32_t code) { return lxw_strerror((lxw_error)code); }
