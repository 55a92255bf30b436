import ChineseText
import Foundation

/// Near-duplicate groups: exact duplicates by a hash of the normalised text, then MinHash over
/// character shingles with LSH banding to find candidate pairs, kept when their estimated Jaccard
/// similarity reaches the threshold. Reprints of one article with different boilerplate, and
/// proposals filed jointly on the same matter (并案), end up in one group.
public struct NearDuplicates: Sendable {
    public var threshold: Double
    public var shingle = 5
    public var hashes = 128
    public init(threshold: Double = 0.7) { self.threshold = threshold }

    /// The bands × rows split whose S-curve turns near the threshold: (1/b)^(1/r) ≈ t.
    var banding: (bands: Int, rows: Int) {
        var best = (bands: 16, rows: 8), bestGap = Double.infinity
        for rows in 1...hashes where hashes % rows == 0 {
            let bands = hashes / rows
            let turn = pow(1 / Double(bands), 1 / Double(rows))
            // Lean below the threshold: candidates are verified, misses are lost.
            let gap = abs(turn - (threshold - 0.1))
            if gap < bestGap { bestGap = gap; best = (bands, rows) }
        }
        return best
    }

    /// Signature of a text: for each of `hashes` seeds, the minimum hash over its shingles.
    func signature(_ scalars: [UInt32]) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: hashes)
        let n = scalars.count
        guard n > 0 else { return sig }
        let width = min(shingle, n)
        let seeds = (0..<UInt64(hashes)).map { $0 &* 0x9E37_79B9_7F4A_7C15 }
        sig.withUnsafeMutableBufferPointer { sig in
            seeds.withUnsafeBufferPointer { seeds in
                for start in 0...(n - width) {
                    var h: UInt64 = 0xCBF2_9CE4_8422_2325
                    for s in scalars[start..<start + width] { h = (h ^ UInt64(s)) &* 0x100_0000_01B3 }
                    for k in 0..<sig.count {
                        let x = Self.mix(h ^ seeds[k])
                        sig[k] = Swift.min(sig[k], x)
                    }
                }
            }
        }
        return sig
    }

    /// The 64-bit finaliser every hash here ends with.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33; x = x &* 0xFF51_AFD7_ED55_8CCD; x ^= x >> 33
        return x
    }

    /// FNV-1a over 64-bit words, then `mix`: the key of a band's rows or of a whole cleaned text.
    static func key<C: Collection>(_ words: C) -> UInt64 where C.Element: FixedWidthInteger {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for w in words { h = (h ^ UInt64(truncatingIfNeeded: w)) &* 0x100_0000_01B3 }
        return mix(h ^ UInt64(words.count))
    }

    /// Letters, digits and ideographs only: punctuation and spacing differences do not count.
    static func cleaned(_ scalars: [UInt32]) -> [UInt32] {
        scalars.filter { let c = ScalarClass.of($0); return c != .space && c != .punctuation }
    }

    /// What duplicate detection knows of one document: its MinHash signature and the keys it is
    /// bucketed by, one per LSH band and then one for its exact cleaned text. Two documents are
    /// candidates when they share a key; a candidate pair is kept when its signatures agree in at
    /// least `threshold` of their positions. A single machine (`groups`) and a cluster (grouping
    /// by `keyStrings` across partitions) compute the same groups from these.
    public struct Sketch: Sendable, Equatable {
        public var minhash: [UInt64]
        /// `bands` band keys, then the exact-text key.
        public var keys: [UInt64]
    }

    /// The sketch of a text (normalised here as `groups(_:)` does), nil when no letter, digit or
    /// ideograph is left: such a text is nobody's duplicate.
    public func sketch(_ text: String) -> Sketch? {
        sketch(normalized: TextNormalizer(traditionalToSimplified: true, keepLineBreaks: false).normalize(text).scalars)
    }

    /// The same from text already normalised (NFKC, Traditional → Simplified).
    public func sketch(normalized scalars: [UInt32]) -> Sketch? {
        let cleaned = Self.cleaned(scalars)
        guard !cleaned.isEmpty else { return nil }
        let minhash = signature(cleaned)
        let (bands, rows) = banding
        var keys = (0..<bands).map { band in Self.key(minhash[(band * rows)..<((band + 1) * rows)]) }
        keys.append(Self.key(cleaned))
        return Sketch(minhash: minhash, keys: keys)
    }

    /// A sketch's keys as strings that name what they are: `b03:9f2c…` for band 3, `x:…` for the
    /// exact text. Equal strings ⇔ equal keys of the same kind, so any system can group by them.
    public static func keyStrings(_ sketch: Sketch) -> [String] {
        sketch.keys.enumerated().map { i, key in
            (i == sketch.keys.count - 1 ? "x:" : "b" + zeroPadded(String(i), 2) + ":") + hex(key)
        }
    }

    /// A 64-bit value as 16 lowercase hex digits (how signatures and keys are written).
    public static func hex(_ value: UInt64) -> String { zeroPadded(String(value, radix: 16), 16) }

    private static func zeroPadded(_ digits: String, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The share of positions where two signatures agree: the estimate of the Jaccard similarity
    /// of the two texts' shingle sets that a candidate pair is kept by.
    public static func estimatedJaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var same = 0
        for i in a.indices where a[i] == b[i] { same += 1 }
        return Double(same) / Double(a.count)
    }

    /// The member a group keeps: the longest text, the first of equals.
    public static func canonical(of group: [Int], texts: [String]) -> Int {
        canonical(of: group) { texts[$0].count }
    }

    /// The same from each member's text length (characters: `String.count`).
    public static func canonical(of group: [Int], length: (Int) -> Int) -> Int {
        group.max { length($0) != length($1) ? length($0) < length($1) : $0 > $1 }!
    }

    /// Groups of document indices with two or more members; each group lists its members in input order.
    public func groups(_ texts: [String]) -> [[Int]] {
        let normalizer = TextNormalizer(traditionalToSimplified: true, keepLineBreaks: false)
        return groups(normalized: texts.map { normalizer.normalize($0).scalars })
    }

    /// The same from texts already normalised (NFKC, Traditional → Simplified): a pipeline that
    /// analysed its documents once passes their scalars. Line breaks and spaces do not matter.
    public func groups(normalized: [[UInt32]]) -> [[Int]] {
        groups(sketches: normalized.map { sketch(normalized: $0) })
    }

    /// Groups from sketches (nil: a document with nothing to compare). For each key, the first
    /// document holding it is paired with every later one; pairs whose estimated Jaccard reaches
    /// the threshold are joined, and the groups are the connected components. This is the whole
    /// rule, so a shuffle that groups by `keyStrings`, pairs each key's lowest index with the
    /// others, verifies and joins gets the same groups.
    public func groups(sketches: [Sketch?]) -> [[Int]] {
        var grouping = Grouping(threshold: threshold)
        for sketch in sketches { grouping.add(sketch) }
        return grouping.groups()
    }

    /// `groups(sketches:)` one document at a time, in document order, for a stream: each sketch is
    /// paired, key by key, with the first earlier document holding that key, and joined to it when
    /// their signatures agree in at least `threshold` of their positions. The components do not
    /// depend on the order the pairs are verified in, so they are `groups(sketches:)`'s.
    /// Memory: each document's signature (8 bytes a value) and one entry per distinct key.
    public struct Grouping: Sendable {
        public let threshold: Double
        private var parent: [Int32] = []
        /// Per key position (band, then the exact text): the first document holding each key.
        private var first: [[UInt64: Int32]] = []
        /// Each document's signature, `width` values a document (a document without one: zeros, never compared).
        private var minhashes: [UInt64] = []
        private var width = 0

        public init(threshold: Double) { self.threshold = threshold }

        /// Documents added so far.
        public var count: Int { parent.count }

        private mutating func find(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x { parent[Int(x)] = parent[Int(parent[Int(x)])]; x = parent[Int(x)] }
            return x
        }

        /// The next document's sketch (nil: nothing to compare).
        public mutating func add(_ sketch: Sketch?) {
            let i = Int32(parent.count)
            parent.append(i)
            guard let sketch else { minhashes.append(contentsOf: repeatElement(0, count: width)); return }
            if first.isEmpty {
                first = Array(repeating: [:], count: sketch.keys.count)
                width = sketch.minhash.count
                minhashes = Array(repeating: 0, count: Int(i) * width)
            }
            minhashes.append(contentsOf: sketch.minhash)
            for (k, key) in sketch.keys.enumerated() {
                guard let anchor = first[k][key] else { first[k][key] = i; continue }
                let ra = find(anchor), ri = find(i)
                guard ra != ri else { continue }
                let a = Int(anchor) * width
                let same = (0..<width).reduce(0) { $0 + (minhashes[a + $1] == sketch.minhash[$1] ? 1 : 0) }
                if Double(same) / Double(width) >= threshold { parent[Int(max(ra, ri))] = min(ra, ri) }
            }
        }

        /// Groups of document indices (in the order added) with two or more members, each listing
        /// its members in order; groups ordered by their first member.
        public mutating func groups() -> [[Int]] {
            var groups: [Int32: [Int]] = [:]
            for i in parent.indices { groups[find(Int32(i)), default: []].append(i) }
            return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        }
    }
}
