/// One document of an archive, whatever it came from: a news article, a member's proposal (提案),
/// a suggestion (建议, 社情民意信息, 网络留言) or a work report. Every reader produces these and
/// every writer takes them; `record` fixes the JSON Lines field names (see the README).
public struct Document: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case article, proposal, suggestion, report
    }

    /// A heading and the paragraphs under it (案由, 建议, 办理答复, 一、…). `items` are the numbered
    /// points a paragraph lists (一是…二是…, 1. 2. 3., （一）（二）), when there are any.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var paragraphs: [String]
        public var items: [String]
        public init(heading: String, paragraphs: [String] = [], items: [String] = []) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.items = items
        }
    }

    /// A reply to the document (办理答复, 答复函, a 留言's 回复): who answered, when, and what.
    public struct Reply: Sendable, Equatable {
        /// The answering unit (答复单位 / 承办单位), when known.
        public var unit: String?
        /// ISO 8601, day precision or better.
        public var date: String?
        public var text: String
        public init(unit: String? = nil, date: String? = nil, text: String) {
            self.unit = unit; self.date = date; self.text = text
        }

        var record: Record {
            Record([.init("unit", .optional(unit)), .init("date", .optional(date)), .init("text", .string(text))])
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String?
    /// ISO 8601, day precision or better.
    public var date: String?
    /// The outlet or the organisation the document comes from.
    public var source: String?
    /// Proposers, reporters or the user who left a message.
    public var authors: [String]
    /// The offices of the authors (市政协委员, 某某局副局长), kept apart from their names; in the
    /// authors' order where both are known.
    public var positions: [String]
    /// Co-signers of a proposal (联名人).
    public var cosigners: [String]
    /// 界别 or party of the proposer.
    public var sector: String?
    /// 提案号 / 第xxx号.
    public var number: String?
    /// 提案类别 / 分类.
    public var category: String?
    /// 主办单位 and 会办单位 of a proposal's handling.
    public var leadUnit: String?
    public var assistingUnits: [String]
    public var sections: [Section]
    /// The problems a proposal or suggestion states (存在的问题, 原因), one a point.
    public var problems: [String]
    /// What it asks for (建议, 对策): the numbered suggestions, one a point.
    public var suggestions: [String]
    /// The government's answer, when the document carries one.
    public var reply: Reply?
    /// The whole body as plain text (paragraphs joined by newlines).
    public var text: String
    /// Anything else worth keeping (url, path, encoding, likes …), in order.
    public var metadata: Record

    public init(id: String, kind: Kind = .article, title: String? = nil, date: String? = nil, source: String? = nil,
                authors: [String] = [], cosigners: [String] = [], sector: String? = nil, number: String? = nil,
                category: String? = nil, leadUnit: String? = nil, assistingUnits: [String] = [],
                sections: [Section] = [], text: String = "", metadata: Record = Record(),
                positions: [String] = [], problems: [String] = [], suggestions: [String] = [], reply: Reply? = nil) {
        self.id = id; self.kind = kind; self.title = title; self.date = date; self.source = source
        self.authors = authors; self.cosigners = cosigners; self.sector = sector; self.number = number
        self.category = category; self.leadUnit = leadUnit; self.assistingUnits = assistingUnits
        self.sections = sections; self.text = text; self.metadata = metadata
        self.positions = positions; self.problems = problems; self.suggestions = suggestions; self.reply = reply
    }

    /// Title and text as one string (`title + "\n" + text`, or the text alone when there is no
    /// title or the title is the whole text): what tagging, clustering, duplicate detection and
    /// training read, and what tag evidence offsets count in.
    public var fullText: String {
        guard let title, !title.isEmpty, title != text else { return text.isEmpty ? title ?? "" : text }
        return text.isEmpty ? title : title + "\n" + text
    }

    /// The JSON Lines / CSV shape, fields in a fixed order.
    public var record: Record {
        Record([
            .init("id", .string(id)),
            .init("kind", .string(kind.rawValue)),
            .init("title", .optional(title)),
            .init("date", .optional(date)),
            .init("source", .optional(source)),
            .init("authors", .strings(authors)),
            .init("positions", .strings(positions)),
            .init("cosigners", .strings(cosigners)),
            .init("sector", .optional(sector)),
            .init("number", .optional(number)),
            .init("category", .optional(category)),
            .init("lead_unit", .optional(leadUnit)),
            .init("assisting_units", .strings(assistingUnits)),
            .init("sections", .records(sections.map {
                Record([.init("heading", .string($0.heading)), .init("paragraphs", .strings($0.paragraphs)),
                        .init("items", .strings($0.items))])
            })),
            .init("problems", .strings(problems)),
            .init("suggestions", .strings(suggestions)),
            .init("reply", reply.map { .record($0.record) } ?? .null),
            .init("text", .string(text)),
            .init("metadata", .record(metadata)),
        ])
    }

    /// Reads a record written by `record` (or any record with at least `text` or `title`).
    public init?(record: Record, fallbackID: String) {
        func string(_ name: String) -> String? {
            switch record[name] {
            case .string(let s)?: s
            case .int(let n)?: String(n)
            case .double(let d)?: String(d)
            default: nil
            }
        }
        func strings(_ name: String) -> [String] {
            switch record[name] {
            case .strings(let items)?: items
            case .string(let s)?: s.isEmpty ? [] : [s]
            default: []
            }
        }
        let title = string("title"), text = string("text") ?? strings("paragraphs").joined(separator: "\n")
        guard title?.isEmpty == false || !text.isEmpty else { return nil }
        self.init(id: string("id") ?? fallbackID, kind: string("kind").flatMap(Kind.init(rawValue:)) ?? .article,
                  title: title, date: string("date"), source: string("source"),
                  authors: !strings("authors").isEmpty ? strings("authors") : !strings("author").isEmpty ? strings("author") : strings("user"),
                  cosigners: strings("cosigners"), sector: string("sector"), number: string("number"),
                  category: string("category"), leadUnit: string("lead_unit"), assistingUnits: strings("assisting_units"),
                  text: text)
        if case .records(let sections)? = record["sections"] {
            self.sections = sections.map { s in
                var heading = "", paragraphs: [String] = [], items: [String] = []
                if case .string(let h)? = s["heading"] { heading = h }
                if case .strings(let p)? = s["paragraphs"] { paragraphs = p }
                if case .strings(let i)? = s["items"] { items = i }
                return Section(heading: heading, paragraphs: paragraphs, items: items)
            }
        }
        positions = strings("positions"); problems = strings("problems"); suggestions = strings("suggestions")
        switch record["reply"] {
        case .record(let r)?:
            func field(_ name: String) -> String? { if case .string(let s)? = r[name], !s.isEmpty { s } else { nil } }
            if let text = field("text") { reply = Reply(unit: field("unit"), date: field("date"), text: text) }
        case .string(let text)? where !text.isEmpty:
            reply = Reply(unit: string("reply_unit"), date: string("reply_date"), text: text)
        default: break
        }
        if case .record(let meta)? = record["metadata"] { metadata = meta }
        var known: Set<String> = ["id", "kind", "title", "date", "source", "authors", "author", "user", "cosigners", "sector", "number",
                                  "category", "lead_unit", "assisting_units", "sections", "text", "paragraphs", "metadata",
                                  "positions", "problems", "suggestions", "reply"]
        if reply != nil, case .string? = record["reply"] { known.formUnion(["reply_unit", "reply_date"]) }
        for field in record.fields where !known.contains(field.name) { metadata.append(field.name, field.value) }
    }
}
