import ArchiveIO
import ArchiveStore
import TopicsCore

/// Rows of any SQLite database, a table or a query, mapped to documents like CSV rows.
public struct SQLiteTableReader: DocumentReader {
    public let path: String
    public let source: ArchiveSource
    public var name: String { path }

    public init(path: String, source: ArchiveSource) { self.path = path; self.source = source }

    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        var mapping: ColumnMapping? = nil
        try SQLiteRows.forEach(path: path, table: source.table, query: source.query) { header, cells, row in
            if mapping == nil { mapping = try source.columns.resolved(header: header, input: path) }
            let at = "\(path):\(row)"
            if let document = mapping!.document(cells, fallbackID: at, kind: source.kind ?? .suggestion) {
                try body(.success(document.withNormalizedDates()))
            } else {
                try body(.failure(TopicsError(.noContent, input: at, "the row has no title or text")))
            }
        }
    }
}
