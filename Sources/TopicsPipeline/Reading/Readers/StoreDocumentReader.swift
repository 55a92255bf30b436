import TopicsCore

/// A topics store's documents as they were imported (a SQLite file without a table or query
/// named, or any store location `Stores` opens).
public struct StoreDocumentReader: DocumentReader {
    public let path: String
    public var name: String { path }

    public init(path: String) { self.path = path }

    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let store = try Stores.open(path, creating: false)
        try store.forEachDocument(kind: nil, search: nil) { try body(.success($0)) }
    }
}
