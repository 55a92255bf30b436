import ChineseText
import Foundation
import TopicsCore

/// Places documents in the themes of a saved `ThemeModel`, one document at a time: its words
/// weighted by the model's idf, projected by the model's LSA map, then
/// - k-means model: the theme with the closest centroid (cosine);
/// - mixture model: the theme with the highest probability of the document's words under the
///   fitted word–theme counts (the GSDMM conditional with the document itself left out), or the
///   closest centroid when none of its words is in the model's vocabulary.
///
/// The distance is 1 − cosine to the chosen theme's centroid. A document is *far* when it is
/// beyond every theme's `farThreshold`: a candidate for a theme the model does not have.
/// Nothing here depends on other documents, so batches and partitions cannot change a result.
public struct ThemeAssigner: Sendable {
    public let model: ThemeModel
    public let segmenter: WordSegmenter
    public let stopWords: StopWords
    let features: TextFeatures
    let wordIDs: [WordKey: Int32]
    /// Per theme: log(m_t + α) and the words counted in it.
    let themeLogs: [Double]
    let wordsIn: [Int]
    /// Per theme, `lengthTerms[t * (maxTabled + 1) + n]`: log(m_t + α) − Σ_{j < n} log(n_t + Vβ + j),
    /// summed in that order (as `mixtureTheme` would), for documents of up to `maxTabled` known words.
    let lengthTerms: [Double]
    /// log(n_wt + β) per word and theme, word-major: a word's first occurrence in a document.
    let countLogs: [Double]
    static let maxTabled = 1024

    /// Where a document goes.
    public struct Placement: Sendable, Equatable {
        /// The theme's id, or nil when the document has no feature and no word the model knows.
        public var theme: Int?
        /// 1 − cosine to the theme's centroid (0 … 2; 1 when there is no theme).
        public var distance: Float
        /// Beyond every theme's far threshold.
        public var far: Bool

        public init(theme: Int?, distance: Float, far: Bool) { self.theme = theme; self.distance = distance; self.far = far }

        /// Where a document nothing of which the model knows goes: no theme, far from all.
        public static let nowhere = Placement(theme: nil, distance: 1, far: true)
    }

    public init(model: ThemeModel, segmenter: WordSegmenter, stopWords: StopWords) {
        self.model = model
        self.segmenter = segmenter
        self.stopWords = stopWords
        var features = TextFeatures(segmenter: segmenter, stopWords: stopWords, buckets: model.buckets, idf: model.fullIDF)
        features.kinds = model.kinds
        features.characterWeight = model.characterWeight
        self.features = features
        var ids: [WordKey: Int32] = [:]
        for (i, w) in model.vocabulary.enumerated() { ids[WordKey(w)] = Int32(i) }
        wordIDs = ids
        let k = model.themes.count
        themeLogs = model.themes.map { log(Double($0.size) + model.alpha) }
        var wordsIn = [Int](repeating: 0, count: k)
        if !model.vocabulary.isEmpty {
            for w in 0..<model.vocabulary.count { for t in 0..<k { wordsIn[t] += Int(model.wordCounts[w * k + t]) } }
        }
        self.wordsIn = wordsIn
        // The mixture's logarithms that depend on the model only, computed once here instead of
        // for every document: placing a document is then mostly additions.
        let vBeta = Double(model.vocabulary.count) * model.beta
        let width = Self.maxTabled + 1
        var lengthTerms = [Double](repeating: 0, count: model.vocabulary.isEmpty ? 0 : k * width)
        if !model.vocabulary.isEmpty {
            for t in 0..<k {
                var logp = themeLogs[t]
                lengthTerms[t * width] = logp
                for j in 0..<Self.maxTabled {
                    logp -= log(Double(wordsIn[t]) + vBeta + Double(j))
                    lengthTerms[t * width + j + 1] = logp
                }
            }
        }
        self.lengthTerms = lengthTerms
        countLogs = model.wordCounts.map { log(Double($0) + model.beta) }
    }

    /// The placement of one text; `words`: the text already cut by this assigner's segmenter.
    public func place(_ text: String, words segmented: [String]? = nil) -> Placement {
        let words = segmented ?? segmenter.words(text)
        let reduced = model.projection.project(features.vector(text, words: words))
        // Content words matter to the mixture only.
        return place(reduced: reduced, content: model.algorithm == .mixture ? words.filter(stopWords.isCandidate) : [])
    }

    /// The placement of a document given its reduced vector and its content words.
    public func place(reduced: [Float], content: [String]) -> Placement {
        let k = model.themes.count, width = model.width
        // Cosine to each centroid (both unit length), summed in dimension order.
        let similarity = [Float](unsafeUninitializedCapacity: k) { out, initialized in
            reduced.withUnsafeBufferPointer { x in
                model.centroids.withUnsafeBufferPointer { c in
                    for t in 0..<k {
                        var s: Float = 0
                        for j in 0..<min(width, x.count) { s += x[j] * c[t * width + j] }
                        out[t] = s
                    }
                }
            }
            initialized = k
        }
        let seen = reduced.contains { $0 != 0 }
        var theme: Int? = nil
        if model.algorithm == .mixture, let best = mixtureTheme(content) { theme = best }
        else if seen, let best = (0..<k).max(by: { similarity[$0] < similarity[$1] }) { theme = best }
        guard let theme else { return .nowhere }
        let far = !seen || (0..<k).allSatisfy { 1 - similarity[$0] > model.themes[$0].farThreshold }
        return Placement(theme: model.themes[theme].id, distance: seen ? 1 - similarity[theme] : 1, far: far)
    }

    /// The most probable theme (index) of a document's words under the mixture, nil when none is in the vocabulary.
    func mixtureTheme(_ content: [String]) -> Int? {
        var counts: [Int32: Int] = [:]
        var length = 0
        for w in content { if let id = wordIDs[WordKey(w)] { counts[id, default: 0] += 1; length += 1 } }
        guard length > 0 else { return nil }
        let k = model.themes.count
        let vBeta = Double(model.vocabulary.count) * model.beta
        var best = 0, bestLog = -Double.infinity
        let bag = counts.sorted { $0.key < $1.key }   // sums in one order, whatever the hashing
        let tabled = length <= Self.maxTabled
        for t in 0..<k {
            var logp: Double
            if tabled {
                logp = lengthTerms[t * (Self.maxTabled + 1) + length]
            } else {
                logp = themeLogs[t]
                for j in 0..<length { logp -= log(Double(wordsIn[t]) + vBeta + Double(j)) }
            }
            for (w, c) in bag {
                let at = Int(w) * k + t
                logp += countLogs[at]
                guard c > 1 else { continue }
                let n = Double(model.wordCounts[at])
                for j in 1..<c { logp += log(n + model.beta + Double(j)) }
            }
            if logp > bestLog { bestLog = logp; best = t }
        }
        return best
    }
}
