import TopicsCore
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

    /// From this many documents on, sweeps run on both cores (approximately; see `fit`).
    public static let parallelFrom = 20_000

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

        let model = Sampler(k: k, bagStart: bagStart, bagWords: bagWords, bagCounts: bagCounts, lengths: lengths,
                            wordLogs: wordLogs, lengthLogs: lengthLogs, themeLogs: themeLogs)
        var counts = Sampler.Counts(k: k, vocabulary: v)
        for i in 0..<n { model.move(i, to: z[i], 1, in: &counts) }
        // Small archives are swept by one core, exactly. Large ones (where the time goes) by both:
        // each sweeps half of the documents against the counts as they stood at the start of the
        // sweep (plus its own moves), then the two sets of moves are added together — the
        // approximate distributed Gibbs sampler of Newman et al. (AD-LDA), seeded per sweep and half.
        if n < Self.parallelFrom {
            z.withUnsafeMutableBufferPointer { zz in
                for _ in 0..<iterations {
                    if model.sweep(0..<n, z: zz, counts: &counts, random: &random) == 0 { break }
                }
            }
            return z
        }
        for iteration in 0..<iterations {
            let before = counts
            var halves = [before, before]
            var changed = [0, 0]
            z.withUnsafeMutableBufferPointer { zz in
                halves.withUnsafeMutableBufferPointer { hh in
                    changed.withUnsafeMutableBufferPointer { cc in
                        nonisolated(unsafe) let zz = zz, hh = hh, cc = cc
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            var random = SeededRandom(seed: seed &+ UInt64(iteration * 2 + part + 1) &* 0xD1B5_4A32_D192_ED03)
                            cc[part] = model.sweep(stride(from: part, to: n, by: 2), z: zz, counts: &hh[part], random: &random)
                        }
                    }
                }
            }
            counts = Sampler.Counts(merging: halves[0], halves[1], over: before)
            if changed[0] + changed[1] == 0 { break }
        }
        return z
    }

    /// The tables and document bags one sweep reads; the counts it changes are passed in.
    struct Sampler: Sendable {
        let k: Int
        let bagStart: [Int], bagWords: [Int32], bagCounts: [Int32], lengths: [Int]
        let wordLogs: [Double], lengthLogs: [Double], themeLogs: [Double]

        struct Counts: Sendable {
            var docsIn: [Int], wordsIn: [Int], wordIn: [Int32]
            init(k: Int, vocabulary v: Int) {
                docsIn = [Int](repeating: 0, count: k); wordsIn = docsIn; wordIn = [Int32](repeating: 0, count: v * k)
            }
            /// start + (a − start) + (b − start): the moves of both halves.
            init(merging a: Counts, _ b: Counts, over start: Counts) {
                docsIn = zip(zip(a.docsIn, b.docsIn), start.docsIn).map { $0.0 + $0.1 - $1 }
                wordsIn = zip(zip(a.wordsIn, b.wordsIn), start.wordsIn).map { $0.0 + $0.1 - $1 }
                wordIn = start.wordIn
                for x in wordIn.indices { wordIn[x] = a.wordIn[x] &+ b.wordIn[x] &- start.wordIn[x] }
            }
        }

        func move(_ i: Int, to theme: Int, _ sign: Int32, in counts: inout Counts) {
            counts.docsIn[theme] += Int(sign)
            counts.wordsIn[theme] += Int(sign) * lengths[i]
            for b in bagStart[i]..<bagStart[i + 1] { counts.wordIn[Int(bagWords[b]) * k + theme] += sign * bagCounts[b] }
        }

        /// One Gibbs sweep over `documents`: each leaves its theme and draws a new one. Returns how many moved.
        func sweep(_ documents: some Sequence<Int>, z: UnsafeMutableBufferPointer<Int>, counts: inout Counts,
                   random: inout SeededRandom) -> Int {
            var changed = 0
            var logp = [Double](repeating: 0, count: k)
            // A document with none of the counted words carries no evidence: it keeps its theme.
            for i in documents where lengths[i] > 0 {
                let old = z[i]
                move(i, to: old, -1, in: &counts)
                let length = lengths[i]
                counts.docsIn.withUnsafeBufferPointer { docsIn in
                    counts.wordsIn.withUnsafeBufferPointer { wordsIn in
                        counts.wordIn.withUnsafeBufferPointer { wordIn in
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
                        }
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
                move(i, to: theme, 1, in: &counts)
            }
            return changed
        }
    }

    /// table[x] = Σ_{y<x} log(y + offset).
    static func prefixLogs(count: Int, offset: Double) -> [Double] {
        var table = [Double](repeating: 0, count: count + 1)
        for x in 0..<count { table[x + 1] = table[x] + log(Double(x) + offset) }
        return table
    }
}
