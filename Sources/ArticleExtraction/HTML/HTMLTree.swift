import CXMLShim

/// An HTML document as a flat array of nodes in document (pre-)order.
///
/// libxml2 parses; `cxml_walk` streams the tree into this array and the C document is freed
/// before `parse` returns, so no C pointer outlives the call. The descendants of node `i` are
/// exactly the nodes `i+1 ..< nodes[i].end`, which lets every later pass run as a loop instead of
/// a recursion: a page with 100 000 nested tags cannot overflow the stack.
struct HTMLTree {
    struct Node {
        var tag: HTMLTag
        /// Index of the parent element; -1 at the top.
        var parent: Int32
        /// One past the last descendant.
        var end: Int32
        /// Depth below the root (the `html` element is 0).
        var depth: Int32
        /// The text of a text node; empty for elements.
        var text: String = ""
        /// Its content characters and sentence punctuation, counted once here for every pass that weighs text.
        var counts = TextCounts()
        /// Range into `attributes`.
        var attributeStart: Int32 = 0
        var attributeCount: Int32 = 0
    }

    struct Attribute {
        var name: String
        var value: String
    }

    var nodes: [Node] = []
    var attributes: [Attribute] = []
    /// Elements hidden by `display: none` read as shown (for a page that shows no text otherwise: see
    /// `ArticleExtractor.analysis(of:utf8:)`).
    var revealed: [Int] = []

    /// The attributes extraction reads; others are dropped during the walk to save memory.
    static let keptAttributes: Set<String> = Set([
        "id", "class", "href", "src", "alt", "title", "content", "name", "property", "itemprop",
        "datetime", "http-equiv", "style", "align", "data-src", "data-original", "hidden", "pubdate", "rel", "itemscope",
    ] + timeStampAttributes)

    /// Attributes a time element keeps its moment in, as seconds or milliseconds since 1970 (`data-created_at="1558005120000"`).
    static let timeStampAttributes = ["data-created_at", "data-created", "data-time", "data-timestamp", "data-date", "data-publish-time",
                                      "data-pubtime", "data-ts", "timestamp", "datetime"]

    /// Parses UTF-8 HTML. Returns nil when libxml2 builds no tree at all. `everyByte` has libxml2 read what it is
    /// otherwise spared: script, style and comment bodies, attributes not kept (the tree is the same; tests check).
    static func parse(utf8: [UInt8], everyByte: Bool = false) -> HTMLTree? {
        let utf8 = withLegacyEntitiesClosed(utf8)
        let doc: OpaquePointer? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                let page = $0
                return everyByte ? cxml_html_parse_utf8_whole(page.baseAddress, Int32(page.count))
                    : keptAttributeList.withUnsafeBufferPointer { cxml_html_parse_utf8(page.baseAddress, Int32(page.count), $0.baseAddress) }
            }
        }
        guard let doc else { return nil }
        defer { cxml_doc_free(doc) }
        let builder = Builder()
        var visitor = cxml_visitor(
            start_element: { ctx, name in
                Unmanaged<Builder>.fromOpaque(ctx!).takeUnretainedValue().start(String(cString: name!))
            },
            attribute: { ctx, name, value in
                Unmanaged<Builder>.fromOpaque(ctx!).takeUnretainedValue().attribute(name!, value!)
            },
            end_element: { ctx, _ in
                Unmanaged<Builder>.fromOpaque(ctx!).takeUnretainedValue().end()
            },
            text: { ctx, text, len in
                Unmanaged<Builder>.fromOpaque(ctx!).takeUnretainedValue().text(text!, Int(len))
            })
        withExtendedLifetime(builder) {
            cxml_walk(doc, &visitor, Unmanaged.passUnretained(builder).toOpaque())
        }
        builder.closeAll()
        return builder.tree
    }

    /// How many of these bytes `parse` spares libxml2 (the bodies of script and style elements and of comments,
    /// the attributes it would drop).
    static func sparedBytes(utf8: [UInt8]) -> Int {
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { page in
                keptAttributeList.withUnsafeBufferPointer { Int(cxml_spared_bytes(page.baseAddress, Int32(page.count), $0.baseAddress)) }
            }
        }
    }

    /// Whether libxml2's attribute `name` is one of `keptAttributes`, compared in its bytes with the names sharing its
    /// first byte, without making a string of it first. (The same answer as the set's: the names are ASCII letters,
    /// `-` and `_`, which no other text equals.)
    static func keeps(_ name: UnsafePointer<CChar>) -> Bool {
        for candidate in keptByFirstByte[Int(UInt8(bitPattern: name[0]))] {
            var k = 0
            while k < candidate.count && UInt8(bitPattern: name[k]) == candidate[k] { k += 1 }
            if k == candidate.count && name[k] == 0 { return true }
        }
        return false
    }

    private static let keptByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for name in keptAttributes { table[Int(name.utf8.first!)].append(Array(name.utf8)) }
        return table
    }()

    /// `keptAttributes` for the C parser: space-separated, NUL-terminated.
    private static let keptAttributeList: [CChar] = keptAttributes.sorted().joined(separator: " ").utf8CString.map { $0 }

    /// Receives the walk's events; a class so the C callbacks can reach it through `ctx`.
    private final class Builder {
        // Written only by libxml2's callbacks, one at a time on the parsing thread: checking each access for a
        // conflicting one at run time cost more than building the nodes.
        @exclusivity(unchecked) var tree = HTMLTree()
        @exclusivity(unchecked) var open: [Int32] = []

        func start(_ name: String) {
            let index = Int32(tree.nodes.count)
            tree.nodes.append(Node(tag: HTMLTag(name: name), parent: open.last ?? -1, end: index + 1,
                                   depth: Int32(open.count), attributeStart: Int32(tree.attributes.count)))
            open.append(index)
        }

        func attribute(_ name: UnsafePointer<CChar>, _ value: UnsafePointer<CChar>) {
            guard HTMLTree.keeps(name), let last = open.last else { return }
            tree.attributes.append(Attribute(name: String(cString: name), value: String(cString: value)))
            tree.nodes[Int(last)].attributeCount += 1
        }

        func end() {
            guard let index = open.popLast() else { return }
            tree.nodes[Int(index)].end = Int32(tree.nodes.count)
        }

        func text(_ bytes: UnsafePointer<CChar>, _ count: Int) {
            let buffer = UnsafeRawBufferPointer(start: bytes, count: count)
            let text = String(decoding: buffer, as: UTF8.self)
            let index = Int32(tree.nodes.count)
            tree.nodes.append(Node(tag: .text, parent: open.last ?? -1, end: index + 1,
                                   depth: Int32(open.count), text: text, counts: TextCounts(text)))
        }

        func closeAll() {
            while !open.isEmpty { end() }
        }
    }
}

extension HTMLTree {
    func attribute(_ name: String, of node: Int) -> String? {
        let start = nodes[node].attributeStart, count = nodes[node].attributeCount
        guard count > 0 else { return nil }
        for i in Int(start)..<Int(start + count) where attributes[i].name == name {
            return attributes[i].value
        }
        return nil
    }

    /// `14:07:06&nbsp中财网`: a legacy entity (one browsers read without its semicolon) glued to the next
    /// word in Chinese, which libxml2 reads as part of a longer, unknown name and leaves as text: the
    /// semicolon added. Only before a non-ASCII byte, so that URLs (`?a=1&copy=2`) stay as they are.
    static func withLegacyEntitiesClosed(_ bytes: [UInt8]) -> [UInt8] {
        var cuts: [Int] = []
        bytes.withUnsafeBufferPointer { b in
            var from = 0
            while let at = b.firstIndex(of: 0x26, from: from) {
                from = at + 1
                // The name is the run of letters after `&` (six at most), and a non-ASCII byte must follow it.
                var end = at + 1
                while end < b.count, end - at <= 6, (b[end] | 0x20) >= 0x61, (b[end] | 0x20) <= 0x7A { end += 1 }
                guard end < b.count, b[end] >= 0x80, end - at > 2 else { continue }
                if legacyEntityNames.contains(where: { $0.elementsEqual(b[(at + 1)..<end]) }) { cuts.append(end) }
            }
        }
        guard !cuts.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + cuts.count)
        var at = 0
        for cut in cuts {
            out.append(contentsOf: bytes[at..<cut])
            out.append(0x3B)
            at = cut
        }
        out.append(contentsOf: bytes[at...])
        return out
    }

    private static let legacyEntityNames: [[UInt8]] = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg", "middot", "times", "laquo", "raquo", "deg"]
        .map { Array($0.utf8) }

    /// The text of a node and its descendants, whitespace collapsed.
    func text(of node: Int) -> String {
        var out = TextAccumulator()
        for i in node..<Int(nodes[node].end) where nodes[i].tag == .text {
            out.append(nodes[i].text)
        }
        return out.finish()
    }

    /// Indices of elements with this tag, in document order.
    func elements(_ tag: HTMLTag) -> [Int] {
        nodes.indices.filter { nodes[$0].tag == tag }
    }

    /// The element children of a node (text nodes skipped), in document order.
    func elementChildren(of parent: Int) -> [Int] {
        var out: [Int] = []
        var child = parent + 1
        while child < Int(nodes[parent].end) {
            if nodes[child].tag != .text { out.append(child) }
            child = Int(nodes[child].end)
        }
        return out
    }

    /// The first text node in `nodes` that holds more than whitespace.
    func firstNonBlankText(in nodes: Range<Int>) -> Int? {
        nodes.first { self.nodes[$0].tag == .text && !self.nodes[$0].text.collapsingWhitespace.isEmpty }
    }

    /// The nearest of `node` and its ancestors, at most `levels` of them counting the node, for which `matches`
    /// holds; nil when none does.
    func nearestAncestor(of node: Int, levels: Int = .max, where matches: (Int) -> Bool) -> Int? {
        var n = node, level = 0
        while n >= 0 && level < levels {
            if matches(n) { return n }
            n = Int(nodes[n].parent)
            level += 1
        }
        return nil
    }

    /// True when `node` lies inside the subtree of `ancestor` (or is it).
    func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        node >= ancestor && node < Int(nodes[ancestor].end)
    }
}
