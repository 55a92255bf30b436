/// Forum threads and question pages: the article is the first post, not the replies below it.
///
/// A thread prints its posts as sibling elements that share a class (`atl-item`, `l_post`,
/// `post`, `List-item`), each with its writer and a dated stamp. Scored for prose, the replies
/// together outweigh a short opening post, so the chosen element is the whole thread. When the
/// chosen blocks lie in two or more such posts, only the first post's text is kept, taken from
/// the same place inside it as the replies' text (their content box, not the writer's header).
/// Article text outside the posts (a news story above its comments) wins over them when it is
/// the longer.
extension ContentScorer {
    /// Sibling posts: at least this many elements sharing a class, each holding a date.
    static let minimumPosts = 3
    /// An opening post this short (`#佛系#`, a tag line) is not taken over the reply that was chosen.
    static let openingPostContent = 10
    /// An opening post this long is the text over one later floor that was chosen (with a fourth of its length).
    static let openingOverLaterFloor = 200
    /// Text this long above the first reply's labelled header is the opening post, its own header left above it.
    static let openingAboveReplies = 100

    func firstPostOnly(_ selected: [Int]) -> [Int] {
        firstPostOfThread(selected) ?? openingPostBox(for: selected) ?? firstAnswer(selected) ?? firstFloor(selected) ?? selected
    }

    /// A thread whose markup names nothing (an archive's flattened copy, a board's bare `<div>`s) still numbers its
    /// posts on their header lines, after the poster and the time (`jinsewuduan超人就是我 2018-04-23 13:32:55 [楼主]1楼`,
    /// `… 2楼`): with the first floors' headers among the chosen blocks, the text is what lies between floor 1's and
    /// floor 2's.
    /// So does a board's print view, one post after another under a header of the poster's label and the time
    /// (Discuz's `作者: 三个路人 时间: 2015-3-26 00:32`).
    private func firstFloor(_ selected: [Int]) -> [Int]? {
        var headers: [(position: Int, floor: Int)] = []
        for (k, b) in selected.enumerated() where blocks[b].counts.content <= 60 {
            guard let floor = Self.floorNumber(blocks[b].text), DateParser.first(in: blocks[b].text) != nil else { continue }
            if floor != (headers.last?.floor ?? 0) + 1 { return nil }
            headers.append((k, floor))
            if headers.count == Self.minimumPosts { break }
        }
        if headers.count < Self.minimumPosts {
            headers = selected.enumerated().filter { blocks[$0.element].counts.content <= 60 && Self.isLabelledPostHeader(blocks[$0.element].text) }
                .prefix(Self.minimumPosts).map { ($0.offset, 0) }
            // The opening post's own header left above the chosen text (an old board's thread table): the text before
            // the first reply's header is the opening post.
            if headers.count == Self.minimumPosts {
                let before = Array(selected[..<headers[0].position])
                if before.reduce(0, { $0 + blocks[$1].counts.content }) >= Self.openingAboveReplies { return before }
            }
        }
        guard headers.count == Self.minimumPosts else { return nil }
        let post = Array(selected[(headers[0].position + 1)..<headers[1].position])
        return post.reduce(0, { $0 + blocks[$1].counts.content }) >= Self.openingPostContent ? post : nil
    }

    /// `作者: 三个路人 时间: 2015-3-26 00:32`: a post's header that opens with the poster's label and holds the time.
    static func isLabelledPostHeader(_ text: String) -> Bool {
        let t = text.collapsingWhitespace
        guard let label = postHeaderLabels.first(where: { t.hasBytePrefix($0) }) else { return false }
        var rest = t.utf8.dropFirst(label.utf8.count)
        if rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
        guard rest.starts(with: ":".utf8) || rest.starts(with: "：".utf8) else { return false }
        return DateParser.first(in: t) != nil
    }

    private static let postHeaderLabels = ["作者", "发帖人", "發帖人", "楼主", "樓主"]

    /// The floor number closing a post's header line (`1楼`, `[楼主]1楼`, `12 樓`), or nil.
    static func floorNumber(_ text: String) -> Int? {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        guard let last = scalars.last, last == "楼" || last == "樓" else { return nil }
        scalars.removeLast()
        while let l = scalars.last, l == " " { scalars.removeLast() }
        var value = 0, digits = 0, place = 1
        while let d = scalars.last, d.value >= 0x30, d.value <= 0x39, digits < 5 {
            value += Int(d.value - 0x30) * place
            place *= 10
            digits += 1
            scalars.removeLast()
        }
        return digits > 0 ? value : nil
    }

    /// A question page (知乎) prints its answers in boxes of one class (`ContentItem AnswerItem`) that are not
    /// siblings: the first in a card of its own, the rest in a list, each in a wrapper. When the chosen blocks lie
    /// in a later answer (a longer one won), the first answer's text box is the page's text.
    private func firstAnswer(_ selected: [Int]) -> [Int]? {
        guard let firstChosen = selected.first,
              let item = tree.nearestAncestor(of: blocks[firstChosen].container, levels: 12, where: { n in
                  tree.attribute("class", of: n)?.containsBytesIgnoringASCIICase("answer") == true
                      && tree.classTokens(of: n)?.contains(where: Self.namesOneAnswer) == true }),
              let token = tree.classTokens(of: item)?.first(where: Self.namesOneAnswer),
              selected.allSatisfy({ tree.isInside(blocks[$0].firstNode, item) }) else { return nil }
        var first: Int? = nil
        var node = 0
        while node < item {
            if tree.nodes[node].tag != .text, tree.classTokens(of: node)?.contains(token) == true { first = node; break }
            node += 1
        }
        guard let first, !tree.isInside(item, first), let slot = contentSlot(of: selected, items: [item]) else { return nil }
        let boxes = descendants(of: first, withClass: slot)
        let answer = blocks.indices.filter { b in boxes.contains { tree.isInside(blocks[b].firstNode, $0) } }
        guard answer.reduce(0, { $0 + blocks[$1].counts.content }) >= Self.openingPostContent else { return nil }
        return answer
    }

    /// `AnswerItem`, `answer-item`, `answer`: a class naming one answer (not the list of them, `QuestionAnswers-answers`).
    private static func namesOneAnswer(_ token: Substring) -> Bool {
        let lower = token.lowercased()
        return lower.containsBytes("answer") && !lower.containsBytes("answers") && !lower.containsBytes("list")
            && !lower.containsBytes("count") && !lower.containsBytes("btn") && !lower.containsBytes("button")
    }

    /// The first post's blocks when the chosen ones lie in two or more sibling posts, or in one later post (the longest
    /// reply won, a thread's 楼主 going on in floor after floor), else nil.
    private func firstPostOfThread(_ selected: [Int]) -> [Int]? {
        guard selected.count >= 2, let items = postItems(around: selected) else { return nil }
        func item(of block: Int) -> Int? {
            items.firstIndex { tree.isInside(blocks[block].firstNode, $0) }
        }
        var outside: [Int] = [], inItems: [(block: Int, item: Int)] = []
        for b in selected {
            if let i = item(of: b) { inItems.append((b, i)) } else { outside.append(b) }
        }
        let posts = Set(inItems.map(\.item))
        // One later post alone only in a thread whose posts carry no headlines of their own (a blog's index prints
        // each post under its title: there the longest is as good a choice as the first).
        guard posts.count >= 2 || (posts.count == 1 && !posts.contains(0) && outside.isEmpty && !items.contains(where: holdsHeading))
        else { return nil }
        let first = items[0]
        var firstBlocks = blocks.indices.filter { tree.isInside(blocks[$0].firstNode, first) }
        // The replies' text box (`bbs-content`, `d_post_content`): the same box in the first post.
        if let slot = contentSlot(of: inItems.filter { $0.item > 0 }.map(\.block), items: items) {
            let boxes = descendants(of: first, withClass: slot)
            let inBoxes = firstBlocks.filter { b in boxes.contains { tree.isInside(blocks[b].firstNode, $0) } }
            if !inBoxes.isEmpty { firstBlocks = inBoxes }
        } else {
            let chosen = Set(selected)
            firstBlocks = firstBlocks.filter(chosen.contains)
        }
        guard !firstBlocks.isEmpty else { return nil }
        // One later post chosen: the first is the opening post when it holds a text of its own (a fourth of the
        // chosen one's, 200 characters), not a line or two above a longer reply.
        if posts.count == 1 {
            let opening = firstBlocks.reduce(0, { $0 + blocks[$1].counts.content })
            let chosen = selected.reduce(0, { $0 + blocks[$1].counts.content })
            return opening >= Self.openingOverLaterFloor && opening * 4 >= chosen ? firstBlocks : nil
        }
        let outsideContent = outside.reduce(0) { $0 + blocks[$1].counts.content }
        let firstContent = firstBlocks.reduce(0) { $0 + blocks[$1].counts.content }
        if outsideContent >= max(50, firstContent) { return outside }
        return (outside + firstBlocks).sorted()
    }

    /// Posts whose text boxes are numbered by the post (`<div id="pm_13264970" class="t_smallfont">`,
    /// Discuz's `postmessage_123456`, tieba's `post_content_123456`): an old board prints each post in
    /// a table of its own under an unclassed anchor, so no shared class marks the posts themselves,
    /// but their text boxes share an id prefix and a tag. When the chosen blocks lie in such boxes and
    /// not in the first one (a longer reply won, or the replies together), the first box's blocks
    /// are the opening post.
    private func openingPostBox(for selected: [Int]) -> [Int]? {
        guard let firstBlock = selected.first else { return nil }
        let numbered = { (n: Int) in tree.attribute("id", of: n).flatMap(Self.postNumberPrefix) != nil }
        guard let node = tree.nearestAncestor(of: blocks[firstBlock].container, levels: 3, where: numbered),
              let prefix = tree.attribute("id", of: node).flatMap(Self.postNumberPrefix) else { return nil }
        let tag = tree.nodes[node].tag
        var boxes: [Int] = []
        for n in tree.nodes.indices where tree.nodes[n].tag == tag {
            if let id = tree.attribute("id", of: n), Self.postNumberPrefix(id) == prefix { boxes.append(n) }
        }
        guard boxes.count >= Self.minimumPosts, let first = boxes.first, first != node,
              selected.allSatisfy({ b in boxes.contains { tree.isInside(blocks[b].firstNode, $0) } })
        else { return nil }
        let opening = blocks.indices.filter { tree.isInside(blocks[$0].firstNode, first) }
        return opening.reduce(0, { $0 + blocks[$1].counts.content }) >= Self.openingPostContent ? opening : nil
    }

    /// Whether an element holds a heading (`<h1>`–`<h4>`).
    private func holdsHeading(_ node: Int) -> Bool {
        (node + 1..<Int(tree.nodes[node].end)).contains { (1...4).contains(tree.nodes[$0].tag.headingLevel) }
    }

    /// The letters before a post number in an id (`pm_13264970` → `pm_`), when the number has at least five digits.
    static func postNumberPrefix(_ id: String) -> Substring? {
        let bytes = Array(id.utf8)
        var i = bytes.count
        while i > 0, bytes[i - 1] >= 0x30, bytes[i - 1] <= 0x39 { i -= 1 }
        guard bytes.count - i >= 5, i > 0 else { return nil }
        // Letters, `_` and `-` only: the prefix is ASCII, so its bytes are its characters.
        guard bytes[..<i].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x5F || $0 == 0x2D }) else { return nil }
        return Substring(id.prefix(i))
    }

    /// The sibling posts holding the chosen blocks, in document order, or nil when they do not sit in a thread.
    private func postItems(around selected: [Int]) -> [Int]? {
        var tried = Set<Int>()
        // Sibling groups already counted (by parent, then class token): the chosen blocks' containers are often
        // siblings of one class, each of which would count the same group's dates again.
        var counted: [Int: Set<Substring>] = [:]
        // A parent's element children by class token, built once: the blocks' containers are often siblings.
        var childrenByToken: [Int: [Substring: [Int]]] = [:]
        for b in selected.prefix(40) {
            var node = blocks[b].container
            var steps = 0
            while node >= 0, steps < 12 {
                defer { node = Int(tree.nodes[node].parent); steps += 1 }
                let parent = Int(tree.nodes[node].parent)
                guard parent >= 0, tried.insert(node).inserted, let tokens = tree.classTokens(of: node) else { continue }
                if childrenByToken[parent] == nil {
                    var byToken: [Substring: [Int]] = [:]
                    for child in tree.elementChildren(of: parent) {
                        for token in Set(tree.classTokens(of: child) ?? []) { byToken[token, default: []].append(child) }
                    }
                    childrenByToken[parent] = byToken
                }
                for token in tokens {  // in the class attribute's order (a repeated token is tried once)
                    guard let items = childrenByToken[parent]?[token], items.count >= Self.minimumPosts,
                          counted[parent, default: []].insert(token).inserted else { continue }
                    var dated = 0
                    for item in items.prefix(60) where holdsDate(item) {
                        dated += 1
                        if dated >= Self.minimumPosts { return items }
                    }
                }
            }
        }
        return nil
    }

    /// The class shared by the innermost classed elements holding the replies' text, if one holds most of them.
    private func contentSlot(of replyBlocks: [Int], items: [Int]) -> Substring? {
        var counts: [Substring: Int] = [:]
        var order: [Substring] = []  // first seen first: of classes as common, the first wins, in every run
        for b in replyBlocks {
            var node = blocks[b].container
            while node >= 0, !items.contains(node) {
                if let tokens = tree.classTokens(of: node), let token = tokens.first {
                    if counts[token] == nil { order.append(token) }
                    counts[token, default: 0] += 1
                    break
                }
                node = Int(tree.nodes[node].parent)
            }
        }
        guard let token = order.max(by: { counts[$0]! < counts[$1]! }), counts[token]! * 2 >= replyBlocks.count else { return nil }
        return token
    }

    /// A date in one of the element's text nodes (a post's stamp sits in one: `时间：2017-03-24 20:35:54`),
    /// looking at its first 12 000 bytes of text; cheaper than the element's whole text.
    private func holdsDate(_ item: Int) -> Bool {
        var seen = 0
        for n in item..<Int(tree.nodes[item].end) where tree.nodes[n].tag == .text {
            let text = tree.nodes[n].text
            guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || text.utf8.contains(where: { $0 >= 0xE3 }) else { continue }
            if DateParser.first(in: text) != nil { return true }
            seen += text.utf8.count
            if seen > 12_000 { return false }
        }
        return false
    }

    private func descendants(of root: Int, withClass token: Substring) -> [Int] {
        (root..<Int(tree.nodes[root].end)).filter { tree.nodes[$0].tag != .text && tree.classTokens(of: $0)?.contains(token) == true }
    }
}
