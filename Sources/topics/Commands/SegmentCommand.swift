import ArgumentParser
import ChineseText
import TopicsPipeline

/// `topics segment`: text in, words out (one line in → one line out); `topics segment train`.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split Chinese text into words.",
        subcommands: [SegmentText.self, SegmentTrain.self],
        defaultSubcommand: SegmentText.self)
}

struct SegmentText: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Segment text files (or standard input) line by line.",
        discussion: """
            --format text writes each input line as its words separated by one space (the SIGHAN format); --format jsonl writes {"line", \
            "tokens", "offsets"} per line, offsets being [start, end) code point positions in the original line. With --records the input \
            is JSON Lines records instead: each is written back, every field kept, with tokens (the words of its title and text) added, in \
            input order. Text lines are segmented on one thread unless --jobs N is given; records on every core.

            Examples:
              topics segment report.txt
              echo 政协委员围绕脱贫攻坚建言献策 | topics segment --dict mywords.dict
              cat messages.jsonl | topics segment --records > segmented.jsonl
              topics segment train segmented.txt -o my.model
            """)

    @Argument(help: "Text files (UTF-8), or - for standard input (the default).") var inputs: [String] = []
    @OptionGroup var segmenterOptions: SegmenterOptions
    @Flag(help: "Write normalised words (NFKC, full-width letters and digits to half width, spaces cleaned).") var normalize = false
    @Flag(help: "Convert Traditional to Simplified Chinese before segmenting (implies --normalize).") var t2s = false
    @Flag(help: "Split each line into sentences (after 。！？；… ) and write one sentence a line instead of words.") var sentences = false
    @Flag(help: "Stream JSON Lines records instead of text lines: each is written back, every field kept, with tokens (the words of its title and text) added; uses every core.") var records = false
    @OptionGroup(title: "Output (text: words separated by spaces; jsonl: tokens with offsets)") var output: OutputOptions
    @OptionGroup var errors: ErrorLogOptions
    @OptionGroup var runOptions: RunOptions

    /// The text lines' format: --format, else text.
    var format: SegmentedLineWriter.Format { output.chosenFormat == .jsonl ? .jsonl : .text }

    func validate() throws {
        if records {
            if sentences { throw ValidationError("--records adds the words of each record: it cannot split --sentences") }
            return try output.checkStream(inputs: inputs)
        }
        try output.check(allowed: [.text, .jsonl])
    }

    func run() throws {
        let segmenter = try segmenterOptions.makeSegmenter()
        let normalizer: TextNormalizer? = (normalize || t2s) ? TextNormalizer(traditionalToSimplified: t2s, keepLineBreaks: false) : nil
        if records {
            return try RecordPipeline(label: "segment", output: output, errors: errors, run: runOptions).stream(inputArguments: inputs) {
                (record: Record) throws(TopicsError) -> Record in segmenter.tokenized(record, normalizer: normalizer)
            }
        }
        try Terminal.finish(nil, failed: try LineSegmentation(format: format, segmenter: segmenter, normalizer: normalizer, sentencesOnly: sentences,
                                                              jobs: runOptions.jobsOption ?? 1)
            .run(inputs, to: output.output, errors: errors.errors, observer: TerminalObserver(label: "segment", quiet: true, report: Terminal.report)))
    }
}

struct SegmentTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a segmentation model from segmented text (words separated by spaces, one sentence a line).",
        discussion: """
            Any corpus in the SIGHAN format works: your own archive segmented by hand, or by other segmenters. The result loads \
            with --segmentation-model. See corpora/tools/build_segmenter.py for how the shipped model was made.
            """)

    @Argument(help: "Segmented text files (UTF-8).") var corpora: [String]
    @Option(name: .shortAndLong, help: "Where to write the model (replaced atomically).") var output: String
    @Option(help: "Passes over the training text.") var epochs = 8
    @Option(help: "Drop features whose averaged weights all stay below this (smaller, faster model).") var prune: Float = 0.05
    @Flag(inversion: .prefixedNo, help: "Character-triple features (a little more accurate; larger, slower model).") var triples = false
    @Option(help: "Word lists (jieba format) whose words the model learns to trust as lexicon features; stored in the model. Repeatable.") var lexicon: [String] = []

    func validate() throws {
        if corpora.isEmpty { throw ValidationError("name at least one segmented text file") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        let trainer = try SegmentationTrainer.loading(corpora: corpora, lexicon: lexicon)
        Terminal.printError("training on \(trainer.sentenceCount) sentences, \(trainer.characterCount) characters")
        let model = trainer.train(.init(epochs: epochs, pruneBelow: prune, triples: triples)) { epoch, accuracy in
            Terminal.printError("epoch \(epoch): \(String(format: "%.4f", accuracy)) of tags right while training")
        }
        try OutputFile.replace(output, with: model.serialized())
        Terminal.printError("wrote \(output): \(model.featureCount) weight vectors")
    }
}
