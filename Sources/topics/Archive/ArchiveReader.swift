import ArchiveIO
import ArchiveStore
import ArgumentParser
import ArticleExtraction
import DocumentStructure
import TopicsCore

/// How to read archives: the options of every command that takes documents from files.
struct ArchiveOptions: ParsableArguments {
    @Argument(help: "HTML pages, text files, JSON Lines, CSV or SQLite files, folders of them, or - (JSON Lines on standard input).")
    var inputs: [String] = []

    @Option(help: "Read documents as this kind: auto (detect), article, proposal, suggestion or report.")
    var kind: KindOption = .auto

    @Option(help: "CSV/SQLite column with the text (default: guessed from names like 内容, 留言详情, text).")
    var textColumn: String?

    @Option(help: "CSV/SQLite column with the title (default: guessed: 标题, 留言主题, title …).")
    var titleColumn: String?

    @Option(help: "CSV/SQLite column with the id (default: guessed: 编号, id …; else file:row).")
    var idColumn: String?

    @Option(help: "SQLite input: the table to read.")
    var table: String?

    @Option(help: "SQLite input: an SQL query whose rows are the documents.")
    var query: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input: a file, a folder, a glob, or - for standard input") }
    }

    static let extensions = InputFiles.htmlExtensions.union(InputFiles.textExtensions)
        .union(["jsonl", "ndjson", "csv", "db", "sqlite", "sqlite3"])

    var settings: ArchiveSettings {
        ArchiveSettings(inputs: inputs, kind: kind.kind, textColumn: textColumn, titleColumn: titleColumn,
                        idColumn: idColumn, table: table, query: query)
    }
}

/// What `ArchiveReader` reads: the inputs and how to read tables.
struct ArchiveSettings {
    var inputs: [String]
    var kind: Document.Kind? = nil
    var textColumn: String? = nil
    var titleColumn: String? = nil
    var idColumn: String? = nil
    var table: String? = nil
    var query: String? = nil
    /// Each line of a text file is a document of its own (`--lines`).
    var linesAsDocuments = false
    /// Standard input may be plain text as well as JSON Lines: it is read whole and looked at.
    /// Without it, standard input is streamed as JSON Lines.
    var textOnStandardInput = false
}

/// Reads any archive the options name, one document at a time (streaming where the format allows:
/// JSON Lines and SQLite), and hands over each document or the error that replaced it.
struct ArchiveReader {
    let options: ArchiveSettings
    private let extractor = ArticleExtractor()
    private var parser: DocumentParser { DocumentParser(kind: options.kind) }

    init(options: ArchiveOptions) { self.options = options.settings }
    init(settings: ArchiveSettings) { self.options = settings }

    func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let expanded = InputFiles.expand(options.inputs, extensions: ArchiveOptions.extensions)
        for error in expanded.errors { try body(.failure(error)) }
        for input in expanded.inputs {
            do {
                try read(input, body)
            } catch let error as TopicsError {
                try body(.failure(error))
            }
        }
    }

    private func format(of input: Input) -> String {
        guard case .file(let path) = input else { return "jsonl" }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ["jsonl", "ndjson"].contains(ext) { return "jsonl" }
        if ["db", "sqlite", "sqlite3"].contains(ext) { return "sqlite" }
        if ext == "csv" { return "csv" }
        if InputFiles.textExtensions.contains(ext) { return "text" }
        return "html"
    }

    /// The largest JSON line read as a record; a longer one is an error record (E105).
    static let maxRecordBytes = 64 << 20

    /// One line of JSON Lines: the document, an error, or nil for a blank line.
    private func jsonLine(_ line: UnsafeBufferPointer<UInt8>, at: String) -> Result<Document, TopicsError>? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        guard let record = JSONDecoding.record(line) else { return .failure(TopicsError(.unparsable, input: at, "not a JSON object")) }
        guard var document = Document(record: record, fallbackID: at) else {
            return .failure(TopicsError(.noContent, input: at, "the record has no title or text"))
        }
        if let kind = options.kind { document.kind = kind }
        return .success(normalizedDate(document))
    }

    /// A text file's documents: the whole file parsed (labels, sections), or one per line.
    private func textDocuments(_ bytes: [UInt8], name: String, _ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let decoded = try PageDecoder.decode(bytes, input: name)
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        guard options.linesAsDocuments else {
            var document = parser.parse(text: text, id: name)
            document.metadata.append("path", .string(name))
            return try body(.success(document))
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            try body(.success(Document(id: "\(name):\(number + 1)", kind: options.kind ?? .suggestion, text: String(line))))
        }
    }

    private func read(_ input: Input, _ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let name = input.description
        if case .standardInput = input, options.textOnStandardInput {
            // Read whole and looked at: JSON Lines when it opens with `{`, else text.
            let bytes = try InputFiles.read(input, maxBytes: 1 << 30)
            guard bytes.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first == UInt8(ascii: "{") else {
                return try textDocuments(bytes, name: name, body)
            }
            var number = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                number += 1
                if let result = Array(line).withUnsafeBufferPointer({ jsonLine($0, at: "\(name):\(number)") }) { try body(result) }
            }
            return
        }
        switch format(of: input) {
        case "jsonl":
            var number = 0
            var tooLong = false
            // A line over the limit arrives in pieces: skipped as a whole, without holding it.
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
                if let result = jsonLine(line, at: "\(name):\(number)") { try body(result) }
            }
        case "csv":
            var reader = try CSVReader(bytes: try InputFiles.read(input, maxBytes: 1 << 31), input: name)
            let mapping = try ColumnMapping(id: options.idColumn, title: options.titleColumn, text: options.textColumn)
                .resolved(header: reader.header, input: name)
            while let cells = reader.nextRow() {
                let at = "\(name):\(reader.row)"
                var byName: [String: String] = [:]
                for (k, column) in reader.header.enumerated() where k < cells.count { byName[column] = cells[k] }
                if let document = mapping.document(byName, fallbackID: at, kind: options.kind ?? .suggestion) {
                    try body(.success(normalizedDate(document)))
                } else {
                    try body(.failure(TopicsError(.noContent, input: at, "the row has no title or text")))
                }
            }
        case "sqlite":
            guard case .file(let path) = input else { return }
            if options.table == nil && options.query == nil {
                // A topics store: its documents as they were imported.
                let store = try DocumentStore(path: path)
                try store.forEachDocument { try body(.success($0)) }
                return
            }
            var mapping: ColumnMapping? = nil
            try SQLiteRows.forEach(path: path, table: options.table, query: options.query) { header, cells, row in
                if mapping == nil {
                    mapping = try ColumnMapping(id: options.idColumn, title: options.titleColumn, text: options.textColumn)
                        .resolved(header: header, input: path)
                }
                let at = "\(path):\(row)"
                if let document = mapping!.document(cells, fallbackID: at, kind: options.kind ?? .suggestion) {
                    try body(.success(normalizedDate(document)))
                } else {
                    try body(.failure(TopicsError(.noContent, input: at, "the row has no title or text")))
                }
            }
        case "text":
            try textDocuments(try InputFiles.read(input, maxBytes: 64 << 20), name: name, body)
        default:
            let bytes = try InputFiles.read(input, maxBytes: 64 << 20)
            let path: String? = if case .file(let p) = input { p } else { nil }
            let article = try extractor.extract(bytes, path: path, url: nil)
            try body(.success(parser.parse(article: article, id: name)))
        }
    }

    /// Dates as ISO 8601 whatever the spreadsheet wrote (2019/3/5 10:12:00 → 2019-03-05T10:12:00).
    private func normalizedDate(_ document: Document) -> Document {
        guard let date = document.date, let iso = DateText.firstISO(in: date) else { return document }
        var d = document
        d.date = iso
        return d
    }
}
