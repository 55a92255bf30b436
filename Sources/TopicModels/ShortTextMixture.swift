import ChineseText
import Foundation

/// A Dirichlet multinomial mixture fitted by collapsed Gibbs sampling (GSDMM, Yin & Wang 2014):
/// each document is drawn from one theme's word distribution. Built for short texts (headlines,
/// message subjects), where a document has too few words for cosine geometry to place it well but
/// its few words still say which theme's vocabulary it comes from.
///
/// A document moves to theme z with probability proportional to
///
///     (m_z + α) · Π_w Π_{j<c_w} (n_zw + β + j) / Π_{j<len} (n_z + Vβ + j)
///
/// where m_z counts documents, n_zw word w and n_z all words in theme z.
public struct DirichletMultinomialMixture: Sendable {
    public var k: Int
    /// Prior weight of a theme (small: big themes attract, α → 0 favours fewer themes).
    public var alpha = 0.1
    /// Prior weight of a word in a theme (small: themes with a vocabulary of their own).
    public var beta = 0.1
    public var iterations = 30
    public var seed: UInt64 = 1

    public init(k: Int) { self.k = k }

    /// Themes (0 ..< k) of `documents`, each a list of word ids below `vocabularySize` (repeats
    /// counted). `start` gives the first assignment (e.g. from k-means); nil starts at random.
    public func fit(_ documents: [[Int32]], vocabularySize v: Int, start: [Int]? = nil) -> [Int] {
        let n = documents.count, k = max(1, self.k)
        var random = SeededRandom(seed: seed)
        var z = start ?? (0..<n).map { _ in Int(random.next() % UInt64(k)) }
        // Each document as (word, count) pairs, all in one flat array (document i's pairs at
        // bagStart[i] ..< bagStart[i + 1]); counts of words by theme stored word-major, so one
        // word's k counts are side by side.
        var bagWords: [Int32] = [], bagCounts: [Int32] = [], bagStart = [0]
        for doc in documents {
            var counts: [Int32: Int32] = [:]
            for w in doc { counts[w, default: 0] += 1 }
            for (w, c) in counts.sorted(by: { $0.key < $1.key }) { bagWords.append(w); bagCounts.append(c) }
            bagStart.append(bagWords.count)
        }
        // Every product above is a run of consecutive factors, so with prefix sums of logs,
        //   Σ_{j<c} log(x + β + j) = wordLogs[x + c] − wordLogs[x]   (x + c ≤ the word's total count)
        //   Σ_{j<len} log(y + Vβ + j) = lengthLogs[y + len] − lengthLogs[y]   (y + len ≤ all words)
        // the sampler needs no log or lgamma per term.
        var frequency = [Int](repeating: 0, count: v)
        var total = 0
        for doc in documents { for w in doc { frequency[Int(w)] += 1 }; total += doc.count }
        let wordLogs = Self.prefixLogs(count: (frequency.max() ?? 0) + 1, offset: beta)
        let lengthLogs = Self.prefixLogs(count: total + 1, offset: Double(v) * beta)
        let themeLogs = (0...n).map { log(Double($0) + alpha) }
        let lengths = documents.map(\.count)

        var docsIn = [Int](repeating: 0, count: k), wordsIn = [Int](repeating: 0, count: k)
        var wordIn = [Int32](repeating: 0, count: v * k)
        var logp = [Double](repeating: 0, count: k)
        docsIn.withUnsafeMutableBufferPointer { docsIn in
        wordsIn.withUnsafeMutableBufferPointer { wordsIn in
        wordIn.withUnsafeMutableBufferPointer { wordIn in
        logp.withUnsafeMutableBufferPointer { logp in
            func move(_ i: Int, to theme: Int, _ sign: Int32) {
                docsIn[theme] += Int(sign)
                wordsIn[theme] += Int(sign) * lengths[i]
                for b in bagStart[i]..<bagStart[i + 1] { wordIn[Int(bagWords[b]) * k + theme] += sign * bagCounts[b] }
            }
            for i in 0..<n { move(i, to: z[i], 1) }
            for _ in 0..<iterations {
                var changed = 0
                for i in 0..<n {
                    let old = z[i]
                    move(i, to: old, -1)
                    let length = lengths[i]
                    for t in 0..<k {
                        logp[t] = themeLogs[docsIn[t]] - (lengthLogs[wordsIn[t] + length] - lengthLogs[wordsIn[t]])
                    }
                    for b in bagStart[i]..<bagStart[i + 1] {
                        let row = Int(bagWords[b]) * k, c = Int(bagCounts[b])
                        for t in 0..<k {
                            let x = Int(wordIn[row + t])
                            logp[t] += wordLogs[x + c] - wordLogs[x]
                        }
                    }
                    var top = -Double.infinity
                    for t in 0..<k { top = max(top, logp[t]) }
                    var mass = 0.0
                    for t in 0..<k { logp[t] = exp(logp[t] - top); mass += logp[t] }
                    var target = Double(random.next() >> 11) / Double(1 << 53) * mass
                    var theme = k - 1
                    for t in 0..<k {
                        target -= logp[t]
                        if target <= 0 { theme = t; break }
                    }
                    z[i] = theme
                    if theme != old { changed += 1 }
                    move(i, to: theme, 1)
                }
                if changed == 0 { break }
            }
        }
        }
        }
        }
        return z
    }

    /// table[x] = Σ_{y<x} log(y + offset).
    static func prefixLogs(count: Int, offset: Double) -> [Double] {
        var table = [Double](repeating: 0, count: count + 1)
        for x in 0..<count { table[x + 1] = table[x] + log(Double(x) + offset) }
        return table
    }
}
