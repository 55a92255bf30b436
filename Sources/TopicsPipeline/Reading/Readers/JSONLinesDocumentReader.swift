import ArchiveIO
import TopicsCore

/// JSON Lines: one record a line (what `topics extract --kind` and `topics export` write, or any
/// record with `text` or `title`), streamed; a line that is not a JSON object is an error record.
public struct JSONLinesDocumentReader: DocumentReader {
    public let input: Input
    public let kind: Document.Kind?
    public var name: String { input.description }

    /// The largest JSON line read as a record; a longer one is an error record (E105), skipped
    /// without being held in memory.
    public static let maxRecordBytes = 64 << 20

    public init(input: Input, kind: Document.Kind? = nil) { self.input = input; self.kind = kind }

    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        var number = 0
        var tooLong = false
        try InputFiles.forEachLinePiece(input, maxPieceBytes: Self.maxRecordBytes) { line, endsLine in
            guard endsLine, !tooLong else {
                tooLong = !endsLine
                if endsLine {
                    number += 1
                    try body(.failure(TopicsError(.tooLarge, input: "\(name):\(number)", "a record over \(Self.maxRecordBytes >> 20) MB")))
                }
                return
            }
            number += 1
            if let result = Self.document(line, at: "\(name):\(number)", kind: kind) { try body(result) }
        }
    }

    /// One line: the document, an error, or nil for a blank line.
    static func document(_ line: UnsafeBufferPointer<UInt8>, at: String, kind: Document.Kind?) -> Result<Document, TopicsError>? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        guard let record = JSONDecoding.record(line) else { return .failure(TopicsError(.unparsable, input: at, "not a JSON object")) }
        guard var document = Document(record: record, fallbackID: at) else {
            return .failure(TopicsError(.noContent, input: at, "the record has no title or text"))
        }
        if let kind { document.kind = kind }
        return .success(document.withNormalizedDates())
    }
}
