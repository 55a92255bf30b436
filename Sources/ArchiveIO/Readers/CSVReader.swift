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

/// Which columns of a table (CSV or SQLite) hold a document's fields: named by the user, else
/// guessed from the usual Chinese and English column names (留言主题, 留言详情, 反映时间, 留言用户,
/// 所属地区, 承办单位, 点赞数 …). Columns that map to no field go into the document's metadata.
public struct ColumnMapping: Sendable, Equatable {
    /// The fields a column can fill.
    public enum Field: String, Sendable, CaseIterable {
        case id, title, text, date, author, category, region, unit, likes, dislikes, reply
        case replyDate = "reply_date"
    }

    /// Column name per field; nil fields are guessed by `resolved`.
    public var columns: [Field: String]

    public init(_ columns: [Field: String] = [:]) { self.columns = columns }

    public init(id: String? = nil, title: String? = nil, text: String? = nil) {
        columns = [:]
        columns[.id] = id; columns[.title] = title; columns[.text] = text
    }

    public subscript(field: Field) -> String? {
        get { columns[field] }
        set { columns[field] = newValue }
    }

    /// Fills a field from a `field=column` pair (`date=反映时间`); false, changing nothing, when
    /// `pair` is not one: no `=`, an empty column, or a field not among `Field`'s.
    public mutating func set(pair: String) -> Bool {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, let field = Field(rawValue: parts[0]) else { return false }
        columns[field] = parts[1]
        return true
    }

    /// Column names looked for, per field, in order (exact names first, then case-insensitive).
    public static let guesses: [(Field, [String])] = [
        (.id, ["id", "ID", "编号", "留言编号", "序号", "提案号", "doc_id"]),
        (.title, ["title", "标题", "主题", "留言主题", "案由", "题目", "headline"]),
        (.text, ["text", "content", "body", "正文", "内容", "详情", "留言详情", "提案内容", "建议内容", "问题描述", "反映内容", "诉求内容"]),
        (.date, ["date", "time", "日期", "时间", "留言时间", "提交时间", "反映时间", "发布时间", "来信时间", "受理时间"]),
        (.author, ["author", "作者", "留言用户", "提案人", "反映人", "提交人", "来信人", "user"]),
        (.category, ["label", "category", "类别", "分类", "一级分类", "提案类别"]),
        (.region, ["region", "地区", "区域", "区县", "所属地区", "所在地区", "所属区县", "街道"]),
        (.unit, ["unit", "承办单位", "答复单位", "办理单位", "主办单位", "责任单位"]),
        (.likes, ["likes", "点赞数", "点赞", "赞同数", "支持数"]),
        (.dislikes, ["dislikes", "反对数", "反对"]),
        (.reply, ["reply", "答复意见", "答复内容", "回复内容", "答复", "回复"]),
        (.replyDate, ["reply_date", "答复时间", "回复时间", "答复日期"]),
    ]

    /// Fills the columns the user did not name from `header`; fails when a named column is missing
    /// or when no text or title column is found.
    public func resolved(header: [String], input: String) throws(TopicsError) -> ColumnMapping {
        var m = self
        for (field, name) in columns.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where !header.contains(name) {
            throw TopicsError(.badArgument, input: input, "no column named \(name) for the \(field.rawValue) (columns: \(header.joined(separator: ", ")))")
        }
        var taken = Set(m.columns.values)
        for (field, names) in Self.guesses where m[field] == nil {
            let found = names.first { header.contains($0) && !taken.contains($0) }
                ?? header.first { h in !taken.contains(h) && names.contains { h.lowercased() == $0.lowercased() } }
            if let found { m[field] = found; taken.insert(found) }
        }
        if m[.text] == nil && m[.title] == nil {
            throw TopicsError(.badArgument, input: input,
                              "cannot tell which column holds the text (columns: \(header.joined(separator: ", "))); name the text column",
                              remedy: .nameTextColumn)
        }
        return m
    }

    /// A document from one row of cells (by column name); nil when it has neither title nor text.
    public func document(_ cells: [String: String], fallbackID: String, kind: Document.Kind = .article) -> Document? {
        func cell(_ field: Field) -> String? {
            guard let column = columns[field], let value = cells[column] else { return nil }
            let trimmed = value.trimmingSpaces
            return trimmed.isEmpty ? nil : trimmed
        }
        let title = cell(.title)
        let text = columns[.text].flatMap { cells[$0] } ?? ""
        guard title != nil || !text.isEmpty else { return nil }
        var d = Document(id: cell(.id) ?? fallbackID, kind: kind, title: title, text: text)
        d.date = cell(.date)
        if let a = cell(.author) { d.authors = [a] }
        d.category = cell(.category)
        if let region = cell(.region) { d.metadata.append("region", .string(region)) }
        if let unit = cell(.unit) { d.metadata.append("unit", .string(unit)) }
        for field in [Field.likes, .dislikes] {
            if let n = cell(field) { d.metadata.append(field.rawValue, Int(n).map(Record.Value.int) ?? .string(n)) }
        }
        if let reply = cell(.reply) { d.reply = Document.Reply(unit: cell(.unit), date: cell(.replyDate), text: reply) }
        let used = Set(columns.values)
        for (name, value) in cells.sorted(by: { $0.key < $1.key }) where !used.contains(name) {
            d.metadata.append(name, .string(value))
        }
        return d
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (ASCII and full-width spaces).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
