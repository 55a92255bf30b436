import ArgumentParser
import Foundation
import TopicModels
import TopicsPipeline

/// `topics train`: a topic classifier from a labelled archive.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a topic classifier from labelled documents (JSON Lines or CSV with a label column).",
        discussion: """
            Features: words and character 1–3-grams (word pairs on request), tf-idf weighted, each block scaled to its share; model: \
            one-vs-rest linear SVMs (dual coordinate descent) with balanced class weights, or logistic regression. --cv K prints a K-fold \
            cross-validated report (accuracy, macro-F1, per label) before training on everything.

            Examples:
              topics train messages.jsonl --label-field label -o messages.model --cv 5
              topics tag --model messages.model new.jsonl
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "The record field or CSV column holding the label: label, then the category / 类别 when there is no label.") var labelField = "label"
    @Option(name: .shortAndLong, help: "Where to write the model (replaced atomically).") var output: String?
    @Option(help: "Print a K-fold cross-validated report first.") var cv: Int?
    @Option(help: "Share of the documents held out to print an evaluation before the final model is trained on all (0 to skip).") var holdout = 0.2
    @Flag(help: "Documents may have several labels (an array in JSON, or | ; 、 separated in a cell); one SVM per label.") var multiLabel = false
    @Option(help: "Passes over the training documents (svm: dual coordinate descent runs 4 sweeps a pass; logistic: SGD epochs).") var epochs = 12
    @Option(help: "svm (one-vs-rest linear SVMs, the default) or logistic (multinomial logistic regression).") var method: LinearClassifier.Method = .svm
    @Option(help: "Features: a comma list of words, pairs (word pairs), chars (character 1–3-grams).") var features: TextFeatures.Kinds = [.words, .characters]
    @Option(help: "Weight of the character n-grams beside the words (0–1).") var characterWeight: Float = 0.5
    @Option(help: "svm only: the cost C (larger fits the training data more closely).") var cost: Float = 1
    @Flag(inversion: .prefixedNo, help: "Weight classes so rare ones count as much as common ones.") var balanced = true
    @Option(help: "logistic only: the SGD learning rate at the first pass (it decays as 1 / pass).") var learningRate: Float = 0.5
    @Option(help: "logistic only: the L2 regularisation strength.") var l2: Float = 1e-5
    @OptionGroup var segmenterOptions: SegmenterOptions

    func validate() throws {
        if output == nil && cv == nil && holdout == 0 { throw ValidationError("say where the model goes (-o FILE), or ask for an evaluation (--cv K, --holdout)") }
        if let cv, cv < 2 { throw ValidationError("--cv needs at least 2 folds") }
        guard holdout >= 0 && holdout < 1 else { throw ValidationError("--holdout must be in [0, 1)") }
    }

    func run() throws {
        let data = try LabelledArchive(archive.archive, labelField: labelField, splitLabels: multiLabel) { Terminal.report($0) }
        let distinct = try data.distinctLabels(input: archive.inputs.joined(separator: " "), field: labelField)
        let options = LinearClassifier.Options(method: method, epochs: epochs, cost: cost, learningRate: learningRate, l2: l2, balanceClasses: balanced)
        let training = ClassifierTraining(segmenter: try segmenterOptions.makeSegmenter(), stopWords: SegmenterConfiguration.shippedStopWords,
                                          kinds: features, characterWeight: characterWeight, options: options,
                                          multiLabel: multiLabel || data.isMultiLabel)
        Terminal.printError("\(data.texts.count) documents, \(distinct.count) labels\(training.multiLabel ? " (multi-label)" : "")")
        if let evaluation = training.evaluation(data, folds: cv, holdout: holdout) { print(evaluation) }
        guard let output else { return }
        let (classifier, seconds) = training.train(data)
        try OutputFile.replace(output, with: classifier.serialized())
        Terminal.printError("\(output): trained in \(String(format: "%.2f", seconds)) s")
    }
}
