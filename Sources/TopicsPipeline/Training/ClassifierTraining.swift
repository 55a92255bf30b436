import ChineseText
import TopicModels
import TopicsCore

/// Training a topic classifier on a labelled archive, and evaluating one by K-fold
/// cross-validation or on a held-out share.
public struct ClassifierTraining: Sendable {
    public var segmenter: WordSegmenter
    public var stopWords: StopWords
    public var kinds: TextFeatures.Kinds
    public var characterWeight: Float
    public var options: LinearClassifier.Options
    /// One SVM per label, several labels per document.
    public var multiLabel: Bool

    public init(segmenter: WordSegmenter, stopWords: StopWords, kinds: TextFeatures.Kinds, characterWeight: Float,
                options: LinearClassifier.Options, multiLabel: Bool) {
        self.segmenter = segmenter; self.stopWords = stopWords; self.kinds = kinds
        self.characterWeight = characterWeight; self.options = options; self.multiLabel = multiLabel
    }

    public func train(_ texts: [String], _ labels: [[String]]) -> TopicClassifier {
        multiLabel
            ? TopicClassifier.trainMultiLabel(texts: texts, labels: labels, segmenter: segmenter, stopWords: stopWords,
                                              kinds: kinds, characterWeight: characterWeight, options: options)
            : TopicClassifier.train(texts: texts, labels: labels.map { $0[0] }, segmenter: segmenter, stopWords: stopWords,
                                    kinds: kinds, characterWeight: characterWeight, options: options)
    }

    public func predict(_ classifier: TopicClassifier, _ text: String) -> [String] {
        multiLabel ? classifier.labels(text).map(\.label) : [classifier.classify(text).first?.label ?? ""]
    }

    public func report(gold: [[String]], predicted: [[String]]) -> ClassificationReport {
        multiLabel ? ClassificationReport(gold: gold, predicted: predicted)
            : ClassificationReport(gold: gold.map { $0[0] }, predicted: predicted.map { $0.first ?? "" })
    }

    /// Every document predicted by a model trained on the other folds.
    public func crossValidate(_ data: LabelledArchive, folds: Int) -> ClassificationReport {
        var predicted = [[String]](repeating: [], count: data.texts.count)
        for test in CrossValidation.folds(count: data.texts.count, folds: folds) {
            let testSet = Set(test)
            let trainIdx = data.texts.indices.filter { !testSet.contains($0) }
            let classifier = train(trainIdx.map { data.texts[$0] }, trainIdx.map { data.labels[$0] })
            for i in test { predicted[i] = predict(classifier, data.texts[i]) }
        }
        return report(gold: data.labels, predicted: predicted)
    }

    /// Every k-th document held out (k = 1 / share), the rest trained on: the report and how many were held out.
    public func holdOut(_ data: LabelledArchive, share: Double) -> (report: ClassificationReport, heldOut: Int) {
        let step = max(2, Int((1 / share).rounded()))
        let test = data.texts.indices.filter { $0 % step == 0 }, trainIdx = data.texts.indices.filter { $0 % step != 0 }
        let classifier = train(trainIdx.map { data.texts[$0] }, trainIdx.map { data.labels[$0] })
        return (report(gold: test.map { data.labels[$0] }, predicted: test.map { predict(classifier, data.texts[$0]) }), test.count)
    }
}
