import ArchiveIO
import ArticleExtraction
import TopicsCore

/// The one place an input's format is decided: by its file name ending (`.jsonl`, `.csv`, `.db`,
/// `.txt`, else an HTML page), and for standard input by `ArchiveSource.textOnStandardInput`.
public enum DocumentReaders {
    public enum Format: String, Sendable {
        case jsonLines, csv, sqlite, text, html
    }

    public static func format(of input: Input) -> Format {
        guard case .file(let path) = input else { return .jsonLines }
        if InputFiles.isDatabaseURL(path) { return .sqlite }   // a store, read by StoreDocumentReader
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ["jsonl", "ndjson"].contains(ext) { return .jsonLines }
        if ["db", "sqlite", "sqlite3"].contains(ext) { return .sqlite }
        if ext == "csv" { return .csv }
        if InputFiles.textExtensions.contains(ext) { return .text }
        return .html
    }

    /// The reader for one input.
    public static func reader(for input: Input, _ source: ArchiveSource) -> any DocumentReader {
        if case .standardInput = input, source.textOnStandardInput { return StandardInputReader(source: source) }
        switch format(of: input) {
        case .jsonLines: return JSONLinesDocumentReader(input: input, kind: source.kind)
        case .csv: return CSVDocumentReader(input: input, source: source)
        case .sqlite:
            guard source.table != nil || source.query != nil else { return StoreDocumentReader(path: input.description) }
            return SQLiteTableReader(path: input.description, source: source)
        case .text: return TextFileReader(input: input, source: source)
        case .html: return HTMLPageReader(input: input, kind: source.kind)
        }
    }
}

extension Document {
    /// The date as ISO 8601 whatever the spreadsheet wrote (2019/3/5 10:12:00 → 2019-03-05T10:12:00),
    /// and the reply's date the same way.
    func withNormalizedDates() -> Document {
        var d = self
        if let date, let iso = DateText.firstISO(in: date) { d.date = iso }
        if let replyDate = reply?.date, let iso = DateText.firstISO(in: replyDate) { d.reply?.date = iso }
        return d
    }
}
