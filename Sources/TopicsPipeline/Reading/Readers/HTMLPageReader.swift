import ArchiveIO
import TopicsCore

/// An HTML page: the article extracted (encoding, boilerplate, fields), then read as a document of
/// its kind (proposal, suggestion, report or article).
public struct HTMLPageReader: DocumentReader {
    public let input: Input
    public let kind: Document.Kind?
    public var name: String { input.description }

    public init(input: Input, kind: Document.Kind? = nil) { self.input = input; self.kind = kind }

    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let bytes = try InputFiles.read(input, maxBytes: 64 << 20)
        try body(.success(try PageDocuments(kind: kind).document(bytes, input: input, id: name)))
    }
}
