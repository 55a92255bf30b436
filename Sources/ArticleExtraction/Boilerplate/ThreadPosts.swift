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

    func firstPostOnly(_ selected: [Int]) -> [Int] {
        guard selected.count >= 2, let items = postItems(around: selected) else { return selected }
        func item(of block: Int) -> Int? {
            items.firstIndex { tree.isInside(blocks[block].firstNode, $0) }
        }
        var outside: [Int] = [], inItems: [(block: Int, item: Int)] = []
        for b in selected {
            if let i = item(of: b) { inItems.append((b, i)) } else { outside.append(b) }
        }
        guard Set(inItems.map(\.item)).count >= 2 else { return selected }
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
        guard !firstBlocks.isEmpty else { return selected }
        let outsideContent = outside.reduce(0) { $0 + blocks[$1].counts.content }
        let firstContent = firstBlocks.reduce(0) { $0 + blocks[$1].counts.content }
        if outsideContent >= max(50, firstContent) { return outside }
        return (outside + firstBlocks).sorted()
    }

    /// The sibling posts holding the chosen blocks, in document order, or nil when they do not sit in a thread.
    private func postItems(around selected: [Int]) -> [Int]? {
        var tried = Set<Int>()
        for b in selected.prefix(40) {
            var node = blocks[b].container
            var steps = 0
            while node >= 0, steps < 12 {
                defer { node = Int(tree.nodes[node].parent); steps += 1 }
                let parent = Int(tree.nodes[node].parent)
                guard parent >= 0, tried.insert(node).inserted, let tokens = tree.classTokens(of: node) else { continue }
                // The parent's children by class token, built once for all of this node's tokens.
                var byToken: [Substring: [Int]] = [:]
                let wanted = Set(tokens)
                for child in tree.elementChildren(of: parent) {
                    for token in Set(tree.classTokens(of: child) ?? []) where wanted.contains(token) {
                        byToken[token, default: []].append(child)
                    }
                }
                for token in tokens {  // in the class attribute's order (a repeated token is tried once)
                    guard let items = byToken.removeValue(forKey: token), items.count >= Self.minimumPosts else { continue }
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
        for b in replyBlocks {
            var node = blocks[b].container
            while node >= 0, !items.contains(node) {
                if let tokens = tree.classTokens(of: node), let token = tokens.first {
                    counts[token, default: 0] += 1
                    break
                }
                node = Int(tree.nodes[node].parent)
            }
        }
        guard let (token, count) = counts.max(by: { $0.value < $1.value }), count * 2 >= replyBlocks.count else { return nil }
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
