import ArchiveIO
import ArgumentParser
import ChineseText
import Foundation
import Reports
import TopicModels
import TopicsCore

/// The end of the pipeline, shared by `topics agenda` and `topics run`: documents → near-duplicates
/// merged → themes → taxonomy tags → ranked agenda → Markdown and HTML reports.
struct AgendaPipeline {
    var k: Int?
    var threshold: Double
    var title: String
    var segmenter: WordSegmenter
    var stopWords: StopWords
    var taxonomy: TaxonomyTagger?

    struct Output {
        var report: AgendaReport
        var themes: [Theme]
        var canonical: [Int: Int]
        var tags: [[TopicTag]]
    }

    func run(_ documents: [Document]) -> Output {
        let texts = documents.map(\.fullText)
        // Near-duplicates count once: cluster the canonical members, then duplicates join their theme.
        var canonical: [Int: Int] = [:]
        for group in NearDuplicates(threshold: threshold).groups(texts) {
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
        return Output(report: AgendaReport(title: title, items: items, summary: summary), themes: themes, canonical: canonical, tags: tags)
    }
}

/// Options of the commands that end in an agenda.
struct AgendaOptions: ParsableArguments {
    @Option(help: "Number of themes (default: chosen by silhouette).")
    var k: Int?

    @Option(help: "Near-duplicate threshold (estimated Jaccard similarity).")
    var duplicateThreshold = 0.7

    @Option(help: "A taxonomy (YAML) for the tag figures (default: corpora/taxonomy.yaml).")
    var taxonomy: String?

    @Option(help: "The report's title.")
    var title = "议题建议 · Suggested research and consultation topics"

    @Option(name: .shortAndLong, help: "Folder to write into (created when missing).")
    var output: String

    func pipeline(_ segmenterOptions: SegmenterOptions) throws -> AgendaPipeline {
        let segmenter = try segmenterOptions.makeSegmenter()
        let stopWords = SegmenterOptions.shippedStopWords
        return AgendaPipeline(k: k, threshold: duplicateThreshold, title: title, segmenter: segmenter, stopWords: stopWords,
                              taxonomy: try TaxonomyFile.tagger(taxonomy))
    }

    func write(_ name: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let file = try OutputFile.atomic(output + "/" + name)
        try file.write(Array(text.utf8))
        try file.commit()
    }

    func writeReports(_ result: AgendaPipeline.Output, documents: [Document]) throws {
        try write("agenda.md", result.report.markdown)
        try write("agenda.html", result.report.html)
        var themes: [UInt8] = []
        for item in result.report.items {
            JSONEncoding.append(Record([
                .init("rank", .int(item.rank)), .init("name", .string(item.name)), .init("terms", .strings(item.terms)),
                .init("documents", .int(item.documents)), .init("matters", .int(item.matters)),
                .init("recent", .int(item.recent)), .init("previous", .int(item.previous)),
                .init("authors", .int(item.authors)), .init("regions", .int(item.regions)), .init("likes", .int(item.likes)),
                .init("score", .double((item.score * 1000).rounded() / 1000)),
                .init("tags", .strings(item.tags.map { "\($0.topic) (\($0.count))" })),
                .init("representatives", .strings(item.representatives.map(\.id))),
                .init("members", .strings(item.memberIDs)),
            ]), to: &themes)
            themes.append(0x0A)
        }
        try write("themes.jsonl", String(decoding: themes, as: UTF8.self))
    }
}

/// Every document of an archive in memory (clustering needs them all), failures reported as they come.
func readDocuments(_ options: ArchiveOptions, atLeast minimum: Int = 0) throws -> (documents: [Document], failed: Int) {
    try readDocuments(options.settings, atLeast: minimum)
}

func readDocuments(_ settings: ArchiveSettings, atLeast minimum: Int = 0) throws -> (documents: [Document], failed: Int) {
    var documents: [Document] = []
    var failed = 0
    try ArchiveReader(settings: settings).forEach { result in
        switch result {
        case .success(let d): documents.append(d)
        case .failure(let e): failed += 1; Terminal.report(e)
        }
    }
    guard documents.count >= minimum else {
        throw TopicsError(.noContent, input: settings.inputs.joined(separator: " "), "need at least \(minimum) documents")
    }
    return (documents, failed)
}

/// `topics agenda`: themes ranked into suggested research and consultation topics.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Rank themes into suggested research and consultation topics; write agenda.md, agenda.html and themes.jsonl.",
        discussion: """
            Near-duplicates are merged first (they count once), themes are found as by `topics cluster`, \
            and each theme is scored: log2(1 + matters) + 1.5·clamp(log2(growth), −1, 2) + \
            0.5·log2(1 + people) + 0.25·log2(1 + likes) + 0.5·log2(1 + places) + taxonomy share, where \
            growth compares the last 3 months of the archive with the 3 before and places are the \
            districts and counties named (a region column, else the first 区/县/市 in the title or \
            opening). The HTML report is one file with its charts as inline SVG.
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var agenda: AgendaOptions
    @OptionGroup var segmenterOptions: SegmenterOptions

    func run() throws {
        let (documents, failed) = try readDocuments(archive, atLeast: 2)
        let result = try agenda.pipeline(segmenterOptions).run(documents)
        try agenda.writeReports(result, documents: documents)
        Terminal.printError("agenda: \(result.report.summary) → \(agenda.output)/agenda.html")
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}

/// `topics run`: the whole pipeline over pages, text or archives.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The whole pipeline: read (extract pages, parse proposals) → segment → tag → dedupe → cluster → agenda.",
        discussion: """
            Writes into the output folder: documents.jsonl (every document read), tags.jsonl (taxonomy \
            topics with evidence), themes.jsonl, agenda.md and agenda.html.

            Example:
              topics run pages/ messages.csv -o report/
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var agenda: AgendaOptions
    @OptionGroup var segmenterOptions: SegmenterOptions

    func run() throws {
        let (documents, failed) = try readDocuments(archive, atLeast: 2)
        let result = try agenda.pipeline(segmenterOptions).run(documents)
        var docs: [UInt8] = [], tags: [UInt8] = []
        for (d, t) in zip(documents, result.tags) {
            JSONEncoding.append(d.record, to: &docs); docs.append(0x0A)
            JSONEncoding.append(Record([.init("id", .string(d.id)), .init("tags", .records(t.map {
                Taggers.Tag(topic: $0.path, id: $0.topicID, score: $0.score, method: "taxonomy", evidence: $0.evidence).record
            }))]), to: &tags)
            tags.append(0x0A)
        }
        try agenda.write("documents.jsonl", String(decoding: docs, as: UTF8.self))
        try agenda.write("tags.jsonl", String(decoding: tags, as: UTF8.self))
        try agenda.writeReports(result, documents: documents)
        Terminal.printError("run: \(result.report.summary) → \(agenda.output)/")
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
