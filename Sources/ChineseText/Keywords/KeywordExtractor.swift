import Foundation

/// A keyword with its score (higher is more characteristic of the document).
public struct Keyword: Sendable, Equatable {
    public var word: String
    public var score: Double
    public init(word: String, score: Double) { self.word = word; self.score = score }
}

/// Keywords of a segmented document, by TF-IDF or by TextRank.
public struct KeywordExtractor: Sendable {
    public var stopWords: StopWords
    public var idf: IDFTable?

    public init(stopWords: StopWords = StopWords(), idf: IDFTable? = nil) {
        self.stopWords = stopWords
        self.idf = idf
    }

    /// TF-IDF: term frequency (share of candidate words) × idf. Without an IDF table this is plain
    /// term frequency.
    public func tfidf(_ words: [String], top k: Int = 10) -> [Keyword] {
        var counts: [String: Int] = [:]
        var total = 0
        for word in words where stopWords.isCandidate(word) { counts[word, default: 0] += 1; total += 1 }
        guard total > 0 else { return [] }
        let scored = counts.map { word, count in
            Keyword(word: word, score: Double(count) / Double(total) * (idf?.idf(word) ?? 1))
        }
        return Self.best(scored, k)
    }

    /// TextRank (Mihalcea & Tarau 2004): candidate words are nodes, co-occurrence within `window`
    /// candidates links them, PageRank with damping 0.85 ranks them. Scores are scaled so the best is 1.
    public func textRank(_ words: [String], top k: Int = 10, window: Int = 5, iterations: Int = 30) -> [Keyword] {
        let candidates = words.filter { stopWords.isCandidate($0) }
        guard !candidates.isEmpty else { return [] }
        var index: [String: Int] = [:]
        var names: [String] = []
        let ids = candidates.map { word -> Int in
            if let id = index[word] { return id }
            index[word] = names.count; names.append(word); return names.count - 1
        }
        var edges = [[Int: Double]](repeating: [:], count: names.count)
        for (i, a) in ids.enumerated() {
            for j in (i + 1)..<min(ids.count, i + window) where ids[j] != a {
                edges[a][ids[j], default: 0] += 1
                edges[ids[j]][a, default: 0] += 1
            }
        }
        let outWeight = edges.map { $0.values.reduce(0, +) }
        var rank = [Double](repeating: 1, count: names.count)
        for _ in 0..<iterations {
            var next = [Double](repeating: 0.15, count: names.count)
            for (a, neighbours) in edges.enumerated() where outWeight[a] > 0 {
                let share = 0.85 * rank[a] / outWeight[a]
                for (b, w) in neighbours { next[b] += share * w }
            }
            rank = next
        }
        let top = rank.max() ?? 1
        return Self.best(names.indices.map { Keyword(word: names[$0], score: rank[$0] / top) }, k)
    }

    /// The `k` best, ties broken by word so results are stable.
    static func best(_ keywords: [Keyword], _ k: Int) -> [Keyword] {
        Array(keywords.sorted { $0.score != $1.score ? $0.score > $1.score : $0.word < $1.word }.prefix(max(0, k)))
    }
}
