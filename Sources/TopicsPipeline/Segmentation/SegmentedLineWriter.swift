import ArchiveIO
import ChineseText
import TopicsCore

/// Segments one line at a time into reused buffers and writes the words as bytes: the fast path
/// never builds a `String` per word. Lines over `maxPieceBytes` are segmented piece by piece (cut
/// at sentence ends), so memory stays bounded; in JSON Lines each piece is its own record with the
/// same line number and offsets counted from the start of the line.
public struct SegmentedLineWriter {
    /// Words separated by spaces (the SIGHAN format), or a JSON record a line (piece).
    public enum Format: String, Sendable, CaseIterable { case text, jsonl }

    public static let maxPieceBytes = 1 << 20

    public let format: Format
    public let segmenter: WordSegmenter
    public let normalizer: TextNormalizer?
    public let sentencesOnly: Bool
    private var decoded = UTF8Scalars()
    private var workspace = WordSegmenter.Workspace()
    private var spans: [Range<Int>] = []
    private var bytes: [UInt8] = []
    private var lineNumber = 0
    /// Scalars of the current line in earlier pieces, and whether the line is under way.
    private var scalarBase = 0
    private var midLine = false

    public init(format: Format, segmenter: WordSegmenter, normalizer: TextNormalizer?, sentencesOnly: Bool = false) {
        self.format = format
        self.segmenter = segmenter
        self.normalizer = normalizer
        self.sentencesOnly = sentencesOnly
    }

    /// Segments `line` (a whole line, or a piece of one that `endsLine` says whether it ends) into `out`.
    public mutating func write(piece line: UnsafeBufferPointer<UInt8>, endsLine: Bool, to out: OutputFile) throws {
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
                // The words are the line's own bytes: copied span by span (a contiguous buffer
                // appends as one memcpy), a space between them.
                bytes.reserveCapacity(line.count + spans.count + 1)
                for (k, span) in spans.enumerated() {
                    if k > 0 || (midLine && !spans.isEmpty) { bytes.append(0x20) }
                    let from = Int(decoded.byteOffsets[span.lowerBound]), to = Int(decoded.byteOffsets[span.upperBound])
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[from..<to]))
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
