import Foundation
import Testing
import TopicsCore
import TopicsPipeline
import TopicModels
import Reports
import TopicsTestSupport

/// Readers at the library level: every format through `Archive`, no binary.
@Suite("Archive readers (pipeline)")
struct ReaderTests {
    func read(_ inputs: [String], _ source: (inout ArchiveSource) -> Void = { _ in }) throws -> (documents: [Document], errors: [TopicsError]) {
        var s = ArchiveSource(inputs: inputs)
        source(&s)
        var errors: [TopicsError] = []
        let documents = try Archive(s).readAll { errors.append($0) }
        return (documents, errors)
    }

    @Test func everyFormatOfTheSamplesReads() throws {
        let (documents, errors) = try read([Fixtures.sample("").path])
        #expect(errors.isEmpty, "\(errors)")
        let kinds = Set(documents.map(\.kind))
        #expect(kinds.isSuperset(of: [.proposal, .suggestion, .report]))
        // CSV rows (UTF-8 and GBK) and pages and text files all arrive.
        #expect(documents.contains { $0.id.hasPrefix("3601") })
        #expect(documents.contains { $0.metadata["encoding"] != nil && $0.metadata["path"] != nil })
    }

    @Test func jsonLinesErrorsComeInPlaceAndTheRestGoesOn() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.jsonl")
        try """
            {"id":"1","title":"停车难","reply":"已转交","reply_date":"2019/3/5","reply_unit":"市交通局"}
            not json
            {"id":"3"}
            {"id":"4","text":"学校收费","date":"2019/3/5 10:12:00"}

            """.write(to: file, atomically: true, encoding: .utf8)
        let (documents, errors) = try read([file.path])
        #expect(documents.map(\.id) == ["1", "4"])
        #expect(documents[0].reply == Document.Reply(unit: "市交通局", date: "2019-03-05", text: "已转交"))
        #expect(documents[1].date == "2019-03-05T10:12:00")
        #expect(errors.map(\.code) == [.unparsable, .noContent])
        #expect(errors.map { $0.input ?? "" } == ["\(file.path):2", "\(file.path):3"])
    }

    @Test func csvColumnsMapToFields() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("office.csv")
        try "序号,问题描述,提交人,反映时间,区县,点赞数\n1,夜间施工噪音,张先生,2020/1/3,A3区,5\n".write(to: file, atomically: true, encoding: .utf8)
        let (documents, _) = try read([file.path])
        let d = try #require(documents.first)
        #expect(d.authors == ["张先生"] && d.date == "2020-01-03" && d.metadata["region"] == .string("A3区") && d.metadata["likes"] == .int(5))
        let (named, _) = try read([file.path]) { $0.columns[.author] = "区县" }
        #expect(named.first?.authors == ["A3区"])
    }

    @Test func theFormatIsChosenInOnePlace() {
        #expect(DocumentReaders.format(of: .file("a.JSONL")) == .jsonLines)
        #expect(DocumentReaders.format(of: .file("a.csv")) == .csv)
        #expect(DocumentReaders.format(of: .file("a.sqlite3")) == .sqlite)
        #expect(DocumentReaders.format(of: .file("a.txt")) == .text)
        #expect(DocumentReaders.format(of: .file("a.shtml")) == .html)
        #expect(DocumentReaders.format(of: .standardInput) == .jsonLines)
    }

    @Test func aStoreIsReadBackAsItWasWritten() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.db").path
        let store = try Stores.open(path)
        let original = Document(id: "a", kind: .proposal, title: "关于加强乡村教师队伍建设的提案", authors: ["王明华"], text: "建议一", positions: ["市政协委员"],
                                suggestions: ["提高待遇"], reply: Document.Reply(unit: "市教育局", date: "2021-05-01", text: "已采纳"))
        try store.write([StoreEntry(document: original, words: "乡村 教师")])
        let (documents, errors) = try read([path])
        #expect(errors.isEmpty)
        #expect(documents == [original])
        #expect(throws: TopicsError.self) { try Stores.open(folder.appendingPathComponent("none.db").path, creating: false) }
    }
}

/// Issue 16: ids are unique across inputs, and an agenda over documents without dates or people
/// says so before it ranks.
@Suite("Pipeline checks")
struct PipelineCheckTests {
    final class Notices: @unchecked Sendable {
        var lines: [String] = []
        let lock = NSLock()
        func add(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    }

    @Test func idsSharedByTwoInputsAreQualifiedAndSaidOnce() throws {
        let notices = Notices()
        let archive = Archive(ArchiveSource(inputs: [Fixtures.sample("messages.csv").path, Fixtures.sample("messages-gbk.csv").path]),
                              notice: { notices.add($0) })
        let documents = try archive.readAll { _ in }
        let ids = documents.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(ids.contains { $0.hasPrefix(Fixtures.sample("messages-gbk.csv").path + "#") })
        #expect(notices.lines.count == 1, "\(notices.lines)")
        #expect(notices.lines.first?.contains("ids also used by") == true)
    }

    @Test func missingDatesAndPeopleAreWarnedBeforeTheRanking() throws {
        let documents = [Document(id: "1", text: "小区门口夜间施工噪音扰民"), Document(id: "2", text: "学校收费不合理"),
                         Document(id: "3", date: "2020-01-03", authors: ["张先生"], text: "公交线路太少")]
        #expect(AgendaPipeline.warnings(documents) == [.undated(2, of: 3), .anonymous(2, of: 3)])
        #expect(AgendaPipeline.warnings([documents[2]]).isEmpty)
        #expect(AgendaPipeline.Warning.undated(3, of: 3).affectsAll)
    }
}

/// Issue 14: a document is analysed once and every stage reads that analysis.
@Suite("Analysis once")
struct AnalysisTests {
    @Test func theAnalysisCarriesTheWordsEveryStageReads() throws {
        let segmenter = try SegmenterConfiguration().makeSegmenter()
        let document = Document(id: "1", title: "A3区丽发新城小区搅拌站噪音扰民", text: String(repeating: "夜间施工噪音很大，", count: 40) + "请尽快处理。")
        let a = DocumentAnalyzer(segmenter: segmenter).analyze(document)
        #expect(a.text == document.fullText)
        #expect(a.words == segmenter.words(document.fullText))
        #expect(a.words.joined() == a.text.filter { !$0.isWhitespace })
        // The opening covers the title and about 200 characters of the text, not the whole message.
        #expect(a.openingWords.joined().hasPrefix("A3区丽发新城"))
        #expect(a.openingCount < a.words.count)
        #expect(a.openingWords.joined().count >= 200)
        // Normalised once, with offsets back into the original.
        #expect(a.normalized.scalars.count == a.text.unicodeScalars.count)
    }

    @Test("The analysis gives the taxonomy tagger the word boundaries of the normalised text, and so the tags of the text")
    func theAnalysisGivesTheTaggerItsBoundaries() throws {
        let segmenter = try SegmenterConfiguration().makeSegmenter()
        let tagger = try #require(try TaxonomyFile.tagger(nil, segmenter: segmenter))
        let taggers = Taggers(taxonomy: tagger, classifier: nil, threshold: tagger.threshold)
        let analyzer = DocumentAnalyzer(segmenter: segmenter, withBoundaries: true)
        let documents = [
            Document(id: "plain", title: "关于小区停车难的建议", text: "小区车位严重不足，  业主委员会多次反映。\n\n希望 交警部门 规划停车位。"),
            // Normalising changes the runs themselves: full-width letters and digits, Traditional characters, an invisible character.
            Document(id: "wide", title: "關於學校周邊交通擁堵的建議", text: "ＡＢＣ小區門口１２３路公交車站台太擠，學生上學放學時段車輛擁堵。"),
            Document(id: "zw", title: "噪音\u{200B}扰民", text: "夜间\u{200B}施工噪音扰民，请环保部门查处。"),
        ]
        for d in documents {
            let a = analyzer.analyze(d)
            #expect(a.boundaries == TaxonomyTagger.boundaries(a.normalized.scalars, segmenter: segmenter), "\(d.id)")
            #expect(taggers.tag(a) == taggers.tag(d.fullText), "\(d.id)")
        }
        #expect(!taggers.tag(analyzer.analyze(documents[0])).isEmpty)
        #expect(DocumentAnalyzer(segmenter: segmenter).analyze(documents[0]).boundaries == nil)
    }

    @Test func theAgendaPipelineGivesTheSameThemesFromItsAnalysis() throws {
        let segmenter = try SegmenterConfiguration().makeSegmenter()
        let texts = ["小区停车难，车位严重不足", "小区停车难，车位不足", "学校课后服务收费不合理", "学校收费不合理",
                     "公交线路班次太少", "公交班次太少", "夜间施工噪音扰民", "夜间施工噪音很大"]
        let documents = texts.enumerated().map { Document(id: "\($0.offset)", text: $0.element) }
        let analyzed = DocumentAnalyzer(segmenter: segmenter).analyze(documents)
        let finder = ThemeFinder(segmenter: segmenter, stopWords: SegmenterConfiguration.shippedStopWords)
        let fromAnalysis = finder.themes(texts, k: 4, words: analyzed.map(\.words))
        let segmentedHere = finder.themes(texts, k: 4)
        #expect(fromAnalysis.themes.map(\.members) == segmentedHere.themes.map(\.members))
        #expect(NearDuplicates(threshold: 0.7).groups(normalized: analyzed.map(\.normalized.scalars))
                == NearDuplicates(threshold: 0.7).groups(texts))
    }
}

/// Issue 17: themes per class and over time.
@Suite("Themes per class")
struct ThemeClassTests {
    @Test func classesAreCountedWhereDocumentsCarryThem() {
        var a = Document(id: "a", date: "2019-03-05", source: "人民网", text: "停车难")
        a.metadata.append("region", .string("A3区"))
        var b = Document(id: "b", date: "2019-03-20", text: "停车难")
        b.metadata.append("region", .string("A3区")); b.metadata.append("unit", .string("市交通局"))
        let c = Document(id: "c", date: "2019-05-01", sector: "民进", text: "停车难")
        let counts = ThemeClasses.counts([0, 1, 2], documents: [a, b, c])
        #expect(counts["region"] == Record.Value.records([Record([.init("value", .string("A3区")), .init("count", .int(2))])]))
        #expect(counts["source"] == Record.Value.records([Record([.init("value", .string("人民网")), .init("count", .int(1))])]))
        #expect(counts["unit"] == Record.Value.records([Record([.init("value", .string("市交通局")), .init("count", .int(1))])]))
        #expect(counts["sector"] == Record.Value.records([Record([.init("value", .string("民进")), .init("count", .int(1))])]))
        #expect(ThemeClasses.counts([2], documents: [a, b, c])["region"] == nil, "a class no member carries is left out")
        #expect(ThemeClasses.monthly([0, 1, 2], documents: [a, b, c]).map { $0["count"] } == [Record.Value.int(2), Record.Value.int(1)])
    }
}

/// Issue 20: the agenda judges the replies of the documents that carry one, per theme and unit.
@Suite("Replies in the agenda")
struct AgendaReplyTests {
    @Test func repliesAreJudgedPerThemeAndWrittenBesideTheAgenda() throws {
        let segmenter = try SegmenterConfiguration().makeSegmenter()
        let good = "您好！您反映的问题已收悉。经我局核实，该路段路灯因线路老化损坏，我局已于5月25日更换线路，路灯已恢复照明。根据《城市照明管理规定》第十条，我局将加强日常巡查。如有疑问请联系市城管局，电话12345。感谢您的监督！A市城管局 2019年5月28日"
        let poor = "您好！来信收悉，已转相关部门办理。感谢您的来信！"
        var documents: [Document] = []
        for k in 0..<6 {
            documents.append(Document(id: "lamp\(k)", title: "A\(k)区路灯不亮", date: "2019-05-2\(k)", authors: ["u\(k)"],
                                      text: "A\(k)区潇楚南路路灯夜间不亮，行人出行不安全，请尽快维修路灯。",
                                      reply: Document.Reply(unit: "市城管局", date: "2019-06-0\(k + 1)", text: good)))
            documents.append(Document(id: "noise\(k)", title: "工地夜间施工噪音扰民\(k)", date: "2019-05-2\(k)", authors: ["v\(k)"],
                                      text: "小区旁边工地夜间施工噪音很大，严重影响居民休息，请有关部门查处。",
                                      reply: Document.Reply(unit: "市住建局", date: "2019-07-2\(k)", text: poor)))
        }
        documents.append(Document(id: "none", title: "公交班次太少", date: "2019-05-20", text: "公交线路班次太少，等车时间太长。"))
        var pipeline = AgendaPipeline(k: 2, duplicateThreshold: 0.99, title: "t", segmenter: segmenter,
                                      stopWords: SegmenterConfiguration.shippedStopWords, taxonomy: nil)
        #expect(pipeline.run(documents).replies.isEmpty)   // not asked: none judged
        pipeline.replies = try ReplyAnalyzers.make(segmenter: segmenter, stopWords: SegmenterConfiguration.shippedStopWords)
        let result = pipeline.run(documents)
        #expect(result.replies.count == 12)                 // the document without a reply is not judged
        let themeOfLamp = try #require(result.themes.first { $0.members.contains(0) })
        let themeOfNoise = try #require(result.themes.first { $0.members.contains(1) })
        try #require(themeOfLamp.id != themeOfNoise.id)
        #expect(result.replies.filter { $0.id.hasPrefix("lamp") }.allSatisfy { $0.theme == themeOfLamp.name })
        let quality = result.report.replyQuality
        #expect(quality.byTheme[themeOfNoise.id]?.poor == 6 && quality.byTheme[themeOfLamp.id]?.poor == 0)
        #expect(quality.byUnit.map(\.group) == ["市住建局", "市城管局"] || quality.byUnit.map(\.group) == ["市城管局", "市住建局"])
        // The report puts the noise theme (all replies poor) first, and the folder holds the figures.
        let md = result.report.markdown
        let table = try #require(md.components(separatedBy: "## 答复质量 · Reply quality").last)
        #expect(try #require(table.range(of: themeOfNoise.name)).lowerBound < (try #require(table.range(of: themeOfLamp.name))).lowerBound)
        let folder = try Fixtures.temporaryFolder()
        try ReportFolder(folder.path).writeAgenda(result, documents: documents)
        let lines = try String(contentsOf: folder.appendingPathComponent("reply_quality.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("{\"theme\":\"\(themeOfNoise.name)\",\"month\":null,\"replies\":6,") })
        #expect(lines.contains { $0.hasPrefix("{\"unit\":\"市住建局\",\"month\":null,\"replies\":6,") })
        // Themes per class (issue 17): the handling unit of the replies, in the report and the tables.
        #expect(result.report.themeClasses[themeOfNoise.id] == [ClassCount(name: "unit", values: [("市住建局", 6)])])
        #expect(md.contains("**承办单位 · unit:** 市住建局 (6)"))
        let noiseRank = try #require(result.report.items.first { $0.theme == themeOfNoise.id }?.rank)
        let classes = try String(contentsOf: folder.appendingPathComponent("主题分类统计.csv"), encoding: .utf8)
        #expect(classes.hasPrefix("排名,主题,分类,取值,文档数\r\n") || classes.hasPrefix("排名,主题,分类,取值,文档数\n"))
        #expect(classes.contains("\(noiseRank),\(themeOfNoise.name),unit,市住建局,6"))
        let monthly = try String(contentsOf: folder.appendingPathComponent("主题月度统计.csv"), encoding: .utf8)
        #expect(monthly.contains("\(noiseRank),\(themeOfNoise.name),2019-05,6"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("主题统计.xlsx").path))
    }
}
