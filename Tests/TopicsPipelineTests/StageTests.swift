import ArchiveIO
import ChineseText
import Foundation
import Testing
import TopicModels
import TopicsCore
import TopicsPipeline
import TopicsTestSupport

/// Issue 14: the work the commands used to do themselves, now in the pipeline library, tested here
/// without the CLI.
@Suite("Command stages (pipeline)")
struct StageTests {
    static let segmenter = Result { try SegmenterConfiguration().makeSegmenter() }

    static func record(_ id: String, _ text: String, extra: [Record.Field] = []) -> Record {
        Record([.init("id", .string(id)), .init("text", .string(text))] + extra)
    }

    @Test("Text lines segment the same on one thread and on three; an unreadable input is reported and the rest still written")
    func lineSegmentation() throws {
        let segmenter = try Self.segmenter.get()
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("a.txt")
        try String(repeating: "政协委员围绕脱贫攻坚建言献策。\n\n湖南省政协召开会议。\n", count: 200).write(to: text, atomically: true, encoding: .utf8)
        func run(_ jobs: Int, format: SegmentedLineWriter.Format = .text) throws -> (String, [TopicsError]) {
            let path = folder.appendingPathComponent("out-\(jobs)-\(format).txt").path
            let out = try OutputFile.atomic(path)
            var failures: [TopicsError] = []
            try LineSegmentation(format: format, segmenter: segmenter, jobs: jobs)
                .run([.file(folder.appendingPathComponent("missing.txt").path), .file(text.path)], to: out) { failures.append($0) }
            try out.commit()
            return (try String(contentsOfFile: path, encoding: .utf8), failures)
        }
        let (one, failures) = try run(1)
        #expect(try run(3).0 == one)
        #expect(one.hasPrefix("政协委员 围绕 脱贫攻坚 建言献策 。\n\n湖南省政协 召开 会议 。\n"), "\(one.prefix(80))")
        #expect(one.split(separator: "\n", omittingEmptySubsequences: false).count == 601)
        #expect(failures.count == 1 && failures.first?.code == .unreadable && failures.first?.input?.hasSuffix("missing.txt") == true)
        let json = try run(1, format: .jsonl).0
        let first = try #require(JSONSerialization.jsonObject(with: Data(json.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(first["line"] as? Int == 1 && (first["tokens"] as? [String])?.first == "政协委员")
    }

    @Test("Record stages keep every field in order and add theirs once: tokens, tags")
    func recordStages() throws {
        let segmenter = try Self.segmenter.get()
        let input = Self.record("m1", "农村学校教师待遇低，教育扶贫要加大投入。", extra: [.init("likes", .int(3))])
        let tokenized = segmenter.tokenized(segmenter.tokenized(input))
        #expect(tokenized.fields.map(\.name) == ["id", "text", "likes", "tokens"])
        guard case .strings(let words)? = tokenized["tokens"] else { Issue.record("no tokens"); return }
        #expect(words.contains("教育扶贫"))
        #expect(segmenter.tokenized(Record([.init("id", .string("x"))]))["tokens"] == .strings([]))

        let taggers = try Taggers.load(taxonomy: nil, model: nil, threshold: 0.6, segmenter: segmenter)
        let tagged = taggers.tagged(input)
        #expect(tagged.fields.map(\.name) == ["id", "text", "likes", "tags"])
        let tags = taggers.tag(Document(record: input, fallbackID: "")!.fullText)
        #expect(!tags.isEmpty)
        #expect(Taggers.records(id: "m1", tags: tags, byTag: false).count == 1)
        let rows = Taggers.records(id: "m1", tags: tags, byTag: true)
        #expect(rows.count == tags.count && rows.allSatisfy { $0.fields.map(\.name) == ["id", "topic", "topic_id", "score", "method", "terms"] })
    }

    @Test("A page record is extracted with its other fields kept; one without a page, or too large, is an error naming it")
    func pageExtraction() throws {
        let html = String(decoding: try Fixtures.sampleBytes("proposal-clean-heating.html"), as: UTF8.self)
        let extraction = PageExtraction(readsDocuments: false)
        let out = try extraction.extracted(Record([.init("id", .string("p1")), .init("html", .string(html)), .init("batch", .string("b"))]))
        #expect(out["html"] == nil && out["batch"] == .string("b") && out["id"] == .string("p1"))
        guard case .string(let text)? = out["text"] else { Issue.record("no text"); return }
        #expect(text.count > 50)
        #expect(throws: TopicsError.self) { try extraction.extracted(Record([.init("id", .string("nohtml"))])) }
        do { _ = try extraction.extracted(Record([.init("id", .string("nohtml"))])) } catch { #expect(error.input == "nohtml" && error.code == .noContent) }
        let small = PageExtraction(readsDocuments: false, maxBytes: 10)
        do { _ = try small.extracted(Record([.init("id", .int(7)), .init("html", .string(html))])) } catch { #expect(error.input == "7" && error.code == .tooLarge) }
        let page = try extraction.record(of: .file(Fixtures.sample("proposal-clean-heating.html").path))
        #expect(page["text"] == out["text"])
    }

    @Test("Keywords: TF-IDF finds the repeated term; JSON Lines rounds scores to 4 decimals, text writes id and word:score pairs")
    func keywords() throws {
        let keywords = try DocumentKeywords(segmenter: try Self.segmenter.get(), method: .tfidf, top: 3)
        let found = keywords.keywords(Document(record: Self.record("a", "委员建议加大教育扶贫投入。教育扶贫阻断贫困代际传递。"), fallbackID: "")!)
        #expect(found.first?.word == "教育扶贫")
        let sample = [Keyword(word: "教育", score: 0.123456)]
        #expect(String(decoding: DocumentKeywords.encode("a", sample, .jsonl), as: UTF8.self) == #"{"id":"a","keywords":[{"word":"教育","score":0.1235}]}"# + "\n")
        #expect(String(decoding: DocumentKeywords.encode("a", sample, .text), as: UTF8.self) == "a\t教育:0.1235\n")
        #expect(throws: TopicsError.self) { try DocumentKeywords(segmenter: try Self.segmenter.get(), method: .tfidf, top: 3, idf: "/nope.tsv") }
    }

    @Test("Near-duplicates: a group with the longest text as canonical; unique keeps it with the count of the others")
    func duplicateGroups() throws {
        let base = "市政协委员建议加快老旧小区改造，增加停车位，完善无障碍设施，改善居民生活条件。"
        let documents = [Self.record("a", base), Self.record("b", "公交线路班次太少，站台等车太久，希望增加班次。"),
                         Self.record("c", base + "尽快落实。"), Self.record("d", base)].map { Document(record: $0, fallbackID: "")! }
        let found = DuplicateGroups(documents, threshold: 0.7)
        #expect(found.groups.map { Set($0) } == [[0, 2, 3]])
        #expect(found.duplicates == 2)
        #expect(found.records(documents).map { $0["canonical"] } == [.string("c")])
        let unique = found.unique(documents)
        #expect(unique.map(\.id) == ["b", "c"])
        #expect(unique.last?.metadata["duplicates"] == .int(2))
    }

    @Test("The agenda pipeline: shipped taxonomy and reply analyser unless told otherwise, the options passed on")
    func agendaPipeline() throws {
        let segmenter = try Self.segmenter.get()
        let pipeline = try AgendaPipeline.make(segmenter: segmenter, k: 4)
        #expect(pipeline.k == 4 && pipeline.duplicateThreshold == 0.7 && pipeline.title == AgendaPipeline.defaultTitle)
        #expect(pipeline.taxonomy != nil && pipeline.replies != nil)
        let plain = try AgendaPipeline.make(segmenter: segmenter, duplicateThreshold: 0.9, title: "T", judgingReplies: false, deadlineDays: 5)
        #expect(plain.replies == nil && plain.duplicateThreshold == 0.9 && plain.title == "T")
        #expect(throws: TopicsError.self) { try AgendaPipeline.make(segmenter: segmenter, taxonomy: "/nope.yaml") }
    }

    @Test("A segmentation trainer loads segmented text and word lists; other text, missing lists and empty corpora are errors naming them")
    func segmentationTrainerFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("seg.txt"), gbk = folder.appendingPathComponent("gbk.txt"), empty = folder.appendingPathComponent("empty.txt")
        try "政协 委员 提出 建议 。\n委员 们 调研 。\n".write(to: corpus, atomically: true, encoding: .utf8)
        try Data([0xD5, 0xFE, 0xD0, 0xAD, 0x20, 0xCE, 0xAF]).write(to: gbk)
        try "\n\n".write(to: empty, atomically: true, encoding: .utf8)
        let trainer = try SegmentationTrainer.loading(corpora: [corpus.path])
        #expect(trainer.sentenceCount == 2)
        func code(_ corpora: [URL], lexicon: [String] = []) -> (TopicsError.Code?, String?) {
            do { _ = try SegmentationTrainer.loading(corpora: corpora.map(\.path), lexicon: lexicon); return (nil, nil) }
            catch { return (error.code, error.input) }
        }
        #expect(code([gbk]) == (.unknownEncoding, gbk.path))
        #expect(code([empty]) == (.empty, empty.path))
        #expect(code([corpus], lexicon: ["/nope.dict"]) == (.badArgument, "/nope.dict"))
    }

    @Test("Clustering: a fit keeps a model whose themes carry their documents' topics; a refit on the same texts keeps the themes' ids")
    func themeClustering() throws {
        let segmenter = try Self.segmenter.get()
        let finder = ThemeFinder(segmenter: segmenter, stopWords: SegmenterConfiguration.shippedStopWords, dimensions: 8, algorithm: .kmeans)
        #expect(finder.kinds == [.words] && finder.maxK == 20 && finder.restarts == nil && finder.seed == 1 && finder.characterWeight == 0.5)
        let texts = ThemeAssignmentTests.texts
        let tagged = ThemeClustering(finder: finder, tagger: try TaxonomyFile.tagger(nil, segmenter: segmenter))
        let fit = tagged.fit(texts, k: 3, keepModel: true)
        #expect(fit.themes.count == 3 && fit.chosenK == 3 && fit.silhouette == nil && fit.tags.count == texts.count && fit.changed == nil)
        let model = try #require(fit.model)
        #expect(model.themes.map(\.id) == fit.themes.map(\.id))
        let refit = ThemeClustering(finder: finder, tagger: nil).refit(model, texts: texts)
        #expect(refit.changed == 0 && refit.tags.isEmpty && refit.chosenK == 3)
        #expect(Set(refit.themes.map { Set($0.members) }) == Set(fit.themes.map { Set($0.members) }))
        #expect(refit.model?.themes.map(\.id) == model.themes.map(\.id))
        #expect(ThemeClustering(finder: finder, tagger: nil).fit(texts, k: 3, keepModel: false).model == nil)

        // The lines `topics cluster` prints (issue 14: the arithmetic was in the command).
        #expect(fit.kChoice == nil)
        var chosen = fit
        chosen.silhouette = 0.4567
        #expect(chosen.kChoice == "k = 3 chosen by silhouette (0.457)")
        var timed = fit
        timed.seconds = 2
        #expect(timed.summary(documents: 9, updated: nil, savedTo: "m.model") == "9 documents → 3 themes (kmeans) in 2.0 s")
        var moved = refit
        moved.changed = 3
        moved.seconds = 0.04
        #expect(moved.summary(documents: 8, updated: "m.model", savedTo: nil)
                == "8 documents refitted on the 3 themes of m.model (kmeans) in 0.0 s; 3 (37.5%) changed theme from where the saved model placed them → m.model")
        #expect(refit.summary(documents: 0, updated: "m.model", savedTo: "n.model").hasSuffix("; 0 (0.0%) changed theme from where the saved model placed them → n.model"))
    }
}
