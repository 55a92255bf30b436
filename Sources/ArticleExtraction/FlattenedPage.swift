import TopicsCore

/// A web page that a scraper has already flattened to plain text: one line per block, the site's
/// banner, breadcrumbs, font-size widgets and share lines still in it, the page's `<title>` often
/// printed as a line of its own (`新国学网:…_湖南省-脱贫-帮扶-`).
///
/// The lines are put back into a minimal page — the `<title>`-like line as the title, the headline
/// as a heading, the text before it as a header, the closing credit lines as a footer — so that
/// the same rules read it as a page: furniture dropped, the meta line
/// `发布日期:2020-10-24  来源:中国新闻网(cns2012)  作者:陈海峰` read into date, source and author,
/// `核心提示` as the summary.
///
/// ```swift
/// if FlattenedPage.looksLikePage(text) {
///     let article = try ArticleExtractor().extract(flattenedText: text, path: "page.txt")
/// }
/// ```
public enum FlattenedPage {
    /// True when the first lines of `text` hold page furniture (当前位置, 放大字体, 分享到 …) or a
    /// meta line with a date and a 来源/作者 label: a page flattened to text rather than a document
    /// written as text (a proposal, a report).
    public static func looksLikePage(_ text: String) -> Bool {
        let lines = self.lines(text).prefix(15)
        var furniture = 0, metaLines = 0
        for line in lines {
            let block = Self.block(line)
            if NoiseFilter.isFurniture(block) { furniture += 1 }
            if NoiseFilter.isMetaLine(block), DateParser.first(in: line) != nil,
               BylineParser.value(after: BylineParser.sourceLabels, in: line) != nil
                || BylineParser.value(after: BylineParser.authorLabels, in: line) != nil {
                metaLines += 1
            }
        }
        return metaLines > 0 || furniture >= 2
    }

    /// The text as a minimal HTML page (see the type's description).
    static func html(from text: String) -> String {
        var lines = self.lines(text).map(undoubled)
        // The page's <title>, printed as a line near the top: separators around the headline.
        var pageTitle: String?
        if let k = titleLine(lines) {
            pageTitle = lines[k]
            lines.remove(at: k)
        }
        let blocks = lines.map(Self.block)
        // The body starts at the first paragraph of running text that is not a summary or meta line.
        let bodyStart = blocks.indices.first { i in
            let b = blocks[i]
            return ((b.counts.content > 120 && b.counts.punctuation >= 1) || (b.counts.content > 30 && b.counts.punctuation >= 2))
                && NoiseFilter.summary(in: b) == nil && !NoiseFilter.isMetaLine(b) && !NoiseFilter.isFurniture(b)
        } ?? 0
        // The headline: the last short line above it that reads like one.
        var headline = stride(from: bodyStart - 1, through: max(0, bodyStart - 6), by: -1).first { readsLikeHeadline(blocks[$0]) }
        // A line naming who issued or wrote the text right under the headline (a work report's
        // `政协陇南市委员会`, a column's `王建国`): the text's source or author, not its first paragraph,
        // nor the headline when it was taken for one.
        func issuer(_ i: Int) -> String? {
            if let organisation = ClosingBylines.organisation(lines[i]) { return "来源：" + organisation }
            return ClosingBylines.personalName(lines[i]).map { "作者：" + $0 }
        }
        var issuerLine: (index: Int, text: String)?
        if let h = headline {
            if h + 1 < bodyStart, let name = issuer(h + 1) {
                issuerLine = (h + 1, name)
            } else if h > 0, readsLikeHeadline(blocks[h - 1]), let name = issuer(h) {
                issuerLine = (h, name)
                headline = h - 1
            }
        }
        // With the page's title known, a headline must share it; else the title finder chooses.
        if let pageTitle, let h = headline,
           TitleFinder.longestCommonRun(Array(TitleFinder.compact(lines[h]).unicodeScalars), Array(TitleFinder.compact(pageTitle).unicodeScalars)) < 4 {
            headline = nil
            issuerLine = nil
        }
        // Credit lines after the article: 【编辑:…】, 转载自…, 综合(…).
        var bodyEnd = lines.count
        while bodyEnd > bodyStart + 1, isClosingLine(blocks[bodyEnd - 1]) { bodyEnd -= 1 }

        var html = "<html><head><title>" + escape(pageTitle ?? headline.map { lines[$0] } ?? "") + "</title></head><body>\n"
        let articleStart = headline ?? bodyStart
        html += "<div class=\"header\">\n"
        for i in 0..<articleStart { html += "<p>" + escape(lines[i]) + "</p>\n" }
        html += "</div>\n"
        if let headline { html += "<h1>" + escape(lines[headline]) + "</h1>\n" }
        if let issuerLine { html += "<p>" + escape(issuerLine.text) + "</p>\n" }
        html += "<div class=\"article\">\n"
        for i in (headline.map { $0 + 1 } ?? articleStart)..<bodyEnd where i != issuerLine?.index { html += "<p>" + escape(lines[i]) + "</p>\n" }
        html += "</div>\n<div class=\"footer\">\n"
        for i in bodyEnd..<lines.count { html += "<p>" + escape(lines[i]) + "</p>\n" }
        return html + "</div>\n</body></html>\n"
    }

    /// A short line that could be a headline: no furniture, meta line, summary or date, and no
    /// sentence's end.
    private static func readsLikeHeadline(_ b: TextBlock) -> Bool {
        guard b.counts.content >= 4, b.counts.content <= 80, !NoiseFilter.isFurniture(b), !NoiseFilter.isMetaLine(b),
              NoiseFilter.summary(in: b) == nil, DateParser.first(in: b.text) == nil,
              let last = b.text.unicodeScalars.last else { return false }
        return !"。，；：:！？".unicodeScalars.contains(last)
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map { String($0).collapsingWhitespace }.filter { !$0.isEmpty }
    }

    /// A line as the block the page would have made of it.
    static func block(_ line: String) -> TextBlock {
        TextBlock(text: line, fieldText: line, container: 0, firstNode: 0, counts: TextCounts(line), linkContent: 0,
                  headingLevel: 0, inListItem: false, emphasized: false)
    }

    /// The page's `<title>` left as a line near the top: a line whose headline part (without the
    /// site and keywords) a later line repeats, the headline printed above the article.
    static func titleLine(_ lines: [String]) -> Int? {
        for k in lines.indices.prefix(10) {
            let line = lines[k]
            guard line.unicodeScalars.count <= 100, DateParser.first(in: line) == nil else { continue }
            let title = Array(TitleFinder.compact(TitleFinder.cleanPageTitle(line)).unicodeScalars)
            guard title.count >= 4 else { continue }
            for later in lines[(k + 1)...].prefix(300) where later.unicodeScalars.count <= 120 {
                let run = TitleFinder.longestCommonRun(Array(TitleFinder.compact(later).unicodeScalars), title)
                if run >= 4, run * 10 >= title.count * 6 { return k }
            }
        }
        return nil
    }

    /// `标题_栏目-关键词-`, `站名:标题`, `标题 - 站名`: a line the page's `<title>` left behind.
    static func isTitleLike(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 100, DateParser.first(in: line) == nil else { return false }
        let cleaned = TitleFinder.cleanPageTitle(line)
        return !cleaned.isEmpty && cleaned.unicodeScalars.count + 3 <= line.unicodeScalars.count
            && (line.containsBytes("_") || line.containsBytes(" - ") || line.containsBytes("|") || line.containsBytes("｜"))
    }

    /// A caption the flattener printed twice on one line (`图说。唐静婷 摄图说。唐静婷 摄`): once.
    static func undoubled(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count >= 8, scalars.count % 2 == 0 else { return line }
        let half = scalars.count / 2
        guard scalars[..<half].elementsEqual(scalars[half...]) else { return line }
        return String(scalars: scalars[..<half]).collapsingWhitespace
    }

    /// The credit lines that close a reprint: editor, 转载自/来源, `综合(陈海峰)`, furniture.
    private static func isClosingLine(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 40 else { return false }
        if NoiseFilter.isFurniture(block) { return true }
        var text = Substring(block.text)
        if text.hasBytePrefix("【") || text.hasBytePrefix("[") || text.hasBytePrefix("(") || text.hasBytePrefix("（") { text = text.dropFirst() }
        for label in BylineParser.sourceLabels.names + BylineParser.editorLabels.names + ["综合", "作者", "编辑"] where text.hasBytePrefix(label) {
            return true
        }
        return false
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension ArticleExtractor {
    /// Extracts the article from a page already flattened to plain text (see `FlattenedPage`).
    /// `encoding` is recorded as the charset the text was decoded from.
    public func extract(flattenedText text: String, path: String? = nil, encoding: String = "UTF-8") throws(TopicsError) -> Article {
        var article = try extract(html: FlattenedPage.html(from: text), path: path)
        article.encoding = encoding
        article.url = nil
        article.images = []
        return article
    }

    /// The article of a text file that looks like a flattened page, or nil when it does not (it is
    /// then a document of its own kind: a proposal, a report). For `topics extract … .txt`.
    public func extractIfFlattenedPage(_ bytes: [UInt8], path: String? = nil) throws(TopicsError) -> Article? {
        let decoded = try PageDecoder.decode(bytes, input: path)
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        guard FlattenedPage.looksLikePage(text) else { return nil }
        return try extract(flattenedText: text, path: path, encoding: decoded.encoding)
    }
}
