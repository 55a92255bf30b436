import ArchiveIO
import ArgumentParser
import ChineseText
import Foundation
import TopicModels
import TopicsCore

extension LinearClassifier.Method: ExpressibleByArgument {}

/// Labelled documents from any archive: text = title + text, label = a field or column.
struct LabelledArchive {
    var ids: [String] = []
    var texts: [String] = []
    /// Each document's labels: one for single-label data, several for multi-label data.
    var labels: [[String]] = []

    var isMultiLabel: Bool { labels.contains { $0.count > 1 } }

    /// `splitLabels`: a label cell may list several labels separated by | ; 、 or ,.
    init(options: ArchiveOptions, labelField: String, splitLabels: Bool = false) throws {
        try ArchiveReader(options: options).forEach { result in
            switch result {
            case .failure(let error): Terminal.report(error)
            case .success(let d):
                var found: [String] = []
                switch d.metadata[labelField] {
                case .string(let l)?: found = [l]
                case .strings(let ls)?: found = ls
                default: if labelField == "label" || labelField == "category", let c = d.category { found = [c] }
                }
                if splitLabels { found = found.flatMap { $0.split(whereSeparator: { "|;；、,，".contains($0) }).map(String.init) } }
                found = found.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if found.isEmpty { return }
                let title = d.title ?? ""
                ids.append(d.id)
                texts.append(title == d.text ? title : title + "\n" + d.text)
                labels.append(found)
            }
        }
    }
}

/// `topics train`: a topic classifier from a labelled archive.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a topic classifier from labelled documents (JSON Lines or CSV with a label column).",
        discussion: """
            Features: words and character 1–3-grams (word pairs on request), tf-idf weighted, each \
            block scaled to its share; model: one-vs-rest linear SVMs (dual coordinate descent) with \
            balanced class weights, or logistic regression. --cv K prints a K-fold \
            cross-validated report (accuracy, macro-F1, per label) before training on everything.

            Examples:
              topics train messages.jsonl --label-field label -o messages.model --cv 5
              topics tag --model messages.model new.jsonl
            """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The record field or CSV column holding the label: label, then the category / 类别 when there is no label.")
    var labelField = "label"

    @Option(name: .shortAndLong, help: "Where to write the model (replaced atomically).")
    var output: String?

    @Option(help: "Print a K-fold cross-validated report first.")
    var cv: Int?

    @Option(help: "Share of the documents held out to print an evaluation before the final model is trained on all (0 to skip).")
    var holdout = 0.2

    @Flag(help: "Documents may have several labels (an array in JSON, or | ; 、 separated in a cell); one SVM per label.")
    var multiLabel = false

    @Option(help: "Passes over the training documents (svm: dual coordinate descent runs 4 sweeps a pass; logistic: SGD epochs).")
    var epochs = 12

    @Option(help: "svm (one-vs-rest linear SVMs, the default) or logistic (multinomial logistic regression).")
    var method: LinearClassifier.Method = .svm

    @Option(help: "Features: a comma list of words, pairs (word pairs), chars (character 1–3-grams).")
    var features = "words,chars"

    @Option(help: "Weight of the character n-grams beside the words (0–1).")
    var characterWeight: Float = 0.5

    @Option(help: "svm only: the cost C (larger fits the training data more closely).")
    var cost: Float = 1

    @Flag(inversion: .prefixedNo, help: "Weight classes so rare ones count as much as common ones.")
    var balanced = true

    @Option(help: "logistic only: the SGD learning rate at the first pass (it decays as 1 / pass).")
    var learningRate: Float = 0.5

    @Option(help: "logistic only: the L2 regularisation strength.")
    var l2: Float = 1e-5

    @OptionGroup var segmenterOptions: SegmenterOptions

    func validate() throws {
        if output == nil && cv == nil && holdout == 0 { throw ValidationError("say where the model goes (-o FILE), or ask for an evaluation (--cv K, --holdout)") }
        if let cv, cv < 2 { throw ValidationError("--cv needs at least 2 folds") }
        guard holdout >= 0 && holdout < 1 else { throw ValidationError("--holdout must be in [0, 1)") }
    }

    func run() throws {
        let segmenter = try segmenterOptions.makeSegmenter()
        let stopWords = SegmenterOptions.shippedStopWords
        let data = try LabelledArchive(options: archive, labelField: labelField, splitLabels: multiLabel)
        let distinct = Set(data.labels.flatMap { $0 })
        guard distinct.count >= 2 else {
            throw TopicsError(.noContent, input: archive.inputs.joined(separator: " "), "need documents with at least two different labels in \(labelField)")
        }
        let multi = multiLabel || data.isMultiLabel
        let kinds = try FeatureKinds.parse(features)
        var options = LinearClassifier.Options()
        options.epochs = epochs
        options.learningRate = learningRate
        options.method = method
        options.cost = cost
        options.balanceClasses = balanced
        options.l2 = l2
        let characterWeight = self.characterWeight
        func train(_ texts: [String], _ labels: [[String]]) -> TopicClassifier {
            multi ? TopicClassifier.trainMultiLabel(texts: texts, labels: labels, segmenter: segmenter, stopWords: stopWords,
                                                    kinds: kinds, characterWeight: characterWeight, options: options)
                : TopicClassifier.train(texts: texts, labels: labels.map { $0[0] }, segmenter: segmenter, stopWords: stopWords,
                                        kinds: kinds, characterWeight: characterWeight, options: options)
        }
        func report(gold: [[String]], predicted: [[String]]) -> ClassificationReport {
            multi ? ClassificationReport(gold: gold, predicted: predicted)
                : ClassificationReport(gold: gold.map { $0[0] }, predicted: predicted.map { $0.first ?? "" })
        }
        func predict(_ classifier: TopicClassifier, _ text: String) -> [String] {
            multi ? classifier.labels(text).map(\.label) : [classifier.classify(text).first?.label ?? ""]
        }
        Terminal.printError("\(data.texts.count) documents, \(distinct.count) labels\(multi ? " (multi-label)" : "")")
        if let cv {
            let start = ContinuousClock.now
            var predicted = [[String]](repeating: [], count: data.texts.count)
            for test in CrossValidation.folds(count: data.texts.count, folds: cv) {
                let testSet = Set(test)
                let trainIdx = data.texts.indices.filter { !testSet.contains($0) }
                let classifier = train(trainIdx.map { data.texts[$0] }, trainIdx.map { data.labels[$0] })
                for i in test { predicted[i] = predict(classifier, data.texts[i]) }
            }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            print("\(cv)-fold cross-validation (\(String(format: "%.1f", seconds)) s for \(cv) trainings):")
            print(report(gold: data.labels, predicted: predicted).table)
        }
        if holdout > 0 && cv == nil {
            // Every k-th document held out (k = 1 / holdout), the rest trained on.
            let step = max(2, Int((1 / holdout).rounded()))
            let test = data.texts.indices.filter { $0 % step == 0 }, trainIdx = data.texts.indices.filter { $0 % step != 0 }
            let classifier = train(trainIdx.map { data.texts[$0] }, trainIdx.map { data.labels[$0] })
            print("held-out evaluation (\(test.count) of \(data.texts.count) documents; model trained on the rest):")
            print(report(gold: test.map { data.labels[$0] }, predicted: test.map { predict(classifier, data.texts[$0]) }).table)
        }
        guard let output else { return }
        let start = ContinuousClock.now
        let classifier = train(data.texts, data.labels)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let out = try OutputFile.atomic(output)
        try out.write(classifier.serialized())
        try out.commit()
        Terminal.printError("\(output): trained in \(String(format: "%.2f", seconds)) s")
    }
}

