/// A read-only map from a pair of character ids to a row of weights, for tagging: open addressing
/// over 8-byte slots (the pair as `a * vocabularySize + b` in 32 bits beside the row), half the
/// size of `FeatureIndex`'s and probed within one cache line. A pair that is absent maps to
/// `missing`, a row of zeros the caller appends, so scoring adds without branching.
struct PairIndex: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    /// One bit per hashed pair (2^20 bits, 128 KB: stays in L2): a clear bit means "absent"
    /// without touching the slots.
    private var filter = [UInt64](repeating: 0, count: 1 << 14)
    let vocabularySize: UInt32
    /// The row absent pairs get.
    let missing: Int32
    private(set) var count = 0

    private static let empty = UInt64.max
    /// Pairs fit 32 bits while ids stay below this.
    static let maximumVocabulary = 65_535

    /// An empty index with room for `count` pairs; `missing` is the row for absent pairs.
    init(count: Int, vocabularySize: Int, missing: Int32) {
        precondition(vocabularySize <= Self.maximumVocabulary)
        self.vocabularySize = UInt32(vocabularySize)
        self.missing = missing
        // At most 3/4 full: a miss probes a few slots, mostly in one cache line, and the table
        // stays small enough to stay cached.
        var capacity = 16
        while capacity * 3 < count * 4 { capacity <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: capacity)
        mask = capacity - 1
    }

    /// An index of `entries` (keys as `FeatureIndex.key(a, b)`).
    init(entries: some Sequence<(key: UInt64, row: Int32)>, count: Int, vocabularySize: Int, missing: Int32) {
        self.init(count: count, vocabularySize: vocabularySize, missing: missing)
        for (key, row) in entries { insert(key, row: row) }
    }

    @inline(__always)
    private static func slot(_ pair: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(pair) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The filter bit of `pair`: word index and bit.
    @inline(__always)
    private static func filterBit(_ pair: UInt32) -> (word: Int, bit: UInt64) {
        let h = Int(truncatingIfNeeded: (UInt64(pair) &* 0xC2B2_AE3D_27D4_EB4F) >> 44)
        return (h >> 6, 1 << UInt64(h & 63))
    }

    /// Stores `row` for `key` (as `FeatureIndex.key(a, b)`, ids below the vocabulary size); false
    /// when the key is there already or the index is full.
    @discardableResult
    mutating func insert(_ key: UInt64, row: Int32) -> Bool {
        guard count < mask else { return false }
        let pair = UInt32(truncatingIfNeeded: key >> 32) &* vocabularySize &+ UInt32(truncatingIfNeeded: key)
        var i = Self.slot(pair, mask)
        while slots[i] != Self.empty {
            if UInt32(truncatingIfNeeded: slots[i] >> 32) == pair { return false }
            i = (i + 1) & mask
        }
        slots[i] = UInt64(pair) << 32 | UInt64(UInt32(bitPattern: row))
        let (word, bit) = Self.filterBit(pair)
        filter[word] |= bit
        count += 1
        return true
    }

    /// The row of pair (`a`, `b`), or `missing`.
    @inline(__always)
    func row(_ a: Int32, _ b: Int32, in slots: UnsafeBufferPointer<UInt64>) -> Int32 {
        let pair = UInt32(bitPattern: a) &* vocabularySize &+ UInt32(bitPattern: b)
        var i = Self.slot(pair, mask)
        while true {
            let s = slots[i]
            // The empty slot's pair (all ones) is never a real pair.
            if UInt32(truncatingIfNeeded: s >> 32) == pair { return Int32(truncatingIfNeeded: s) }
            if s == Self.empty { return missing }
            i = (i &+ 1) & mask
        }
    }

    /// The rows of the pairs (`ids[k]`, `ids[k + gap]`) for k in 0..<`count`, into `rows[0..<count]`
    /// (both arrays grow to `count` when shorter). All first probes are loaded before any is
    /// resolved, so their cache misses overlap instead of queueing behind one another; `scratch`
    /// holds them.
    func rows(_ ids: UnsafeBufferPointer<Int32>, gap: Int, count: Int, into rows: inout [Int32], scratch: inout [UInt64]) {
        guard count > 0 else { return }
        if rows.count < count { rows = [Int32](repeating: 0, count: count) }
        if scratch.count < count { scratch = [UInt64](repeating: 0, count: count) }
        let mask = self.mask, v = vocabularySize, missing = self.missing
        filter.withUnsafeBufferPointer { filter in
        slots.withUnsafeBufferPointer { slots in
        scratch.withUnsafeMutableBufferPointer { first in
        rows.withUnsafeMutableBufferPointer { rows in
            for k in 0..<count {
                let pair = UInt32(bitPattern: ids[k]) &* v &+ UInt32(bitPattern: ids[k &+ gap])
                let (word, bit) = Self.filterBit(pair)
                // Both loads unconditionally (no branch to mispredict between them); the filter decides.
                let probe = slots[Self.slot(pair, mask)]
                first[k] = filter[word] & bit != 0 ? probe : Self.empty
            }
            for k in 0..<count {
                let pair = UInt32(bitPattern: ids[k]) &* v &+ UInt32(bitPattern: ids[k &+ gap])
                var s = first[k]
                if UInt32(truncatingIfNeeded: s >> 32) == pair { rows[k] = Int32(truncatingIfNeeded: s); continue }
                var i = Self.slot(pair, mask)
                while s != Self.empty && UInt32(truncatingIfNeeded: s >> 32) != pair {
                    i = (i &+ 1) & mask
                    s = slots[i]
                }
                rows[k] = s == Self.empty ? missing : Int32(truncatingIfNeeded: s)
            }
        }}}}
    }

    /// Runs `body` with the slots, for `row(_:_:in:)` in a loop.
    @inline(__always)
    func withSlots<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R { slots.withUnsafeBufferPointer(body) }

    /// Every (key as `FeatureIndex.key(a, b)`, row), in no particular order.
    var entries: [(key: UInt64, row: Int32)] {
        slots.filter { $0 != Self.empty }.map { s in
            let pair = UInt32(truncatingIfNeeded: s >> 32)
            return (FeatureIndex.key(Int32(pair / vocabularySize), Int32(pair % vocabularySize)), Int32(truncatingIfNeeded: s))
        }
    }
}
