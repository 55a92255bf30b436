import ArchiveIO
import ArticleExtraction
import TopicsCore

/// A text file (any encoding): the whole file parsed as one document (labels, sections, numbered
/// points), or each line a document (`ArchiveSource.linesAsDocuments`).
public struct TextFileReader: DocumentReader {
    public let input: Input
    public let source: ArchiveSource
    public var name: String { input.description }

    public init(input: Input, source: ArchiveSource) { self.input = input; self.source = source }

    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        try Self.documents(try InputFiles.read(input, maxBytes: 64 << 20), name: name, source: source, body)
    }

    static func documents(_ bytes: [UInt8], name: String, source: ArchiveSource,
                          _ body: (Result<Document, TopicsError>) throws -> Void) throws {
        guard source.linesAsDocuments else {
            return try body(.success(try PageDocuments(kind: source.kind).text(bytes, name: name, id: name)))
        }
        let text = String(decoding: try PageDecoder.decode(bytes, input: name).utf8, as: UTF8.self)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            try body(.success(Document(id: "\(name):\(number + 1)", kind: source.kind ?? .suggestion, text: String(line))))
        }
    }
}

/// Standard input that may be JSON Lines or plain text: read whole, JSON Lines when it opens with
/// `{`, else text.
struct StandardInputReader: DocumentReader {
    let source: ArchiveSource
    var name: String { Input.standardInput.description }

    func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let bytes = try InputFiles.read(.standardInput, maxBytes: 1 << 30)
        guard bytes.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first == UInt8(ascii: "{") else {
            return try TextFileReader.documents(bytes, name: name, source: source, body)
        }
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if let result = Array(line).withUnsafeBufferPointer({ JSONLinesDocumentReader.document($0, at: "\(name):\(number)", kind: source.kind) }) {
                try body(result)
            }
        }
    }
}
