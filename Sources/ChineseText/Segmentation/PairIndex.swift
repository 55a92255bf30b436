/// A read-only map from a pair of character ids to a row of weights, for tagging: open addressing
/// over 8-byte slots (the pair as `a * vocabularySize + b` in 32 bits beside the row), half the
/// size of `FeatureIndex`'s and probed within one cache line. A pair that is absent maps to
/// `missing`, a row of zeros the caller appends, so scoring adds without branching.
struct PairIndex: Sendable {
    private var slots: [UInt64]
    private var mask: Int
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
        // At most 2/3 full: a miss probes about three slots, mostly in one cache line.
        var capacity = 16
        while capacity * 2 < count * 3 { capacity <<= 1 }
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
