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

    private func read(_ input: Input, _ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let name = input.description
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
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                let at = "\(name):\(number)"
                guard let record = JSONDecoding.record(line) else {
                    return try body(.failure(TopicsError(.unparsable, input: at, "not a JSON object")))
                }
                guard var document = Document(record: record, fallbackID: at) else {
                    return try body(.failure(TopicsError(.noContent, input: at, "the record has no title or text")))
                }
                if let kind = options.kind { document.kind = kind }
                try body(.success(normalizedDate(document)))
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
            let bytes = try InputFiles.read(input, maxBytes: 64 << 20)
            let decoded = try PageDecoder.decode(bytes, input: name)
            var document = parser.parse(text: String(decoding: decoded.utf8, as: UTF8.self), id: name)
            document.metadata.append("path", .string(name))
            try body(.success(document))
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
