import ArchiveIO
import ArticleExtraction
import DocumentStructure
import TopicsCore

/// A page or a text file → one document of its kind: the one dispatch `topics extract --kind`
/// and the archive readers share. HTML pages are extracted (encoding, boilerplate, fields) and
/// then read for their structure; text files are decoded (any encoding) and read the same way.
public struct PageDocuments: Sendable {
    public var extractor: ArticleExtractor
    public var parser: DocumentParser

    public init(kind: Document.Kind?, extractor: ArticleExtractor = ArticleExtractor()) {
        self.extractor = extractor
        parser = DocumentParser(kind: kind)
    }

    /// True for the endings read as text (`.txt` …); anything else is a page.
    public static func isTextFile(_ path: String) -> Bool {
        InputFiles.textExtensions.contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "")
    }

    /// `bytes` of `input` as a document with id `id`; `url` is the page's address when known.
    public func document(_ bytes: [UInt8], input: Input, id: String, url: String? = nil) throws(TopicsError) -> Document {
        let path: String? = if case .file(let p) = input { p } else { nil }
        if let path, Self.isTextFile(path) { return try text(bytes, name: path, id: id) }
        return parser.parse(article: try extractor.extract(bytes, path: path, url: url), id: id)
    }

    /// A text file's bytes as one document, with its path and encoding in the metadata. A text that
    /// looks like a page flattened by a scraper (site furniture, a dated 来源/作者 line near the top)
    /// is read as that page: furniture dropped, headline, date, source and author found.
    public func text(_ bytes: [UInt8], name: String, id: String) throws(TopicsError) -> Document {
        if let article = try extractor.extractIfFlattenedPage(bytes, path: name) {
            var document = parser.parse(article: article, id: id)
            if document.metadata["path"] == nil { document.metadata.append("path", .string(name)) }
            if document.metadata["encoding"] == nil { document.metadata.append("encoding", .string(article.encoding)) }
            return document
        }
        let decoded = try PageDecoder.decode(bytes, input: name)
        var document = parser.parse(text: String(decoding: decoded.utf8, as: UTF8.self), id: id)
        document.metadata.append("path", .string(name))
        document.metadata.append("encoding", .string(decoded.encoding))
        return document
    }
}
