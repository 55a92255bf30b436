import Foundation

/// Words that are never split: the domain lexicon shipped in `corpora/lexicon/` and users'
/// dictionaries in jieba's format (`word [freq] [tag]` per line, UTF-8). A trie over code points
/// (full-width letters and digits folded to half width), matched leftmost-longest.
public struct Lexicon: Sendable {
    private var children = FeatureIndex()   // key(node, scalar) → child node, below the root
    private var rootChildren = [Int32](repeating: -1, count: 0x10000) // the root's children in the BMP, dense
    private var isWord: [Bool] = [false]    // node 0 is the root
    /// One bit per BMP character that starts a word (8 KB, stays in cache): most positions of a
    /// text start no word, and this answers them without the 256 KB root table.
    private var startsWord = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// One bit per hashed pair of first two characters (8 KB): most starts that pass `startsWord`
    /// go no further, and this answers them without a probe in `children`.
    private var startsPair = [UInt64](repeating: 0, count: 0x10000 / 64)

    @inline(__always)
    private static func pairBit(_ a: UInt32, _ b: UInt32) -> (word: Int, bit: UInt64) {
        let h = Int(truncatingIfNeeded: ((UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
        return (h >> 6, 1 << UInt64(h & 63))
    }
    public private(set) var count = 0
    /// Length in code points of the longest word, bounding each match attempt.
    public private(set) var longestWord = 0

    public init() {}

    public init(words: some Sequence<String>) {
        for word in words { add(word) }
    }

    @inline(__always)
    private static func fold(_ s: UInt32) -> UInt32 { s >= 0xFF01 && s <= 0xFF5E ? s - 0xFEE0 : s }

    /// The code points a word is stored as: folded, without surrounding spaces and tabs.
    static func folded(_ word: String) -> [UInt32] {
        var scalars = word.unicodeScalars.map { Self.fold($0.value) }
        while let last = scalars.last, last == 0x20 || last == 0x09 { scalars.removeLast() }
        let leading = scalars.prefix { $0 == 0x20 || $0 == 0x09 }.count
        scalars.removeFirst(leading)
        return scalars
    }

    /// `utf8` as `folded` stores it, into `word`; false when it is not valid UTF-8.
    static func decodeWord(_ utf8: ArraySlice<UInt8>, into word: inout [UInt32]) -> Bool {
        word.removeAll(keepingCapacity: true)
        var i = utf8.startIndex
        let end = utf8.endIndex
        while i < end {
            let b0 = UInt32(utf8[i])
            if b0 < 0x80 { word.append(b0); i += 1; continue }
            var length = 0, value: UInt32 = 0, minimum: UInt32 = 0
            if b0 & 0xE0 == 0xC0 { length = 2; value = b0 & 0x1F; minimum = 0x80 }
            else if b0 & 0xF0 == 0xE0 { length = 3; value = b0 & 0x0F; minimum = 0x800 }
            else if b0 & 0xF8 == 0xF0 { length = 4; value = b0 & 0x07; minimum = 0x10000 }
            else { return false }
            guard end - i >= length else { return false }
            for k in 1..<length {
                let b = UInt32(utf8[i + k])
                guard b & 0xC0 == 0x80 else { return false }
                value = value << 6 | (b & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return false }
            word.append(value)
            i += length
        }
        for k in word.indices { word[k] = fold(word[k]) }
        while let last = word.last, last == 0x20 || last == 0x09 { word.removeLast() }
        let leading = word.prefix { $0 == 0x20 || $0 == 0x09 }.count
        word.removeFirst(leading)
        return true
    }

    /// Adds a word (surrounding whitespace ignored; empty words are skipped).
    public mutating func add(_ word: String) {
        let scalars = Self.folded(word)
        guard !scalars.isEmpty else { return }
        if scalars[0] < 0x10000 { startsWord[Int(scalars[0]) >> 6] |= 1 << UInt64(scalars[0] & 63) }
        if scalars.count >= 2 {
            let (word, bit) = Self.pairBit(scalars[0], scalars[1])
            startsPair[word] |= bit
        }
        var node: Int32 = 0
        for s in scalars {
            let child = self.child(of: node, s)
            if child >= 0 { node = child; continue }
            let created = Int32(isWord.count)
            isWord.append(false)
            if node == 0 && s < 0x10000 { rootChildren[Int(s)] = created }
            else { children.insert(FeatureIndex.key(node, Int32(bitPattern: s)), row: created) }
            node = created
        }
        if !isWord[Int(node)] { isWord[Int(node)] = true; count += 1 }
        longestWord = max(longestWord, scalars.count)
    }

    /// Takes a word out again (jieba's frequency 0: "never force this word").
    public mutating func remove(_ word: String) {
        guard let node = find(word.unicodeScalars.map(\.value)), isWord[Int(node)] else { return }
        isWord[Int(node)] = false
        count -= 1
    }

    public func contains(_ word: String) -> Bool {
        guard let node = find(word.unicodeScalars.map(\.value)) else { return false }
        return isWord[Int(node)]
    }

    /// The child of `node` along folded code point `s`, or -1.
    @inline(__always)
    private func child(of node: Int32, _ s: UInt32) -> Int32 {
        if node == 0 && s < 0x10000 { return rootChildren[Int(s)] }
        return children.row(for: FeatureIndex.key(node, Int32(bitPattern: s)))
    }

    private func find(_ scalars: [UInt32]) -> Int32? {
        var node: Int32 = 0
        for s in scalars {
            let child = self.child(of: node, Self.fold(s))
            if child < 0 { return nil }
            node = child
        }
        return node
    }

    /// Calls `body` with the length of every word of two or more characters that starts at
    /// `start`, shortest first. Both small filters (first character, first two) are asked before
    /// the trie: about one position in four passes the first and one in thirty the second.
    @inline(__always)
    func forEachMatch(in scalars: UnsafeBufferPointer<UInt32>, from start: Int, _ body: (Int) -> Void) {
        guard start + 1 < scalars.count else { return }
        let first = Self.fold(scalars[start])
        if first < 0x10000 && startsWord.withUnsafeBufferPointer({ $0[Int(first) >> 6] }) & (1 << UInt64(first & 63)) == 0 { return }
        let (word, bit) = Self.pairBit(first, Self.fold(scalars[start + 1]))
        if startsPair.withUnsafeBufferPointer({ $0[word] }) & bit == 0 { return }
        var node = self.child(of: 0, first)
        if node < 0 { return }
        var i = start + 1
        while i < scalars.count {
            let child = self.child(of: node, Self.fold(scalars[i]))
            if child < 0 { return }
            node = child
            i += 1
            if isWord[Int(node)] { body(i - start) }
        }
    }

    /// Every word, sorted.
    public var words: [String] { wordScalars.map { String(scalars: $0) }.sorted() }

    /// Every word as (folded) code points, in no particular order.
    var wordScalars: [[UInt32]] {
        var parent = [Int32](repeating: -1, count: isWord.count)
        var scalar = [UInt32](repeating: 0, count: isWord.count)
        for (key, child) in children.entries {
            parent[Int(child)] = Int32(truncatingIfNeeded: key >> 32)
            scalar[Int(child)] = UInt32(truncatingIfNeeded: key)
        }
        for (s, child) in rootChildren.enumerated() where child >= 0 {
            parent[Int(child)] = 0
            scalar[Int(child)] = UInt32(s)
        }
        var out: [[UInt32]] = []
        for node in isWord.indices where isWord[node] {
            var scalars: [UInt32] = []
            var n = node
            while n > 0 { scalars.append(scalar[n]); n = Int(parent[n]) }
            out.append(scalars.reversed())
        }
        return out
    }

    // MARK: - jieba dictionary files

    /// Adds the entries of a jieba-format dictionary: one `word [freq] [tag]` per line; a word may
    /// contain spaces; frequency 0 removes the word; blank lines and lines starting with `#` are
    /// skipped. Returns the number of lines read as entries.
    @discardableResult
    public mutating func add(jiebaDictionary text: String) -> Int {
        var entries = 0
        for raw in text.split(whereSeparator: \.isNewline) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var frequency: Int? = nil
            if fields.count > 1, fields.last!.allSatisfy({ $0.isASCII && $0.isLetter }) { fields.removeLast() } // tag
            if fields.count > 1, let f = Int(fields.last!) { frequency = f; fields.removeLast() }
            let word = fields.joined(separator: " ")
            if frequency == 0 { remove(word) } else { add(word) }
            entries += 1
        }
        return entries
    }

    /// Loads a jieba-format dictionary file.
    public mutating func load(contentsOf path: String) throws(LexiconError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(path) }
        add(jiebaDictionary: text)
    }
}

public enum LexiconError: Error, Equatable, CustomStringConvertible {
    case unreadable(String), notUTF8(String)
    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read dictionary"
        case .notUTF8(let path): "\(path): dictionary is not UTF-8 (jieba dictionaries are UTF-8)"
        }
    }
}
