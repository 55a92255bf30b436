/// A hash map from 64-bit feature keys to row numbers: open addressing, linear probing, no
/// deletion. The segmenter does a few lookups per character, so key and row share one 16-byte
/// slot (one cache line visit per probe) instead of using `Dictionary` (SipHash per lookup).
struct FeatureIndex: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var row: Int32
    }

    private(set) var slots: [Slot]
    private(set) var count = 0
    private var mask: Int

    static let emptyKey = UInt64.max

    init(minimumCapacity: Int = 1024) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.emptyKey, row: -1), count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The row stored for `key`, or -1.
    @inline(__always)
    func row(for key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.slot(key, mask)
            while true {
                let s = slots[i]
                if s.key == key { return s.row }
                if s.key == Self.emptyKey { return -1 }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Stores `row` for a key that is not present yet.
    mutating func insert(_ key: UInt64, row: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = Self.slot(key, mask)
        while slots[i].key != Self.emptyKey { i = (i + 1) & mask }
        slots[i] = Slot(key: key, row: row)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: Self.emptyKey, row: -1), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s.key != Self.emptyKey { insert(s.key, row: s.row) }
    }

    /// Every (key, row) pair, in no particular order.
    var entries: [(key: UInt64, row: Int32)] {
        slots.filter { $0.key != Self.emptyKey }.map { ($0.key, $0.row) }
    }
}
