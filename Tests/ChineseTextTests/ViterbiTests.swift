@testable import ChineseText
import Testing
import TopicsCore

/// `decodeTags` against every tag sequence of short sentences: a best sequence under the B/M/E/S
/// grammar and the masks, and "no sequence" when the masks allow none.
@Suite("Viterbi decoding")
struct ViterbiTests {
    /// Allowed successors: B→M|E, M→M|E, E→B|S, S→B|S.
    static func follows(_ a: UInt8, _ b: UInt8) -> Bool {
        switch a { case 0, 1: b == 1 || b == 2; default: b == 0 || b == 3 }
    }

    /// The best score over all valid sequences by brute force, or nil when there is none.
    static func bestScore(_ e: [SIMD4<Float>], _ masks: [UInt8]?, _ t: [Float]) -> Float? {
        let n = e.count
        var best: Float? = nil
        var tags = [UInt8](repeating: 0, count: n)
        func walk(_ i: Int, _ score: Float) {
            if i == n {
                if tags[n - 1] >= 2 { best = max(best ?? -.infinity, score) }
                return
            }
            for tag in UInt8(0)..<4 {
                if let masks, masks[i] & (1 << tag) == 0 { continue }
                if i == 0 ? (tag == 1 || tag == 2) : !follows(tags[i - 1], tag) { continue }
                tags[i] = tag
                walk(i + 1, score + (i > 0 ? t[Int(tags[i - 1]) * 4 + Int(tag)] : 0) + e[i][Int(tag)])
            }
        }
        walk(0, 0)
        return best
    }

    static func score(_ tags: [UInt8], _ e: [SIMD4<Float>], _ t: [Float]) -> Float {
        var s: Float = 0
        for i in tags.indices { s += e[i][Int(tags[i])] + (i > 0 ? t[Int(tags[i - 1]) * 4 + Int(tags[i])] : 0) }
        return s
    }

    @Test("The decoded tags are a best valid sequence, with and without masks")
    func matchesBruteForce() {
        var random = SeededRandom(seed: 18)
        for round in 0..<600 {
            let n = 1 + round % 7
            // Small integer scores: sums are exact, so the decoder's best must equal the brute force's.
            let e = (0..<n).map { _ in SIMD4<Float>((0..<4).map { _ in Float(Int.random(in: -3...3, using: &random)) }) }
            let t = (0..<16).map { _ in Float(Int.random(in: -2...2, using: &random)) }
            let masks: [UInt8]? = round % 2 == 0 ? nil : (0..<n).map { _ in UInt8.random(in: 1...15, using: &random) }
            var tags = [UInt8](repeating: 9, count: n), back = [UInt8](repeating: 0, count: n)
            let ok = e.withUnsafeBufferPointer { e in
                tags.withUnsafeMutableBufferPointer { tags in
                    back.withUnsafeMutableBufferPointer { back in
                        if let masks {
                            return masks.withUnsafeBufferPointer { decodeTags(emissions: e, masks: $0, transitions: t, tags: tags, backPointers: back) }
                        }
                        return decodeTags(emissions: e, masks: nil, transitions: t, tags: tags, backPointers: back)
                    }
                }
            }
            let best = Self.bestScore(e, masks, t)
            #expect(ok == (best != nil), "round \(round)")
            guard ok, let best else { continue }
            #expect(tags.first == 0 || tags.first == 3)
            #expect(tags.last == 2 || tags.last == 3)
            for i in 1..<n { #expect(Self.follows(tags[i - 1], tags[i]), "round \(round): \(tags)") }
            if let masks { for i in 0..<n { #expect(masks[i] & (1 << tags[i]) != 0) } }
            #expect(Self.score(tags, e, t) == best, "round \(round): \(tags)")
        }
    }
}
