import ArchiveIO
import ArgumentParser
import ChineseText
import TopicsCore
import TopicsPipeline
#if canImport(Glibc)
import Glibc
#endif

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
            --format text writes each input line as its words separated by one space (the SIGHAN \
            format); --format jsonl writes {"line", "tokens", "offsets"} per line, offsets being \
            [start, end) code point positions in the original line. With --records the input is JSON \
            Lines records instead: each is written back, every field kept, with tokens (the words of \
            its title and text) added, in input order.

            Examples:
              topics segment report.txt
              echo 政协委员围绕脱贫攻坚建言献策 | topics segment --dict mywords.dict
              cat messages.jsonl | topics segment --records > segmented.jsonl
              topics segment train segmented.txt -o my.model
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "Text files (UTF-8), or - for standard input (the default).")
    var inputs: [String] = []

    @OptionGroup var segmenterOptions: SegmenterOptions

    @Option(help: "text (words separated by spaces) or jsonl (tokens with offsets).")
    var format: Format = .text

    @Flag(help: "Write normalised words (NFKC, full-width letters and digits to half width, spaces cleaned).")
    var normalize = false

    @Flag(help: "Convert Traditional to Simplified Chinese before segmenting (implies --normalize).")
    var t2s = false

    @Flag(help: "Split each line into sentences (after 。！？；… ) and write one sentence a line instead of words.")
    var sentences = false

    @Flag(help: "Stream JSON Lines records instead of text lines: each is written back, every field kept, with tokens (the words of its title and text) added; uses every core.")
    var records = false

    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically at the end) instead of standard output.")
    var output: String?

    @Option(help: "Threads for --format text without --normalize, --t2s or --sentences: lines are segmented in batches, output in input order.")
    var jobs = 1

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if records && sentences { throw ValidationError("--records adds the words of each record: it cannot split --sentences") }
    }

    func run() throws {
        let segmenter = try segmenterOptions.makeSegmenter()
        if records { return try segmentRecords(segmenter) }
        let expanded = InputFiles.expand(inputs.isEmpty ? ["-"] : inputs, extensions: InputFiles.textExtensions)
        for error in expanded.errors { Terminal.report(error) }
        let out = try output.map { try OutputFile.atomic($0) } ?? OutputFile.standardOutput()
        let normalizer: TextNormalizer? = (normalize || t2s) ? TextNormalizer(traditionalToSimplified: t2s, keepLineBreaks: false) : nil
        var writer = SegmentedLineWriter(format: format, segmenter: segmenter, normalizer: normalizer, sentencesOnly: sentences)
        var failed = expanded.errors.count
        // --jobs: whole lines gather into batches that `segmentedText` splits across threads; a line
        // long enough to come in pieces goes through `writer` after the batch before it.
        let batched = jobs > 1 && format == .text && normalizer == nil && !sentences
        var batch: [UInt8] = []
        var inLongLine = false
        func flush() throws {
            if batch.isEmpty { return }
            try out.write(batch.withUnsafeBufferPointer { segmenter.segmentedText(lines: $0, jobs: jobs) })
            batch.removeAll(keepingCapacity: true)
        }
        for input in expanded.inputs {
            do {
                try InputFiles.forEachLinePiece(input, maxPieceBytes: SegmentedLineWriter.maxPieceBytes) { piece, endsLine in
                    if batched && endsLine && !inLongLine {
                        batch.append(contentsOf: piece)
                        batch.append(0x0A)
                        if batch.count >= 1 << 21 { try flush() }
                        return
                    }
                    try flush()
                    inLongLine = !endsLine
                    try writer.write(piece: piece, endsLine: endsLine, to: out)
                }
                try flush()
            } catch let error as TopicsError {
                Terminal.report(error); failed += 1
            }
        }
        try out.commit()
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}

extension SegmentText {
    /// `--records`: JSON Lines records in, the same records with `tokens` out, streaming.
    func segmentRecords(_ segmenter: WordSegmenter) throws {
        let normalizer: TextNormalizer? = (normalize || t2s) ? TextNormalizer(traditionalToSimplified: t2s, keepLineBreaks: false) : nil
        let expanded = InputFiles.expand(inputs.isEmpty ? ["-"] : inputs, extensions: ["jsonl", "ndjson"])
        let sink = try RecordFormat.jsonl.sink(output)
        var failed = 0
        func fail(_ error: TopicsError) { Terminal.report(error); failed += 1 }
        for error in expanded.errors { fail(error) }
        do {
            try RecordStream(runner: BatchRunner(jobs: jobs > 1 ? jobs : BatchRunner.defaultJobs)).run(expanded.inputs, work: {
                (record: Record) throws(TopicsError) -> Record in
                let text = Document(record: record, fallbackID: "")?.fullText ?? ""
                let words = segmenter.words(normalizer.map { String(scalars: $0.normalize(text).scalars) } ?? text)
                return record.adding([.init("tokens", .strings(words))])
            }, deliver: { try sink.write($0) }, failed: fail)
            try sink.commit()
        } catch let error as TopicsError {
            sink.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}

/// Segments one line at a time into reused buffers and writes the words as bytes: the fast path
/// never builds a `String` per word. Lines over `maxPieceBytes` are segmented piece by piece (cut
/// at sentence ends), so memory stays bounded; in JSON Lines each piece is its own record with the
/// same line number and offsets counted from the start of the line.
struct SegmentedLineWriter {
    static let maxPieceBytes = 1 << 20

    let format: SegmentText.Format
    let segmenter: WordSegmenter
    let normalizer: TextNormalizer?
    let sentencesOnly: Bool
    private var decoded = UTF8Scalars()
    private var workspace = WordSegmenter.Workspace()
    private var spans: [Range<Int>] = []
    private var bytes: [UInt8] = []
    private var lineNumber = 0
    /// Scalars of the current line in earlier pieces, and whether the line is under way.
    private var scalarBase = 0
    private var midLine = false

    init(format: SegmentText.Format, segmenter: WordSegmenter, normalizer: TextNormalizer?, sentencesOnly: Bool = false) {
        self.format = format
        self.segmenter = segmenter
        self.normalizer = normalizer
        self.sentencesOnly = sentencesOnly
    }

    mutating func write(piece line: UnsafeBufferPointer<UInt8>, endsLine: Bool, to out: OutputFile) throws {
        if !midLine {
            lineNumber += 1
            scalarBase = 0
        }
        decoded.decode(line)
        spans.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        let base = scalarBase
        func shifted(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + base)..<(r.upperBound + base) }
        if sentencesOnly {
            let scalars = normalizer?.normalize(scalars: decoded.scalars)
            let text = scalars?.scalars ?? decoded.scalars
            let spans = SentenceSplitter.sentences(in: text)
            appendLines(spans.map { String(scalars: text[$0]) }, offsets: spans.map { shifted(scalars?.originalRange($0) ?? $0) })
        } else if let normalizer {
            let normalized = normalizer.normalize(scalars: decoded.scalars)
            normalized.scalars.withUnsafeBufferPointer { segmenter.wordSpans($0, into: &spans, workspace: &workspace) }
            let words = spans.map { String(scalars: normalized.scalars[$0]) }
            let offsets = spans.map { shifted(normalized.originalRange($0)) }
            appendLine(words: words, offsets: offsets, endsLine: endsLine)
        } else {
            decoded.scalars.withUnsafeBufferPointer { segmenter.wordSpans($0, into: &spans, workspace: &workspace) }
            if format == .text {
                for (k, span) in spans.enumerated() {
                    if k > 0 || (midLine && !spans.isEmpty) { bytes.append(0x20) }
                    let from = Int(decoded.byteOffsets[span.lowerBound]), to = Int(decoded.byteOffsets[span.upperBound])
                    bytes.append(contentsOf: line[from..<to])
                }
                if endsLine { bytes.append(0x0A) }
            } else {
                appendLine(words: spans.map { String(scalars: decoded.scalars[$0]) }, offsets: spans.map(shifted), endsLine: endsLine)
            }
        }
        scalarBase += decoded.scalars.count
        midLine = !endsLine
        try out.write(bytes)
    }

    /// Sentences: one a line (text), or one record a line with `sentence`, `start`, `end` (jsonl).
    private mutating func appendLines(_ sentences: [String], offsets: [Range<Int>]) {
        for (sentence, range) in zip(sentences, offsets) {
            switch format {
            case .text: bytes += Array(sentence.utf8)
            case .jsonl:
                JSONEncoding.append(Record([.init("line", .int(lineNumber)), .init("sentence", .string(sentence)),
                                            .init("start", .int(range.lowerBound)), .init("end", .int(range.upperBound))]), to: &bytes)
            }
            bytes.append(0x0A)
        }
    }

    private mutating func appendLine(words: [String], offsets: [Range<Int>], endsLine: Bool) {
        switch format {
        case .text:
            if midLine && !words.isEmpty { bytes.append(0x20) }
            bytes += Array(words.joined(separator: " ").utf8)
            if !endsLine { return }
        case .jsonl:
            var record = Record()
            record.append("line", .int(lineNumber))
            record.append("tokens", .strings(words))
            record.append("offsets", .records(offsets.map {
                Record([.init("start", .int($0.lowerBound)), .init("end", .int($0.upperBound))])
            }))
            JSONEncoding.append(record, to: &bytes)
        }
        bytes.append(0x0A)
    }
}

struct SegmentTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a segmentation model from segmented text (words separated by spaces, one sentence a line).",
        discussion: """
            Any corpus in the SIGHAN format works: your own archive segmented by hand, or by other \
            segmenters. The result loads with --segmentation-model. See corpora/tools/build_segmenter.py for \
            how the shipped model was made.
            """)

    @Argument(help: "Segmented text files (UTF-8).")
    var corpora: [String]

    @Option(name: .shortAndLong, help: "Where to write the model (replaced atomically).")
    var output: String

    @Option(help: "Passes over the training text.")
    var epochs = 8

    @Option(help: "Drop features whose averaged weights all stay below this (smaller, faster model).")
    var prune: Float = 0.05

    @Flag(inversion: .prefixedNo, help: "Character-triple features (a little more accurate; larger, slower model).")
    var triples = false

    @Option(help: "Word lists (jieba format) whose words the model learns to trust as lexicon features; stored in the model. Repeatable.")
    var lexicon: [String] = []

    func validate() throws {
        if corpora.isEmpty { throw ValidationError("name at least one segmented text file") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        var trainer = SegmentationTrainer()
        for path in corpora {
            let bytes = try InputFiles.read(path == "-" ? .standardInput : .file(path), maxBytes: Int.max)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TopicsError(.unknownEncoding, input: path, "training text must be UTF-8")
            }
            trainer.add(segmentedText: text)
        }
        for path in lexicon {
            do { try trainer.lexicon.load(contentsOf: path) } catch { throw TopicsError(.badArgument, input: path, "\(error)") }
        }
        guard trainer.sentenceCount > 0 else { throw TopicsError(.empty, input: corpora.joined(separator: " "), "no segmented sentences found") }
        Terminal.printError("training on \(trainer.sentenceCount) sentences, \(trainer.characterCount) characters")
        var options = SegmentationTrainer.Options()
        options.epochs = epochs
        options.pruneBelow = prune
        options.triples = triples
        let model = trainer.train(options) { epoch, accuracy in
            Terminal.printError("epoch \(epoch): \(String(format: "%.4f", accuracy)) of tags right while training")
        }
        let out = try OutputFile.atomic(output)
        try out.write(model.serialized())
        try out.commit()
        Terminal.printError("wrote \(output): \(model.featureCount) weight vectors")
    }
}
