import ArchiveIO
import ChineseText
import Foundation
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
    }

    public func run(_ documents: [Document]) -> Output {
        let texts = documents.map(\.fullText)
        // Near-duplicates count once: cluster the canonical members, then duplicates join their theme.
        var canonical: [Int: Int] = [:]
        for group in NearDuplicates(threshold: duplicateThreshold).groups(texts) {
            let keep = NearDuplicates.canonical(of: group, texts: texts)
            for m in group where m != keep { canonical[m] = keep }
        }
        let uniqueIndices = documents.indices.filter { canonical[$0] == nil }
        let finder = ThemeFinder(segmenter: segmenter, stopWords: stopWords)
        let found = finder.themes(uniqueIndices.map { texts[$0] }, k: k)
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
        let agendaDocuments = documents.map { d -> AgendaDocument in
            var likes = 0
            if case .int(let n)? = d.metadata["likes"] { likes = n }
            if case .string(let s)? = d.metadata["likes"] { likes = Int(s) ?? 0 }
            let url: String? = if case .string(let u)? = d.metadata["url"] { u } else { nil }
            // The place: a region field of the record when it has one, else the first district named.
            let field = ["region", "地区", "区域", "区县", "所属地区", "所在地区"].lazy.compactMap { key -> String? in
                if case .string(let r)? = d.metadata[key], !r.isEmpty { r } else { nil }
            }.first
            let region = field ?? Regions.first(in: segmenter.words(d.title ?? "") + segmenter.words(String(d.text.prefix(200))))
            return AgendaDocument(id: d.id, title: d.title ?? String(d.text.prefix(40)), date: d.date, authors: d.authors,
                                  likes: likes, url: url, region: region)
        }
        let items = AgendaRanker.rank(agendaDocuments, themes: themes, canonical: canonical, tags: tags.map { $0.map(\.path) })
        let summary = "\(documents.count) documents, \(canonical.count) near-duplicates merged, \(themes.count) themes"
            + (found.silhouette != nil ? " (k chosen by silhouette)" : "") + "."
        return Output(report: AgendaReport(title: title, items: items, summary: summary), themes: themes, canonical: canonical,
                      tags: tags.map { $0.map(\.documentTag) })
    }
}

/// The folder an agenda is written into: each file replaced atomically.
public struct ReportFolder: Sendable {
    public let path: String

    public init(_ path: String) { self.path = path }

    public func write(_ name: String, _ bytes: [UInt8]) throws(TopicsError) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        catch { throw TopicsError(.writeFailed, input: path, "cannot create the folder: \(error.localizedDescription)") }
        let file = try OutputFile.atomic(path + "/" + name)
        do {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
    }

    /// agenda.md, agenda.html and themes.jsonl.
    public func writeAgenda(_ result: AgendaPipeline.Output) throws(TopicsError) {
        try write("agenda.md", Array(result.report.markdown.utf8))
        try write("agenda.html", Array(result.report.html.utf8))
        var writer = JSONLinesWriter()
        var themes: [UInt8] = []
        for item in result.report.items { writer.encode(item.record, into: &themes) }
        try write("themes.jsonl", themes)
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
            .init("representatives", .strings(representatives.map(\.id))),
            .init("members", .strings(memberIDs)),
        ])
    }
}
