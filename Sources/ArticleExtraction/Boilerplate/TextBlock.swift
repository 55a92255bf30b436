/// A line of text as a reader sees it: the text between two block-level boundaries (a `<p>`,
/// a `<div>`, a `<br>` …), with the counts the content scorer needs.
struct TextBlock {
    var text: String
    /// The text with a space wherever an inline element (a link, a span) starts or ends, so that
    /// neighbouring values do not run together (`来源：新京报</span><a>举报</a>` reads `新京报 举报`).
    /// For reading labelled fields; kept for short blocks only, else the same as `text`.
    var fieldText: String
    /// The innermost block-level element holding the text.
    var container: Int
    /// The first text node of the block, for document order and subtree tests.
    var firstNode: Int
    var counts: TextCounts
    /// Content characters inside links.
    var linkContent: Int
    /// 1–6 when the block sits in a heading.
    var headingLevel: Int
    var inListItem: Bool
    /// Set inside bold, big, coloured or centred text: how headlines stand out on old pages.
    var emphasized: Bool

    var linkDensity: Double {
        counts.content == 0 ? (linkContent > 0 ? 1 : 0) : Double(linkContent) / Double(counts.content)
    }
}

extension Array where Element == TextBlock {
    /// The nodes of block `i`: from its first text node to the next block's. A preformatted text node cut into
    /// paragraphs at its blank lines opens several blocks; each still holds that node.
    func nodes(of i: Int, in tree: HTMLTree) -> Range<Int> {
        let first = self[i].firstNode
        return first..<Swift.max(first + 1, i + 1 < count ? self[i + 1].firstNode : tree.nodes.count)
    }
}

extension HTMLTree {
    /// Splits the visible text into blocks, in document order. Text of hidden elements
    /// (`display:none`, `hidden`) and of form controls and media is left out.
    func textBlocks() -> [TextBlock] {
        var blocks: [TextBlock] = []
        var open: [(index: Int, hidden: Bool, emphasis: Bool)] = []  // open elements, innermost last
        var openBlocks: [Int] = []  // open block-level elements
        var linkDepth = 0, hiddenDepth = 0, preDepth = 0, listDepth = 0, emphasisDepth = 0
        var headings: [Int] = []

        var acc = TextAccumulator()
        // Started at the first inline boundary inside a block: most blocks have none and share `text`.
        var fieldAcc = TextAccumulator()
        var fieldActive = false
        var counts = TextCounts()
        var linkContent = 0
        var container = -1, firstNode = -1, heading = 0, inList = false, emphasized = false

        func flush() {
            let text = acc.finish()
            let fields = fieldActive ? fieldAcc.finish() : ""
            fieldActive = false
            if !text.isEmpty, container >= 0 {
                let fieldText = counts.content <= Self.fieldTextLimit && !fields.isEmpty ? fields : text
                blocks.append(TextBlock(text: text, fieldText: fieldText, container: container, firstNode: firstNode, counts: counts,
                                        linkContent: linkContent, headingLevel: heading, inListItem: inList,
                                        emphasized: emphasized))
            }
            counts = TextCounts()
            linkContent = 0
            container = -1
            firstNode = -1
        }

        func inlineBoundary() {
            guard counts.content <= Self.fieldTextLimit else { return }
            if !fieldActive {
                fieldAcc = acc
                fieldActive = true
            }
            fieldAcc.appendBoundary()
        }

        func close(_ index: Int, hidden: Bool, emphasis: Bool) {
            let tag = nodes[index].tag
            if tag == .a { linkDepth -= 1 }
            if hidden { hiddenDepth -= 1 }
            if tag == .pre { preDepth -= 1 }
            if tag == .li { listDepth -= 1 }
            if emphasis { emphasisDepth -= 1 }
            if tag.headingLevel > 0 { headings.removeLast() }
            if tag.breaksText {
                flush()
                openBlocks.removeLast()
            } else if firstNode >= 0 {
                inlineBoundary()
            }
        }

        for i in nodes.indices {
            while let top = open.last, Int(nodes[top.index].end) <= i {
                open.removeLast()
                close(top.index, hidden: top.hidden, emphasis: top.emphasis)
            }
            // The node's fields read in place: a copy of the node would retain and release its text.
            let tag = nodes[i].tag
            if tag == .text {
                guard hiddenDepth == 0, !nodes[i].text.isEmpty else { continue }
                if preDepth > 0, nodes[i].text.containsBytes("\n\n") {
                    // Preformatted text: a blank line is a paragraph break.
                    var first = true
                    for piece in nodes[i].text.split(separator: "\n\n", omittingEmptySubsequences: false) {
                        if !first { flush() }
                        first = false
                        let text = String(piece)
                        appendText(text, counts: TextCounts(text), node: i)
                    }
                } else {
                    appendText(nodes[i].text, counts: nodes[i].counts, node: i)
                }
                continue
            }
            if tag.breaksText {
                flush()
                openBlocks.append(i)
            } else if firstNode >= 0 {
                inlineBoundary()
            }
            if tag == .a { linkDepth += 1 }
            let hidden = isHidden(i)
            if hidden { hiddenDepth += 1 }
            if tag == .pre { preDepth += 1 }
            if tag == .li { listDepth += 1 }
            let emphasis = emphasizes(i)
            if emphasis { emphasisDepth += 1 }
            if tag.headingLevel > 0 { headings.append(tag.headingLevel) }
            open.append((i, hidden, emphasis))
        }
        while let top = open.popLast() { close(top.index, hidden: top.hidden, emphasis: top.emphasis) }
        flush()
        return blocks

        func appendText(_ text: String, counts piece: TextCounts, node: Int) {
            // Whitespace before the first visible character does not decide the block's context.
            if firstNode < 0, text.unicodeScalars.contains(where: { !CharacterClass.isSpace($0.value) }) {
                firstNode = node
                container = openBlocks.last ?? -1
                heading = headings.last ?? 0
                inList = listDepth > 0
                emphasized = emphasisDepth > 0
            }
            counts += piece
            if linkDepth > 0 { linkContent += piece.content }
            acc.append(text)
            if fieldActive, counts.content <= Self.fieldTextLimit { fieldAcc.append(text) }
        }
    }

    /// Blocks longer than this (content characters) hold no meta line: no `fieldText` of their own.
    static let fieldTextLimit = 200

    /// Bold, big, coloured and centred elements.
    func emphasizes(_ index: Int) -> Bool {
        switch nodes[index].tag {
        case .b, .strong, .big, .font, .center: return true
        case .p, .div, .td: return attribute("align", of: index)?.lowercased() == "center"
        default: return false
        }
    }

    /// True when the element or one of its ancestors is hidden.
    /// The text under `node` a browser shows: hidden descendants left out.
    func visibleText(of node: Int) -> String {
        var out = TextAccumulator()
        var i = node
        let end = Int(nodes[node].end)
        while i < end {
            if nodes[i].tag == .text { out.append(nodes[i].text); i += 1; continue }
            if i != node && isHidden(i) { i = max(i + 1, Int(nodes[i].end)); continue }
            i += 1
        }
        return out.finish()
    }

    func isHiddenWithAncestors(_ index: Int) -> Bool {
        nearestAncestor(of: index, where: isHidden) != nil
    }

    private static let permalinkMarks: Set<String> = ["#", "¶", "§", "🔗", "﹟", "＃"]

    /// Elements whose content a browser would not show.
    func isHidden(_ index: Int) -> Bool {
        let tag = nodes[index].tag
        if tag.hidesText { return true }
        guard nodes[index].attributeCount > 0 else { return false }
        if attribute("hidden", of: index) != nil { return true }
        if attribute("itemscope", of: index) != nil, holdsMetadataOnly(index) { return true }
        // A heading's permalink (Hugo's `<a class="anchor" href="#什么是…">#</a>`, Sphinx's `¶`): a mark to copy the link by,
        // no part of the heading or the text.
        if tag == .a, attribute("href", of: index)?.hasBytePrefix("#") == true,
           Self.permalinkMarks.contains(text(of: index).collapsingWhitespace) { return true }
        // A dialog (`<div class="ui modal report">`, Bootstrap's `modal`): hidden by the page's
        // stylesheet until a script opens it (report forms, log-in boxes).
        // Classes that stylesheets hide (`<div class="logined none">`, `hide`, `d-none`): hidden, unless
        // the element holds an article's worth of text a script may reveal.
        // A class list that names none of these classes, even inside a longer one, is not split.
        if let classes = attribute("class", of: index),
           classes.countBytes(of: Self.hidingWords, stopAt: 1) > 0,
           let tokens = classTokens(of: index) {
            if tokens.contains(where: { $0 == "modal" }) { return true }
            // A video.js player's controls and dialogs (`<span class="vjs-control-text">Current Time</span>`,
            // `vjs-modal-dialog`): its chrome, shown as icons or only when opened, never the article's text.
            if tokens.contains(where: { $0.hasBytePrefix("vjs-") }) { return true }
            if tokens.contains(where: { Self.hidingClasses.contains(String($0)) }) {
                return !tokens.contains(where: Self.showsOnWiderScreens) && !revealedByScript(index)
            }
        }
        switch styleHiding(of: index) {
        case .displayNone: return !revealed.contains(index)
        case .visibilityHidden: return !revealedByScript(index)
        case nil: return false
        }
    }

    /// Schema.org microdata printed as elements for machines, every child an `itemprop` (sputniknews.cn's
    /// `<div class="article__meta" itemscope>` of `<div itemprop="datePublished">2021-06-21T22:16+0800</div>`,
    /// `email`, `telephone` …, hidden by the stylesheet): a machine-readable publication time among them marks it.
    /// An article's own `itemscope` element holds its text in children without `itemprop`.
    private func holdsMetadataOnly(_ index: Int) -> Bool {
        var properties = 0, machineDate = false
        var k = index + 1
        let end = Int(nodes[index].end)
        while k < end {
            let child = nodes[k]
            if child.tag == .text {
                if child.text.unicodeScalars.contains(where: { !CharacterClass.isSpace($0.value) }) { return false }
                k += 1
                continue
            }
            guard let property = attribute("itemprop", of: k) else { return false }
            properties += 1
            if property.hasBytePrefix("date") {
                let text = self.text(of: k)
                machineDate = machineDate || (DateParser.first(in: text) != nil && text.contains("T") && !text.unicodeScalars.contains { CharacterClass.isHan($0.value) })
            }
            k = max(Int(child.end), k + 1)
        }
        return properties >= 4 && machineDate
    }

    enum StyleHiding { case displayNone, visibilityHidden }

    /// How the element's `style` hides it (`display: none`, `visibility:hidden`), if it does; a style
    /// naming neither none nor hidden (in any case) is not lowercased.
    func styleHiding(of index: Int) -> StyleHiding? {
        guard let style = attribute("style", of: index),
              style.containsBytesIgnoringASCIICase("none") || style.containsBytesIgnoringASCIICase("hidden") else { return nil }
        // Spaces dropped from the bytes, and ASCII case folded in the search: an ASCII word is found just as in the style
        // lowercased with its space characters filtered out (no other character lowercases to its letters, and a space
        // that a combining mark keeps in place can stand in no ASCII word).
        let compact = String(decoding: style.utf8.filter { $0 != 0x20 }, as: UTF8.self)
        if compact.containsBytesIgnoringASCIICase("display:none") { return .displayNone }
        if compact.containsBytesIgnoringASCIICase("visibility:hidden") { return .visibilityHidden }
        return nil
    }

    /// The element's class names (`class="rich_media_meta  rich_media_meta_text"` → two), nil without a class attribute.
    func classTokens(of index: Int) -> [Substring]? {
        guard let value = attribute("class", of: index) else { return nil }
        // ASCII holding no CR LF (one character to the standard library, and no separator) is split at its bytes, into
        // the same tokens: nearly every class list, without reading it a character at a time.
        var bytes = value
        let ranges = bytes.withUTF8 { b -> [Range<Int>]? in
            var out: [Range<Int>] = [], start = -1
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0x80 || (c == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A) { return nil }
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                    if start >= 0 { out.append(start..<i) }
                    start = -1
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { out.append(start..<b.count) }
            return out
        }
        guard let ranges else { return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) }
        let utf8 = value.utf8
        return ranges.map { r in
            let lower = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            return value[lower..<utf8.index(lower, offsetBy: r.count)]
        }
    }

    /// A class that shows the element from a screen width on (Tailwind's `md:grid`, `lg:block`; Bootstrap's
    /// `d-md-flex`): beside `hidden` / `d-none` the element is hidden on phones only, and a saved desktop
    /// page shows it (hk01's author and date line, `hidden md:grid`).
    static func showsOnWiderScreens(_ token: Substring) -> Bool {
        if let colon = token.lastIndex(of: ":") {
            return ["sm", "md", "lg", "xl", "2xl"].contains(token[..<colon]) && displayValues.contains(String(token[token.index(after: colon)...]))
        }
        let parts = token.split(separator: "-", maxSplits: 2)
        return parts.count == 3 && parts[0] == "d" && ["sm", "md", "lg", "xl", "xxl"].contains(parts[1]) && displayValues.contains(String(parts[2]))
    }

    private static let displayValues: Set<String> = ["block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents", "flow-root"]

    static let hidingClasses: Set<String> = ["none", "hide", "hidden", "d-none", "is-hidden", "invisible", "display-none"]
    /// `modal` and the hiding classes, to test a class list for any of them in one pass.
    private static let hidingWords = PhraseList(["modal", "vjs-"] + hidingClasses)

    /// Content characters from which an element hidden by `visibility:hidden` is taken to be shown by
    /// a script once the page loads: article pages (WeChat's `js_content`, lazy-laid-out portals) hide
    /// their whole text that way until scripts run, while what stays hidden (menus, share panels,
    /// tracking boxes, audio players) is short: at most 62 content characters on the 182 dev pages,
    /// against 1 296 for the one hidden article.
    static let revealedTextLimit = 120

    /// The element hidden by its style (`display: none`) that holds the most text, at least
    /// `revealedTextLimit` content characters: a page's whole article a script shows once it loads
    /// (`<div id="pc" style="display: none">` shown on desktops, beside `<div id="phone" style="display: none">`).
    func largestStyleHiddenElement() -> Int? {
        var best: (index: Int, content: Int)? = nil
        var i = 0
        while i < nodes.count {
            defer { i += 1 }
            guard nodes[i].tag != .text, nodes[i].attributeCount > 0, styleHiding(of: i) == .displayNone else { continue }
            let content = contentCharacters(under: i)
            if content >= Self.revealedTextLimit, content > best?.content ?? 0 { best = (i, content) }
            i = Int(nodes[i].end) - 1  // an outer element counts its inner ones' text
        }
        return best?.index
    }

    /// The elements before `element` under its parent that `display: none` hides too and that hold a heading and little
    /// else: the page's title box, hidden with its text until a script shows both (vuepress-theme-reco's `<div
    /// class="page-title" style="display:none;"><h1>我的外公</h1>…` before the hidden text).
    func hiddenHeadings(before element: Int) -> [Int] {
        let parent = Int(nodes[element].parent)
        guard parent >= 0 else { return [] }
        var found: [Int] = []
        var child = parent + 1
        while child < element {
            defer { child = max(child + 1, Int(nodes[child].end)) }
            guard nodes[child].tag != .text, nodes[child].attributeCount > 0, styleHiding(of: child) == .displayNone,
                  (child..<Int(nodes[child].end)).contains(where: { nodes[$0].tag.headingLevel > 0 }),
                  contentCharacters(under: child, upTo: Self.revealedTextLimit) < Self.revealedTextLimit else { continue }
            found.append(child)
        }
        return found
    }

    /// True when the element's subtree holds at least `revealedTextLimit` content characters.
    func revealedByScript(_ index: Int) -> Bool {
        contentCharacters(under: index, upTo: Self.revealedTextLimit) >= Self.revealedTextLimit
    }

    /// The content characters of the text under the element (not under script, style and the like),
    /// counted until `limit` is reached.
    func contentCharacters(under index: Int, upTo limit: Int = .max) -> Int {
        var content = 0
        var i = index + 1
        let end = Int(nodes[index].end)
        while i < end {
            let tag = nodes[i].tag
            if tag.hidesText { i = max(i + 1, Int(nodes[i].end)); continue }
            if tag == .text {
                content += nodes[i].counts.content
                if content >= limit { return content }
            }
            i += 1
        }
        return content
    }
}
