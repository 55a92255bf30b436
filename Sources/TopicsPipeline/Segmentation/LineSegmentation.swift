import ArchiveIO
import ChineseText
import TopicsCore

/// `topics segment` over text: every line of every input segmented into one output line (text)
/// or one JSON record a line piece (jsonl), in input order. Plain text without normalisation or
/// sentences can be segmented on `jobs` threads: whole lines gather into batches of about 2 MB
/// that `WordSegmenter.segmentedText` splits across threads; a line long enough to come in pieces
/// goes through the one-line writer after the batch before it, so the output is the same for
/// every `jobs`.
public struct LineSegmentation {
    public var format: SegmentedLineWriter.Format
    public let segmenter: WordSegmenter
    /// Normalise (and with `traditionalToSimplified`, convert) before segmenting.
    public var normalizer: TextNormalizer?
    /// Write one sentence a line instead of words.
    public var sentencesOnly: Bool
    public var jobs: Int

    public init(format: SegmentedLineWriter.Format, segmenter: WordSegmenter, normalizer: TextNormalizer? = nil,
                sentencesOnly: Bool = false, jobs: Int = 1) {
        self.format = format
        self.segmenter = segmenter
        self.normalizer = normalizer
        self.sentencesOnly = sentencesOnly
        self.jobs = max(1, jobs)
    }

    /// Segments `inputs` into `out`. An input that fails (unreadable, or its output not written)
    /// goes to `failed` and the next one is read.
    public func run(_ inputs: [Input], to out: OutputFile, failed: (TopicsError) throws -> Void) throws {
        var writer = SegmentedLineWriter(format: format, segmenter: segmenter, normalizer: normalizer, sentencesOnly: sentencesOnly)
        let batched = jobs > 1 && format == .text && normalizer == nil && !sentencesOnly
        var batch: [UInt8] = []
        var inLongLine = false
        func flush() throws {
            if batch.isEmpty { return }
            try out.write(batch.withUnsafeBufferPointer { segmenter.segmentedText(lines: $0, jobs: jobs) })
            batch.removeAll(keepingCapacity: true)
        }
        for input in inputs {
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
                try failed(error)
            }
        }
    }

    /// `topics segment` over text files: the inputs `arguments` name (none: standard input) into
    /// `path` (standard output when nil). Each failure (an input that cannot be expanded or read) is
    /// counted, told to `observer` and with `errors` logged as an error record; returns how many failed.
    public func run(_ arguments: [String], to path: String?, errors: String?, observer: (any RunObserver)? = nil) throws -> Int {
        let expanded = InputFiles.expand(arguments.isEmpty ? ["-"] : arguments, extensions: InputFiles.textExtensions)
        var failures = try FailureLog(path: errors, observer: observer)
        for error in expanded.errors { try failures.record(error) }
        let out = try OutputFile.named(path)
        try run(expanded.inputs, to: out) { try failures.record($0) }
        try out.commit()
        try failures.commit()
        return failures.count
    }
}
