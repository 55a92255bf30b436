import Foundation

/// A table of the reports, built once and written as Markdown (agenda.md) or as HTML (agenda.html,
/// `topics serve`): the two can no longer drift apart column by column. A cell is plain text, which
/// each writer escapes (`|` and line breaks in Markdown, the five HTML characters in HTML), and may
/// carry its own HTML instead (a link, a bar, code), escaped by whoever built it.
public struct ReportTable: Sendable {
    public struct Cell: Sendable, ExpressibleByStringInterpolation {
        /// The cell as text: the Markdown cell, and the HTML cell when `html` is nil.
        public var text: String
        /// The cell as HTML, already escaped.
        public var html: String?

        public init(_ text: String, html: String? = nil) { self.text = text; self.html = html }
        public init(stringLiteral value: String) { self.init(value) }
        public init(stringInterpolation: DefaultStringInterpolation) { self.init(String(stringInterpolation: stringInterpolation)) }
    }

    public var columns: [String]
    public var rows: [[Cell]] = []

    public init(columns: [String]) { self.columns = columns }

    public mutating func append(_ row: [Cell]) { rows.append(row) }

    /// A GitHub-flavoured Markdown table, a row a line.
    public var markdown: String {
        var out = "| " + columns.map(Self.escapeMarkdown).joined(separator: " | ") + " |\n|"
            + String(repeating: "---|", count: columns.count) + "\n"
        for row in rows { out += "| " + row.map { Self.escapeMarkdown($0.text) }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// A `<table>` with a header row, a row a line.
    public var html: String {
        var out = "<table><tr>" + columns.map { "<th>\(AgendaReport.escapeHTML($0))</th>" }.joined() + "</tr>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0.html ?? AgendaReport.escapeHTML($0.text))</td>" }.joined() + "</tr>\n" }
        return out + "</table>\n"
    }

    /// Text made safe inside a Markdown table cell: `|` escaped, line breaks as spaces.
    public static func escapeMarkdown(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
