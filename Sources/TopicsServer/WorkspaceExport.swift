import ArchiveIO
import Foundation
import Reports
import TopicsCore

/// The current search or the agenda as a file: CSV (cells neutralised against formulas by the
/// shared `CSVWriter`), xlsx (the shared workbook writer) or Markdown.
extension Workspace {
    enum ExportFormat: String { case csv, xlsx, md }

    /// Every match of the search (not only the page shown), one row each.
    func searchRecords(_ p: SearchParameters) throws(TopicsError) -> [Record] {
        var all = p
        all.page = 1
        var records: [Record] = []
        var page = 1
        while true {
            all.page = page
            let r = try results(all)
            for hit in r.hits {
                records.append(Record([.init("id", .string(hit.id)), .init("kind", .string(hit.kind.rawValue)), .init("title", .optional(hit.title)),
                                       .init("date", .optional(hit.date)), .init("source", .optional(hit.source)),
                                       .init("snippet", .string(String(hit.snippet.filter { $0 != WorkspaceResults.markStart && $0 != WorkspaceResults.markEnd })))]))
            }
            if records.count >= r.total || r.hits.isEmpty || records.count >= 100_000 { break }
            page += 1
        }
        return records
    }

    func agendaRecords() throws -> [Record] {
        try agenda().report.items.map { i in
            Record([.init("rank", .int(i.rank)), .init("theme", .int(i.theme)), .init("name", .string(i.name)), .init("terms", .strings(i.terms)),
                    .init("matters", .int(i.matters)), .init("documents", .int(i.documents)), .init("people", .int(i.authors)),
                    .init("score", .double((i.score * 1000).rounded() / 1000)), .init("members", .strings(i.memberIDs))])
        }
    }

    /// The bytes of `records` in `format`; `markdown` is what the Markdown export is.
    static func encode(_ records: [Record], format: ExportFormat, markdown: () throws -> String) throws -> [UInt8] {
        switch format {
        case .csv:
            var writer = CSVWriter()
            var out: [UInt8] = []
            if let first = records.first { writer.header(first.fields.map(\.name), into: &out) }
            for r in records { writer.encode(r, into: &out) }
            return out
        case .md:
            return Array(try markdown().utf8)
        case .xlsx:
            let path = NSTemporaryDirectory() + "topics-export-\(UUID().uuidString).xlsx"
            defer { try? FileManager.default.removeItem(atPath: path) }
            let book = try XLSXWorkbook(path: path)
            for r in records { try book.write(r) }
            try book.commit()
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    /// A Markdown table of search records, with `|` and line breaks made harmless.
    static func markdownTable(_ records: [Record], title: String) -> String {
        guard let first = records.first else { return "# \(title)\n\nNo documents.\n" }
        func cell(_ v: Record.Value) -> String {
            let s: String
            switch v {
            case .string(let x): s = x
            case .int(let n): s = String(n)
            case .double(let d): s = String(d)
            case .strings(let xs): s = xs.joined(separator: "、")
            default: s = ""
            }
            return s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "&lt;")
        }
        var out = "# \(title)\n\n| " + first.fields.map(\.name).joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: first.fields.count) + "\n"
        for r in records { out += "| " + r.fields.map { cell($0.value) }.joined(separator: " | ") + " |\n" }
        return out
    }
}
