import ChineseText
import Foundation

/// A theme found in a set of documents.
public struct Theme: Sendable {
    /// 1 = the largest theme.
    public var id: Int
    public var name: String
    public var terms: [String]
    /// Indices of the member documents, and the three closest to the theme's centre.
    public var members: [Int]
    public var representatives: [Int]

    public init(id: Int, name: String, terms: [String], members: [Int], representatives: [Int]) {
        self.id = id; self.name = name; self.terms = terms; self.members = members; self.representatives = representatives
    }

    /// The taxonomy topics most often given to the members (`tags[i]`: topics of document i), most
    /// frequent first, and the share of members with any topic.
    public func dominantTags(_ tags: [[String]], limit: Int = 5) -> (tags: [(topic: String, count: Int)], taggedShare: Double) {
        var counts: [String: Int] = [:]
        var tagged = 0
        for m in members where m < tags.count {
            if !tags[m].isEmpty { tagged += 1 }
            for t in tags[m] { counts[t, default: 0] += 1 }
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
        return (top.map { ($0.key, $0.value) }, members.isEmpty ? 0 : Double(tagged) / Double(members.count))
    }
}

/// The clustering pipeline shared by `topics cluster`, `topics agenda` and `topics run`:
/// tf-idf vectors → LSA → spherical k-means (k given, or chosen by silhouette) → for short texts,
/// refined by a Dirichlet multinomial mixture → named themes.
public struct ThemeFinder: Sendable {
    public var segmenter: WordSegmenter
    public var stopWords: StopWords
    public var kinds: TextFeatures.Kinds
    public var characterWeight: Float
    public var dimensions: Int
    /// k-means runs with different seeds (the tightest wins); nil: as many as a fixed amount of
    /// work allows, `restartBudget / documents` between 2 and 64: small archives, where one run
    /// costs little and a bad local optimum shows most, get many; large ones, where a run costs
    /// most and thousands of documents average out the seeding, two.
    public var restarts: Int?
    public var seed: UInt64
    public var maxK: Int
    public var algorithm: Algorithm

    public static let restartBudget = 32_000

    func restarts(for n: Int) -> Int { restarts ?? min(64, max(2, Self.restartBudget / max(1, n))) }

    /// How documents are put into themes once the vectors are made.
    public enum Algorithm: String, Sendable, CaseIterable {
        /// The mixture for short texts (median document ≤ `shortTextWords` content words), k-means for long ones.
        case auto
        /// Spherical k-means on the (reduced) tf-idf vectors.
        case kmeans
        /// k-means, then refined by the Dirichlet multinomial mixture over the documents' words.
        case mixture
    }

    /// Below this many content words in the median document, `auto` refines with the mixture:
    /// short texts share too few words for cosine geometry; long ones are placed well by k-means.
    public static let shortTextWords = 150

    public init(segmenter: WordSegmenter, stopWords: StopWords, kinds: TextFeatures.Kinds = [.words], characterWeight: Float = 0.5,
                dimensions: Int = 100, restarts: Int? = nil, seed: UInt64 = 1, maxK: Int = 20, algorithm: Algorithm = .auto) {
        self.segmenter = segmenter
        self.stopWords = stopWords
        self.kinds = kinds
        self.characterWeight = characterWeight
        self.dimensions = dimensions
        self.restarts = restarts
        self.seed = seed
        self.maxK = maxK
        self.algorithm = algorithm
    }

    /// Themes of `texts`; `k` nil chooses k by silhouette (reported as `chosenK` and `silhouette`).
    /// `words`: each text already segmented by this finder's segmenter (a pipeline that analysed
    /// its documents once passes them); nil segments here.
    public func themes(_ texts: [String], k: Int?, words segmented: [[String]]? = nil)
        -> (themes: [Theme], chosenK: Int, silhouette: Double?, algorithm: Algorithm) {
        let found = fit(texts, k: k, words: segmented, keepModel: false)
        return (found.themes, found.chosenK, found.silhouette, found.algorithm)
    }

    /// `themes`, and the model that places new documents in them (`ThemeAssigner`): nil for fewer
    /// than three documents or `dimensions` 0 (no LSA space to place them in). The model's themes
    /// carry no tags; the caller that tagged the documents adds them.
    public func themesAndModel(_ texts: [String], k: Int?, words segmented: [[String]]? = nil, keepModel: Bool = true)
        -> (themes: [Theme], chosenK: Int, silhouette: Double?, algorithm: Algorithm, model: ThemeModel?) {
        fit(texts, k: k, words: segmented, keepModel: keepModel)
    }

    func fit(_ texts: [String], k: Int?, words segmented: [[String]]?, keepModel: Bool)
        -> (themes: [Theme], chosenK: Int, silhouette: Double?, algorithm: Algorithm, model: ThemeModel?) {
        guard texts.count >= 2 else {
            return (texts.isEmpty ? [] : [Theme(id: 1, name: "", terms: [], members: [0], representatives: [0])], texts.count, nil, .kmeans, nil)
        }
        precondition(segmented == nil || segmented!.count == texts.count, "one word list per text")
        // Segment once (both cores); vectors, the mixture and the theme names all use these words,
        // and `content` holds the candidate words (no stop words, punctuation or single characters).
        var words = segmented ?? [[String]](repeating: [], count: texts.count)
        var content = [[String]](repeating: [], count: texts.count)
        words.withUnsafeMutableBufferPointer { buffer in
            content.withUnsafeMutableBufferPointer { contentBuffer in
                nonisolated(unsafe) let target = buffer, contentTarget = contentBuffer
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    for i in stride(from: part, to: texts.count, by: 2) {
                        if segmented == nil { target[i] = segmenter.words(texts[i]) }
                        contentTarget[i] = target[i].filter(stopWords.isCandidate)
                    }
                }
            }
        }
        var featurizer = TextFeatures(segmenter: segmenter, stopWords: stopWords)
        featurizer.kinds = kinds
        featurizer.characterWeight = characterWeight
        let sparse = featurizer.learnIDFAndVectors(texts, words: words)
        let lsa: (vectors: [SparseVector], projection: LatentSemantic.Projection?) = dimensions > 0 ? LatentSemantic.fit(sparse, dimensions: dimensions, seed: seed, keepProjection: keepModel) : (sparse, nil)
        let vectors = lsa.vectors
        // LSA leaves two documents as they are (hashed buckets), so the space is the buckets then.
        let reduced = dimensions > 0 && texts.count > 2
        let space = reduced ? max(1, vectors.first?.indices.count ?? 1) : featurizer.buckets
        var chosen = min(k ?? 2, texts.count)
        var silhouette: Double? = nil
        if k == nil {
            var best: (Double, Int)? = nil
            let sample = SilhouetteSample(vectors, seed: seed)
            for candidate in 2...max(2, min(maxK, texts.count - 1)) {
                var kmeans = SphericalKMeans(k: candidate); kmeans.restarts = max(1, restarts(for: texts.count) / 4); kmeans.seed = seed
                let r = kmeans.fit(vectors, dimensions: space)
                let s = sample.score(assignments: r.assignments, k: candidate)
                if best == nil || s > best!.0 { best = (s, candidate) }
            }
            chosen = best!.1
            silhouette = best!.0
        }
        var kmeans = SphericalKMeans(k: chosen); kmeans.restarts = restarts(for: texts.count); kmeans.seed = seed
        var result = kmeans.fit(vectors, dimensions: space)
        var used = algorithm
        if used == .auto {
            let lengths = content.map(\.count).sorted()
            used = lengths[lengths.count / 2] <= Self.shortTextWords ? .mixture : .kmeans
        }
        var mixture = DirichletMultinomialMixture(k: chosen); mixture.seed = seed
        var mixtureWords: (documents: [[Int32]], words: [String]) = ([], [])
        if used == .mixture {
            let (documents, vocabulary, words) = Self.wordIDs(content)
            mixtureWords = (documents, words)
            result.assignments = mixture.fit(documents, vocabularySize: vocabulary, start: result.assignments)
            result.centroids = SphericalKMeans.centroids(vectors, assignments: result.assignments, k: chosen, dimensions: space)
        }
        let themes = describe(content, vectors, result)
        guard keepModel, let projection = lsa.projection else { return (themes, chosen, silhouette, used, nil) }
        let model = ThemeModel.fitted(themes: themes, result: result, sparse: sparse, features: featurizer, projection: projection,
                                      algorithm: used, mixture: mixture, mixtureWords: mixtureWords)
        return (themes, chosen, silhouette, used, model)
    }

    /// Documents as word ids, over the words found in at least two documents (ids in order of
    /// first appearance, so the same input numbers them the same way).
    static func wordIDs(_ documents: [[String]]) -> (documents: [[Int32]], vocabulary: Int, words: [String]) {
        // Every word an id (one hash lookup per token), document frequencies counted on the ids.
        var ids: [WordKey: Int32] = [:]
        var frequency: [Int32] = [], lastSeen: [Int32] = []
        let numbered = documents.enumerated().map { d, doc in
            doc.map { w -> Int32 in
                let id: Int32
                let key = WordKey(w)
                if let known = ids[key] { id = known } else {
                    id = Int32(ids.count); ids[key] = id; frequency.append(0); lastSeen.append(-1)
                }
                if lastSeen[Int(id)] != Int32(d) { lastSeen[Int(id)] = Int32(d); frequency[Int(id)] += 1 }
                return id
            }
        }
        // Renumber the words of two or more documents densely, in order of first appearance.
        var kept = [Int32](repeating: -1, count: frequency.count)
        var next: Int32 = 0
        var spelled = [String](repeating: "", count: ids.count)
        for (key, id) in ids { spelled[Int(id)] = key.word }
        var words: [String] = []
        let out = numbered.map { doc in
            doc.compactMap { id -> Int32? in
                guard frequency[Int(id)] >= 2 else { return nil }
                if kept[Int(id)] < 0 { kept[Int(id)] = next; next += 1; words.append(spelled[Int(id)]) }
                return kept[Int(id)]
            }
        }
        return (out, max(1, Int(next)), words)
    }

    /// `content[i]`: the content words of document i (stop words removed).
    /// `keepOrder`: theme ids are cluster + 1 (a refitted model's ids), not renumbered by size.
    func describe(_ content: [[String]], _ vectors: [SparseVector], _ result: SphericalKMeans.Result, keepOrder: Bool = false) -> [Theme] {
        let k = result.centroids.count
        var members = [[Int]](repeating: [], count: k)
        for (i, c) in result.assignments.enumerated() { members[c].append(i) }
        var words = [[WordKey: Int]](repeating: [:], count: k)
        for c in 0..<k {
            for i in members[c] { for w in content[i] { words[c][WordKey(w), default: 0] += 1 } }
        }
        // Placeholder names (A市, A7县, XX) name no theme unless every member has them.
        let terms = ThemeTerms.top(words, count: 12).enumerated().map { c, top in
            Array(top.filter { term in
                !Placeholders.isPlaceholder(term.word) || members[c].allSatisfy { content[$0].contains(term.word) }
            }
                .prefix(8).map(\.word))
        }
        var themes: [Theme] = (0..<k).filter { !members[$0].isEmpty }.map { c in
            let closeness = members[c].map { SphericalKMeans.dot(vectors[$0], result.centroids[c]) }
            let ranked = members[c].indices.sorted { closeness[$0] > closeness[$1] }.map { members[c][$0] }
            return Theme(id: c, name: terms[c].prefix(3).joined(separator: " · "), terms: terms[c], members: members[c],
                         representatives: Array(ranked.prefix(3)))
        }
        if keepOrder {
            for i in themes.indices { themes[i].id += 1 }
            return themes
        }
        // Stable ids: largest theme first, then by name.
        themes.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.name < $1.name }
        for i in themes.indices { themes[i].id = i + 1 }
        return themes
    }
}
