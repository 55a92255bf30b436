import ArchiveIO
import ChineseText
import Foundation
import ReplyAnalysis
import Reports
import TopicModels
import TopicsCore

/// The end of the pipeline, shared by `topics agenda` and `topics run`: documents → near-duplicates
/// merged → themes → taxonomy tags → ranked agenda → Markdown and HTML reports.
public struct AgendaPipeline: Sendable {
    public var k: Int?
    public var duplicateThreshold: Double
    public var title: String
    public var segmenter: WordSegmenter
    public var stopWords: StopWords
    public var taxonomy: TaxonomyTagger?
    /// Judges the replies of documents that carry one (per theme and unit in the report); nil: none judged.
    public var replies: ReplyAnalyzer?

    public init(k: Int?, duplicateThreshold: Double, title: String, segmenter: WordSegmenter, stopWords: StopWords,
                taxonomy: TaxonomyTagger?) {
        self.k = k; self.duplicateThreshold = duplicateThreshold; self.title = title
        self.segmenter = segmenter; self.stopWords = stopWords; self.taxonomy = taxonomy
    }

    public struct Output: Sendable {
        public var report: AgendaReport
        public var themes: [Theme]
        /// Near-duplicate → the document kept for it.
        public var canonical: [Int: Int]
        /// Each document's taxonomy tags.
        public var tags: [[DocumentTag]]
        /// Hot issues (热点问题), hottest first: concrete matters inside the themes.
        public var hotIssues: [HotIssue]
        /// The documents the indices of themes and hot issues point into.
        public var documents: [AgendaDocument]
        /// What weakens the ranking and the user should hear before reading it.
        public var warnings: [Warning]
        /// The replies judged (documents with a reply, each with its theme's name), in document order.
        public var replies: [ReplyAssessment] = []
        /// The counts the report's figures come from, when it was made from a saved model
        /// (`runWithModel`): then `documents` and the themes' members are a sample.
        public var aggregates: AgendaAggregates? = nil
        /// From a model, the sampled documents (what `documents` describes); empty otherwise.
        public var sample: [Document] = []
        /// From a model, the near-duplicate groups of the whole archive (ids; the member kept first
        /// as `canonical`), as `topics dedupe` finds them; empty otherwise.
        public var nearDuplicates: [(canonical: String, members: [String])] = []
    }

    /// Documents without a date count for no month and no growth; without a person, for no
    /// "different people": a ranking built on them is flat, so the user hears it first.
    public enum Warning: Sendable, Equatable, CustomStringConvertible {
        case undated(Int, of: Int)
        case anonymous(Int, of: Int)

        /// Every document lacks it: the field or column was probably not mapped.
        public var affectsAll: Bool {
            switch self { case .undated(let n, let total), .anonymous(let n, let total): n == total }
        }

        public var description: String {
            switch self {
            case .undated(let n, let total):
                "\(n) of \(total) documents have no date: they count for no month and no growth"
                    + (affectsAll ? " (name the column or field that holds the date)" : "")
            case .anonymous(let n, let total):
                "\(n) of \(total) documents name no person: they count for nobody among the people"
                    + (affectsAll ? " (name the column or field that holds the user or proposer)" : "")
            }
        }
    }

    public static func warnings(_ documents: [Document]) -> [Warning] {
        let undated = documents.filter { $0.date == nil }.count
        let anonymous = documents.filter { $0.authors.isEmpty }.count
        return (undated > 0 ? [.undated(undated, of: documents.count)] : [])
            + (anonymous > 0 ? [.anonymous(anonymous, of: documents.count)] : [])
    }

    /// What the agenda knows of a document; `opening`: the words of its title and opening, where
    /// the place is looked for when the record has no region field.
    public static func agendaDocument(_ d: Document, opening: ArraySlice<String>) -> AgendaDocument {
        func count(_ key: String) -> Int {
            switch d.metadata[key] {
            case .int(let n)?: n
            case .string(let s)?: Int(s) ?? 0
            default: 0
            }
        }
        let url: String? = if case .string(let u)? = d.metadata["url"] { u } else { nil }
        // The place: a region field of the record when it has one, else the first district named.
        let field = ["region", "地区", "区域", "区县", "所属地区", "所在地区"].lazy.compactMap { key -> String? in
            if case .string(let r)? = d.metadata[key], !r.isEmpty { r } else { nil }
        }.first
        let region = field ?? Regions.first(in: Array(opening))
        return AgendaDocument(id: d.id, title: d.title ?? String(d.text.prefix(40)), date: d.date, authors: d.authors,
                              likes: count("likes"), dislikes: count("dislikes"), url: url, region: region)
    }

    public func run(_ documents: [Document]) -> Output {
        // Each document is normalised and segmented once; every stage below reads that analysis.
        let analyzed = DocumentAnalyzer(segmenter: segmenter).analyze(documents)
        let texts = analyzed.map(\.text)
        // Near-duplicates count once: cluster the canonical members, then duplicates join their theme.
        var canonical: [Int: Int] = [:]
        for group in NearDuplicates(threshold: duplicateThreshold).groups(normalized: analyzed.map(\.normalized.scalars)) {
            let keep = NearDuplicates.canonical(of: group, texts: texts)
            for m in group where m != keep { canonical[m] = keep }
        }
        let uniqueIndices = documents.indices.filter { canonical[$0] == nil }
        let finder = ThemeFinder(segmenter: segmenter, stopWords: stopWords)
        let found = finder.themes(uniqueIndices.map { texts[$0] }, k: k, words: uniqueIndices.map { analyzed[$0].words })
        var themeOf: [Int: Int] = [:]
        var themes = found.themes.map { theme -> Theme in
            var t = theme
            t.members = theme.members.map { uniqueIndices[$0] }
            t.representatives = theme.representatives.map { uniqueIndices[$0] }
            for m in t.members { themeOf[m] = t.id }
            return t
        }
        for (duplicate, keep) in canonical.sorted(by: { $0.key < $1.key }) {   // in document order, not hash order
            if let t = themeOf[keep], let at = themes.firstIndex(where: { $0.id == t }) { themes[at].members.append(duplicate) }
        }
        let tags = taxonomy?.tag(texts) ?? texts.map { _ in [] }
        let agendaDocuments = analyzed.map { Self.agendaDocument($0.document, opening: $0.openingWords) }
        let items = AgendaRanker.rank(agendaDocuments, themes: themes, canonical: canonical, tags: tags.map { $0.map(\.path) })
        let hotIssues = HotIssueFinder(segmenter: segmenter, stopWords: stopWords).find(agendaDocuments, texts: texts, themes: themes)
        let warnings = Self.warnings(documents)
        // Replies: judged on both cores, each given its theme's name for the per-theme figures.
        var assessments: [ReplyAssessment] = []
        var themeOfID: [String: Int] = [:]
        if let replies {
            let name = Dictionary(themes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            var found = [ReplyAssessment?](repeating: nil, count: documents.count)
            BatchRunner().run(documents, work: { replies.assess($0) }, deliver: { index, _, result in
                if case .success(let a) = result { found[index] = a }
            })
            for (i, a) in found.enumerated() {
                guard var a else { continue }
                if let t = themeOf[i] ?? canonical[i].flatMap({ themeOf[$0] }) { a.theme = name[t]; themeOfID[a.id] = t }
                assessments.append(a)
            }
        }
        let summary = "\(documents.count) documents, \(canonical.count) near-duplicate\(canonical.count == 1 ? "" : "s") merged, "
            + "\(themes.count) theme\(themes.count == 1 ? "" : "s")" + (found.silhouette != nil ? " (k chosen by silhouette)" : "") + "."
            + warnings.map { " Note: \($0)." }.joined()
        var report = AgendaReport(title: title, items: items, summary: summary, hotIssues: hotIssues, documents: agendaDocuments)
        report.replyQuality = ReplyQuality(assessments, themeOf: themeOfID)
        report.themeClasses = Dictionary(themes.map { ($0.id, ThemeClasses.classCounts($0.members, documents: documents)) },
                                         uniquingKeysWith: { a, _ in a }).filter { !$0.value.isEmpty }
        return Output(report: report, themes: themes, canonical: canonical, tags: tags.map { $0.map(\.documentTag) },
                      hotIssues: hotIssues, documents: agendaDocuments, warnings: warnings, replies: assessments)
    }
}

/// The folder an agenda is written into: each file replaced atomically.
public struct ReportFolder: Sendable {
    public let path: String

    public init(_ path: String) { self.path = path }

    func ensureFolder() throws(TopicsError) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        catch { throw TopicsError(.writeFailed, input: path, "cannot create the folder: \(error.localizedDescription)") }
    }

    public func write(_ name: String, _ bytes: [UInt8]) throws(TopicsError) {
        try ensureFolder()
        let file = try OutputFile.atomic(path + "/" + name)
        do {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
    }

    /// agenda.md, agenda.html, themes.jsonl, the hot-issue tables and the theme tables.
    public func writeAgenda(_ result: AgendaPipeline.Output, documents: [Document]) throws(TopicsError) {
        try writeHotIssues(result.hotIssues, documents: documents)
        try writeThemeTables(result.report)
        try write("agenda.md", Array(result.report.markdown.utf8))
        try write("agenda.html", Array(result.report.html.utf8))
        var writer = JSONLinesWriter()
        var themes: [UInt8] = []
        let membersOf = Dictionary(result.themes.map { ($0.id, $0.members) }, uniquingKeysWith: { a, _ in a })
        for item in result.report.items {
            var record = item.record
            // From a model the members are a sample: the classes come from the counts of all.
            let classes = result.aggregates != nil
                ? ThemeClasses.record(result.report.themeClasses[item.theme] ?? [])
                : ThemeClasses.counts(membersOf[item.theme] ?? [], documents: documents)
            record.append("classes", .record(classes))
            writer.encode(record, into: &themes)
        }
        try write("themes.jsonl", themes)
        if let aggregates = result.aggregates {
            var lines: [UInt8] = []
            for r in aggregates.records { writer.encode(r, into: &lines) }
            try write("aggregates.jsonl", lines)
        }
        if !result.replies.isEmpty {
            var lines: [UInt8] = []
            for s in ReplySummary.summaries(result.replies, by: .theme) + ReplySummary.summaries(result.replies, by: .unit) {
                writer.encode(s.record, into: &lines)
            }
            try write("reply_quality.jsonl", lines)
        }
    }

    /// documents.jsonl and tags.jsonl (what `topics run` adds to the agenda).
    public func writeDocuments(_ documents: [Document], tags: [[DocumentTag]]) throws(TopicsError) {
        var writer = JSONLinesWriter()
        var docs: [UInt8] = [], tagLines: [UInt8] = []
        for (d, t) in zip(documents, tags) {
            writer.encode(d.record, into: &docs)
            writer.encode(Record([.init("id", .string(d.id)), .init("tags", .records(t.map(\.record)))]), into: &tagLines)
        }
        try write("documents.jsonl", docs)
        try write("tags.jsonl", tagLines)
    }
}

extension AgendaItem {
    /// A line of themes.jsonl.
    public var record: Record {
        Record([
            .init("rank", .int(rank)), .init("name", .string(name)), .init("terms", .strings(terms)),
            .init("documents", .int(documents)), .init("matters", .int(matters)),
            .init("recent", .int(recent)), .init("previous", .int(previous)),
            .init("authors", .int(authors)), .init("regions", .int(regions)), .init("likes", .int(likes)),
            .init("score", .double((score * 1000).rounded() / 1000)),
            .init("tags", .strings(tags.map { "\($0.topic) (\($0.count))" })),
            .init("few_authors", .bool(fewAuthors)), .init("growth_shown", .bool(growthShown)),
            .init("monthly", .records(monthly.map { Record([.init("month", .string($0.month)), .init("count", .int($0.count))]) })),
            .init("representatives", .strings(representatives.map(\.id))),
            .init("members", .strings(memberIDs)),
        ])
    }
}
