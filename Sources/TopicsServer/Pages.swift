import Reports
import TopicModels
import TopicsCore

/// The workspace's pages: server-rendered HTML that works without JavaScript, in the report's
/// Chinese font stack, laid out for a 1366-pixel screen and for a phone. Every value that comes
/// from a document or a request goes through `h` (the reports' one escaping function).
enum Pages {
    static func h(_ s: String) -> String { AgendaReport.escapeHTML(s) }

    /// A URL path segment or query value: everything but unreserved characters percent-encoded.
    static func u(_ s: String) -> String {
        var out = HTMLBuffer(capacity: s.utf8.count * 3)
        out.urlComponent(s)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// An http(s) link from a document, or nil (`javascript:` and every other scheme are not
    /// links): the report's one rule, `AgendaReport.safeLink`.
    static func safeURL(_ s: String?) -> String? {
        s.flatMap { AgendaReport.safeLink($0.trimmingCharacters(in: .whitespaces)) }
    }

    static func layout(title: String, body: String, notice: String? = nil) -> String {
        var html = HTMLBuffer(capacity: 8_192 + body.utf8.count)
        head(title: title, notice: notice, into: &html)
        html.raw(body)
        tail(into: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    /// A page up to its body: the title, the style sheet, the header and the notice, if any.
    static func head(title: String, notice: String? = nil, into html: inout HTMLBuffer) {
        html.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.text(title)
        html.raw(" · topics</title>\n")
        html.raw(chrome)
        html.raw("\n")
        if let notice { html.raw("<p class=\"notice\">"); html.text(notice); html.raw("</p>") }
        html.raw("\n")
    }

    /// A page after its body.
    static func tail(into html: inout HTMLBuffer) { html.raw("\n</main></body></html>") }

    /// The style sheet and the header, the same on every page.
    private static let chrome = """
        <style>
        *{box-sizing:border-box}
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;line-height:1.55;background:#fafafa}
        header{background:#24436e;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
        header a{color:#fff;text-decoration:none;font-weight:600}header .brand{font-size:1.1rem;margin-right:auto}
        main{max-width:78rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;margin:.4rem 0 1rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
        .search{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem;background:#fff;padding:.8rem;border:1px solid #e3e3e3;border-radius:.4rem}
        .search .q{grid-column:1/-1;display:flex;gap:.5rem}.search .q input{flex:1;font-size:1.05rem}
        input,select,button{font:inherit;padding:.3rem .45rem;border:1px solid #bbb;border-radius:.3rem;max-width:100%}
        button{background:#24436e;color:#fff;border-color:#24436e;cursor:pointer}
        label{font-size:.85rem;color:#555;display:flex;flex-direction:column}
        .cols{display:grid;grid-template-columns:15rem 1fr;gap:1.2rem}
        @media (max-width:800px){.cols{grid-template-columns:1fr}.facets{order:2}}
        .facets h3{font-size:.95rem;margin:.8rem 0 .2rem}.facets ul{list-style:none;padding:0;margin:0}.facets li{font-size:.9rem}
        .hit{background:#fff;border:1px solid #e6e6e6;border-radius:.4rem;padding:.6rem .8rem;margin-bottom:.6rem}
        .hit h3{margin:0 0 .2rem;font-size:1.05rem}.meta{color:#666;font-size:.85rem}
        mark{background:#ffe08a}mark.tag{background:#cfe8d6;border-bottom:2px solid #3a9d6a}
        .doctext{background:#fff;border:1px solid #e6e6e6;padding:1rem;border-radius:.4rem;white-space:pre-wrap;overflow-wrap:anywhere}
        table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
        dl.fields{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem}dl.fields dt{color:#666}dl.fields dd{margin:0;overflow-wrap:anywhere}
        @media (max-width:600px){dl.fields{grid-template-columns:minmax(0,1fr);gap:0}dl.fields dd{margin-bottom:.4rem}}
        .pager a{margin-right:.8rem}.notice{background:#fff6d6;border:1px solid #e8d58a;padding:.5rem .8rem;border-radius:.3rem}
        .error{background:#fde2e2;border-color:#e08a8a}
        form.inline{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end;margin:.4rem 0}
        svg text{font-size:12px;fill:#333}svg .axis{stroke:#999;stroke-width:1}
        .scroll{overflow-x:auto}.scroll table{min-width:34rem}
        </style></head><body>
        <header><a class="brand" href="/">topics 工作台</a><a href="/">检索 Search</a><a href="/agenda">议题 Agenda</a></header>
        <main>
        """

    /// The text with each `[start, end)` code-point range (into the text's scalars) marked, the
    /// topic named in the mark's title; overlapping ranges merge into the first.
    static func highlighted(_ text: String, spans: [(start: Int, end: Int, label: String)]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = "", at = 0
        for span in spans.sorted(by: { $0.start < $1.start }) {
            let start = max(span.start, at), end = min(span.end, scalars.count)
            guard start < end else { continue }
            out += h(String(String.UnicodeScalarView(scalars[at..<start])))
            out += "<mark class=\"tag\" title=\"\(h(span.label))\">" + h(String(String.UnicodeScalarView(scalars[start..<end]))) + "</mark>"
            at = end
        }
        if at < scalars.count { out += h(String(String.UnicodeScalarView(scalars[at...]))) }
        return out
    }

    /// A POST form carrying the CSRF token.
    static func form(_ action: String, csrf: String, fields: String, button: String) -> String {
        "<form class=\"inline\" method=\"post\" action=\"\(h(action))\"><input type=\"hidden\" name=\"csrf\" value=\"\(h(csrf))\">"
            + fields + "<button type=\"submit\">\(h(button))</button></form>"
    }
}
