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

/* ---- What the walk never reports, left out before libxml2 reads the page ----
   The walk never enters script or style elements, yet libxml2 reads their bodies a character at a
   time and stores them in the tree: about a tenth of its time on pages heavy with scripts. The
   scanner below follows libxml2's own reading of the page (HTMLparser.c of 2.9.14, recovery mode)
   token by token: text up to `<`, comments, DOCTYPE, processing instructions, end tags and start
   tags with their attributes, quoted or not, and bogus attribute text skipped as libxml2 skips it.
   Where it meets a script or style start tag closed by `>`, it cuts the body up to the first `</`
   followed by the element's name (libxml2's rule for where such a body ends) and keeps that end tag,
   so the parser builds the same tree with empty script and style elements. Comment bodies are cut
   the same way (the walk skips comments), and so are the attributes the caller does not read,
   whole. On anything it is not sure libxml2 reads the same way (a NUL byte, an unterminated
   comment or tag, a body opening with a tag), it stops cutting and leaves the rest of the page as
   it is: what comes before is unaffected, as the parser reads in order. */

static int is_blank(unsigned char c) { return c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D; }
static int is_letter(unsigned char c) { unsigned char l = c | 0x20; return l >= 'a' && l <= 'z'; }
static int is_name_start(unsigned char c) { return is_letter(c) || c == '_' || c == ':' || c == '.'; }
static int is_name_char(unsigned char c) {
    return is_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

/* libxml2's htmlParseHTMLName reads at most 100 name characters. */
static const unsigned char *skip_name(const unsigned char *p, const unsigned char *end) {
    int n = 0;
    while (p < end && n < 100 && is_name_char(*p)) { p++; n++; }
    return p;
}

static const unsigned char *skip_blanks(const unsigned char *p, const unsigned char *end) {
    while (p < end && is_blank(*p)) p++;
    return p;
}

static int at_empty_tag_end(const unsigned char *p, const unsigned char *end) {
    return *p == '/' && p + 1 < end && p[1] == '>';
}

/* Attribute names the caller reads (space-separated, lower case); others are left out of the page. */
typedef struct { const char *names[64]; size_t lens[64]; int count; } name_list;

static void read_names(name_list *list, const char *spaced) {
    list->count = 0;
    if (spaced == NULL) return;
    const char *p = spaced;
    while (*p && list->count < 64) {
        while (*p == ' ') p++;
        const char *start = p;
        while (*p && *p != ' ') p++;
        if (p > start) { list->names[list->count] = start; list->lens[list->count] = (size_t)(p - start); list->count++; }
    }
}

static int listed(const name_list *list, const unsigned char *name, size_t len) {
    for (int i = 0; i < list->count; i++) {
        if (list->lens[i] != len) continue;
        size_t k = 0;
        while (k < len && (unsigned char)list->names[i][k] == (name[k] >= 'A' && name[k] <= 'Z' ? name[k] | 0x20 : name[k])) k++;
        if (k == len) return 1;
    }
    return 0;
}

/* Up to 32 attributes a tag can lose: each from its name's start to its value's end. */
typedef struct { const unsigned char *from[32], *to[32]; int count; } drop_list;

/* `p` is just after `<` at an ASCII letter. Returns the position after the tag's `>` (or `/>`, then
   *self_closing = 1), or NULL when the tag runs to the end of the input. With `kept`, the attributes
   it does not name are listed in `drops`: a whole attribute, name, `=` and value, read the way
   libxml2 reads it, so that without it libxml2 reads the next one as it would have. */
static const unsigned char *skip_start_tag(const unsigned char *p, const unsigned char *end,
                                           const unsigned char **name_end, int *self_closing,
                                           const name_list *kept, drop_list *drops) {
    p = skip_name(p, end);
    *name_end = p;
    p = skip_blanks(p, end);
    while (p < end && *p != '>' && !at_empty_tag_end(p, end)) {
        if (is_name_start(*p)) {
            const unsigned char *name = p, *after_name = skip_name(p, end);
            p = skip_blanks(after_name, end);
            const unsigned char *attribute_end = after_name;
            if (p < end && *p == '=') {
                p = skip_blanks(p + 1, end);
                if (p < end && (*p == '"' || *p == '\'')) {
                    unsigned char quote = *p++;
                    const unsigned char *close = memchr(p, quote, (size_t)(end - p));
                    p = close ? close + 1 : end;
                } else {
                    while (p < end && !is_blank(*p) && *p != '>') p++;
                }
                attribute_end = p;
            }
            size_t name_len = (size_t)(after_name - name);
            if (kept != NULL && name_len < 100 && drops->count < 32 && !listed(kept, name, name_len)) {
                drops->from[drops->count] = name;
                drops->to[drops->count] = attribute_end;
                drops->count++;
            }
        } else {
            while (p < end && !is_blank(*p) && *p != '>' && !at_empty_tag_end(p, end)) p++;
        }
        p = skip_blanks(p, end);
    }
    if (p >= end) return NULL;
    *self_closing = *p == '/';
    return p + (*self_closing ? 2 : 1);
}

static int same_letters(const unsigned char *p, const unsigned char *end, const char *lower) {
    for (; *lower; lower++, p++) if (p >= end || (*p | 0x20) != (unsigned char)*lower) return 0;
    return 1;
}

/* The first `</` followed by `name` (any case) at or after `p`, or NULL. */
static const unsigned char *find_end_tag(const unsigned char *p, const unsigned char *end, const char *name) {
    while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        if (p + 1 < end && p[1] == '/' && same_letters(p + 2, end, name)) return p;
        p++;
    }
    return NULL;
}

/* The end of the comment opening at `p` (`<!--`), libxml2's way: the first `-->` or `--!>` whose
   dashes start at least four bytes in; NULL when unterminated. Sets *close to the closer's start. */
static const unsigned char *comment_end(const unsigned char *p, const unsigned char *end, const unsigned char **close) {
    for (const unsigned char *q = p + 4; q + 2 < end; q++) {
        if (q[0] != '-' || q[1] != '-') continue;
        if (q[2] == '>') { *close = q; return q + 3; }
        if (q[2] == '!' && q + 3 < end && q[3] == '>') { *close = q; return q + 4; }
    }
    return NULL;
}

typedef struct { char *out; size_t used; const unsigned char *copied; } cut_state;

/* Copies what lies between the last cut and `from`, then skips to `to`. */
static int cut(cut_state *s, int32_t len, const unsigned char *from, const unsigned char *to) {
    if (s->out == NULL && (s->out = malloc((size_t)len)) == NULL) return 0;
    size_t n = (size_t)(from - s->copied);
    memcpy(s->out + s->used, s->copied, n);
    s->used += n;
    s->copied = to;
    return 1;
}

/* Returns a copy without script, style and comment bodies and without the attributes `kept_attributes`
   does not name (NULL: all kept), its length in *out_len; or NULL when nothing was cut. */
static char *without_unread_parts(const char *bytes, int32_t len, const char *kept_attributes, int32_t *out_len) {
    const unsigned char *in = (const unsigned char *)bytes, *end = in + len, *p = in;
    if (len <= 0 || memchr(in, 0, (size_t)len) != NULL) return NULL;
    cut_state s = { NULL, 0, in };
    name_list kept;
    read_names(&kept, kept_attributes);
    while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        unsigned char next = p + 1 < end ? p[1] : 0;
        if (next == '/') {
            if (p + 2 < end && is_name_start(p[2])) {
                const unsigned char *gt = memchr(p + 2, '>', (size_t)(end - p - 2));
                if (gt == NULL) break;
                p = gt + 1;
            } else {
                p += 2;
            }
        } else if (next == '!') {
            if (p + 3 < end && p[2] == '-' && p[3] == '-') {
                const unsigned char *close, *after = comment_end(p, end, &close);
                if (after == NULL) break;
                if (close > p + 4 && !cut(&s, len, p + 4, close)) return NULL;
                p = after;
            } else if (same_letters(p + 2, end, "doctype")) {
                const unsigned char *q = p + 9;
                while (q < end && *q != '>') {
                    if (*q == '"' || *q == '\'') {
                        const unsigned char *close = memchr(q + 1, *q, (size_t)(end - q - 1));
                        if (close == NULL) break;
                        q = close;
                    }
                    q++;
                }
                if (q >= end) break;
                p = q + 1;
            } else {
                p += 1;
            }
        } else if (next == '?') {
            if (p + 2 < end && (is_letter(p[2]) || p[2] == '_' || p[2] == ':')) {
                const unsigned char *gt = memchr(p + 2, '>', (size_t)(end - p - 2));
                if (gt == NULL) break;
                p = gt + 1;
            } else if (p + 2 < end && p[2] >= 0x80) {
                break;
            } else {
                p += 2;
            }
        } else if (is_letter(next)) {
            const unsigned char *name_end;
            int self_closing = 0;
            drop_list drops = { .count = 0 };
            const unsigned char *after = skip_start_tag(p + 1, end, &name_end, &self_closing,
                                                        kept_attributes ? &kept : NULL, &drops);
            if (after == NULL) break;
            for (int k = 0; k < drops.count; k++) if (!cut(&s, len, drops.from[k], drops.to[k])) return NULL;
            size_t name_len = (size_t)(name_end - p - 1);
            const char *raw = NULL;
            if (name_len == 6 && same_letters(p + 1, end, "script")) raw = "script";
            else if (name_len == 5 && same_letters(p + 1, end, "style")) raw = "style";
            if (raw != NULL && !self_closing) {
                const unsigned char *close = find_end_tag(after, end, raw);
                if (close == NULL) break;
                /* libxml2 reads a body opening with `</` or `<` and a name as markup first. */
                if (close > after && *after == '<' && after + 1 < end &&
                    (after[1] == '/' || is_letter(after[1]) || after[1] == '_' || after[1] == ':')) break;
                if (close > after && !cut(&s, len, after, close)) return NULL;
                p = close;
            } else {
                p = after;
            }
        } else {
            p += 1;
        }
    }
    if (s.out == NULL) return NULL;
    size_t rest = (size_t)(end - s.copied);
    memcpy(s.out + s.used, s.copied, rest);
    *out_len = (int32_t)(s.used + rest);
    return s.out;
}

static cxml_doc *parse_utf8(const char *bytes, int32_t len, int cut, const char *kept_attributes) {
    pthread_once(&init_once, init_parser);
    /* libxml2 keeps error handlers per thread: silence them on the thread that parses. */
    xmlSetGenericErrorFunc(NULL, ignore_generic);
    xmlSetStructuredErrorFunc(NULL, ignore_structured);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    char *patched = with_br_end_tags_as_breaks(bytes, len);
    const char *text = patched ? patched : bytes;
    int32_t text_len = len;
    char *cut_text = cut ? without_unread_parts(text, len, kept_attributes, &text_len) : NULL;
    htmlDocPtr doc = htmlReadMemory(cut_text ? cut_text : text, text_len, NULL, "UTF-8", options);
    free(cut_text);
    free(patched);
    if (doc == NULL) return NULL;
    cxml_doc *out = malloc(sizeof *out);
    if (out == NULL) { xmlFreeDoc(doc); return NULL; }
    out->doc = doc;
    return out;
}

cxml_doc *cxml_html_parse_utf8(const char *bytes, int32_t len, const char *kept_attributes) {
    return parse_utf8(bytes, len, 1, kept_attributes);
}

cxml_doc *cxml_html_parse_utf8_whole(const char *bytes, int32_t len) { return parse_utf8(bytes, len, 0, NULL); }

int32_t cxml_spared_bytes(const char *bytes, int32_t len, const char *kept_attributes) {
    int32_t kept = len;
    char *cut_text = without_unread_parts(bytes, len, kept_attributes, &kept);
    free(cut_text);
    return len - kept;
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
