/* A plain-C face over libxml2's HTML parser.
 *
 * Only <stdint.h> types and our own opaque struct appear here: libxml2's headers pull in ICU's,
 * which must not reach Swift (shared/notes/swift-c-libraries.md). shim.c includes libxml2.
 */
#ifndef CXML_SHIM_H
#define CXML_SHIM_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

typedef struct cxml_doc cxml_doc;

/** Parses UTF-8 HTML with RECOVER and NONET; errors and warnings are silenced (never printed)
 *  and in-document charset declarations are ignored: the caller has already decoded to UTF-8.
 *  libxml2 is spared what the walk would not report: the bodies of script and style elements and
 *  of comments, and the attributes `kept_attributes` does not name (space-separated lower-case
 *  names; NULL keeps them all), wherever it reads the rest of the page the same way without them.
 *  Returns NULL when libxml2 could not build any tree. */
cxml_doc *cxml_html_parse_utf8(const char *bytes, int32_t len, const char *kept_attributes);
/** The same parse with every byte read, for tests that check both build the same tree. */
cxml_doc *cxml_html_parse_utf8_whole(const char *bytes, int32_t len);
/** How many bytes of `bytes` cxml_html_parse_utf8 leaves out (for tests). */
int32_t cxml_spared_bytes(const char *bytes, int32_t len, const char *kept_attributes);
void cxml_doc_free(cxml_doc *doc);

/** Callbacks for a depth-first walk in document order. Element and attribute names are
 *  lower-case. The contents of script, style, template and noscript elements are skipped, as are
 *  comments and processing instructions. Text is not NUL-terminated: use `len`. */
typedef struct cxml_visitor {
    void (*start_element)(void *ctx, const char *name);
    void (*attribute)(void *ctx, const char *name, const char *value);
    void (*end_element)(void *ctx, const char *name);
    void (*text)(void *ctx, const char *text, int32_t len);
} cxml_visitor;

/** Walks the tree without recursion, so any nesting depth is safe. */
void cxml_walk(const cxml_doc *doc, const cxml_visitor *visitor, void *ctx);

#ifdef __cplusplus
}
#endif
#endif
