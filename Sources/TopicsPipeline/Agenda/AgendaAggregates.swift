import ArchiveIO
import Reports
import TopicModels
import TopicsCore

/// What the agenda's tables and charts need of a whole archive, as counts: documents per
/// (theme, month, region, unit), and per theme its likes and authors. One pass makes them (`add`),
/// or a Spark job's `reduceByKey` (integrations/spark/topics_spark.py writes the same lines):
/// thousands of numbers, not millions of documents.
///
/// As JSON Lines (`records`, `read`), a line is either a cell
/// `{theme, month, region, unit, count, likes}` (month: the first 7 characters of the date; theme, month, region and unit
/// may be null; likes optional) or a theme's authors `{theme, authors, top_author_documents,
/// second_author_documents}` (distinct authors, and the documents of the two most active), or a
/// theme's near-duplicates `{theme, duplicates}` (documents counted in the theme that repeat another
/// of its documents: matters are the documents less these). Without author lines the authors are
/// unknown; without duplicate lines every document is a matter.
public struct AgendaAggregates: Sendable, Equatable {
    /// One (theme, month, region, unit) combination.
    public struct Cell: Hashable, Sendable {
        public var theme: Int?
        public var month: String?
        public var region: String?
        public var unit: String?

        public init(theme: Int?, month: String?, region: String?, unit: String?) {
            self.theme = theme; self.month = month; self.region = region; self.unit = unit
        }
    }

    /// A theme's authors as counts.
    public struct Authors: Sendable, Equatable {
        public var distinct: Int
        /// Documents of the two most active authors, most first.
        public var top: [Int]

        public init(distinct: Int, top: [Int]) { self.distinct = distinct; self.top = top }
    }

    public var counts: [Cell: Int] = [:]
    /// Likes per cell (cells without likes absent).
    public var likes: [Cell: Int] = [:]
    /// Per theme id; nil when the aggregates carry no authors.
    public var authors: [Int: Authors]? = nil
    /// Per theme id: its documents that are near-duplicates of another of its documents (absent: none).
    public var duplicates: [Int: Int] = [:]

    public init() {}

    /// The cell of a document placed in `theme`: its month, `region` (the agenda's place of the
    /// document: a region field, else the first district its opening names) and its handling
    /// unit as `ThemeClasses` reads it.
    public static func cell(of document: Document, theme: Int?, region: String?) -> Cell {
        let unit = ThemeClasses.classes(of: document).first { $0.name == "unit" }?.value
        let month = document.date.flatMap { $0.count >= 7 ? String($0.prefix(7)) : nil }
        return Cell(theme: theme, month: month, region: region, unit: unit)
    }

    /// Adds one document's cell and likes.
    public mutating func add(_ cell: Cell, likes: Int) {
        counts[cell, default: 0] += 1
        if likes != 0 { self.likes[cell, default: 0] += likes }
    }

    /// Documents per theme id (documents in no theme left out).
    public var documentsPerTheme: [Int: Int] {
        var out: [Int: Int] = [:]
        for (cell, n) in counts { if let t = cell.theme { out[t, default: 0] += n } }
        return out
    }

    /// Documents per month of each theme.
    public func monthly(_ theme: Int) -> [String: Int] {
        var out: [String: Int] = [:]
        for (cell, n) in counts where cell.theme == theme { if let m = cell.month { out[m, default: 0] += n } }
        return out
    }

    /// The archive's last month (of any document, placed or not).
    public var lastMonth: String? { counts.keys.compactMap(\.month).filter { $0.count == 7 }.max() }

    /// How a theme's documents spread over regions and units, most frequent first (at most `limit`).
    public func classCounts(_ theme: Int, limit: Int = 10) -> [ClassCount] {
        var region: [String: Int] = [:], unit: [String: Int] = [:]
        for (cell, n) in counts where cell.theme == theme {
            if let r = cell.region { region[r, default: 0] += n }
            if let u = cell.unit { unit[u, default: 0] += n }
        }
        func top(_ values: [String: Int]) -> [(value: String, count: Int)] {
            values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map { ($0.key, $0.value) }
        }
        return [("region", region), ("unit", unit)].filter { !$0.1.isEmpty }.map { ClassCount(name: $0.0, values: top($0.1)) }
    }

    /// The figures `AgendaRanker` ranks a theme by, from the counts; names and terms from `model`.
    /// Matters are the documents less the theme's near-duplicates.
    public func figures(_ theme: ThemeModel.Theme) -> AgendaRanker.ThemeFigures {
        var documents = 0, likes = 0
        var regions: Set<String> = []
        for (cell, n) in counts where cell.theme == theme.id {
            documents += n
            likes += self.likes[cell] ?? 0
            if let r = cell.region { regions.insert(r) }
        }
        let a = authors?[theme.id]
        return AgendaRanker.ThemeFigures(
            theme: theme.id, name: theme.name, terms: theme.terms, documents: documents, matters: documents - (duplicates[theme.id] ?? 0),
            monthly: monthly(theme.id), authors: a?.distinct ?? 0, topAuthors: a?.top ?? [], regions: regions.count, likes: likes,
            tags: theme.tags.map { ($0.topic, $0.count) }, taxonomyShare: 0, representatives: [], memberIDs: [])
    }

    // MARK: - As JSON Lines

    /// The lines: cells sorted (nulls first), then each theme's authors, then its near-duplicates.
    public var records: [Record] {
        func key(_ c: Cell) -> [String] { [c.theme.map { String(1_000_000_000 + $0) } ?? "", c.month ?? "", c.region ?? "", c.unit ?? ""] }
        var out = counts.keys.sorted { key($0).lexicographicallyPrecedes(key($1)) }.map { c in
            Record([.init("theme", c.theme.map(Record.Value.int) ?? .null), .init("month", .optional(c.month)),
                    .init("region", .optional(c.region)), .init("unit", .optional(c.unit)),
                    .init("count", .int(counts[c]!)), .init("likes", .int(likes[c] ?? 0))])
        }
        for (theme, a) in (authors ?? [:]).sorted(by: { $0.key < $1.key }) {
            out.append(Record([.init("theme", .int(theme)), .init("authors", .int(a.distinct)),
                               .init("top_author_documents", .int(a.top.first ?? 0)),
                               .init("second_author_documents", .int(a.top.dropFirst().first ?? 0))]))
        }
        for (theme, n) in duplicates.sorted(by: { $0.key < $1.key }) where n > 0 {
            out.append(Record([.init("theme", .int(theme)), .init("duplicates", .int(n))]))
        }
        return out
    }

    /// `read` of a file.
    public static func read(file path: String) throws(TopicsError) -> AgendaAggregates { try read(.file(path)) }

    /// Aggregates from their JSON Lines (`records`' format); a line that is not one is a
    /// `badArgument` error naming the input and the line.
    public static func read(_ input: Input) throws(TopicsError) -> AgendaAggregates {
        var out = AgendaAggregates()
        var number = 0
        var problem: TopicsError? = nil
        do {
            try InputFiles.forEachLine(input) { line in
                number += 1
                guard problem == nil, !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
                let at = "\(input.description):\(number)"
                guard let r = JSONDecoding.record(Array(line)) else {
                    problem = TopicsError(.badArgument, input: at, "not a JSON object"); return
                }
                // (false, nil): the field is there but not of its kind; (true, nil): absent or null.
                func int(_ name: String) -> (ok: Bool, value: Int?) {
                    switch r[name] {
                    case nil, .null?: (true, nil)
                    case .int(let n)?: (true, n)
                    case .double(let d)? where d == d.rounded() && abs(d) < 1e15: (true, Int(d))
                    default: (false, nil)
                    }
                }
                func text(_ name: String) -> (ok: Bool, value: String?) {
                    switch r[name] {
                    case nil, .null?: (true, nil)
                    case .string(let s)?: (true, s.isEmpty ? nil : s)
                    default: (false, nil)
                    }
                }
                let theme = int("theme")
                guard theme.ok else { problem = TopicsError(.badArgument, input: at, "theme is not a number"); return }
                if r["duplicates"] != nil {
                    guard let id = theme.value, let n = int("duplicates").value, n >= 0 else {
                        problem = TopicsError(.badArgument, input: at, "a duplicates line needs a theme and a count of documents"); return
                    }
                    if n > 0 { out.duplicates[id, default: 0] += n }
                    return
                }
                if r["authors"] != nil {
                    guard let id = theme.value, let distinct = int("authors").value, distinct >= 0 else {
                        problem = TopicsError(.badArgument, input: at, "an authors line needs a theme and a count of authors"); return
                    }
                    let top = [int("top_author_documents").value, int("second_author_documents").value].compactMap { $0 }
                    out.authors = out.authors ?? [:]
                    out.authors![id] = Authors(distinct: distinct, top: top.sorted(by: >))
                    return
                }
                let month = text("month"), region = text("region"), unit = text("unit")
                guard month.ok, region.ok, unit.ok else {
                    problem = TopicsError(.badArgument, input: at, "month, region and unit must be text or null"); return
                }
                guard let count = int("count").value, count >= 0 else {
                    problem = TopicsError(.badArgument, input: at, "count must be a number of documents"); return
                }
                let likes = int("likes")
                guard likes.ok else { problem = TopicsError(.badArgument, input: at, "likes is not a number"); return }
                let cell = Cell(theme: theme.value, month: month.value, region: region.value, unit: unit.value)
                out.counts[cell, default: 0] += count
                if let n = likes.value, n != 0 { out.likes[cell, default: 0] += n }
            }
        } catch let error as TopicsError {
            throw error
        } catch {
            throw TopicsError(.unreadable, input: input.description, "\(error)")
        }
        if let problem { throw problem }
        return out
    }
}
