extension String {
    /// Substring test on the UTF-8 bytes. `String.contains(_:)` compares by grapheme cluster,
    /// which costs ~100× more and matters when every block of a 50 MB page is checked.
    func containsBytes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                // The needle's last byte, found eight bytes at a time, then the bytes before it: in Chinese text a
                // character's last byte is one of 64 values, where its first is one of a few.
                let m = n.count, last = n[m - 1]
                guard h.count >= m else { return false }
                var from = m - 1
                while let at = h.firstIndex(of: last, from: from) {
                    var k = 0
                    while k < m - 1 && h[at - (m - 1) + k] == n[k] { k += 1 }
                    if k == m - 1 { return true }
                    from = at + 1
                }
                return false
            }
        }
    }

    /// Substring test on the UTF-8 bytes, ASCII letters of either case alike (`needle` is lower case ASCII).
    func containsBytesIgnoringASCIICase(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard h.count >= n.count else { return false }
                func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                let first = n[0]
                var i = 0
                while i <= h.count - n.count {
                    if fold(h[i]) == first {
                        var k = 1
                        while k < n.count && fold(h[i + k]) == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// How many of `phrases` occur in the string (each counted once), reading its UTF-8 once.
    func countBytes(of phrases: PhraseList, stopAt limit: Int = .max) -> Int {
        var haystack = self
        return haystack.withUTF8 { phrases.count(in: $0, stopAt: limit) }
    }

    /// Equality of the UTF-8 bytes (no Unicode canonical-equivalence work).
    func sameBytes(_ other: String) -> Bool {
        utf8.elementsEqual(other.utf8)
    }

    /// Whether the text holds more than `limit` characters besides whitespace: a cheap test before a line is
    /// collapsed and read, where only short lines can answer. Counted on the UTF-8 bytes, never more than
    /// the true count: ASCII whitespace and controls are not counted, nor any character whose lead byte
    /// other spaces share (0xC2: U+00A0; 0xE2: U+2000–U+205F; 0xE3: U+3000).
    func hasMoreVisibleScalars(than limit: Int) -> Bool {
        var count = 0
        for b in utf8 where b > 0x20 && b != 0x7F && b & 0xC0 != 0x80 && b != 0xC2 && b != 0xE2 && b != 0xE3 {
            count += 1
            if count > limit { return true }
        }
        return false
    }
}

extension StringProtocol {
    /// Prefix test on the UTF-8 bytes (`hasPrefix` compares Character by Character, as `String.contains` does).
    func hasBytePrefix<Prefix: StringProtocol>(_ prefix: Prefix) -> Bool {
        if let answer = bytesMatch(prefix, atEnd: false) { return answer }
        return utf8.starts(with: prefix.utf8)
    }

    /// Suffix test on the UTF-8 bytes.
    func hasByteSuffix<Suffix: StringProtocol>(_ suffix: Suffix) -> Bool {
        if let answer = bytesMatch(suffix, atEnd: true) { return answer }
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// The prefix or suffix test on both strings' stored bytes (nil when either is not stored as UTF-8 in one
    /// piece, a bridged string): the generic view-by-view comparison costs several times more.
    @inline(__always)
    private func bytesMatch<Other: StringProtocol>(_ other: Other, atEnd: Bool) -> Bool? {
        let answer = utf8.withContiguousStorageIfAvailable { h in
            other.utf8.withContiguousStorageIfAvailable { n -> Bool in
                guard n.count <= h.count else { return false }
                let offset = atEnd ? h.count - n.count : 0
                var k = 0
                while k < n.count {
                    if h[offset + k] != n[k] { return false }
                    k += 1
                }
                return true
            }
        }
        return answer ?? nil
    }
}

/// One byte string searched for across a whole page (a key in the page's scripts): Horspool's skip
/// table moves up to the pattern's length at a time, so a 100 KB page is crossed in a few thousand
/// steps rather than one per byte.
struct BytePattern: Sendable {
    let bytes: [UInt8]
    private let skip: [Int]

    init(_ pattern: String) {
        bytes = Array(pattern.utf8)
        precondition(!bytes.isEmpty, "an empty pattern")
        var table = [Int](repeating: bytes.count, count: 256)
        for k in 0..<(bytes.count - 1) { table[Int(bytes[k])] = bytes.count - 1 - k }
        skip = table
    }

    /// Where the pattern first starts in `h` at or after `start`.
    func first(in h: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let m = bytes.count, last = bytes[m - 1]
        var i = max(0, start)
        while i + m <= h.count {
            let c = h[i + m - 1]
            if c == last {
                var k = 0
                while k < m - 1 && h[i + k] == bytes[k] { k += 1 }
                if k == m - 1 { return i }
            }
            i += skip[Int(c)]
        }
        return nil
    }
}

/// Phrases kept as UTF-8 bytes, found in one pass over a line: a bitmap of the phrases' first two
/// bytes rules out almost every position at the cost of one lookup; where it does not, the phrases' first three bytes (one
/// Chinese character, where a pair of bytes stands for sixty-four) are looked up in a small open-addressed table, and only
/// the phrases opening with them are compared there.
struct PhraseList: Sendable {
    let bytes: [[UInt8]]
    private let pairBits: [UInt64]          // 65 536 bits: which two-byte starts occur
    private let singles: [Int]              // one-byte phrases
    private let hasTwoByte: Bool            // whether some phrase is two bytes long (looked up by its two bytes)
    private let keys: [UInt32]              // the table: a start's key (`key(…)`), 0 for an empty slot
    private let groups: [Range<Int32>]      // for each slot, its phrases' place in `order`
    private let order: [Int32]              // phrase indices, grouped by start
    private let mask: Int

    init(_ phrases: [String]) {
        bytes = phrases.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var bits = [UInt64](repeating: 0, count: 1024), byStart: [UInt32: [Int32]] = [:], singles: [Int] = [], starts: [UInt32] = []
        for (k, p) in bytes.enumerated() {
            guard p.count >= 2 else { singles.append(k); continue }
            let pair = Int(p[0]) << 8 | Int(p[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
            let start = p.count == 2 ? Self.key(p[0], p[1]) : Self.key(p[0], p[1], p[2])
            if byStart[start] == nil { starts.append(start) }
            byStart[start, default: []].append(Int32(k))
        }
        var size = 8
        while size < starts.count * 4 { size *= 2 }
        var keys = [UInt32](repeating: 0, count: size), groups = [Range<Int32>](repeating: 0..<0, count: size), order: [Int32] = []
        for start in starts {
            var slot = Self.slot(start, size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            let members = byStart[start]!
            keys[slot] = start
            groups[slot] = Int32(order.count)..<Int32(order.count + members.count)
            order += members
        }
        pairBits = bits
        self.singles = singles
        hasTwoByte = bytes.contains { $0.count == 2 }
        self.keys = keys
        self.groups = groups
        self.order = order
        mask = size - 1
    }

    /// Keys of two- and three-byte starts, never 0 and never equal to each other.
    private static func key(_ a: UInt8, _ b: UInt8) -> UInt32 { 2 << 24 | UInt32(a) << 8 | UInt32(b) }
    private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 { 1 << 24 | UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c) }
    private static func slot(_ key: UInt32, _ mask: Int) -> Int { Int((key &* 0x9E37_79B1) >> 16) & mask }

    /// How many different phrases occur in `h`, stopping once `limit` are found.
    func count(in h: UnsafeBufferPointer<UInt8>, stopAt limit: Int = .max) -> Int {
        // The phrases found, as bits on the stack.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (bytes.count + 63) / 64) { bits -> Int in
            bits.initialize(repeating: 0)
            var found = Found(bits: bits, limit: limit)
            for k in singles where h.contains(bytes[k][0]) {
                if found.mark(k) { return found.count }
            }
            guard h.count >= 2 else { return found.count }
            return keys.withUnsafeBufferPointer { keys in
                pairBits.withUnsafeBufferPointer { pairBits in
                    for i in 0..<(h.count - 1) {
                        // A phrase is UTF-8 text, so none starts on a continuation byte: two of three bytes of Chinese text.
                        guard h[i] & 0xC0 != 0x80 else { continue }
                        let pair = Int(h[i]) << 8 | Int(h[i + 1])
                        guard pairBits[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                        if hasTwoByte, compare(Self.key(h[i], h[i + 1]), at: i, in: h, keys, &found) { return found.count }
                        if i + 2 < h.count, compare(Self.key(h[i], h[i + 1], h[i + 2]), at: i, in: h, keys, &found) { return found.count }
                    }
                    return found.count
                }
            }
        }
    }

    /// The phrases found so far, one bit each.
    private struct Found {
        let bits: UnsafeMutableBufferPointer<UInt64>
        let limit: Int
        var count = 0

        /// Marks phrase `k` found; true once `limit` are.
        mutating func mark(_ k: Int) -> Bool {
            let bit = UInt64(1) << UInt64(k & 63)
            guard bits[k >> 6] & bit == 0 else { return false }
            bits[k >> 6] |= bit
            count += 1
            return count >= limit
        }
    }

    /// Marks the phrases opening with `start` that occur at `i`; true once `limit` are found.
    private func compare(_ start: UInt32, at i: Int, in h: UnsafeBufferPointer<UInt8>, _ keys: UnsafeBufferPointer<UInt32>,
                         _ found: inout Found) -> Bool {
        var slot = Self.slot(start, mask)
        while keys[slot] != start {
            if keys[slot] == 0 { return false }
            slot = (slot + 1) & mask
        }
        for m in groups[slot] {
            let k = Int(order[Int(m)])
            let p = bytes[k]
            guard i + p.count <= h.count else { continue }
            var j = 2
            while j < p.count && h[i + j] == p[j] { j += 1 }
            if j == p.count, found.mark(k) { return true }
        }
        return false
    }
}

extension StringProtocol {
    /// `firstRange(of:)` on the UTF-8 bytes. The standard library's compares Character by Character, some 30× dearer; for the
    /// text read here the answer is the same (a match of valid UTF-8 in valid UTF-8 starts and ends between scalars).
    func firstByteRange(of needle: String) -> Range<Index>? {
        byteOffset(of: needle, fromEnd: false).map(byteRange(at: needle))
    }

    /// The last place `needle` occurs, on the UTF-8 bytes (`ranges(of:).last` for needles that cannot overlap themselves).
    func lastByteRange(of needle: String) -> Range<Index>? {
        byteOffset(of: needle, fromEnd: true).map(byteRange(at: needle))
    }

    private func byteRange(at needle: String) -> (Int) -> Range<Index> {
        { offset in
            let lower = utf8.index(startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
        }
    }

    private func byteOffset(of needle: String, fromEnd: Bool) -> Int? {
        var needle = needle
        return needle.withUTF8 { p -> Int? in
            guard !p.isEmpty else { return nil }
            let search = { (h: UnsafeBufferPointer<UInt8>) -> Int? in
                guard h.count >= p.count else { return nil }
                let first = p[0], last = h.count - p.count
                var i = fromEnd ? last : 0
                while i >= 0 && i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < p.count && h[i + k] == p[k] { k += 1 }
                        if k == p.count { return i }
                    }
                    i += fromEnd ? -1 : 1
                }
                return nil
            }
            if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
            return Array(utf8).withUnsafeBufferPointer(search)
        }
    }
}

extension String {
    /// `replacing(_:with:)` on the UTF-8 bytes (see `firstByteRange(of:)`).
    func replacingBytes(_ target: String, with replacement: String) -> String {
        guard let first = firstByteRange(of: target) else { return self }
        var out = String(self[..<first.lowerBound])
        out.reserveCapacity(utf8.count)
        out += replacement
        var rest = self[first.upperBound...]
        while let next = rest.firstByteRange(of: target) {
            out += rest[..<next.lowerBound]
            out += replacement
            rest = rest[next.upperBound...]
        }
        out += rest
        return out
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Where `byte` first occurs at or after `start` (and before `end`), eight bytes tested at a time: a whole
    /// page is crossed at about a cycle a byte. The lowest flagged lane is the first match (the borrow that can
    /// flag a lane wrongly only runs upwards from a true match).
    func firstIndex(of byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
        let end = Swift.min(end ?? count, count)
        guard let base = baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var i = Swift.max(0, start)
        while i + 8 <= end {
            let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
            let flags = (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
            if flags != 0 { return i + UInt64(littleEndian: flags).trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            if self[i] == byte { return i }
            i += 1
        }
        return nil
    }
}
