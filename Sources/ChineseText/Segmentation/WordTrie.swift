/// A read-only word list for matching at every position of a text, as `LexiconFeatures` does.
///
/// A trie whose first level is one dense table over the BMP and whose deeper edges sit in one
/// open-addressing table of 8-byte slots: parent node, character, child node and the child's
/// "a word ends here" bit packed in one `UInt64`, so a step is one hash and (almost always) one
/// cache line, with no second load for the word flag. Characters are folded like `Lexicon`'s:
/// full-width ASCII to half width.
struct WordTrie: Sendable {
    /// Root children in the BMP: `child << 1 | isWord`, 0 for none.
    private var rootTable: [UInt32]
    /// `key << 22 | child << 1 | isWord` with `key = parent << 21 | character`; `empty` when free.
    private var slots: [UInt64]
    private var mask: Int
    private var nodeCount = 1
    /// Number of distinct words.
    private(set) var count = 0

    private static let empty = UInt64.max
    /// Nodes are numbered in 21 bits (code points need 21 too, and the slot has 64).
    static let maximumNodes = 1 << 21

    @inline(__always)
    static func fold(_ s: UInt32) -> UInt32 { s >= 0xFF01 && s <= 0xFF5E ? s - 0xFEE0 : s }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// An empty trie with room for about `characters` characters of words before it grows.
    init(expectedCharacters characters: Int = 0) {
        var capacity = 1024
        while capacity * 3 < characters * 2 { capacity <<= 1 }
        rootTable = [UInt32](repeating: 0, count: 0x10000)
        slots = [UInt64](repeating: Self.empty, count: capacity)
        mask = capacity - 1
    }

    /// A trie of `words`, each a sequence of folded code points; empty words are ignored, repeats
    /// kept once. Words beyond `maximumNodes` trie nodes are left out.
    init(words: some Collection<[UInt32]>) {
        var characters = 0
        for word in words { characters += word.count }
        self.init(expectedCharacters: characters)
        for word in words { word.withUnsafeBufferPointer { insert($0) } }
    }

    /// Adds a word (folded code points); an empty word, or one past `maximumNodes`, is ignored.
    mutating func insert(_ word: UnsafeBufferPointer<UInt32>) {
        guard !word.isEmpty, nodeCount + word.count <= Self.maximumNodes else { return }
        // Hashed edges stay at most 3/4 of the slots.
        if (nodeCount + word.count) * 4 > slots.count * 3 { grow() }
        var node = 0
        let last = word.count - 1
        for (k, s) in word.enumerated() {
            if node == 0 && s < 0x10000 {
                var entry = rootTable[Int(s)]
                if entry == 0 { entry = UInt32(nodeCount) << 1; nodeCount += 1 }
                if k == last && entry & 1 == 0 { entry |= 1; count += 1 }
                rootTable[Int(s)] = entry
                node = Int(entry >> 1)
                continue
            }
            let key = UInt64(node) << 21 | UInt64(s)
            var i = Self.slot(key, mask)
            while slots[i] != Self.empty && slots[i] >> 22 != key { i = (i + 1) & mask }
            if slots[i] == Self.empty {
                slots[i] = key << 22 | UInt64(nodeCount) << 1
                nodeCount += 1
            }
            if k == last && slots[i] & 1 == 0 { slots[i] |= 1; count += 1 }
            node = Int(slots[i] >> 1 & 0x1F_FFFF)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot != Self.empty {
            var i = Self.slot(slot >> 22, mask)
            while slots[i] != Self.empty { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// Calls `body` with the length of every word that starts at `start`, shortest first.
    @inline(__always)
    func forEachMatch(in scalars: UnsafeBufferPointer<UInt32>, from start: Int, _ body: (Int) -> Void) {
        let first = Self.fold(scalars[start])
        var node: UInt64
        if first < 0x10000 {
            let entry = rootTable.withUnsafeBufferPointer { $0[Int(first)] }
            if entry == 0 { return }
            if entry & 1 != 0 { body(1) }
            node = UInt64(entry >> 1)
        } else {
            node = 0
        }
        let mask = self.mask
        slots.withUnsafeBufferPointer { slots in
            var i = first < 0x10000 ? start + 1 : start
            while i < scalars.count {
                let key = node << 21 | UInt64(Self.fold(scalars[i]))
                var k = Self.slot(key, mask)
                var slot = slots[k]
                while slot != Self.empty && slot >> 22 != key {
                    k = (k &+ 1) & mask
                    slot = slots[k]
                }
                if slot == Self.empty { return }
                i += 1
                if slot & 1 != 0 { body(i - start) }
                node = slot >> 1 & 0x1F_FFFF
            }
        }
    }

    /// Every word as code points, in no particular order (for writing a model file).
    var wordScalars: [[UInt32]] {
        var parent = [Int32](repeating: -1, count: nodeCount)
        var character = [UInt32](repeating: 0, count: nodeCount)
        var isWord = [Bool](repeating: false, count: nodeCount)
        for (s, entry) in rootTable.enumerated() where entry != 0 {
            let child = Int(entry >> 1)
            parent[child] = 0; character[child] = UInt32(s); isWord[child] = entry & 1 != 0
        }
        for slot in slots where slot != Self.empty {
            let child = Int(slot >> 1 & 0x1F_FFFF)
            parent[child] = Int32(slot >> 43)
            character[child] = UInt32(slot >> 22 & 0x1F_FFFF)
            isWord[child] = slot & 1 != 0
        }
        var out: [[UInt32]] = []
        out.reserveCapacity(count)
        for node in 1..<nodeCount where isWord[node] {
            var word: [UInt32] = []
            var n = node
            while n > 0 { word.append(character[n]); n = Int(parent[n]) }
            out.append(word.reversed())
        }
        return out
    }
}
