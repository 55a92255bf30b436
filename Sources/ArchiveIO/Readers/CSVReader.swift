import Foundation
import TopicsCore
import TopicsICU

/// RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. Reads UTF-8 (with or
/// without a byte-order mark) or, when the bytes are not UTF-8, GB18030 — what Excel writes for
/// Chinese on Windows.
public struct CSVReader {
    public private(set) var header: [String] = []
    private var text: [UInt8]
    private var i = 0
    /// The row number of the last row returned (1 = the header).
    public private(set) var row = 0
    /// The charset the file was read in.
    public let encoding: String

    public init(bytes: [UInt8], input: String) throws(TopicsError) {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if String(validating: body, as: UTF8.self) != nil {
            encoding = "UTF-8"
        } else {
            do { body = try Charsets.decode(body, from: "GB18030").utf8 } catch {
                throw TopicsError(.unknownEncoding, input: input, "CSV is neither UTF-8 nor GB18030")
            }
            encoding = "GB18030"
        }
        text = body
        guard let first = nextRow() else { throw TopicsError(.empty, input: input, "the CSV file has no header row") }
        header = first.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The next row's cells, or nil at the end. Blank lines are skipped.
    public mutating func nextRow() -> [String]? {
        while i < text.count {
            var cells: [String] = []
            var cell: [UInt8] = []
            var quoted = false
            var rowDone = false
            while i < text.count && !rowDone {
                let b = text[i]
                if quoted {
                    if b == UInt8(ascii: "\"") {
                        if i + 1 < text.count && text[i + 1] == UInt8(ascii: "\"") { cell.append(b); i += 2; continue }
                        quoted = false; i += 1; continue
                    }
                    cell.append(b); i += 1; continue
                }
                switch b {
                case UInt8(ascii: "\""): quoted = true; i += 1
                case UInt8(ascii: ","): cells.append(String(decoding: cell, as: UTF8.self)); cell.removeAll(); i += 1
                case 0x0D: i += 1
                case 0x0A: rowDone = true; i += 1
                default: cell.append(b); i += 1
                }
            }
            cells.append(String(decoding: cell, as: UTF8.self))
            row += 1
            if cells.count == 1 && cells[0].isEmpty { continue }
            return cells
        }
        return nil
    }
}

/// Which columns of a table (CSV or SQLite) hold a document's id, title, text, date, author and
/// label: named by the user, else guessed from the usual Chinese and English column names.
public struct ColumnMapping: Sendable, Equatable {
    public var id: String?
    public var title: String?
    public var text: String?
    public var date: String?
    public var author: String?
    public var category: String?

    public init(id: String? = nil, title: String? = nil, text: String? = nil) {
        self.id = id; self.title = title; self.text = text
    }

    static var guesses: [(WritableKeyPath<ColumnMapping, String?>, [String])] { [
        (\.id, ["id", "ID", "编号", "留言编号", "序号", "提案号", "doc_id"]),
        (\.title, ["title", "标题", "主题", "留言主题", "案由", "题目", "headline"]),
        (\.text, ["text", "content", "body", "正文", "内容", "详情", "留言详情", "提案内容", "建议内容"]),
        (\.date, ["date", "time", "日期", "时间", "留言时间", "提交时间", "发布时间"]),
        (\.author, ["author", "作者", "留言用户", "提案人", "反映人", "user"]),
        (\.category, ["label", "category", "类别", "分类", "一级分类", "提案类别"]),
    ] }

    /// Fills the columns the user did not name from `header`; fails when no text or title column is found.
    public func resolved(header: [String], input: String) throws(TopicsError) -> ColumnMapping {
        var m = self
        for name in [m.id, m.title, m.text].compactMap({ $0 }) where !header.contains(name) {
            throw TopicsError(.badArgument, input: input, "no column named \(name) (columns: \(header.joined(separator: ", ")))")
        }
        for (path, names) in Self.guesses where m[keyPath: path] == nil {
            m[keyPath: path] = names.first { header.contains($0) }
                ?? header.first { h in names.contains { h.lowercased() == $0.lowercased() } }
        }
        if m.text == nil && m.title == nil {
            throw TopicsError(.badArgument, input: input,
                              "cannot tell which column holds the text (columns: \(header.joined(separator: ", "))); name it with --text-column")
        }
        return m
    }

    /// A document from one row of cells (by column name); nil when it has neither title nor text.
    public func document(_ cells: [String: String], fallbackID: String, kind: Document.Kind = .article) -> Document? {
        let title = title.flatMap { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        let text = text.flatMap { cells[$0] } ?? ""
        guard title != nil || !text.isEmpty else { return nil }
        var d = Document(id: id.flatMap { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID,
                         kind: kind, title: title, text: text)
        d.date = date.flatMap { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        if let a = author.flatMap({ cells[$0] }), !a.isEmpty { d.authors = [a] }
        d.category = category.flatMap { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        let used = Set([id, self.title, self.text, date, author, category].compactMap { $0 })
        for (name, value) in cells.sorted(by: { $0.key < $1.key }) where !used.contains(name) {
            d.metadata.append(name, .string(value))
        }
        return d
    }
}
