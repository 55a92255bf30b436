import ArchiveIO
import TopicsCore

/// CSV (UTF-8 or GBK, with or without a byte-order mark): a row a document, columns mapped by
/// `ArchiveSource.columns` and guessed from their names.
public struct CSVDocumentReader: DocumentReader {
    public let input: Input
    public let source: ArchiveSource
    public var name: String { input.description }

    public init(input: Input, source: ArchiveSource) { self.input = input; self.source = source }

    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        var reader = try CSVReader(bytes: try InputFiles.read(input, maxBytes: 1 << 31), input: name)
        let mapping = try source.columns.resolved(header: reader.header, input: name)
        while let cells = reader.nextRow() {
            let at = "\(name):\(reader.row)"
            var byName: [String: String] = [:]
            for (k, column) in reader.header.enumerated() where k < cells.count { byName[column] = cells[k] }
            if let document = mapping.document(byName, fallbackID: at, kind: source.kind ?? .suggestion) {
                try body(.success(document.withNormalizedDates()))
            } else {
                try body(.failure(TopicsError(.noContent, input: at, "the row has no title or text")))
            }
        }
    }
}
