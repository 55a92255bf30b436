/// Picks the article's headline.
///
/// A page's `<title>` usually wraps the headline in site names and keywords
/// (`站名:标题_栏目-关键词-`), while the headline shown on the page may be longer than what the
/// `<title>` kept. So every short block on the page (headings first) is compared with the
/// `<title>`: the candidate sharing the longest run of characters with it wins. Without a match,
/// the `<title>` itself is cleaned of its site and keyword parts.
struct TitleFinder {
    let tree: HTMLTree
    let blocks: [TextBlock]
    let meta: MetaTags
    /// The page's `<title>` text, as `PageAnalysis` read it.
    let pageTitle: String

    struct Result {
        var title: String?
        /// The block the headline was taken from, when it was one.
        var block: Int?
    }

    func find(bodyStart: Int?) -> Result {
        let reference = reference()
        let parts = Self.titleParts(reference)
        var result = findBlock(bodyStart: bodyStart, reference: reference, parts: parts)
        if let title = result.title {
            let plain = withoutLinkedTopic(withoutBreadcrumb(withoutSubtitle(Self.withoutPrivateUse(title), block: result.block, parts: parts),
                                                             block: result.block, parts: parts),
                                           block: result.block, reference: reference, parts: parts)
            let headline = Self.withoutBadge(Self.withoutSectionBefore(plain, reference: reference, parts: parts),
                                             reference: reference, parts: parts)
            let clean = Self.withoutTrailingTag(Self.withoutPictureCount(Self.withoutAdvertiser(headline, reference: reference),
                                                                         reference: reference), reference: reference)
            // `{{videoInfo.title}}`: a script template's field the page was saved before filling, no headline.
            result.title = clean.isEmpty || clean.containsBytes("{{") ? nil : completed(Self.withoutSiteName(clean, reference: reference), parts: parts)
        }
        return result
    }

    /// `【4号线-新宫】主卧带阳台1800 首月减500押一付一...`: a headline the page printed cut short, completed from the
    /// `<title>`'s part, or a labelled title line (`标题：…`), that goes on where it stops (or stops there: the
    /// `<title>` gives `…的匠心之作` under a breadcrumb's `…的匠心之作 ...`).
    private func completed(_ title: String, parts: [String]) -> String {
        var stem = Substring(title)
        var cut = false
        while let last = stem.last, last == "." || last == "…" || last == "。" || last == " " {
            cut = cut || last != " "
            stem = stem.dropLast()
        }
        let prefix = Self.compact(String(stem))
        guard cut, TextCounts(String(stem)).content >= 6 else { return title }
        func goesOn(_ full: String) -> Bool {
            let whole = Self.compact(full)
            return whole.hasBytePrefix(prefix) && !full.hasByteSuffix("...") && !full.hasByteSuffix("…")
        }
        // A headline ending in an ellipsis the `<title>` prints too (`…牺牲了……`) is printed whole, unless a title line says otherwise.
        let printedInTitle = Self.compact(pageTitle).containsBytes(Self.compact(title))
        if !printedInTitle, let part = parts.first(where: goesOn) { return part.collapsingWhitespace }
        for block in blocks where block.counts.content <= 120 {
            let value = Self.stripLabel(block.text)
            if value != block.text, goesOn(value) { return value }
        }
        return title
    }

    /// `<h1><a href="…/catid=885">跨性别政策</a>: 万斯暗示…</h1>` → `万斯暗示…`: a topic's link opening the heading, then a
    /// colon, when a part of the `<title>` is the rest of the heading exactly and the `<title>` does not name the topic. A
    /// speaker before a colon (`习近平：…`) is no link, and a `<title>` that keeps the words before the colon keeps them.
    func withoutLinkedTopic(_ title: String, block: Int?, reference: String, parts: [String]) -> String {
        guard let block, blocks.indices.contains(block) else { return title }
        let first = blocks[block].firstNode
        guard first >= 0, first < tree.nodes.count else { return title }
        let link = Int(tree.nodes[first].parent)
        guard link >= 0, tree.nodes[link].tag == .a else { return title }
        let topic = tree.text(of: link).collapsingWhitespace
        guard !topic.isEmpty, TextCounts(topic).content <= 12, title.hasBytePrefix(topic) else { return title }
        var rest = Substring(title.dropFirst(topic.count))
        while let c = rest.first, c == " " { rest = rest.dropFirst() }
        guard let colon = rest.first, colon == ":" || colon == "：" else { return title }
        let headline = String(rest.dropFirst()).trimmingScalars(where: { CharacterClass.isSpace($0.value) })
        guard TextCounts(headline).content >= 6, !Self.compact(reference).containsBytes(Self.compact(topic)),
              parts.contains(where: { Self.compact($0).sameBytes(Self.compact(headline)) }) else { return title }
        return headline
    }

    /// `<span class="TitleFont">聚焦设计教育理念，应对未来重大挑战</span> <span class="TitleFontFu">设计教育理念国际研讨会…召开</span>`
    /// under `<title>聚焦设计教育理念，应对未来重大挑战-中国社会科学网</title>`: a heading whose first element is the `<title>`'s
    /// first part exactly and whose other elements (a subtitle) the `<title>` leaves out is that part.
    func withoutSubtitle(_ title: String, block: Int?, parts: [String]) -> String {
        guard let block, blocks.indices.contains(block) else { return title }
        let first = blocks[block].firstNode
        guard first >= 0, first < tree.nodes.count else { return title }
        let opening = tree.nodes[first].text.collapsingWhitespace
        // The `<title>`'s first part (not the site's name a breadcrumb opens with), a Chinese headline.
        guard TextCounts(opening).content >= 6, title.hasBytePrefix(opening), title.utf8.count > opening.utf8.count,
              parts.count >= 2, parts[0].collapsingWhitespace == opening,
              opening.unicodeScalars.count(where: { CharacterClass.isHan($0.value) }) >= 4 else { return title }
        let rest = String(title.dropFirst(opening.count)).collapsingWhitespace
        guard TextCounts(rest).content >= 4, !parts.contains(where: { Self.compact($0).containsBytes(Self.compact(rest)) }) else { return title }
        return opening
    }

    /// `<h1><a>uho優活健康網</a> 〉<a>檢視火線新聞</a> 〉菸害防制新法3年 青少年吸菸仍嚴重？</h1>` under a `<title>` whose first part
    /// is the last crumb: a heading printed as a breadcrumb, links and separators before the headline, is the headline.
    func withoutBreadcrumb(_ title: String, block: Int?, parts: [String]) -> String {
        guard let block, blocks.indices.contains(block), parts.count >= 2 else { return title }
        let first = blocks[block].firstNode
        guard first >= 0, first < tree.nodes.count, tree.nodes[first].parent >= 0,
              tree.nodes[Int(tree.nodes[first].parent)].tag == .a else { return title }
        let headline = parts[0].collapsingWhitespace, compactHeadline = Self.compact(headline)
        guard TextCounts(headline).content >= 6 else { return title }
        let separators: Set<Character> = ["〉", ">", "»", "›", "/", "＞", "》"]
        // The heading's text after its last separator is the `<title>`'s first part.
        guard let cut = title.lastIndex(where: separators.contains) else { return title }
        let rest = String(title[title.index(after: cut)...])
        guard Self.compact(rest).sameBytes(compactHeadline) else { return title }
        return rest.collapsingWhitespace
    }

    /// `『天涯杂谈』卢安克――…` → `卢安克――…`, `翼世界夢想領域～…的空間～五月狀況概敘` → `五月狀況概敘`: a heading that
    /// prints the board's or the blog's name before the headline, when the `<title>` gives the two as
    /// separate parts (`卢安克――…_天涯杂谈_天涯社区`, `五月狀況概敘 - 翼世界夢想領域～… - 無名小站`).
    /// `parts`: the reference's `titleParts`, when the caller has them.
    static func withoutSectionBefore(_ title: String, reference: String, parts: [String]? = nil) -> String {
        let parts = parts ?? titleParts(reference)
        guard parts.count >= 2 else { return title }
        for (h, headline) in parts.enumerated() where TextCounts(headline).content >= 2 && title.hasByteSuffix(headline) && title.count > headline.count {
            let before = compact(String(title.dropLast(headline.count)).trimmingBytes(" 『』【】[]「」《》"))
            guard !before.isEmpty else { continue }
            if parts.indices.contains(where: { $0 != h && compact(parts[$0]).sameBytes(before) }) { return headline }
        }
        return title
    }

    /// `原创 特朗普出手，…` → `特朗普出手，…`: a badge printed before the headline (原创, 独家, 置顶) that
    /// the `<title>` does not carry, when a part of the `<title>` is the rest of the heading exactly.
    static func withoutBadge(_ title: String, reference: String, parts: [String]? = nil) -> String {
        let whole = compact(reference), heading = compact(title)
        for part in parts ?? titleParts(reference) {
            let headline = compact(part)
            guard TextCounts(part).content >= 8, heading.hasByteSuffix(headline), heading.count > headline.count else { continue }
            let badge = String(heading.dropLast(headline.count))
            guard Self.badges.contains(badge), !whole.contains(badge), title.hasByteSuffix(part) else { continue }
            return part
        }
        return title
    }

    /// Marks a platform or a forum prints before a headline; a word of the headline the `<title>`
    /// leaves out (`世界顶尖科学家…` under `顶尖科学家…_央广网`) is not one.
    static let badges: Set<String> = ["原创", "独家", "首发", "置顶", "精华", "推荐", "热门", "原創", "獨家", "首發", "置頂", "精華", "推薦", "熱門"]

    /// `标题(1/22)` → `标题`: a gallery's picture counter after the headline, when the `<title>`
    /// does not carry it.
    static func withoutPictureCount(_ title: String, reference: String) -> String {
        let s = Array(title.unicodeScalars)
        guard let close = s.last, close == ")" || close == "）" else { return title }
        var i = s.count - 2, digitsAfter = 0, digitsBefore = 0
        while i >= 0, s[i].value >= 0x30 && s[i].value <= 0x39 { digitsAfter += 1; i -= 1 }
        guard digitsAfter > 0, i >= 0, s[i] == "/" else { return title }
        i -= 1
        while i >= 0, s[i].value >= 0x30 && s[i].value <= 0x39 { digitsBefore += 1; i -= 1 }
        guard digitsBefore > 0, i >= 1, s[i] == "(" || s[i] == "（" else { return title }
        let counter = String(scalars: s[i...])
        guard !reference.contains(counter) else { return title }
        return String(scalars: s[..<i]).collapsingWhitespace
    }

    /// `标题 (港聞)`, `标题 【17:52】`, `标题 [问题点数：40分]` → `标题`: a short tag in brackets after the
    /// headline (the section, the hour, a forum question's points) that the `<title>` does not carry, when
    /// the `<title>` carries the rest.
    /// `专家系列：拥抱人工智能还是保持警惕？ | 香港科技大學`, `财景故事：…经理--财经--人民网`: the whole `<title>` taken for the
    /// headline (printed so in the `<h1>`, or no line of the page holding less), the site's name after its last separator
    /// (an outlet's, a school's, a site's ending: 网, 官方网站, 大學) dropped, with the section before it when a double
    /// hyphen sets that apart too.
    static func withoutSiteName(_ title: String, reference: String) -> String {
        guard compact(title) == compact(reference) else { return title }
        let separators = [" | ", " ｜ ", "｜", " - ", " — ", " – ", "--", "_"]
        // (A hyphen alone, `…自救行动-全现在官方网站`, not one of a double hyphen's.)
        let hyphen = title.indices.last { i in
            title[i] == "-" && (i == title.startIndex || title[title.index(before: i)] != "-")
                && (title.index(after: i) == title.endIndex || title[title.index(after: i)] != "-")
        }.map { $0..<title.index(after: $0) }
        guard let cut = (separators.compactMap({ title.lastByteRange(of: $0) }) + [hyphen].compactMap { $0 })
            .max(by: { $0.lowerBound < $1.lowerBound }) else { return title }
        let site = String(title[cut.upperBound...]).collapsingWhitespace
        guard (2...16).contains(site.count), SourceCleaner.endsAsOutlet(site) || siteEndings.contains(where: site.hasByteSuffix) else { return title }
        var rest = String(title[..<cut.lowerBound]).collapsingWhitespace
        // `…经理--财经--人民网`: the section between two double hyphens goes with the site.
        if title[cut] == "--", let section = rest.lastByteRange(of: "--"), rest[section.upperBound...].count <= 6 {
            rest = String(rest[..<section.lowerBound]).collapsingWhitespace
        }
        return TextCounts(rest).content >= 6 ? rest : title
    }
    private static let siteEndings = ["官方网站", "官方網站", "大學", "大学", "學院", "学院", "官网", "官網", "网站", "網站"]

    static func withoutTrailingTag(_ title: String, reference: String) -> String {
        let s = Array(title.unicodeScalars)
        let opening: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "）": "（", "】": "【", "]": "["]
        guard let close = s.last, let mark = opening[close], let open = s.lastIndex(of: mark), open > 0, s.count - open <= 12 else { return title }
        let tag = compact(String(scalars: s[open...]))
        let rest = String(scalars: s[..<open]).collapsingWhitespace
        let whole = compact(reference)
        guard TextCounts(rest).content >= 4, !tag.isEmpty, !whole.contains(tag), whole.contains(compact(rest)) else { return title }
        return rest
    }

    /// A writer's name in a headline: after a backslash closing it (`積極打造人工智能重大應用場景\胡 勇`, `marked`: the mark
    /// says so), or in brackets opening it (`[陈冠豪]中国当代鬼传说之概念指涉`, a name only a byline can confirm). The
    /// headline without it and the name (spaces between its characters dropped); nil when there is none.
    static func writerInHeadline(_ title: String) -> (headline: String, name: String, marked: Bool)? {
        if let slash = title.lastIndex(where: { $0 == "\\" || $0 == "＼" }) {
            let rest = String(title[..<slash]).trimmingBytes(" ")
            let written = String(title[title.index(after: slash)...]).filter { $0 != " " && $0 != "\u{3000}" }
            guard TextCounts(rest).content >= 4, let name = ClosingBylines.personalName(written) else { return nil }
            return (rest, name, true)
        }
        guard let first = title.first, first == "[" || first == "【" || first == "［",
              let close = title.firstIndex(where: { $0 == "]" || $0 == "】" || $0 == "］" }) else { return nil }
        let rest = String(title[title.index(after: close)...]).trimmingBytes(" ")
        guard TextCounts(rest).content >= 4, let name = ClosingBylines.personalName(String(title[title.index(after: title.startIndex)..<close]))
        else { return nil }
        return (rest, name, false)
    }

    /// `[某某化妆品]标题` → `标题`: a bracket before the headline that the `<title>` does not
    /// carry is an advertiser's or a column's tag, not part of the headline.
    /// A forum's tag before a bar (`提问/求助｜标题`, douban's group topics) likewise.
    static func withoutAdvertiser(_ title: String, reference: String) -> String {
        let scalars = Array(title.unicodeScalars)
        guard let first = scalars.first else { return title }
        let bracketed = first == "[" || first == "【"
        let closing: (Unicode.Scalar) -> Bool = bracketed ? { $0 == "]" || $0 == "】" } : { $0 == "｜" || $0 == "|" }
        guard let close = scalars.prefix(bracketed ? scalars.count : 9).firstIndex(where: closing), close > 1 else { return title }
        let tag = String(scalars: scalars[(bracketed ? 1 : 0)..<close])
        let rest = String(scalars: scalars[(close + 1)...]).collapsingWhitespace
        guard TextCounts(rest).content >= 4, !rest.hasBytePrefix("[") && !rest.hasBytePrefix("【"),
              !compact(reference).contains(compact(tag)) else { return title }
        return rest
    }

    /// The reference the page's blocks are compared with: the `<title>`, or `og:title` when the
    /// `<title>` names only the site or section (`首页 - 新闻动态`, `-铜雀历史网`) or shares nothing
    /// with an `og:title` the page also gives.
    private func reference() -> String {
        let og = meta.first(["og:title", "twitter:title"])
        // Government sites print the article's title in `<meta name="ArticleTitle">` (the national
        // specification for government websites), often under a `<title>` naming only the office.
        let articleTitle = meta.first(["articletitle"])
        let siteName = meta.first(["og:site_name", "application-name"])
        if pageTitle.isEmpty {
            // (An `og:title` naming only the site, `中国新闻网`, is no headline to look for.)
            let headlineOG = og.flatMap { Self.namesOnlySite($0, siteName: siteName) ? nil : $0 }
            return headlineOG ?? articleTitle ?? meta.first(["title", "headline"]) ?? meta.recordTitle ?? ""
        }
        if Self.namesOnlySite(pageTitle, siteName: siteName) {
            if let og, !Self.namesOnlySite(og, siteName: siteName) { return og }
            // `<title>公共電視台 新聞網</title>` under `og:title` 公視新聞網: the description, when it is a headline the page prints
            // on a line of its own (`<td>EC-225救護直升機 空軍正式亮相</td>`).
            return articleTitle ?? printedDescription() ?? og ?? ""
        }
        // `<title>国家金融监督管理总局</title>` under an ArticleTitle that holds it and goes on: the office's name.
        if let articleTitle {
            let whole = Self.compact(articleTitle), part = Self.compact(pageTitle)
            if whole.unicodeScalars.count > part.unicodeScalars.count + 4, whole.containsBytes(part) { return articleTitle }
        }
        // (An `og:title` naming only the site, `中国新闻网` over a `<title>` holding the headline, is no headline either.)
        if let og, !og.isEmpty, !Self.namesOnlySite(og, siteName: siteName),
           Self.longestCommonRun(Array(Self.compact(og).unicodeScalars), Array(Self.compact(pageTitle).unicodeScalars)) < 4 {
            return og
        }
        return pageTitle
    }

    /// The page's description when it reads as a headline (short, no sentence's end) and a line of the page prints it
    /// whole.
    private func printedDescription() -> String? {
        guard let description = meta.first(["og:description", "description"]).map(\.collapsingWhitespace),
              (6...40).contains(description.unicodeScalars.count), !description.contains(where: { "。！？；!?;".contains($0) }) else { return nil }
        let wanted = Self.compact(description)
        return blocks.contains(where: { $0.counts.content <= 48 && Self.compact($0.text) == wanted }) ? description : nil
    }

    /// Section and site words that fill a `<title>` without a headline.
    static let sectionWords: Set<String> = [
        "首页", "新闻动态", "新闻中心", "工作动态", "通知公告", "正文", "详情", "文章详情", "内容页", "新闻详情", "详细内容", "信息公开",
        "新闻资讯", "资讯", "新闻", "动态", "综合新闻", "图片新闻", "要闻", "本站", "文章", "阅读", "内容",
    ]

    /// What separates a `<title>`'s parts: the headline, the section, the site (`标题_国内_某某网`).
    static let partSeparators = "_|｜-—–>»"

    /// True when a `<title>` holds only the site or section: every part (split at a separator or a
    /// colon) is a section word, a site name (…网, …站, 官网, the page's `og:site_name`), or nothing.
    static func namesOnlySite(_ title: String, siteName: String?) -> Bool {
        let parts = title.split(whereSeparator: { partSeparators.contains($0) || $0 == ":" || $0 == "：" }).map { String($0).collapsingWhitespace }
        let words = parts.filter { !$0.isEmpty }
        guard !words.isEmpty else { return true }
        return words.allSatisfy { word in
            sectionWords.contains(word) || word == siteName
                || (word.count <= 14 && ["网", "站", "官网", "门户", "平台", "政府", "委员会", "网站", "网页", "網", "官網", "門戶", "網站", "網頁"].contains(where: word.hasByteSuffix)
                    && !word.contains(where: { $0 == "，" || $0 == "：" || $0 == "“" }))
        }
    }

    /// Characters of the private-use area (icon fonts) are no text.
    static func withoutPrivateUse(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { (0xE000...0xF8FF).contains($0.value) }) else { return s }
        return String(scalars: s.unicodeScalars.filter { !(0xE000...0xF8FF).contains($0.value) }).collapsingWhitespace
    }

    /// The `<title>` without its last part when that part names the site (`评论——中央纪委国家监委网站`
    /// → `评论——`): a block sharing only the site's name with it (the banner, a byline
    /// `中央纪委国家监委网站 李鹃`) does not repeat the headline.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        let scalars = Array(title.unicodeScalars)
        guard let cut = scalars.lastIndex(where: { partSeparators.unicodeScalars.contains($0) }), cut > 0 else { return title }
        let last = String(scalars: scalars[(cut + 1)...]).collapsingWhitespace
        let before = String(scalars: scalars[..<cut])
        guard !last.isEmpty, namesOnlySite(last, siteName: siteName),
              compact(before).unicodeScalars.contains(where: { !partSeparators.unicodeScalars.contains($0) }) else { return title }
        return before
    }

    private func findBlock(bodyStart: Int?, reference: String, parts: [String]) -> Result {
        let cleaned = Self.cleanPageTitle(reference, parts: parts)
        let referenceText = Self.compact(Self.withoutSiteName(reference, siteName: meta.first(["og:site_name", "application-name"])))
        let referenceScalars = Array(referenceText.unicodeScalars)
        let cleanedLength = Self.compact(cleaned).unicodeScalars.count
        let limit = min(blocks.count, (bodyStart ?? blocks.count) + 3)
        let firstPart = parts.count >= 2 ? Self.compact(parts[0]) : nil

        // 1. A block that the <title> repeats. A block the <title> holds whole, just above (or at)
        // the body, beats one that shares more characters with it further up: in
        // "Joel on Software - 给计算机系学生的建议" the site banner at the top shares the longer run.
        typealias Candidate = (block: Int, nearAndWhole: Bool, overlap: Int, rank: Int, firstPartH1: Bool)
        var candidates: [Candidate] = []
        // Linked headlines (a page linking to itself) count when the <title> repeats them.
        for i in 0..<limit {
            guard isCandidate(i, allowLinks: true, allowDates: true) else { continue }
            let dated = DateParser.first(in: blocks[i].text) != nil
            let text = Self.compact(withoutLabelElement(i) ?? (dated ? withoutDateElement(i) : nil) ?? blocks[i].text)
            // A block with a date is no headline, unless it is a heading that is the whole <title>
            // (`语音 | 早安武汉〔2018.3.19 周一〕`), or all of it before a separator and the site's name
            // (`5/4/2013 北美崔哥CUAA成立义演 & 高层次人才洽谈会-CUASIA`).
            if dated {
                let wholeTitle = (blocks[i].headingLevel > 0 || isTitleish(blocks[i].container))
                    && text.unicodeScalars.count >= 4 && (text.sameBytes(referenceText) || Self.opens(referenceText, with: text))
                guard wholeTitle else { continue }
            }
            let overlap = Self.longestCommonRun(Array(text.unicodeScalars), referenceScalars)
            let size = text.unicodeScalars.count
            let linked = blocks[i].linkDensity >= 0.5 && blocks[i].headingLevel == 0
            // A short headline in an <h1> (or <h2>, <h3>, or an unlinked element named for a headline: `<p class="article-headline-p">`)
            // that is the <title>'s first part (`碎碎念 - 安言的个人博客`, `面纱-歌德-短篇小说`, `觉醒-苏州市第一初级中学`, `前记 | 手艺人`).
            let firstPartH1 = size >= 2 && firstPart.map { text.sameBytes($0) } == true
                && ((1...3).contains(blocks[i].headingLevel) || (isTitleish(blocks[i].container) && blocks[i].linkDensity < 0.5))
            guard overlap >= 4 || firstPartH1 || (overlap >= 2 && overlap == size && size == cleanedLength),
                  overlap * 10 >= size * 7 || (!linked && cleanedLength > 0 && overlap * 10 >= cleanedLength * 8) else { continue }
            // An <h1> the <title> opens with, whole, is the headline wherever it sits (the <title>
            // may go on with the summary: `标题摘要… - 掘金`).
            let openingH1 = firstPartH1 || (overlap == size && size >= 4 && blocks[i].headingLevel == 1 && referenceText.hasBytePrefix(text))
            let nearAndWhole = openingH1 || (overlap == size && !text.hasBytePrefix("—") && !text.hasBytePrefix("--")
                && (bodyStart.map { i <= $0 + 1 && $0 - i <= 4 } ?? false))
            candidates.append((i, nearAndWhole, overlap, headlineRank(i, bodyStart: bodyStart), firstPartH1))
        }
        // The <title>'s first part printed whole (`[問卦] 有沒有… - 看板 Gossiping - 批踢踢實業坊`) is the headline
        // against a later part (the board, the section) printed whole nearer the text; not when it is a link
        // (the site's name over a link home, in a `<title>` that reads `我的北极世界 - 心情，不是一成不变的`).
        if candidates.contains(where: { $0.nearAndWhole && $0.overlap < cleanedLength }), parts.count >= 2, case let openingPartText = Self.compact(parts[0]),
           let opening = candidates.firstIndex(where: { Self.compact(blocks[$0.block].text).sameBytes(openingPartText)
               || Self.compact(headText($0.block)).sameBytes(openingPartText) }),
           blocks[candidates[opening].block].linkDensity < 0.5 {
            let laterParts = Set(parts.dropFirst().map(Self.compact))
            for k in candidates.indices where candidates[k].nearAndWhole && laterParts.contains(Self.compact(blocks[candidates[k].block].text)) {
                candidates[k].nearAndWhole = false
                candidates[opening].nearAndWhole = true
            }
        }
        let longest = candidates.map(\.overlap).max() ?? 0
        let longestBlock = candidates.first(where: { $0.overlap == longest })?.block ?? Int.max
        // Near-and-whole wins only against runs at most twice as long (not over the full headline).
        // (The <title>'s first part in an <h1> wins against a longer run above it too: the site's banner printing
        // the site's name. Not a logo's <h1> above the headline: `Solidot | 中国将关闭…`.)
        func isNear(_ c: Candidate) -> Bool { c.nearAndWhole && (c.overlap * 2 >= longest || (c.firstPartH1 && longestBlock < c.block)) }
        var best: Candidate?
        for c in candidates {
            let near = isNear(c)
            let bestNear = best.map(isNear) ?? false
            // The same headline printed twice (a sticky bar at the top repeats it): the copy nearer the body.
            let repeated = best.map { c.overlap == $0.overlap && Self.compact(blocks[c.block].text).sameBytes(Self.compact(blocks[$0.block].text)) } ?? false
            if best == nil || (near && !bestNear) || (near == bestNear && repeated)
                || (near == bestNear && (c.overlap > best!.overlap || (c.overlap == best!.overlap && c.rank > best!.rank))) {
                best = c
            }
        }
        // 2. The block that looks most like a headline above the body.
        var headline: (block: Int, rank: Int)?
        let windowStart = max(0, (bodyStart ?? limit) - 15)
        // A linked block counts here only as the post's permalink (a blog's `<a href="more.asp?id=22546">` to the page itself).
        let pageURL = Self.comparable(meta.canonicalURL ?? meta.first(["og:url"]) ?? meta.recordURL)
        // The same without a section's name (see `namesSection`), for a page whose `<title>` does not give the headline.
        var plainHeadline: (block: Int, rank: Int)?
        for i in windowStart..<limit {
            let candidate = isCandidate(i)
            let permalink = !candidate && pageURL != nil && isCandidate(i, allowLinks: true) && linksToPage(i, pageURL!)
            guard permalink || candidate else { continue }
            // As much a headline as a heading is (the link costs what it costs any other block).
            let rank = headlineRank(i, bodyStart: bodyStart) + (permalink ? 4 : 0)
            if headline == nil || rank > headline!.rank { headline = (i, rank) }
            if !permalink && namesSection(i) { continue }
            if plainHeadline == nil || rank > plainHeadline!.rank { plainHeadline = (i, rank) }
        }
        if let best, best.overlap * 2 >= min(cleanedLength, blocks[best.block].counts.content) {
            // A plain line matching a short <title> (an account's name) loses to a real heading.
            if let headline, headline.rank >= 6, headlineRank(best.block, bodyStart: bodyStart) < 3, cleanedLength <= 12 {
                return withSubtitle(headline.block, reference: reference)
            }
            // A menu link naming the section the <title> also names (`科普中国-辟谣文章`) loses to a
            // headline-like block below it, above the body.
            if let headline, headline.block > best.block, headline.rank >= 4,
               blocks[best.block].linkDensity >= 0.5, blocks[best.block].headingLevel == 0 {
                return withSubtitle(headline.block, reference: reference)
            }
            // A `——` subtitle the <title> prints after the headline's first line (`亲切关怀 巨大鼓舞` over `——中俄元首…`, the
            // subtitle repeated at the top of the text): the first line, which the subtitle then joins.
            if blocks[best.block].text.hasBytePrefix("—") || blocks[best.block].text.hasBytePrefix("--") {
                let dash = Self.compact(blocks[best.block].text)
                if let first = candidates.map(\.block).first(where: { j in
                    j != best.block && j + 1 < blocks.count && Self.compact(blocks[j + 1].text).sameBytes(dash)
                        && referenceText.containsBytes(Self.compact(blocks[j].text) + dash)
                }) {
                    return withSubtitle(first, reference: reference)
                }
            }
            return withSubtitle(best.block, reference: reference)
        }
        // The <title> names only the site. The section's name stands for the headline only on a page printing
        // none, under a `<title>` naming none (`<td>图片新闻</td>` over a photo, `科学网—图片新闻`).
        if let plain = plainHeadline, plain.rank >= 3 { headline = plain } else if !cleaned.isEmpty { headline = plainHeadline }
        if let headline, headline.rank >= 3 {
            // A heading printed on two lines (`引题` / headline): the second line is the headline.
            let next = headline.block + 1
            if next < blocks.count, next < limit, blocks[next].container == blocks[headline.block].container,
               blocks[next].headingLevel == blocks[headline.block].headingLevel, isCandidate(next),
               blocks[next].counts.content > blocks[headline.block].counts.content {
                return withSubtitle(next, reference: reference)
            }
            return withSubtitle(headline.block, reference: reference)
        }
        // 3. The <title>, cleaned of site name and keywords.
        if !cleaned.isEmpty { return Result(title: cleaned, block: nil) }
        return Result(title: nil, block: nil)
    }

    /// `<h3>新闻公告</h3>` over the article's box: a short heading a menu link above it also prints names the
    /// section (a link below it may be the post's own, in a list of the latest posts); `<h3>合作伙伴</h3>` over a
    /// list of links is the list's caption.
    private func namesSection(_ i: Int) -> Bool {
        guard blocks[i].counts.content <= 8, blocks[i].linkContent == 0 else { return false }
        let text = Self.compact(blocks[i].text)
        if Self.sectionWords.contains(text) || (i + 1 < blocks.count && blocks[i + 1].linkDensity >= 0.5) { return true }
        // A link's text above the heading that is the heading's text (the raw text tested by bytes first).
        return (0..<blocks[i].firstNode).contains { n in
            tree.nodes[n].tag == .text && tree.nodes[n].text.containsBytes(text) && Self.compact(tree.nodes[n].text).sameBytes(text)
                && tree.nearestAncestor(of: Int(tree.nodes[n].parent), levels: 3, where: { tree.nodes[$0].tag == .a }) != nil
        }
    }

    /// Whether a link in block `i` leads to the page itself (`page` as `comparable` gives it).
    private func linksToPage(_ i: Int, _ page: String) -> Bool {
        let range = blocks.nodes(of: i, in: tree)
        var node = range.lowerBound
        while node < range.upperBound {
            defer { node += 1 }
            guard tree.nodes[node].tag == .text else { continue }
            let selfLink = tree.nearestAncestor(of: Int(tree.nodes[node].parent), levels: 4) { up in
                guard tree.nodes[up].tag == .a, let href = tree.attribute("href", of: up), !href.hasBytePrefix("#") else { return false }
                return Self.comparable(URLResolver.resolve(href, against: page)) == page
            }
            if selfLink != nil { return true }
        }
        return false
    }

    /// A URL as compared with the page's own: without scheme, `www.`, fragment and trailing slash, in lower case.
    static func comparable(_ url: String?) -> String? {
        guard var u = url?.lowercased(), let scheme = u.firstByteRange(of: "://") else { return nil }
        u = String(u[scheme.upperBound...])
        if u.hasBytePrefix("www.") { u = String(u.dropFirst(4)) }
        // (A URL without the byte has no fragment: most are answered without reading their characters.)
        if u.utf8.contains(UInt8(ascii: "#")), let hash = u.firstIndex(of: "#") { u = String(u[..<hash]) }
        while u.hasByteSuffix("/") { u.removeLast() }
        return u.isEmpty ? nil : "http://" + u
    }

    private func isCandidate(_ i: Int, allowLinks: Bool = false, allowDates: Bool = false) -> Bool {
        let block = blocks[i]
        let length = block.counts.content
        guard length >= 2, length <= 80 else { return false }
        guard allowLinks || block.linkDensity < 0.5 || block.headingLevel > 0 else { return false }
        // A heading of some length is not furniture even when it names a widget (`…怎么投诉举报`).
        let furniture = NoiseFilter.isFurniture(block) && !(block.headingLevel > 0 && length > 6)
        return !furniture && (allowDates || DateParser.first(in: block.text) == nil) && !Self.startsWithFieldLabel(block.text)
            && !Self.isReporterLine(block.text)
    }

    /// `本刊记者 侯逸宁 黄月`, `记者 张三`: the reporters' line a headline box prints under the headline (and a
    /// `<title>` may repeat after it) is no headline. A role word, a space, then one to four names of two to
    /// four characters that start with a surname.
    static func isReporterLine(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 30, let role = BylineParser.newsRoles.first(where: { text.hasBytePrefix($0) }) else { return false }
        let rest = text.dropFirst(role.count)
        guard let first = rest.first, first == " " || first == "\u{3000}" else { return false }
        let names = rest.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "、" })
        return (1...4).contains(names.count) && names.allSatisfy { (2...4).contains($0.unicodeScalars.count) }
            && ClosingBylines.plausibleNames(names.joined(separator: " "))
    }

    /// How much a block looks like a headline: heading tags, "title" classes, emphasis, place.
    private func headlineRank(_ i: Int, bodyStart: Int?) -> Int {
        let block = blocks[i]
        var rank = 0
        switch block.headingLevel {
        case 1: rank += 6
        case 2: rank += 5
        case 3: rank += 4
        case 4...6: rank += 3
        default: break
        }
        if isTitleish(block.container) { rank += 3 }
        if block.emphasized { rank += 2 }
        if let bodyStart, i <= bodyStart, bodyStart - i <= 4 { rank += 1 }
        if block.linkDensity > 0 { rank -= 2 }
        if let last = block.text.unicodeScalars.last, last == "。" || last == "：" || last == ":" { rank -= 3 }
        if block.counts.content < 4 { rank -= 2 }
        return rank
    }

    /// The headline block, joined with a subtitle line that follows it (`——热烈祝贺…`), or with its
    /// second line when the reference carries the two together.
    private func withSubtitle(_ i: Int, reference: String) -> Result {
        var title = Self.stripDecoration(Self.stripLabel(withoutLabelElement(i) ?? withoutDateElement(i) ?? Self.withoutCount(blocks[i])))
        var last = i
        // A trail of links ending on the headline (`<a>话题</a> &gt; 过来人讲述军训故事`): the headline after the trail's last
        // mark, when the <title> prints it.
        if blocks[i].linkContent > 0, blocks[i].linkDensity < 0.5, let mark = title.lastIndex(where: { ">»›".contains($0) }) {
            let tail = String(title[title.index(after: mark)...]).collapsingWhitespace
            if tail.unicodeScalars.count >= 2, Self.compact(pageTitle + reference).containsBytes(Self.compact(tail)) { title = tail }
        }
        // The headline's first line in a heading of its own (`<h1>管理制度良好</h1><h1>BRI成全球…</h1>`) when
        // the reference prints the two together (`管理制度良好 BRI成全球…`).
        // So are the lines of one heading broken with `<br>` (`教大查譏蔡若蓮標語<br>鎖定兩男…<br>學生會憂…`), up to three,
        // when the reference or the `<title>` prints them together (the `og:title` may be another wording).
        let whole = reference.collapsingWhitespace + "\n" + pageTitle.collapsingWhitespace
        var first = i
        while first > 0, first > i - 3, blocks[i].headingLevel > 0, blocks[first - 1].headingLevel == blocks[i].headingLevel,
              blocks[first - 1].linkDensity < 0.5, blocks[first - 1].counts.content >= 2, blocks[first - 1].counts.content <= 30 {
            let line = blocks[first - 1].text.collapsingWhitespace
            guard let joined = [line + " " + title, line + title].first(where: whole.containsBytes) else { break }
            title = joined
            first -= 1
        }
        // `<h1><p>…合作举办创业与创新</p><p>（大数据…）…举行</p></h1>`, whose paragraphs the parser sets outside the heading:
        // a line opening with a bracket continues the line before, when the `<title>` opens with the two together (a
        // 引题 over the headline, `奋进新征程 建功新时代` over `锲而不舍纠“四风”树新风`, is no part of it, whatever the `<title>` joins).
        if first == i, i > 0, let open = title.first, Self.closingBracket[open] != nil, blocks[i].headingLevel == 0, blocks[i - 1].headingLevel == 0, blocks[i - 1].linkDensity < 0.5,
           (2...30).contains(blocks[i - 1].counts.content), blocks[i - 1].text.unicodeScalars.last != "。" {
            let line = blocks[i - 1].text.collapsingWhitespace
            if pageTitle.collapsingWhitespace.hasBytePrefix(line + title) { title = line + title }
        }
        if i + 1 < blocks.count {
            let next = blocks[i + 1]
            // Not a link (`— <a>爱国奋斗</a>`: the column the article is filed in); part of the headline when the
            // reference or the `<title>` prints it too (a `——读《…》` under a `<title>` of the headline alone is a subtitle
            // the text keeps).
            if next.counts.content <= 60, next.text.hasBytePrefix("—") || next.text.hasBytePrefix("--"), next.linkDensity < 0.5,
               Self.compact(whole).containsBytes(Self.compact(next.text)) {
                title += " " + next.text
                last = i + 1
            } else if next.counts.content >= 2, next.counts.content <= 40, next.linkDensity < 0.5,
                      let joined = Self.joined(title, next.text, in: reference) {
                title = joined
                last = i + 1
            } else if let open = next.text.first, Self.closingBracket[open] != nil, next.counts.content <= 40, next.linkDensity < 0.5,
                      pageTitle.collapsingWhitespace.hasBytePrefix(title + next.text.collapsingWhitespace) {
                // The headline's second half, broken before its bracket (see above), when the `<title>` opens with the two.
                title += next.text.collapsingWhitespace
                last = i + 1
            } else if blocks[i].headingLevel == 0, next.counts.content >= 4, next.counts.content <= 30, next.linkDensity < 0.5, next.headingLevel == 0,
                      !next.text.containsBytes("。"), !next.text.containsBytes("："), !next.text.containsBytes(":"),
                      case let line = next.text.collapsingWhitespace, whole.collapsingWhitespace.containsBytes(title + " " + line),
                      // (Not the byline a `<title>` may carry after the headline: `… 本刊记者 侯逸宁 黄月`.)
                      BylineParser.value(after: BylineParser.authorLabels, in: line) == nil,
                      !AuthorCleaner.roles.contains(where: line.containsBytes) {
                // `途牛发布春节出游调查报告` over `六成受调者选择自助游`: the headline's second part on a line of its own, the
                // `<title>` printing the two apart by a space. (Under a headline set in a heading, a plain line is a subtitle.)
                title += " " + line
                last = i + 1
            } else if next.headingLevel > 0, next.container == blocks[i].container, next.headingLevel == blocks[i].headingLevel {
                // The heading's next line after a break (`标题<br>副题`): the subtitle, no body text; part of the
                // headline when the reference prints the two together.
                let line = next.text.collapsingWhitespace
                if let joined = [title + " " + line, title + line].first(where: whole.containsBytes) { title = joined }
                last = i + 1
            }
        }
        return Result(title: title, block: last)
    }

    /// `国家金融监督管理总局行政处罚信息公开表` over `金罚决字〔2024〕36号` under the reference
    /// `…公开表(金罚决字〔2024〕36号)`: a headline printed on two lines, as the reference joins them (the
    /// second line in brackets after the first), or nil. A second line the reference prints straight
    /// after the first is a subtitle, not part of the title.
    static func joined(_ first: String, _ second: String, in reference: String) -> String? {
        let whole = reference.collapsingWhitespace
        guard !first.isEmpty, !second.isEmpty, let start = whole.firstByteRange(of: first) else { return nil }
        var rest = whole[start.upperBound...].drop { $0 == " " }
        // The second line printed with its brackets (`（浙金罚决字〔2024〕52号）`).
        if let open = second.first, let close = Self.closingBracket[open], second.last == close, rest.hasBytePrefix(second) {
            return String(whole[start.lowerBound..<rest.index(rest.startIndex, offsetBy: second.count)])
        }
        guard let close = rest.first.flatMap({ Self.closingBracket[$0] }) else { return nil }
        rest = rest.dropFirst()
        guard rest.hasBytePrefix(second) else { return nil }
        let end = rest.index(rest.startIndex, offsetBy: second.count)
        guard end < rest.endIndex, rest[end] == close else { return nil }
        return String(whole[start.lowerBound...end])
    }

    private static let closingBracket: [Character: Character] = ["(": ")", "（": "）", "[": "]", "【": "】", "〔": "〕"]

    /// `来源： 科普中国`, `作者：张三`: a labelled field, not a headline.
    static func startsWithFieldLabel(_ text: String) -> Bool {
        // A label and its colon sit in the first few characters.
        guard text.unicodeScalars.prefix(8).contains(where: { $0 == ":" || $0 == "：" }) else { return false }
        for label in BylineParser.sourceLabels.names + BylineParser.authorLabels.names + ["发布时间", "发布日期", "时间", "日期"]
        where text.hasBytePrefix(label) {
            let rest = text.dropFirst(label.count).drop { $0 == " " }
            if let c = rest.first, c == ":" || c == "：" { return true }
        }
        return false
    }

    /// `第二章 失乡号的船长<span>241</span>`: a count in an element of its own glued to the end of
    /// the headline (comments, views) is not part of it.
    static func withoutCount(_ block: TextBlock) -> String {
        let text = block.text
        guard let last = block.fieldText.split(separator: " ").last, block.fieldText.contains(" "),
              last.allSatisfy({ $0.isASCII && $0.isNumber }), text.hasByteSuffix(last), !text.hasByteSuffix(" " + last),
              text.count > last.count + 2 else { return text }
        return String(text.dropLast(last.count))
    }

    /// The block's text as a headline: after a title label in an element of its own, before a date in
    /// an element of its own.
    private func headText(_ i: Int) -> String {
        withoutLabelElement(i) ?? withoutDateElement(i) ?? blocks[i].text
    }

    /// `2019-2022年期间全球乙烯供应将出现短缺<span>添加时间：2016-11-22</span>`: the headline's box with the
    /// date in an element of its own after the headline; the text before it, else nil.
    private func withoutDateElement(_ i: Int) -> String? {
        let block = blocks[i]
        guard block.counts.content <= 80 else { return nil }
        // The first text that is more than the whitespace before the headline's element.
        guard let node = tree.firstNonBlankText(in: blocks.nodes(of: i, in: tree)) else { return nil }
        let head = tree.nodes[node].text.collapsingWhitespace
        guard TextCounts(head).content >= 4, block.text.hasBytePrefix(head) else { return nil }
        let rest = String(block.text.dropFirst(head.count))
        guard TextCounts(rest).content <= 30, DateParser.first(in: rest) != nil, DateParser.first(in: head) == nil else { return nil }
        return head
    }

    /// Labels a page prints before a headline.
    static let titleLabels = ["主题", "标题", "题目", "文章标题", "帖子主题", "主題", "標題", "題目", "文章標題"]

    /// The block's text after a title label set in an element of its own, with no colon (PTT's
    /// `<span class="article-meta-tag">標題</span><span class="article-meta-value">[問卦] …</span>`); else nil.
    private func withoutLabelElement(_ i: Int) -> String? {
        let raw = tree.nodes[blocks[i].firstNode].text
        guard raw.utf8.count <= 40, raw.containsBytes("题") || raw.containsBytes("題") else { return nil }
        let first = raw.collapsingWhitespace
        guard Self.titleLabels.contains(first), blocks[i].text.hasBytePrefix(first) else { return nil }
        let rest = String(blocks[i].text.dropFirst(first.count)).collapsingWhitespace
        return rest.isEmpty ? nil : rest
    }

    /// `主题: 标题` → `标题`.
    static func stripLabel(_ text: String) -> String {
        for label in titleLabels where text.hasBytePrefix(label) {
            var rest = Substring(text).dropFirst(label.count)
            guard let c = rest.first, c == ":" || c == "：" else { continue }
            rest = rest.dropFirst()
            let out = String(rest).collapsingWhitespace
            if !out.isEmpty { return out }
        }
        return text
    }

    private func isTitleish(_ node: Int) -> Bool {
        guard node >= 0 else { return false }
        // The e-paper template many newspapers publish with (方正): 引题 and 副题 in `font02` cells
        // around the headline's `font01`.
        if tree.classTokens(of: node)?.contains("font01") == true { return true }
        for name in ["class", "id"] {
            if let v = tree.attribute(name, of: node)?.lowercased(), v.containsBytes("title") || v.containsBytes("headline") { return true }
        }
        return false
    }

    /// Whitespace dropped, for comparing titles.
    static func compact(_ s: String) -> String {
        var text = s
        return text.withUTF8 { b -> String in
            // Most text has no space to drop: returned as it is. Else the bytes of the other scalars are copied at once.
            var i = 0
            while i < b.count {
                let (value, length) = b.codePoint(at: i)
                if CharacterClass.isSpace(value) { break }
                i += length
            }
            guard i < b.count else { return s }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { out in
                var k = out.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: b[..<i]))
                while i < b.count {
                    let (value, length) = b.codePoint(at: i)
                    if !CharacterClass.isSpace(value) {
                        for j in i..<(i + length) { out[k] = b[j]; k += 1 }
                    }
                    i += length
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<k]), as: UTF8.self)
            }
        }
    }

    /// Longest text compared as a title: no headline is longer, and the comparison costs the
    /// product of the two lengths (a 200 KB line taken for a `<title>` took minutes).
    static let titleComparisonLimit = 400

    /// Length of the longest common substring (dynamic programming) of the first
    /// `titleComparisonLimit` characters of each.
    static func longestCommonRun(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        let a = a.count > titleComparisonLimit ? Array(a.prefix(titleComparisonLimit)) : a
        let b = b.count > titleComparisonLimit ? Array(b.prefix(titleComparisonLimit)) : b
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        var best = 0
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
                best = max(best, current[j])
            }
            swap(&previous, &current)
        }
        return best
    }

    /// The parts of a `<title>` between the separators sites put between headline, column and site name
    /// (`_`, `|`, `｜`, a dash after a space, a keyword list's dash).
    static func titleParts(_ raw: String) -> [String] {
        let title = raw.collapsingWhitespace
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(title.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let spacedDash = (c == "-" || c == "—" || c == "–") && i > 0 && scalars[i - 1] == " "
            // An underscore inside a Latin name (`看板 Soft_Job`, `my_blog`) joins it.
            let innerUnderscore = c == "_" && i > 0 && i + 1 < scalars.count && isLatinAlphanumeric(scalars[i - 1]) && isLatinAlphanumeric(scalars[i + 1])
            if (c == "_" && !innerUnderscore) || c == "|" || c == "｜" || spacedDash || (c == "-" && isKeywordDash(scalars, i)) {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(c)
            }
            i += 1
        }
        parts.append(String(current))
        return parts.map { $0.collapsingWhitespace }.filter { !$0.isEmpty }
    }

    /// `新国学网:湖南政协“战贫”:结对帮扶造血“云”_湖南省-脱贫-帮扶-` → `湖南政协“战贫”:结对帮扶造血“云”`.
    static func cleanPageTitle(_ raw: String, parts: [String]? = nil) -> String {
        let trimmed = parts ?? titleParts(raw)
        guard var headline = trimmed.max(by: { $0.unicodeScalars.count < $1.unicodeScalars.count }) else { return "" }
        // A leading "站名:" — short, ending in a site-like word — is the site, not the headline.
        for colon: Character in [":", "："] {
            if let index = headline.firstIndex(of: colon) {
                let prefix = headline[..<index]
                let rest = headline[headline.index(after: index)...]
                if prefix.count <= 8, rest.count >= 4, ["网", "报", "站", "在线", "新闻", "频道", "客户端"].contains(where: prefix.hasByteSuffix) {
                    headline = String(rest)
                }
                break
            }
        }
        return stripDecoration(stripLabel(headline))
    }

    /// Trailing decoration: `标题- -` → `标题`.
    static func stripDecoration(_ title: String) -> String {
        var tail = Array(title.unicodeScalars)
        while let last = tail.last, last == "-" || last == " " || last == "_" || last == "|" { tail.removeLast() }
        // An empty pair of quotes or brackets opening the line (`<span class="lq">“</span><span class="rq">”</span> 标题`): ornament.
        while tail.count > 3, emptyPairs.contains(where: { tail[0] == $0.0 && tail[1] == $0.1 }) {
            tail.removeFirst(2)
            while tail.first == " " { tail.removeFirst() }
        }
        return tail.count >= 2 ? String(scalars: tail).collapsingWhitespace : title
    }

    private static let emptyPairs: [(Unicode.Scalar, Unicode.Scalar)] = [("“", "”"), ("「", "」"), ("『", "』"), ("【", "】"), ("[", "]"), ("《", "》"), ("‘", "’")]

    /// A hyphen between Han characters in a keyword tail (`标题_湖南省-脱贫-帮扶-`) separates keywords;
    /// a hyphen inside Latin text or numbers (`COVID-19`) does not.
    /// `title` is `part`, then a separator and more (`标题-站名`, `标题_栏目`, `标题|站名`).
    static func opens(_ title: String, with part: String) -> Bool {
        guard title.hasBytePrefix(part), let next = title.unicodeScalars.dropFirst(part.unicodeScalars.count).first else { return false }
        return "-_|｜–—".unicodeScalars.contains(next)
    }

    private static func isLatinAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
    }

    private static func isKeywordDash(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let before = i > 0 ? s[i - 1].value : 0
        let after = i + 1 < s.count ? s[i + 1].value : 0
        return CharacterClass.isHan(before) && (after == 0 || CharacterClass.isHan(after))
    }
}
