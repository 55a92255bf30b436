import Foundation
import Testing
import TopicModels
import TopicsCore
import TopicsPipeline
import TopicsTestSupport

/// Issue 22: the agenda of a large archive ranked from a saved theme model and counts
/// (`AgendaPipeline.runWithModel`, `AgendaAggregates`), checked against the documents in memory.
@Suite("Agenda from a theme model and aggregates")
struct AgendaModelTests {
    static let units = ["市教育局", "市公安局", "区人民政府"]

    /// The first `n` messages of the Teddy 2020 hot archive, each given a handling unit, written to
    /// a temporary JSON Lines file; its documents; a model fitted on them; the pipeline.
    static func fixture(_ n: Int = 240) throws -> (folder: URL, archive: Archive, documents: [Document], model: ThemeModel, pipeline: AgendaPipeline) {
        let folder = try Fixtures.temporaryFolder()
        var lines: [String] = []
        let source = try String(contentsOf: Fixtures.shared("topics/teddy2020_hot.jsonl"), encoding: .utf8)
        for (i, line) in source.split(separator: "\n").prefix(n).enumerated() {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            object["unit"] = units[i % units.count]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let path = folder.appendingPathComponent("messages.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let archive = Archive(ArchiveSource(inputs: [path]))
        let documents = try archive.readAll { Issue.record("unreadable: \($0)") }
        let segmenter = try SegmenterConfiguration().makeSegmenter()
        let stopWords = SegmenterConfiguration.shippedStopWords
        var finder = ThemeFinder(segmenter: segmenter, stopWords: stopWords)
        finder.dimensions = 20
        let model = try #require(finder.themesAndModel(documents.map(\.fullText), k: 5).model)
        let pipeline = AgendaPipeline(k: nil, duplicateThreshold: 0.7, title: "t", segmenter: segmenter, stopWords: stopWords, taxonomy: nil)
        return (folder, archive, documents, model, pipeline)
    }

    @Test("Counts streamed, written and read back rank the themes as the documents placed in memory do: same documents per month, people, places, likes and scores")
    func aggregatesMatchMemory() throws {
        let f = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: f.folder) }
        // In memory: every document placed by the model, the themes' members ranked as `run` ranks them.
        let assigner = ThemeAssigner(model: f.model, segmenter: f.pipeline.segmenter, stopWords: f.pipeline.stopWords)
        let analyzed = DocumentAnalyzer(segmenter: f.pipeline.segmenter).analyze(f.documents)
        let agendaDocuments = analyzed.map { AgendaPipeline.agendaDocument($0.document, opening: $0.openingWords) }
        let own = analyzed.map { assigner.place($0.text, words: $0.words).theme }
        // Near-duplicates as `topics dedupe` groups them, each in the theme of the member kept (as `run` merges them).
        let found = DuplicateGroups(f.documents, threshold: f.pipeline.duplicateThreshold)
        var canonical: [Int: Int] = [:]
        for (group, kept) in zip(found.groups, found.canonicals) { for m in group where m != kept { canonical[m] = kept } }
        let placed = own.indices.map { own[canonical[$0] ?? $0] }
        let themes = f.model.themes.map { t in
            Theme(id: t.id, name: t.name, terms: t.terms, members: placed.indices.filter { placed[$0] == t.id }, representatives: [])
        }.filter { !$0.members.isEmpty }
        let memory = AgendaRanker.rank(agendaDocuments, themes: themes, canonical: canonical)

        // Streamed: counted a batch at a time (small batches: several of them), then the counts
        // written as JSON Lines and ranked again from the file alone.
        var options = AgendaPipeline.ModelOptions()
        options.batchSize = 50
        options.samplePerTheme = 20
        let streamed = try f.pipeline.runWithModel(f.model, archive: f.archive, options: options) { Issue.record("unreadable: \($0)") }
        let aggregates = try #require(streamed.aggregates)
        let file = f.folder.appendingPathComponent("aggregates.jsonl").path
        try ReportFolder(f.folder.path).writeAgenda(streamed, documents: streamed.sample)
        let reread = try AgendaAggregates.read(.file(file))
        #expect(reread == aggregates)
        options.aggregates = reread
        let fromFile = try f.pipeline.runWithModel(f.model, archive: f.archive, options: options) { Issue.record("unreadable: \($0)") }

        #expect(memory.count >= 2)
        #expect(!canonical.isEmpty && aggregates.duplicates.values.reduce(0, +) == canonical.filter { placed[$0.key] != nil }.count)
        for items in [streamed.report.items, fromFile.report.items] {
            #expect(items.count == memory.count)
            for m in memory {
                let item = try #require(items.first { $0.theme == m.theme })
                #expect(item.monthly.map(\.month) == m.monthly.map(\.month) && item.monthly.map(\.count) == m.monthly.map(\.count), "theme \(m.theme)")
                #expect(item.documents == m.documents && item.matters == m.matters && item.authors == m.authors
                        && item.regions == m.regions && item.likes == m.likes)
                #expect(item.recent == m.recent && item.previous == m.previous && item.fewAuthors == m.fewAuthors)
                #expect(abs(item.score - m.score) < 1e-9 && item.rank == m.rank)
            }
        }
        // The sample is bounded, and every sampled document is a member of its theme.
        #expect(streamed.sample.count <= 20 * f.model.themes.count && streamed.sample.count < f.documents.count)
        let themeOfID = Dictionary(uniqueKeysWithValues: zip(f.documents.map(\.id), placed))
        for t in streamed.themes { #expect(t.members.allSatisfy { themeOfID[streamed.sample[$0].id] == t.id }) }
        // Units per theme come from the counts: every document's unit, not the sample's.
        var unitTotal = 0
        for classes in streamed.report.themeClasses.values {
            for c in classes where c.name == "unit" { for v in c.values { unitTotal += v.count } }
        }
        #expect(unitTotal == placed.compactMap { $0 }.count)
    }

    @Test("A report made from a model has the in-memory report's sections")
    func sameSections() throws {
        let f = try Self.fixture(120)
        defer { try? FileManager.default.removeItem(at: f.folder) }
        let memory = f.pipeline.run(f.documents).report.html
        let model = try f.pipeline.runWithModel(f.model, archive: f.archive) { Issue.record("unreadable: \($0)") }.report.html
        func sections(_ html: String) -> [String] {
            html.components(separatedBy: "<h2>").dropFirst().map { String($0.prefix { $0 != "<" }) }
                .filter { !$0.first!.isNumber }
        }
        #expect(sections(model) == sections(memory), "\(sections(model)) vs \(sections(memory))")
        #expect(model.contains("<section class=\"theme\""))
    }

    @Test("A bad aggregates line is an error naming the file and the line")
    func badAggregates() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("aggregates.jsonl").path
        for (content, line) in [("{\"theme\": 1, \"month\": \"2019-01\", \"count\": 3}\n{\"theme\": \"x\", \"count\": 1}\n", 2),
                                ("not json\n", 1), ("{\"theme\": 1, \"month\": 2019, \"count\": 1}\n", 1),
                                ("{\"theme\": 1, \"count\": -4}\n", 1), ("{\"theme\": null, \"authors\": 3}\n", 1)] {
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            do {
                _ = try AgendaAggregates.read(.file(path))
                Issue.record("accepted: \(content)")
            } catch {
                #expect(error.input == "\(path):\(line)" && error.code == .badArgument, "\(error)")
            }
        }
        try "{\"theme\": 2, \"month\": \"2019-01\", \"region\": null, \"unit\": \"u\", \"count\": 3, \"likes\": 4}\n\n{\"theme\": 2, \"authors\": 2, \"top_author_documents\": 2, \"second_author_documents\": 1}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let read = try AgendaAggregates.read(.file(path))
        #expect(read.documentsPerTheme == [2: 3] && read.authors?[2] == AgendaAggregates.Authors(distinct: 2, top: [2, 1]))
        #expect(read.monthly(2) == ["2019-01": 3] && read.lastMonth == "2019-01")
    }
}
