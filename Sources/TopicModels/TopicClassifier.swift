import TopicsCore
import ChineseText
import Foundation

/// A trained topic classifier: the features' idf and the linear model, saved as one file.
public struct TopicClassifier: Sendable {
    public var features: TextFeatures
    public var model: LinearClassifier
    /// Trained on documents with several labels each: `classify` then scores every label on its own.
    public var multiLabel: Bool

    public init(features: TextFeatures, model: LinearClassifier, multiLabel: Bool = false) {
        self.features = features
        self.model = model
        self.multiLabel = multiLabel
    }

    /// Trains on documents that may carry several labels each (one-vs-rest SVMs).
    public static func trainMultiLabel(texts: [String], labels: [[String]], segmenter: WordSegmenter, stopWords: StopWords = StopWords(),
                                       kinds: TextFeatures.Kinds = [.words, .characters], characterWeight: Float = 0.5,
                                       options: LinearClassifier.Options = .init()) -> TopicClassifier {
        let names = Array(Set(labels.flatMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var features = TextFeatures(segmenter: segmenter, stopWords: stopWords)
        features.kinds = kinds
        features.characterWeight = characterWeight
        let examples = zip(features.learnIDFAndVectors(texts), labels).map { ($0, Set($1.compactMap { index[$0] })) }
        var svm = options
        svm.method = .svm
        let model = LinearClassifier.trainMultiLabel(examples, labels: names, dimensions: features.buckets, options: svm)
        return TopicClassifier(features: features, model: model, multiLabel: true)
    }

    /// Multi-label: the labels whose SVM says yes (probability > 0.5), or the best one when none does.
    public func labels(_ text: String, threshold: Double = 0.5) -> [(label: String, probability: Double)] {
        let ranked = classify(text)
        let kept = ranked.filter { $0.probability > threshold }
        return kept.isEmpty ? Array(ranked.prefix(1)) : kept
    }

    /// Trains on (text, label) pairs.
    public static func train(texts: [String], labels: [String], segmenter: WordSegmenter, stopWords: StopWords = StopWords(),
                             kinds: TextFeatures.Kinds = [.words, .characters], characterWeight: Float = 0.5,
                             options: LinearClassifier.Options = .init()) -> TopicClassifier {
        let names = Array(Set(labels)).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var features = TextFeatures(segmenter: segmenter, stopWords: stopWords)
        features.kinds = kinds
        features.characterWeight = characterWeight
        let examples = zip(features.learnIDFAndVectors(texts), labels).map { ($0, index[$1]!) }
        let model = LinearClassifier.train(examples, labels: names, dimensions: features.buckets, options: options)
        return TopicClassifier(features: features, model: model)
    }

    /// Labels with their probabilities, most likely first (multi-label: each label's own
    /// probability, from its SVM margin through a logistic curve).
    public func classify(_ text: String) -> [(label: String, probability: Double)] {
        let x = features.vector(text)
        let p = multiLabel ? model.margins(x).map { 1 / (1 + exp(-2 * $0)) } : model.probabilities(x)
        return zip(model.labels, p).map { ($0, Double($1)) }.sorted { $0.probability > $1.probability }
    }

    // MARK: - File: "TOPICCLS", version, buckets, labels, idf, bias, weights (little-endian Float32)

    static let magic = Array("TOPICCLS".utf8)

    public func serialized() -> [UInt8] {
        var out = Self.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(1)
        u32(features.kinds.rawValue | (multiLabel ? 1 << 31 : 0))
        f32(features.characterWeight)
        u32(UInt32(features.buckets))
        u32(UInt32(model.labels.count))
        for label in model.labels { let b = Array(label.utf8); u32(UInt32(b.count)); out += b }
        for v in features.idf { f32(v) }
        for v in model.bias { f32(v) }
        for v in model.weights { f32(v) }
        return out
    }

    public init(bytes: [UInt8], segmenter: WordSegmenter, stopWords: StopWords = StopWords()) throws(TopicModelError) {
        var i = 0
        func take(_ n: Int) throws(TopicModelError) -> ArraySlice<UInt8> {
            guard n >= 0, i + n <= bytes.count else { throw .truncated }
            defer { i += n }
            return bytes[i..<i + n]
        }
        func u32() throws(TopicModelError) -> UInt32 { try take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        func floats(_ n: Int) throws(TopicModelError) -> [Float] {
            let raw = try take(n * 4)
            var out = [Float](repeating: 0, count: n)
            out.withUnsafeMutableBytes { $0.copyBytes(from: raw) }
            return out.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }
        }
        guard bytes.count >= 8, Array(bytes.prefix(8)) == Self.magic else { throw .notAModel }
        i = 8
        guard try u32() == 1 else { throw .unsupportedVersion }
        let flags = try u32()
        let kinds = TextFeatures.Kinds(rawValue: flags & 0x7FFF_FFFF)
        let characterWeight = Float(bitPattern: try u32())
        let buckets = Int(try u32()), count = Int(try u32())
        guard buckets > 0, buckets <= 1 << 24, count > 0, count <= 10_000 else { throw .corrupt }
        var labels: [String] = []
        for _ in 0..<count {
            let n = Int(try u32())
            guard let label = String(validating: try take(n), as: UTF8.self) else { throw .corrupt }
            labels.append(label)
        }
        let idf = try floats(buckets), bias = try floats(count), weights = try floats(buckets * count)
        guard i == bytes.count else { throw .corrupt }
        var features = TextFeatures(segmenter: segmenter, stopWords: stopWords, buckets: buckets, idf: idf)
        features.kinds = kinds
        features.characterWeight = characterWeight
        self.init(features: features, model: LinearClassifier(labels: labels, dimensions: buckets, weights: weights, bias: bias),
                  multiLabel: flags & (1 << 31) != 0)
    }
}

public enum TopicModelError: Error, Equatable, CustomStringConvertible {
    case notAModel, unsupportedVersion, truncated, corrupt
    public var description: String {
        switch self {
        case .notAModel: "not a topics classifier model (no TOPICCLS header)"
        case .unsupportedVersion: "topic model of an unsupported version"
        case .truncated: "topic model file is truncated"
        case .corrupt: "topic model file is corrupt"
        }
    }
}

/// k-fold cross-validation: each fold is predicted by a model trained on the others.
public enum CrossValidation {
    /// The documents of each fold: a seeded shuffle dealt round-robin, the same on every run.
    public static func folds(count: Int, folds: Int, seed: UInt64 = 1) -> [[Int]] {
        var order = Array(0..<count)
        var random = SeededRandom(seed: seed)
        order.shuffle(using: &random)
        return (0..<folds).map { fold in order.enumerated().filter { $0.offset % folds == fold }.map(\.element) }
    }

    public static func predictions(texts: [String], labels: [String], folds: Int, seed: UInt64 = 1,
                                   train: ([String], [String]) -> TopicClassifier) -> [String] {
        let order = Array(texts.indices)
        var predicted = [String](repeating: "", count: texts.count)
        for test in Self.folds(count: texts.count, folds: folds, seed: seed) {
            let testSet = Set(test)
            let trainIdx = order.filter { !testSet.contains($0) }
            let classifier = train(trainIdx.map { texts[$0] }, trainIdx.map { labels[$0] })
            for i in test { predicted[i] = classifier.classify(texts[i]).first?.label ?? "" }
        }
        return predicted
    }
}
