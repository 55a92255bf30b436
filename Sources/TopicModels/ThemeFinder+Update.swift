import ChineseText
import Foundation
import TopicsCore

extension ThemeFinder {
    /// A saved model's themes refitted on `texts`, starting from the model: theme t stays theme t
    /// (same id) unless its documents moved. The feature space stays the model's (its idf and LSA
    /// projection: the centroids live there); only the themes move. Documents are placed as
    /// `ThemeAssigner` places them, then the model's algorithm runs from that start — Lloyd
    /// iterations from the old centroids (k-means), or the mixture's Gibbs sweeps from the
    /// placements (mixture) — and names, sizes, centroids, far thresholds and the mixture's counts
    /// are taken from the result. A theme left with no document keeps its old name and centroid.
    ///
    /// Returns the refitted model, the themes with their members (ids as in the model), each
    /// document's theme before (as the old model placed it) and after (0-based indices), and how
    /// many documents changed theme. Tags are kept as they were; the caller that tags re-counts them.
    public func update(_ model: ThemeModel, texts: [String], words segmented: [[String]]? = nil)
        -> (model: ThemeModel, themes: [Theme], before: [Int], after: [Int], changed: Int) {
        let assigner = ThemeAssigner(model: model, segmenter: segmenter, stopWords: stopWords)
        let n = texts.count, k = model.themes.count, width = model.width
        var reduced = [[Float]](repeating: [], count: n)
        var content = [[String]](repeating: [], count: n)
        var before = [Int](repeating: 0, count: n)
        reduced.withUnsafeMutableBufferPointer { r in
            content.withUnsafeMutableBufferPointer { c in
                before.withUnsafeMutableBufferPointer { b in
                    nonisolated(unsafe) let r = r, c = c, b = b
                    DispatchQueue.concurrentPerform(iterations: 2) { part in
                        for i in stride(from: part, to: n, by: 2) {
                            let words = segmented?[i] ?? assigner.segmenter.words(texts[i])
                            r[i] = model.projection.project(assigner.features.vector(texts[i], words: words))
                            c[i] = words.filter(assigner.stopWords.isCandidate)
                            let placed = assigner.place(reduced: r[i], content: c[i]).theme
                            b[i] = placed.flatMap { id in model.themes.firstIndex { $0.id == id } } ?? 0
                        }
                    }
                }
            }
        }
        let indices = (0..<Int32(width)).map { $0 }
        let vectors = reduced.map { SparseVector(indices: indices, values: $0) }
        let old = (0..<k).map { Array(model.centroid($0)) }
        var result: SphericalKMeans.Result
        var mixtureWords: (documents: [[Int32]], words: [String]) = ([], [])
        if model.algorithm == .mixture {
            let (documents, vocabulary, words) = Self.wordIDs(content)
            mixtureWords = (documents, words)
            var mixture = DirichletMultinomialMixture(k: k); mixture.seed = seed
            mixture.alpha = model.alpha; mixture.beta = model.beta
            let assignments = mixture.fit(documents, vocabularySize: vocabulary, start: before)
            result = SphericalKMeans.Result(assignments: assignments, centroids: old, cohesion: 0)
        } else {
            var kmeans = SphericalKMeans(k: k); kmeans.seed = seed
            result = kmeans.refine(vectors, dimensions: width, from: old)
        }
        // Centroids of the themes that kept documents; the others keep theirs.
        var counts = [Int](repeating: 0, count: k)
        for t in result.assignments { counts[t] += 1 }
        let means = SphericalKMeans.centroids(vectors, assignments: result.assignments, k: k, dimensions: width)
        result.centroids = (0..<k).map { counts[$0] > 0 ? means[$0] : old[$0] }
        let themes = describe(content, vectors, result, keepOrder: true)

        var updated = model
        for t in 0..<k {
            updated.themes[t].size = counts[t]
            for j in 0..<width { updated.centroids[t * width + j] = result.centroids[t][j] }
        }
        for theme in themes {
            updated.themes[theme.id - 1].name = theme.name
            updated.themes[theme.id - 1].terms = theme.terms
        }
        for t in 0..<k { updated.themes[t].id = t + 1 }
        if model.algorithm == .mixture {
            var wordCounts = [Int32](repeating: 0, count: mixtureWords.words.count * k)
            for (i, doc) in mixtureWords.documents.enumerated() { for w in doc { wordCounts[Int(w) * k + result.assignments[i]] += 1 } }
            updated.vocabulary = mixtureWords.words
            updated.wordCounts = wordCounts
        }
        updated.setFarThresholds(reduced, themeOf: result.assignments)
        let changed = zip(before, result.assignments).filter { $0 != $1 }.count
        return (updated, themes, before, result.assignments, changed)
    }
}
