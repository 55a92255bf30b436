import TopicsCore

/// A web page that a scraper has already flattened to plain text: one line per block, the site's
/// banner, breadcrumbs, font-size widgets and share lines still in it, the page's `<title>` often
/// printed as a line of its own (`新国学网:…_湖南省-脱贫-帮扶-`).
///
/// The lines are put back into a minimal page — the `<title>`-like line as the title, the headline
/// (the line repeating it) as a heading, the few lines above it as a menu, the meta lines under it in
/// a box of their own, the text up to where the page goes on to other things (a share bar or an
/// editor's credit with no running text after it, related items, comments), then its closing credit
/// lines as a footer — so that the same rules read it as a page: furniture dropped, the meta line
/// `发布日期:2020-10-24  来源:中国新闻网(cns2012)  作者:陈海峰` read into date, source and author,
/// `核心提示` as the summary. The site's menus above and the comments and other articles below are
/// left out, so that they cannot outweigh a short text.
///
/// ```swift
/// if FlattenedPage.looksLikePage(text) {
///     let article = try ArticleExtractor().extract(flattenedText: text, path: "page.txt")
/// }
/// ```
public enum FlattenedPage {
    /// True when the first lines of `text` hold page furniture (当前位置, 放大字体, 分享到 …), a
    /// meta line with a date and a 来源/作者 label, or a menu under a `<title>`-like line whose
    /// headline a later line repeats: a page flattened to text rather than a document written as
    /// text (a proposal, a report).
    public static func looksLikePage(_ text: String) -> Bool {
        let all = self.lines(text)
        var furniture = 0, metaLines = 0
        for line in all.prefix(15) {
            let block = Self.block(line)
            if NoiseFilter.isFurniture(block) { furniture += 1 }
            if NoiseFilter.isMetaLine(block), DateParser.first(in: line) != nil,
               BylineParser.value(after: BylineParser.sourceLabels, in: line) != nil
                || BylineParser.value(after: BylineParser.authorLabels, in: line) != nil {
                metaLines += 1
            }
        }
        if metaLines > 0 || furniture >= 2 { return true }
        // A site's menus (a row of words, one per line) under a `<title>` whose headline a later line repeats.
        let menuItems = all.prefix(30).filter { let counts = TextCounts($0); return counts.content <= 6 && counts.punctuation == 0 }.count
        return menuItems >= 5 && titleLine(all) != nil
    }

    /// The text as a minimal HTML page (see the type's description).
    static func html(from text: String) -> String {
        var lines = self.lines(text).map(undoubled)
        // The page's <title>, printed as a line near the top: separators around the headline.
        var pageTitle: String?
        let titleAt = titleLine(lines)
        if let k = titleAt?.index {
            pageTitle = lines[k]
            lines.remove(at: k)
        }
        let blocks = lines.map(Self.block)
        let title = titleAt?.headline ?? []
        // A line that repeats the page's title: the headline printed over the text.
        func repeatsTitle(_ i: Int) -> Bool {
            !title.isEmpty && blocks[i].counts.content <= 80 && DateParser.first(in: lines[i]) == nil && repeats(lines[i], title: title)
        }
        // A paragraph of running text that is not a summary or meta line.
        func opensText(_ i: Int) -> Bool {
            let b = blocks[i]
            return isRunningText(b) && NoiseFilter.summary(in: b) == nil && !NoiseFilter.isMetaLine(b) && !NoiseFilter.isFurniture(b)
        }
        // The body starts at the first such paragraph; past a sidebar's blurb when the headline, repeating the
        // page's title printed first, comes later with text under it.
        var bodyStart = blocks.indices.first(where: opensText) ?? 0
        if titleAt?.index == 0, let h = blocks.indices.first(where: { i in repeatsTitle(i) && ((i + 1)..<min(blocks.count, i + 1 + Self.textReach)).contains(where: opensText) }),
           h > bodyStart, let start = ((h + 1)..<blocks.count).first(where: opensText) {
            bodyStart = start
        } else if titleAt?.index == 0, let h = blocks.indices.first(where: repeatsTitle), h > bodyStart,
                  (bodyStart..<h).filter({ isRunningText(blocks[$0]) }).count <= 2 {
            // A text of short lines (a list of steps, notes) under the headline, a sidebar's blurb or two above it: the
            // text starts past the headline's meta lines when lines of text follow them.
            var k = h + 1
            while k < blocks.count, blocks[k].counts.content == 0 || isMetaOrWidget(blocks[k]) { k += 1 }
            if (k..<min(blocks.count, k + Self.textReach)).filter({ blocks[$0].counts.content >= 6 && !isMetaOrWidget(blocks[$0]) }).count >= 3 {
                bodyStart = k
            }
        }
        // The headline: the last short line above it that reads like one.
        var headline = stride(from: bodyStart - 1, through: max(0, bodyStart - 6), by: -1).first { readsLikeHeadline(blocks[$0]) }
        // With the page's title known, the headline is the line nearest the text that repeats it, past a
        // share bar or a gallery's captions.
        if headline.map(repeatsTitle) != true,
           let h = stride(from: bodyStart - 1, through: max(0, bodyStart - Self.headlineReach), by: -1).first(where: repeatsTitle) {
            headline = h
        }
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
        // The article ends where the page goes on to other things: a heading of related items or of
        // comments, or a widget (a share bar, an editor's credit, a print link) with no running text
        // in the lines after it.
        var bodyEnd = (min(bodyStart + 1, blocks.count)..<blocks.count).first { i in
            let b = blocks[i]
            guard !isRunningText(b) else { return false }
            if NoiseFilter.isCommentHeading(b) { return true }
            return (NoiseFilter.isEndMarker(b) || NoiseFilter.isFurniture(b))
                && !blocks[(i + 1)..<min(blocks.count, i + 1 + Self.widgetReach)].contains(where: isRunningText)
        } ?? lines.count
        // Credit lines after the article: 【编辑:…】, 转载自…, 综合(…).
        while bodyEnd > bodyStart + 1, isClosingLine(blocks[bodyEnd - 1]) { bodyEnd -= 1 }

        var html = "<html><head><title>" + escape(pageTitle ?? headline.map { lines[$0] } ?? "") + "</title></head><body>\n"
        let articleStart = headline ?? bodyStart
        html += "<div class=\"nav\">\n"
        // The lines just above the article (a dateline, a breadcrumb); the site's menus above them are left out.
        for i in max(0, articleStart - Self.headerReach)..<articleStart { html += "<p>" + escape(lines[i]) + "</p>\n" }
        html += "</div>\n"
        if let headline { html += "<h1>" + escape(lines[headline]) + "</h1>\n" }
        if let issuerLine { html += "<p>" + escape(issuerLine.text) + "</p>\n" }
        // The meta lines under the headline (date, source, a share bar), in a box of their own above the text.
        var textStart = headline.map { $0 + 1 } ?? articleStart
        if let headline, let lastMeta = (textStart..<bodyStart).last(where: { isMetaOrWidget(blocks[$0]) }) {
            html += "<div class=\"info\">\n"
            for i in (headline + 1)...lastMeta where i != issuerLine?.index { html += "<p>" + escape(lines[i]) + "</p>\n" }
            html += "</div>\n"
            textStart = lastMeta + 1
        }
        html += "<div class=\"article\">\n"
        for i in textStart..<bodyEnd where i != issuerLine?.index { html += "<p>" + escape(lines[i]) + "</p>\n" }
        html += "</div>\n<div class=\"footer\">\n"
        // The credits under the article stay for the fields; what the page goes on to (comments, other
        // articles, whose text could outweigh the article's) is left out.
        for i in bodyEnd..<min(lines.count, bodyEnd + Self.footerReach) {
            if isRunningText(blocks[i]) { break }
            html += "<p>" + escape(lines[i]) + "</p>\n"
        }
        return html + "</div>\n</body></html>\n"
    }

    /// How many lines after a widget are looked at for the article going on.
    static let widgetReach = 5
    /// How many lines under the article are kept for the credits they may hold.
    static let footerReach = 8
    /// How far above the text the line repeating the page's title is looked for.
    static let headlineReach = 30
    /// How far under the headline its text is looked for.
    static let textReach = 8
    /// How many lines above the headline are kept for the fields they may hold.
    static let headerReach = 8

    /// A line of running text: a paragraph of two clauses or a long sentence.
    private static func isRunningText(_ b: TextBlock) -> Bool {
        guard (b.counts.content > 120 && b.counts.punctuation >= 1) || (b.counts.content > 30 && b.counts.punctuation >= 2) else { return false }
        // A clause's mark, not only a headline's quotes and brackets (`- 林妙可《春草》成陶虹"女儿" 2008-12-08`).
        return b.text.countBytes(of: clauseMarks, stopAt: 1) > 0
    }

    private static let clauseMarks = PhraseList(["，", "。", "；", "！", "？", "、", ", ", "; ", ". "])

    /// A meta line (a date, a 来源 or 作者 label) or a widget's (font size, share bar) under a headline.
    private static func isMetaOrWidget(_ b: TextBlock) -> Bool {
        b.counts.content <= 80 && (NoiseFilter.isMetaLine(b) || NoiseFilter.isFurniture(b) || DateParser.first(in: b.text) != nil)
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
    static func titleLine(_ lines: [String]) -> (index: Int, headline: [Unicode.Scalar])? {
        for k in lines.indices.prefix(10) {
            let line = lines[k]
            guard line.unicodeScalars.count <= 100, DateParser.first(in: line) == nil else { continue }
            let title = Array(TitleFinder.compact(headlinePart(of: line)).unicodeScalars)
            guard title.count >= 4 else { continue }
            if lines[(k + 1)...].prefix(300).contains(where: { $0.unicodeScalars.count <= 120 && repeats($0, title: title) }) { return (k, title) }
            // A headline the `<title>` opens with, a site's name or a description glued to it without a separator
            // (`面试的时候…看一看-CSDN论坛-CSDN.NET-…`, `vue3中effect与computed的亲密关系船到桥头自然直…`).
            let whole = TitleFinder.compact(line)
            for later in lines[(k + 1)...].prefix(300) where later.unicodeScalars.count <= 120 {
                let headline = TitleFinder.compact(later)
                if headline.unicodeScalars.count >= 6, whole.hasBytePrefix(headline) { return (k, Array(headline.unicodeScalars)) }
            }
        }
        return nil
    }

    /// Whether `line` repeats most of `title` (compacted): four characters running and six tenths of it.
    private static func repeats(_ line: String, title: [Unicode.Scalar]) -> Bool {
        let run = TitleFinder.longestCommonRun(Array(TitleFinder.compact(line).unicodeScalars), title)
        return run >= 4 && run * 10 >= title.count * 6
    }

    /// The headline's part of a `<title>`-like line: the longest, or the longest in Chinese beside a longer
    /// Latin site name (`春节回家的路上 | iHTCboy's blog`).
    static func headlinePart(of line: String) -> String {
        let parts = TitleFinder.titleParts(line)
        let chinese = parts.filter { $0.unicodeScalars.contains { CharacterClass.isHan($0.value) } }
        return TitleFinder.cleanPageTitle(line, parts: chinese.isEmpty ? parts : chinese)
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
