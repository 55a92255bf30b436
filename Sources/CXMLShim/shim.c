#include "cxml_shim.h"
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

struct cxml_doc { htmlDocPtr doc; };

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_parser(void) { xmlInitParser(); }

static void ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void ignore_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/* Whether bytes[i] opens `</br` followed by `>`, `/` or white space (any case). */
static int is_br_end_tag(const char *bytes, int32_t len, int32_t i) {
    if (i + 4 >= len || bytes[i + 1] != '/' || (bytes[i + 2] | 0x20) != 'b' || (bytes[i + 3] | 0x20) != 'r') return 0;
    char next = bytes[i + 4];
    return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n' || next == '\r';
}

/* Browsers read the stray end tag `</br>` as a line break (HTML's parsing rules say so); libxml2
   drops it, which glues a headline to the subtitle printed under it (`标题</br>副题`). Returns a copy
   with every `</br` rewritten as `<br ` (same length), or NULL when the page has none. */
static char *with_br_end_tags_as_breaks(const char *bytes, int32_t len) {
    char *copy = NULL;
    const char *p = bytes, *end = bytes + len;
    while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        int32_t i = (int32_t)(p - bytes);
        if (is_br_end_tag(bytes, len, i)) {
            if (copy == NULL) {
                copy = malloc((size_t)len);
                if (copy == NULL) return NULL;
                memcpy(copy, bytes, (size_t)len);
            }
            copy[i + 1] = 'b'; copy[i + 2] = 'r'; copy[i + 3] = ' ';
        }
        p++;
    }
    return copy;
}

cxml_doc *cxml_html_parse_utf8(const char *bytes, int32_t len) {
    pthread_once(&init_once, init_parser);
    /* libxml2 keeps error handlers per thread: silence them on the thread that parses. */
    xmlSetGenericErrorFunc(NULL, ignore_generic);
    xmlSetStructuredErrorFunc(NULL, ignore_structured);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    char *patched = with_br_end_tags_as_breaks(bytes, len);
    htmlDocPtr doc = htmlReadMemory(patched ? patched : bytes, len, NULL, "UTF-8", options);
    free(patched);
    if (doc == NULL) return NULL;
    cxml_doc *out = malloc(sizeof *out);
    if (out == NULL) { xmlFreeDoc(doc); return NULL; }
    out->doc = doc;
    return out;
}

void cxml_doc_free(cxml_doc *doc) {
    if (doc == NULL) return;
    xmlFreeDoc(doc->doc);
    free(doc);
}

static int skips_contents(const xmlChar *name) {
    return name && (!strcmp((const char *)name, "script") || !strcmp((const char *)name, "style") ||
                    !strcmp((const char *)name, "template") || !strcmp((const char *)name, "noscript"));
}

static void visit_attributes(xmlNodePtr node, const cxml_visitor *v, void *ctx) {
    for (xmlAttrPtr a = node->properties; a != NULL; a = a->next) {
        if (a->name == NULL) continue;
        xmlNodePtr c = a->children;
        if (c == NULL) { v->attribute(ctx, (const char *)a->name, ""); continue; }
        if (c->next == NULL && (c->type == XML_TEXT_NODE) && c->content) {
            v->attribute(ctx, (const char *)a->name, (const char *)c->content);
            continue;
        }
        xmlChar *value = xmlNodeListGetString(node->doc, c, 1);
        v->attribute(ctx, (const char *)a->name, value ? (const char *)value : "");
        if (value) xmlFree(value);
    }
}

void cxml_walk(const cxml_doc *doc, const cxml_visitor *v, void *ctx) {
    if (doc == NULL || doc->doc == NULL) return;
    xmlNodePtr top = (xmlNodePtr)doc->doc;
    xmlNodePtr node = top->children;
    while (node != NULL) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            v->start_element(ctx, (const char *)node->name);
            visit_attributes(node, v, ctx);
            if (node->children && !skips_contents(node->name)) descend = 1;
            else v->end_element(ctx, (const char *)node->name);
        } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
            v->text(ctx, (const char *)node->content, (int32_t)strlen((const char *)node->content));
        }
        if (descend) { node = node->children; continue; }
        /* climb until there is a next sibling, closing the elements we leave */
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == NULL || node == top) return;
            if (node->type == XML_ELEMENT_NODE) v->end_element(ctx, (const char *)node->name);
        }
        if (node != NULL) node = node->next;
    }
}
