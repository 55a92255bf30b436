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
        // Each document as (word, count) pairs; counts of words by theme stored word-major, so one
        // word's k counts are side by side.
        let bags: [[(word: Int, count: Int)]] = documents.map { doc in
            var counts: [Int32: Int] = [:]
            for w in doc { counts[w, default: 0] += 1 }
            return counts.map { (Int($0.key), $0.value) }.sorted { $0.word < $1.word }
        }
        var docsIn = [Int](repeating: 0, count: k), wordsIn = [Int](repeating: 0, count: k)
        var wordIn = [Int32](repeating: 0, count: v * k)
        func move(_ i: Int, to theme: Int, _ sign: Int) {
            docsIn[theme] += sign
            wordsIn[theme] += sign * documents[i].count
            for (w, c) in bags[i] { wordIn[w * k + theme] += Int32(sign * c) }
        }
        for i in 0..<n { move(i, to: z[i], 1) }
        // log(x + β) for the counts a word can reach: a table lookup instead of a log per term.
        var largest = 0
        for bag in bags { for (_, c) in bag { largest = max(largest, c) } }
        let tableSize = n * max(1, largest) + 2
        let logCount = (0..<min(tableSize, 1 << 22)).map { log(Double($0) + beta) }
        let vBeta = Double(v) * beta
        var logp = [Double](repeating: 0, count: k)
        for _ in 0..<iterations {
            var changed = 0
            for i in 0..<n {
                let old = z[i]
                move(i, to: old, -1)
                let length = documents[i].count
                for t in 0..<k {
                    // Σ_{j<len} log(n_t + Vβ + j) as a difference of log-gammas.
                    let words = Double(wordsIn[t])
                    logp[t] = log(Double(docsIn[t]) + alpha) - (lgamma(words + vBeta + Double(length)) - lgamma(words + vBeta))
                }
                for (w, c) in bags[i] {
                    let row = w * k
                    if c == 1 {
                        for t in 0..<k {
                            let x = Int(wordIn[row + t])
                            logp[t] += x < logCount.count ? logCount[x] : log(Double(x) + beta)
                        }
                    } else {
                        for t in 0..<k {
                            let x = Double(wordIn[row + t])
                            logp[t] += lgamma(x + beta + Double(c)) - lgamma(x + beta)
                        }
                    }
                }
                let top = logp.max()!
                var total = 0.0
                for t in 0..<k { logp[t] = exp(logp[t] - top); total += logp[t] }
                var target = Double(random.next() >> 11) / Double(1 << 53) * total
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
        return z
    }
}
