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
    /// One bit per hashed edge key (2^21 bits, 256 KB: stays in L2): a clear bit means "no such
    /// edge" without touching the slots, which is the answer for most steps of a walk.
    private var filter = [UInt64](repeating: 0, count: 1 << 15)
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

    /// The filter bit of `key`: word index and bit.
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> (word: Int, bit: UInt64) {
        let h = Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 43)
        return (h >> 6, 1 << UInt64(h & 63))
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
            let (word, bit) = Self.filterBit(key)
            filter[word] |= bit
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

    /// Scratch for `forEachMatch(in:scratch:_:)`: the walks under way.
    struct Scratch: Sendable {
        var starts: [Int32] = []
        var next: [Int32] = []
        var nodes: [UInt64] = []
        var probes: [UInt64] = []

        /// Room for `count` walks in every array.
        mutating func reserve(_ count: Int) {
            if starts.count >= count { return }
            starts = [Int32](repeating: 0, count: count)
            next = [Int32](repeating: 0, count: count)
            nodes = [UInt64](repeating: 0, count: count)
            probes = [UInt64](repeating: 0, count: count)
        }
    }

    /// Calls `body(start, length)` for every word in `scalars`, in no particular order. The walks
    /// from all starts advance together one character at a time, and each round loads all its
    /// first probes before resolving any, so their cache misses overlap.
    func forEachMatch(in scalars: UnsafeBufferPointer<UInt32>, scratch w: inout Scratch, _ body: (Int, Int) -> Void) {
        let n = scalars.count
        w.reserve(n)
        let mask = self.mask
        rootTable.withUnsafeBufferPointer { root in
        filter.withUnsafeBufferPointer { filter in
        slots.withUnsafeBufferPointer { slots in
        w.starts.withUnsafeMutableBufferPointer { starts in
        w.next.withUnsafeMutableBufferPointer { next in
        w.nodes.withUnsafeMutableBufferPointer { nodes in
        w.probes.withUnsafeMutableBufferPointer { probes in
            var live = 0
            for i in 0..<n {
                let f = Self.fold(scalars[i])
                if f < 0x10000 {
                    let entry = root[Int(f)]
                    if entry == 0 { continue }
                    if entry & 1 != 0 { body(i, 1) }
                    if i + 1 < n { starts[live] = Int32(i); next[live] = Int32(i + 1); nodes[live] = UInt64(entry >> 1); live += 1 }
                } else {
                    starts[live] = Int32(i); next[live] = Int32(i); nodes[live] = 0; live += 1
                }
            }
            while live > 0 {
                for k in 0..<live {
                    let key = nodes[k] << 21 | UInt64(Self.fold(scalars[Int(next[k])]))
                    let (word, bit) = Self.filterBit(key)
                    // Both loads unconditionally (no branch to mispredict between them); the filter decides.
                    let first = slots[Self.slot(key, mask)]
                    probes[k] = filter[word] & bit != 0 ? first : Self.empty
                }
                var kept = 0
                for k in 0..<live {
                    let at = Int(next[k])
                    let key = nodes[k] << 21 | UInt64(Self.fold(scalars[at]))
                    var slot = probes[k]
                    if slot != Self.empty && slot >> 22 != key {
                        var i = Self.slot(key, mask)
                        repeat {
                            i = (i &+ 1) & mask
                            slot = slots[i]
                        } while slot != Self.empty && slot >> 22 != key
                    }
                    if slot == Self.empty { continue }
                    let start = Int(starts[k])
                    if slot & 1 != 0 { body(start, at + 1 - start) }
                    if at + 1 < n {
                        starts[kept] = Int32(start)
                        next[kept] = Int32(at + 1)
                        nodes[kept] = slot >> 1 & 0x1F_FFFF
                        kept += 1
                    }
                }
                live = kept
            }
        }}}}}}}
    }

    // MARK: - In a model file

    /// The trie as a model file stores it (version 4): the node count, the root's children as
    /// (character, entry) pairs in character order, the slot count and every slot as it is in
    /// memory, so loading copies the table instead of inserting ~180 000 edges one by one.
    func write(to out: inout ByteWriter) {
        out.u32(UInt32(nodeCount))
        let rooted = rootTable.indices.filter { rootTable[$0] != 0 }
        out.u32(UInt32(rooted.count))
        for s in rooted { out.u32(UInt32(s)); out.u32(rootTable[s]) }
        out.u32(UInt32(slots.count))
        for slot in slots { out.u64(slot) }
    }

    /// Reads what `write(to:)` wrote, checking every entry: nodes below the node count, each
    /// child numbered after its parent (as insertion numbers them, so no walk up can loop), a
    /// power-of-two table with a free slot (so every probe ends).
    init(reading r: inout ByteReader) throws(SegmentationModelError) {
        guard let nodes = r.u32(), nodes >= 1, nodes <= UInt32(Self.maximumNodes) else { throw .corrupt("bad trie node count") }
        guard let rooted = r.u32(), rooted <= 0x10000, Int(rooted) * 8 <= r.remaining else { throw .truncated }
        var root = [UInt32](repeating: 0, count: 0x10000)
        var words = 0
        for _ in 0..<rooted {
            guard let s = r.u32(), let entry = r.u32() else { throw .truncated }
            guard s < 0x10000, entry >> 1 >= 1, entry >> 1 < nodes, root[Int(s)] == 0 else { throw .corrupt("bad trie root entry") }
            root[Int(s)] = entry
            words += Int(entry & 1)
        }
        guard let capacity = r.u32(), capacity >= 16, capacity <= 1 << 24, capacity & (capacity - 1) == 0 else {
            throw .corrupt("bad trie table size")
        }
        guard let table = r.u64s(Int(capacity)) else { throw .truncated }
        var filter = [UInt64](repeating: 0, count: 1 << 15)
        var used = 0
        for slot in table where slot != Self.empty {
            let child = slot >> 1 & 0x1F_FFFF, parent = slot >> 43, character = slot >> 22 & 0x1F_FFFF
            guard child < nodes, parent < child, character <= 0x10_FFFF else { throw .corrupt("bad trie edge") }
            let (word, bit) = Self.filterBit(slot >> 22)
            filter[word] |= bit
            words += Int(slot & 1)
            used += 1
        }
        guard used < Int(capacity) else { throw .corrupt("trie table without a free slot") }
        rootTable = root
        slots = table
        mask = Int(capacity) - 1
        self.filter = filter
        nodeCount = Int(nodes)
        count = words
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
