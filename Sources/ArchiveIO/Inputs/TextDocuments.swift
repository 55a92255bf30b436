import Foundation
import TopicsCore

/// A document to analyse: an id for the output, an optional title, the text.
public struct TextDocument: Sendable, Equatable {
    public var id: String
    public var title: String
    public var text: String
    public init(id: String, title: String = "", text: String) { self.id = id; self.title = title; self.text = text }
}

extension InputFiles {
    /// Documents in one input: each record of a JSON Lines file (`id`, `title`, `text` or
    /// `paragraphs`: what `topics extract` writes), else the whole text file, or each of its lines
    /// with `perLine`. A JSON line that cannot be read becomes an error; the others still come.
    public static func documents(in input: Input, perLine: Bool = false, maxBytes: Int = 1 << 30)
        throws(TopicsError) -> (documents: [TextDocument], errors: [TopicsError]) {
        let bytes = try read(input, maxBytes: maxBytes)
        let name = input.description
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TopicsError(.unknownEncoding, input: name, "text inputs must be UTF-8")
        }
        let looksLikeJSONLines = name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
            || text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{"
        if !looksLikeJSONLines {
            if !perLine { return ([TextDocument(id: name, text: text)], []) }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let documents = lines.enumerated().compactMap { number, line -> TextDocument? in
                line.allSatisfy(\.isWhitespace) ? nil : TextDocument(id: "\(name):\(number + 1)", text: String(line))
            }
            return (documents, [])
        }
        var documents: [TextDocument] = []
        var errors: [TopicsError] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let at = "\(name):\(number + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                errors.append(TopicsError(.unparsable, input: at, "not a JSON object")); continue
            }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
                ?? (object["path"] as? String) ?? at
            let title = object["title"] as? String ?? ""
            let body = object["text"] as? String ?? (object["paragraphs"] as? [String])?.joined(separator: "\n") ?? ""
            if title.isEmpty && body.isEmpty {
                errors.append(TopicsError(.noContent, input: at, "the record has no title or text")); continue
            }
            documents.append(TextDocument(id: id, title: title, text: body))
        }
        return (documents, errors)
    }
}
