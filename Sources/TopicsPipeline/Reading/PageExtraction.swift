import ArchiveIO
import ArticleExtraction
import TopicsCore

/// `topics extract` on one page: the article's record, or with `documents` (`--kind`) the
/// document's. Pages come as inputs (files, standard input) or inside JSON Lines records (`html`,
/// with the address in `url`); errors name the input, or the record by its id or address.
public struct PageExtraction: Sendable {
    public var documents: PageDocuments?
    /// The page's address when the page does not say (`--base-url`).
    public var baseURL: String?
    /// Pages larger than this are refused (`tooLarge`).
    public var maxBytes: Int
    public let extractor: ArticleExtractor

    /// Articles, or documents of `kind` (nil: detected) when `readsDocuments`.
    public init(readsDocuments: Bool, kind: Document.Kind? = nil, baseURL: String? = nil, maxBytes: Int = 64 << 20) {
        var options = ArticleExtractor.Options()
        options.maxBytes = maxBytes
        extractor = ArticleExtractor(options: options)
        documents = readsDocuments ? PageDocuments(kind: kind, extractor: extractor) : nil
        self.baseURL = baseURL
        self.maxBytes = maxBytes
    }

    /// The record of the page (or `.txt` file, read as a document) `input` holds.
    public func record(of input: Input) throws(TopicsError) -> Record {
        let bytes = try InputFiles.read(input, maxBytes: maxBytes)
        let path: String? = if case .file(let p) = input { p } else { nil }
        do throws(TopicsError) {
            guard let documents else { return try extractor.extract(bytes, path: path, url: baseURL).record }
            return try documents.document(bytes, input: input, id: path ?? baseURL ?? input.description, url: baseURL).record
        } catch {
            throw named(error, input.description)
        }
    }

    /// `--records`: `record` with its page (`html`) replaced by the extracted fields, every other
    /// field kept.
    public func extracted(_ record: Record) throws(TopicsError) -> Record {
        let id: String? = switch record["id"] { case .string(let s)?: s; case .int(let n)?: String(n); default: nil }
        let url: String? = if case .string(let u)? = record["url"] { u } else { baseURL }
        guard case .string(let html)? = record["html"] else {
            throw TopicsError(.noContent, input: id ?? url, "the record has no html field (the page to extract)")
        }
        let bytes = Array(html.utf8)
        guard bytes.count <= maxBytes else { throw TopicsError(.tooLarge, input: id ?? url, "the page has \(bytes.count) bytes, over --max-bytes \(maxBytes)") }
        do throws(TopicsError) {
            let extracted = if let documents {
                try documents.document(bytes, input: .standardInput, id: id ?? url ?? "-", url: url).record
            } else {
                try extractor.extract(bytes, path: nil, url: url).record
            }
            return Record(record.fields.filter { $0.name != "html" }).adding(extracted.fields)
        } catch {
            throw named(error, id ?? url)
        }
    }

    /// `topics extract --explain`: for each page or text file `arguments` name, a line "== input"
    /// and how the page was read (`ArticleExtractor.explain`), given to `write`; a page that cannot
    /// be read or parsed goes to `failed` instead of its explanation.
    public func explain(_ arguments: [String], write: (String) -> Void, failed: (TopicsError) -> Void) {
        for input in InputFiles.expand(arguments, extensions: InputFiles.htmlExtensions.union(InputFiles.textExtensions)).inputs {
            write("== \(input)")
            do { write(try extractor.explain(InputFiles.read(input, maxBytes: maxBytes), path: input.description)) }
            catch { failed(error) }
        }
    }

    private func named(_ error: TopicsError, _ input: String?) -> TopicsError {
        var named = error
        named.input = named.input ?? input
        return named
    }
}
