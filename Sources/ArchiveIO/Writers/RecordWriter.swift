import TopicsCore

/// Receives records one at a time and turns them into bytes. Every output format is one of these,
/// so commands never care which format the user picked.
public protocol RecordWriter {
    /// Bytes for one record (and, for CSV, the header before the first).
    mutating func encode(_ record: Record, into out: inout [UInt8])
}

/// JSON Lines: one JSON object a line.
public struct JSONLinesWriter: RecordWriter {
    public init() {}

    public mutating func encode(_ record: Record, into out: inout [UInt8]) {
        JSONEncoding.append(record, to: &out)
        out.append(0x0A)
    }
}

/// CSV with a header row (RFC 4180): every cell quoted when it holds a comma, quote or line break.
/// Lists become cells with one item a line; nested records become JSON text.
///
/// Documents are untrusted text and offices open these files in Excel and WPS, which run a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (CSV injection). Such
/// a text cell gets a leading single quote (OWASP's advice), so `=HYPERLINK(…)` reads `'=HYPERLINK(…)`;
/// numbers, and text that is a plain number such as `-3.5` or `+86`, stay as they are.
public struct CSVWriter: RecordWriter {
    private var columns: [String]?
    /// Leading UTF-8 byte-order mark so spreadsheet programs read Chinese text correctly.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = true) {
        self.byteOrderMark = byteOrderMark
    }

    public mutating func encode(_ record: Record, into out: inout [UInt8]) {
        if columns == nil { header(record.fields.map(\.name), into: &out) }
        appendRow(columns!.map { Self.cell(record[$0] ?? .null) }, to: &out)
    }

    /// The header row (and the byte-order mark) for `names`, before any record: a table with no
    /// rows still names its columns. Records then fill these columns.
    public mutating func header(_ names: [String], into out: inout [UInt8]) {
        columns = names
        if byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        appendRow(names, to: &out)
    }

    static func cell(_ value: Record.Value) -> String {
        switch value {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .int(let n): String(n)
        case .double(let d): String(d)
        case .string(let s): neutralized(s)
        case .strings(let items): neutralized(items.joined(separator: "\n"))
        case .record, .records:
            { var bytes: [UInt8] = []; JSONEncoding.append(value, to: &bytes); return String(decoding: bytes, as: UTF8.self) }()
        }
    }

    /// `text` as a spreadsheet will not run it: a leading `'` before a formula trigger, unless the
    /// text is a plain number.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first)
        else { return text }
        return isPlainNumber(text.utf8) ? text : "'" + text
    }

    /// `[+-]digits[.digits][e[+-]digits]`, nothing else.
    static func isPlainNumber(_ bytes: String.UTF8View) -> Bool {
        var i = bytes.startIndex
        func digits() -> Int {
            var n = 0
            while i < bytes.endIndex, (0x30...0x39).contains(bytes[i]) { n += 1; i = bytes.index(after: i) }
            return n
        }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i = bytes.index(after: i) }
        guard digits() > 0 else { return false }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") { i = bytes.index(after: i); guard digits() > 0 else { return false } }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i = bytes.index(after: i)
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i = bytes.index(after: i) }
            guard digits() > 0 else { return false }
        }
        return i == bytes.endIndex
    }

    private func appendRow(_ cells: [String], to out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let needsQuotes = cell.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                out.append(0x22)
                for b in cell.utf8 {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: cell.utf8)
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }
}

/// Plain text for reading: the record's `title`, a rule, then its `text`; records separated by a blank line.
public struct ReadingTextWriter: RecordWriter {
    private var first = true
    public init() {}

    public mutating func encode(_ record: Record, into out: inout [UInt8]) {
        if !first { out.append(contentsOf: "\n\n".utf8) }
        first = false
        if case .string(let title)? = record["title"] {
            out.append(contentsOf: title.utf8)
            out.append(0x0A)
            let meta = ["date", "source", "author"].compactMap { key -> String? in
                if case .string(let v)? = record[key] { return v }
                return nil
            }
            if !meta.isEmpty {
                out.append(contentsOf: meta.joined(separator: " · ").utf8)
                out.append(0x0A)
            }
            out.append(contentsOf: String(repeating: "=", count: 20).utf8)
            out.append(0x0A)
        }
        if case .string(let text)? = record["text"] {
            out.append(contentsOf: text.utf8)
            out.append(0x0A)
        }
    }
}
