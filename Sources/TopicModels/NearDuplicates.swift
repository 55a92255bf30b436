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
        for start in 0...(n - width) {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for s in scalars[start..<start + width] { h = (h ^ UInt64(s)) &* 0x100_0000_01B3 }
            for k in 0..<hashes {
                var x = h ^ (UInt64(k) &* 0x9E37_79B9_7F4A_7C15)
                x ^= x >> 33; x = x &* 0xFF51_AFD7_ED55_8CCD; x ^= x >> 33
                if x < sig[k] { sig[k] = x }
            }
        }
        return sig
    }

    /// The member a group keeps: the longest text, the first of equals.
    public static func canonical(of group: [Int], texts: [String]) -> Int {
        group.max { texts[$0].count != texts[$1].count ? texts[$0].count < texts[$1].count : $0 > $1 }!
    }

    /// Groups of document indices with two or more members; each group lists its members in input order.
    public func groups(_ texts: [String]) -> [[Int]] {
        let normalizer = TextNormalizer(traditionalToSimplified: true, keepLineBreaks: false)
        // Letters, digits and ideographs only: punctuation and spacing differences do not count.
        let cleaned: [[UInt32]] = texts.map { text in
            normalizer.normalize(text).scalars.filter { let c = ScalarClass.of($0); return c != .space && c != .punctuation }
        }
        var parent = Array(texts.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }
        var exact: [[UInt32]: Int] = [:]
        for (i, c) in cleaned.enumerated() where !c.isEmpty {
            if let first = exact[c] { union(first, i) } else { exact[c] = i }
        }
        let signatures = cleaned.map { signature($0) }
        let (bands, rows) = banding
        for band in 0..<bands {
            var buckets: [[UInt64]: [Int]] = [:]
            for (i, sig) in signatures.enumerated() where !cleaned[i].isEmpty {
                buckets[Array(sig[(band * rows)..<((band + 1) * rows)]), default: []].append(i)
            }
            for members in buckets.values where members.count > 1 {
                for m in members.dropFirst() where find(m) != find(members[0]) {
                    let same = zip(signatures[members[0]], signatures[m]).filter { $0 == $1 }.count
                    if Double(same) / Double(hashes) >= threshold { union(members[0], m) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in texts.indices { groups[find(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
