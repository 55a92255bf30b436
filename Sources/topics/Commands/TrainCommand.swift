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
    var labels: [String] = []

    init(options: ArchiveOptions, labelField: String, requireLabels: Bool) throws {
        try ArchiveReader(options: options).forEach { result in
            switch result {
            case .failure(let error): Terminal.report(error)
            case .success(let d):
                var label: String? = nil
                if case .string(let l)? = d.metadata[labelField] { label = l }
                if label == nil, labelField == "label" || labelField == "category" { label = d.category }
                if requireLabels && (label ?? "").isEmpty { return }
                let title = d.title ?? ""
                ids.append(d.id)
                texts.append(title == d.text ? title : title + "\n" + d.text)
                labels.append(label ?? "")
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

    @Option(help: "The record field or CSV column holding the label (default: label, then category / 类别).")
    var labelField = "label"

    @Option(name: .shortAndLong, help: "Where to write the model (replaced atomically).")
    var output: String?

    @Option(help: "Print a K-fold cross-validated report first.")
    var cv: Int?

    @Option(help: "Passes over the training documents.")
    var epochs = 12

    @Option(help: "svm (one-vs-rest linear SVMs, the default) or logistic (multinomial logistic regression).")
    var method: LinearClassifier.Method = .svm

    @Option(help: "Features: a comma list of words, pairs (word pairs), chars (character 1–3-grams).")
    var features = "words,chars"

    @Option(help: "Weight of the character n-grams beside the words (0–1).")
    var characterWeight: Float = 0.5

    @Option(help: "SVM cost C.")
    var cost: Float = 1

    @Flag(inversion: .prefixedNo, help: "Weight classes so rare ones count as much as common ones.")
    var balanced = true

    @Option(help: "SGD learning rate at the first pass (it decays as 1 / pass).")
    var learningRate: Float = 0.5

    @Option(help: "L2 regularisation strength.")
    var l2: Float = 1e-5

    @OptionGroup var segmenterOptions: SegmenterOptions

    func validate() throws {
        if output == nil && cv == nil { throw ValidationError("say where the model goes (-o FILE), or ask only for --cv K") }
        if let cv, cv < 2 { throw ValidationError("--cv needs at least 2 folds") }
    }

    func run() throws {
        let segmenter = try segmenterOptions.makeSegmenter()
        let stopWords = (ShippedData.path(ShippedData.stopWords)).flatMap { try? StopWords(contentsOf: $0) } ?? StopWords()
        let data = try LabelledArchive(options: archive, labelField: labelField, requireLabels: true)
        guard Set(data.labels).count >= 2 else {
            throw TopicsError(.noContent, input: archive.inputs.joined(separator: " "), "need documents with at least two different labels in \(labelField)")
        }
        var kinds: TextFeatures.Kinds = []
        for name in features.split(separator: ",") {
            switch name.trimmingCharacters(in: .whitespaces) {
            case "words": kinds.insert(.words)
            case "pairs": kinds.insert(.wordPairs)
            case "chars": kinds.insert(.characters)
            default: throw ValidationError("unknown feature kind \(name): use words, pairs, chars")
            }
        }
        var options = LinearClassifier.Options()
        options.epochs = epochs
        options.learningRate = learningRate
        options.method = method
        options.cost = cost
        options.balanceClasses = balanced
        options.l2 = l2
        Terminal.printError("\(data.texts.count) documents, \(Set(data.labels).count) labels")
        if let cv {
            let start = ContinuousClock.now
            let predicted = CrossValidation.predictions(texts: data.texts, labels: data.labels, folds: cv) { texts, labels in
                TopicClassifier.train(texts: texts, labels: labels, segmenter: segmenter, stopWords: stopWords, kinds: kinds,
                                      characterWeight: characterWeight, options: options)
            }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            print("\(cv)-fold cross-validation (\(String(format: "%.1f", seconds)) s for \(cv) trainings):")
            print(ClassificationReport(gold: data.labels, predicted: predicted).table)
        }
        guard let output else { return }
        let start = ContinuousClock.now
        let classifier = TopicClassifier.train(texts: data.texts, labels: data.labels, segmenter: segmenter, stopWords: stopWords,
                                               kinds: kinds, characterWeight: characterWeight, options: options)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let out = try OutputFile.atomic(output)
        try out.write(classifier.serialized())
        try out.commit()
        Terminal.printError("\(output): trained in \(String(format: "%.2f", seconds)) s")
    }
}

