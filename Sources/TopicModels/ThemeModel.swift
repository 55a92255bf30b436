import ChineseText
import Foundation
import TopicsCore

/// Everything a fitted set of themes needs to place a document it has never seen, frozen at fit
/// time: the feature settings and idf (which `ThemeFinder` learns from the whole batch), the LSA
/// projection, the themes' centroids, names and tags, and for the mixture its word–theme counts.
/// Placing one document reads only the model and that document, so a document gets the same theme
/// whatever else is in its batch. Saved and loaded by `ThemeModel+Format.swift`.
public struct ThemeModel: Sendable, Equatable {
    /// A theme as the model keeps it; `id` is the theme's id in `topics cluster` output (1 = largest at fit time).
    public struct Theme: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var terms: [String]
        /// Documents the theme had when it was fitted.
        public var size: Int
        /// The taxonomy topics most often given to its documents, with counts.
        public var tags: [Tag]
        /// Cosine distance beyond which a document is far from this theme: the `farQuantile` of its
        /// fitted members' distances (as `ThemeAssigner` measures them) to its centroid.
        public var farThreshold: Float

        public struct Tag: Sendable, Equatable {
            public var topic: String
            public var count: Int
            public init(topic: String, count: Int) { self.topic = topic; self.count = count }
        }

        public init(id: Int, name: String, terms: [String], size: Int, tags: [Tag] = [], farThreshold: Float) {
            self.id = id; self.name = name; self.terms = terms; self.size = size; self.tags = tags; self.farThreshold = farThreshold
        }
    }

    /// The share of a theme's fitted members closer to it than its `farThreshold`.
    public static let farQuantile: Float = 0.95

    // Features: what `TextFeatures` needs to weight a document as the fit did.
    public var kinds: TextFeatures.Kinds
    public var characterWeight: Float
    public var buckets: Int
    /// Documents the idf was learned on: a bucket no fitted document had gets ln(1 + N) + 1.
    public var documentCount: Int
    /// idf of each of `projection.columns` (every bucket a fitted document had).
    public var idf: [Float]
    public var projection: LatentSemantic.Projection

    /// `.kmeans` or `.mixture` (never `.auto`): how documents are placed.
    public var algorithm: ThemeFinder.Algorithm
    /// In id order (themes[i].id == i + 1).
    public var themes: [Theme]
    /// Unit centroids in the reduced space, `themes.count × projection.width`, in theme order.
    public var centroids: [Float]

    // The mixture (empty for k-means): its vocabulary (content words of two or more documents)
    // and how often each word occurs in each theme, word-major (`wordCounts[w * k + t]`).
    public var alpha: Double
    public var beta: Double
    public var vocabulary: [String]
    public var wordCounts: [Int32]

    public init(kinds: TextFeatures.Kinds, characterWeight: Float, buckets: Int, documentCount: Int, idf: [Float],
                projection: LatentSemantic.Projection, algorithm: ThemeFinder.Algorithm, themes: [Theme], centroids: [Float],
                alpha: Double = 0.1, beta: Double = 0.1, vocabulary: [String] = [], wordCounts: [Int32] = []) {
        precondition(idf.count == projection.columns.count, "an idf per projected column")
        precondition(centroids.count == themes.count * projection.width, "a centroid per theme")
        precondition(wordCounts.count == vocabulary.count * themes.count, "a count per word and theme")
        self.kinds = kinds; self.characterWeight = characterWeight; self.buckets = buckets; self.documentCount = documentCount
        self.idf = idf; self.projection = projection; self.algorithm = algorithm; self.themes = themes; self.centroids = centroids
        self.alpha = alpha; self.beta = beta; self.vocabulary = vocabulary; self.wordCounts = wordCounts
    }

    /// Dimensions of the reduced space.
    public var width: Int { projection.width }

    /// Centroid of the theme at `index` (0-based, theme id − 1).
    public func centroid(_ index: Int) -> ArraySlice<Float> { centroids[(index * width)..<((index + 1) * width)] }

    /// The idf of every bucket, as `TextFeatures` takes it.
    public var fullIDF: [Float] {
        var out = [Float](repeating: log(1 + Float(documentCount)) + 1, count: buckets)
        for (c, bucket) in projection.columns.enumerated() { out[Int(bucket)] = idf[c] }
        return out
    }
}

extension ThemeModel {
    /// The model of a fit: `themes` as `ThemeFinder.describe` named them, `result` the clustering
    /// they came from (cluster of each document, centroids by cluster), `sparse` the documents'
    /// tf-idf vectors and `features` the featurizer that weighted them.
    static func fitted(themes: [TopicModels.Theme], result: SphericalKMeans.Result, sparse: [SparseVector], features: TextFeatures,
                       projection: LatentSemantic.Projection, algorithm: ThemeFinder.Algorithm,
                       mixture: DirichletMultinomialMixture, mixtureWords: (documents: [[Int32]], words: [String])) -> ThemeModel {
        let k = themes.count, width = projection.width
        var centroids = [Float](repeating: 0, count: k * width)
        var indexOf = [Int](repeating: -1, count: sparse.count)   // document → theme index (id − 1)
        var saved: [ThemeModel.Theme] = []
        for (t, theme) in themes.enumerated() {
            let cluster = result.assignments[theme.members[0]]
            for j in 0..<width { centroids[t * width + j] = result.centroids[cluster][j] }
            for m in theme.members { indexOf[m] = t }
            saved.append(ThemeModel.Theme(id: theme.id, name: theme.name, terms: theme.terms, size: theme.members.count, farThreshold: 0))
        }
        var model = ThemeModel(
            kinds: features.kinds, characterWeight: features.characterWeight, buckets: features.buckets, documentCount: sparse.count,
            idf: projection.columns.map { features.idf[Int($0)] }, projection: projection, algorithm: algorithm, themes: saved,
            centroids: centroids, alpha: mixture.alpha, beta: mixture.beta)
        if algorithm == .mixture {
            var counts = [Int32](repeating: 0, count: mixtureWords.words.count * k)
            for (i, doc) in mixtureWords.documents.enumerated() where indexOf[i] >= 0 {
                for w in doc { counts[Int(w) * k + indexOf[i]] += 1 }
            }
            model.vocabulary = mixtureWords.words
            model.wordCounts = counts
        }
        model.setFarThresholds(sparse.map(projection.project), themeOf: indexOf)
        return model
    }

    /// Each theme's far threshold from its members' reduced vectors (`reduced[i]` in theme index
    /// `themeOf[i]`, −1 for none): the `farQuantile` of their distances to its centroid.
    mutating func setFarThresholds(_ reduced: [[Float]], themeOf: [Int]) {
        var distances = [[Float]](repeating: [], count: themes.count)
        for (i, t) in themeOf.enumerated() where t >= 0 {
            distances[t].append(1 - zip(reduced[i], centroid(t)).reduce(Float(0)) { $0 + $1.0 * $1.1 })
        }
        for t in themes.indices {
            let sorted = distances[t].sorted()
            guard !sorted.isEmpty else { continue }
            let at = min(sorted.count - 1, max(0, Int((Float(sorted.count) * Self.farQuantile).rounded(.up)) - 1))
            themes[t].farThreshold = sorted[at]
        }
    }
}
