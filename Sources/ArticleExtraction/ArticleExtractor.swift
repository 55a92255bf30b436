import TopicsCore

/// Turns one HTML page into an `Article`: decode → parse → score blocks → pick the body →
/// find headline, date, source and author → drop boilerplate.
///
/// ```swift
/// let article = try ArticleExtractor().extract(bytes, path: "page.html")
/// print(article.title ?? "", article.paragraphs.count)
/// ```
///
/// An extractor holds no state between pages and is safe to share across threads.
public struct ArticleExtractor: Sendable {
    public struct Options: Sendable {
        /// Pages larger than this are refused with `E105` rather than parsed.
        public var maxBytes: Int = 64 << 20
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Extracts the article from a page's raw bytes. `path` and `url` are recorded as given and
    /// name the page in errors; `url` also resolves relative image links.
    public func extract(_ bytes: [UInt8], path: String? = nil, url: String? = nil) throws(TopicsError) -> Article {
        let input = path ?? url
        if bytes.count > options.maxBytes {
            throw TopicsError(.tooLarge, input: input, "\(bytes.count) bytes is over the limit of \(options.maxBytes)")
        }
        let decoded = try PageDecoder.decode(bytes, input: input)
        // Text with no markup at all is a page a scraper flattened (or plain text): read by lines.
        if !Self.hasMarkup(decoded.utf8) {
            var article = try extract(flattenedText: String(decoding: decoded.utf8, as: UTF8.self), path: path, encoding: decoded.encoding)
            article.url = url
            return article
        }
        let tree = try parse(decoded, input: input)
        var page = Self.analysis(of: tree, utf8: decoded.utf8)
        guard page.hasText else {
            throw TopicsError(.noContent, input: input, "the page has no visible text")
        }
        var article = page.article(encoding: decoded.encoding)
        article.path = path
        article.url = url ?? page.meta.canonicalURL.flatMap { $0.hasBytePrefix("http") ? $0 : nil } ?? page.meta.recordURL
        // No date printed: the day in the page's address, when it gives one.
        if article.date == nil, let address = article.url ?? page.meta.first(["og:url"]) { article.date = DateParser.inURL(address) }
        if let base = url ?? article.url {
            article.images = article.images.map { Article.Image(src: URLResolver.resolve($0.src, against: base), caption: $0.caption) }
        }
        // Nor there: the day in the address of the article's first picture that gives one (`/image/2023-11-09/thumb/…`,
        // `/cms/2020/03/27/…`), a picture being uploaded on the day it is published.
        if article.date == nil {
            let sources = article.images.prefix(6).map(\.src) + [page.meta.first(["og:image"])].compactMap { $0 }
            article.date = sources.lazy.compactMap { DateParser.inURL($0.containsBytes("://") ? $0 : "http://page/" + $0) }.first
        }
        if article.title == nil && article.paragraphs.isEmpty {
            throw TopicsError(.noContent, input: input, "no headline and no article text found")
        }
        return article
    }

    /// The analysis of a parsed page. A page that shows no running text (nothing, or only menus,
    /// forms and link lists) may hold its whole article in an element a script shows once it loads
    /// (`<div id="pc" style="display: none">` shown on desktops, an e-paper's `<td id="DivDisplay"
    /// style="display:none">`): then the element hidden by its style that holds the most text is read
    /// as shown, and the title box hidden beside it (a heading before it under the same parent).
    static func analysis(of tree: HTMLTree, utf8: [UInt8]) -> PageAnalysis {
        let page = PageAnalysis(tree: tree, utf8: utf8)
        if page.hasRunningText { return page }
        guard let hidden = tree.largestStyleHiddenElement() else { return page }
        var revealing = tree
        revealing.revealed = tree.hiddenHeadings(before: hidden) + [hidden]
        return PageAnalysis(tree: revealing, utf8: utf8)
    }

    /// Parses a decoded page: the step `extract` and `explain` share.
    private func parse(_ decoded: PageDecoder.Decoded, input: String?) throws(TopicsError) -> HTMLTree {
        guard let tree = HTMLTree.parse(utf8: decoded.utf8), !tree.nodes.isEmpty else {
            throw TopicsError(.unparsable, input: input, "libxml2 found no HTML document in it")
        }
        return tree
    }

    /// True when the bytes open with a tag (`<!DOCTYPE`, `<html`, `<p>`) or hold HTML's elements throughout: HTML
    /// rather than plain text, which may quote a tag or two.
    static func hasMarkup(_ utf8: [UInt8]) -> Bool {
        let n = utf8.count
        var i = 0
        if n >= 3, utf8[0] == 0xEF, utf8[1] == 0xBB, utf8[2] == 0xBF { i = 3 }
        while i < n, utf8[i] == 0x20 || utf8[i] == 0x09 || utf8[i] == 0x0A || utf8[i] == 0x0D { i += 1 }
        // A file opening with a tag, a doctype or a comment is a page.
        if i < n, utf8[i] == 0x3C { return true }
        // Else HTML's own elements, one in two kilobytes at least: a text quoting a tag or two in its code
        // (`inotifywait [-e <event>] <file>`, `<style> 标签`) stays text.
        var tags = 0
        while i + 1 < n {
            if utf8[i] == 0x3C, Self.opensElement(utf8, at: i) {
                tags += 1
                if tags >= 2, tags * 2048 >= n { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the `<` at `i` opens an HTML element's tag (`<p>`, `</div>`, `<br/>`, `<a href`), a doctype
    /// or a comment (`<!`), or a processing instruction (`<?`).
    private static func opensElement(_ utf8: [UInt8], at i: Int) -> Bool {
        var j = i + 1
        guard j < utf8.count else { return false }
        if utf8[j] == 0x21 || utf8[j] == 0x3F { return true }
        if utf8[j] == 0x2F { j += 1 }
        var name: [UInt8] = []
        while j < utf8.count, name.count <= 10 {
            let c = utf8[j] | 0x20
            guard (c >= 0x61 && c <= 0x7A) || (utf8[j] >= 0x30 && utf8[j] <= 0x39 && !name.isEmpty) else { break }
            name.append(utf8[j] >= 0x41 && utf8[j] <= 0x5A ? utf8[j] | 0x20 : utf8[j])
            j += 1
        }
        guard !name.isEmpty, j < utf8.count, [0x20, 0x3E, 0x2F, 0x09, 0x0A, 0x0D].contains(utf8[j]) else { return false }
        let tag = String(decoding: name, as: UTF8.self)
        return HTMLTag(name: tag) != .other || tag == "script" || tag == "style" || tag == "noscript"
    }

    /// Extracts from HTML already in a Swift string (tests, pipelines that decoded elsewhere).
    public func extract(html: String, path: String? = nil, url: String? = nil) throws(TopicsError) -> Article {
        try extract(Array(html.utf8), path: path, url: url)
    }
}

extension ArticleExtractor {
    /// A human-readable trace of how a page was read: every text block with its container,
    /// counts and whether it was taken as headline (T) or body (B). For `topics extract --explain`.
    public func explain(_ bytes: [UInt8], path: String? = nil) throws(TopicsError) -> String {
        let decoded = try PageDecoder.decode(bytes, input: path)
        let tree = try parse(decoded, input: path)
        let page = Self.analysis(of: tree, utf8: decoded.utf8)
        let body = Set(page.scorer.bodyBlockIndices())
        let title = page.titleFinder.find(bodyStart: body.min())
        var out = "encoding \(decoded.encoding) (\(decoded.method.rawValue)), \(tree.nodes.count) nodes, \(page.blocks.count) blocks\n"
        for (i, block) in page.blocks.enumerated() {
            let mark = i == title.block ? "T" : body.contains(i) ? "B" : " "
            let tag = String(describing: tree.nodes[block.container].tag)
            let flags = (block.headingLevel > 0 ? "h\(block.headingLevel)" : "") + (block.emphasized ? "em" : "")
            let density = Int(block.linkDensity * 100)
            out += "\(mark) \(i) <\(tag)> c=\(block.counts.content) p=\(block.counts.punctuation) link=\(density)% \(flags) \(block.text.prefix(70))\n"
        }
        return out
    }
}
