import ArchiveIO
import TopicModels
import TopicsCore

/// `topics dedupe --signatures`: each JSON Lines record with what near-duplicate detection knows
/// of it, so the grouping can run elsewhere (a Spark shuffle: group by band key, pair, verify,
/// join). Every input field is kept and three are added:
/// - `minhash`: the document's MinHash signature (`NearDuplicates.hashes` values, 16 hex digits each);
/// - `bands`: its LSH band keys (`b00:…`, `b01:…`) and its exact-text key (`x:…`), as
///   `NearDuplicates.keyStrings`: documents sharing a key are candidates;
/// - `text_length`: the characters of its title and text, which the canonical member of a group
///   is chosen by (the longest; ties: the first).
///
/// A record is read as `topics dedupe` reads it (the same text, the same normalisation, the same
/// seeds), so the groups match. Each line is independent of the others.
public struct DuplicateSignatures: Sendable {
    public let duplicates: NearDuplicates

    public init(threshold: Double) { duplicates = NearDuplicates(threshold: threshold) }

    /// What one line becomes: the record to write (nil when the line is not a JSON object) and
    /// the problem to report (a record without title or text is still written, with a null
    /// `minhash` and no `bands`, so the output keeps one line per input).
    public struct Line: Sendable {
        public var record: Record?
        public var problem: TopicsError?
    }

    /// The fields this stage adds (an input's own fields of these names are replaced).
    public static let addedFields: Set<String> = ["minhash", "bands", "text_length"]

    /// One JSON Lines line (`at` names it in errors and is the id of a record without one); nil for a blank line.
    public func line(_ bytes: [UInt8], at: String) -> Line? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        guard let input = JSONDecoding.record(bytes) else {
            return Line(record: nil, problem: TopicsError(.unparsable, input: at, "not a JSON object"))
        }
        var record = Record(input.fields.filter { !Self.addedFields.contains($0.name) })
        guard let document = Document(record: input, fallbackID: at) else {
            record.append("minhash", .null)
            record.append("bands", .strings([]))
            record.append("text_length", .int(0))
            return Line(record: record, problem: TopicsError(.noContent, input: at, "the record has no title or text"))
        }
        let text = document.fullText
        if let sketch = duplicates.sketch(text) {
            record.append("minhash", .strings(sketch.minhash.map(NearDuplicates.hex)))
            record.append("bands", .strings(NearDuplicates.keyStrings(sketch)))
        } else {
            record.append("minhash", .null)
            record.append("bands", .strings([]))
        }
        record.append("text_length", .int(text.count))
        return Line(record: record, problem: nil)
    }

    /// Every line of `inputs` in order, `batch` lines at a time through `runner`; `deliver` gets
    /// each line's result in input order. Unreadable inputs come as problems in their place.
    public func forEachLine(of inputs: [Input], batch: Int = 1024, runner: BatchRunner,
                            deliver: (Line) throws -> Void) throws {
        var pending: [(bytes: [UInt8], at: String)] = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            let stage = self
            for result in runner.map(pending, { stage.line($0.bytes, at: $0.at) }) {
                if let result { try deliver(result) }
            }
            pending.removeAll(keepingCapacity: true)
        }
        for input in inputs {
            var number = 0
            var tooLong = false
            do {
                try InputFiles.forEachLinePiece(input, maxPieceBytes: JSONLinesDocumentReader.maxRecordBytes) { piece, endsLine in
                    guard endsLine, !tooLong else {
                        tooLong = !endsLine
                        if endsLine {
                            number += 1
                            try flush()
                            try deliver(Line(record: nil, problem: TopicsError(.tooLarge, input: "\(input.description):\(number)",
                                                                               "a record over \(JSONLinesDocumentReader.maxRecordBytes >> 20) MB")))
                        }
                        return
                    }
                    number += 1
                    pending.append((Array(piece), "\(input.description):\(number)"))
                    if pending.count >= batch { try flush() }
                }
                try flush()
            } catch let error as TopicsError where error.code != .writeFailed {
                try flush()
                try deliver(Line(record: nil, problem: error))
            }
        }
    }
}
