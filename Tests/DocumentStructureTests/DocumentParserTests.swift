import ArticleExtraction
import DocumentStructure
import Foundation
import Testing
import TopicsCore
import TopicsTestSupport

@Suite("Proposals, suggestions and reports")
struct DocumentParserTests {
    let parser = DocumentParser()

    func sampleText(_ name: String) throws -> String {
        try String(contentsOf: Fixtures.sample(name), encoding: .utf8)
    }

    @Test("A proposal: every label, 案由, sections and its three numbered 建议")
    func proposal() throws {
        let d = parser.parse(text: try sampleText("proposal-rural-teachers.txt"), id: "p1")
        #expect(d.kind == .proposal)
        #expect(d.title == "关于加强乡村教师队伍建设 巩固教育扶贫成果的提案")
        #expect(d.number == "第0127号")
        #expect(d.authors == ["王明华"])
        #expect(d.cosigners == ["李小红", "张建国", "陈思远"])
        #expect(d.sector == "民进")
        #expect(d.category == "教育")
        #expect(d.leadUnit == "市教育局")
        #expect(d.assistingUnits == ["市财政局", "市人力资源和社会保障局"])
        #expect(d.date == "2021-01-18")
        #expect(d.sections.map(\.heading) == ["案由", "一、存在的问题", "二、原因分析", "三、具体建议", "答复"])
        let suggestions = try #require(d.sections.first { $0.heading == "三、具体建议" })
        #expect(suggestions.items.count == 3)
        #expect(suggestions.items[0].hasPrefix("优化编制核定办法。"))
        #expect(suggestions.items[2].hasPrefix("拓宽专业发展通道。"))
        let problems = try #require(d.sections.first { $0.heading == "一、存在的问题" })
        #expect(problems.items.map { String($0.prefix(6)) } == ["结构性缺编严", "待遇保障不足", "专业发展渠道"])
        #expect(d.sections.first?.paragraphs.first?.hasPrefix("乡村教师是发展乡村教育") == true)
        #expect(d.text.contains("市教育局会同市财政局"))
        #expect(!d.text.contains("提案号"))
    }

    @Test("A 社情民意 item: bulletin number, reporter and party, 一是…二是…三是")
    func sheqingMinyi() throws {
        let d = parser.parse(text: try sampleText("sheqing-minyi-relocation.txt"), id: "s1")
        #expect(d.kind == .suggestion)
        #expect(d.title == "关于易地扶贫搬迁安置点后续扶持的建议")
        #expect(d.number == "第45期")
        #expect(d.authors == ["赵丽萍"])
        #expect(d.sector == "农工党")
        #expect(d.source == "市政协社情民意信息工作委员会")
        #expect(d.date == "2020-11-03")
        let items = d.sections.flatMap(\.items)
        #expect(items.count == 3)
        #expect(items[0].hasPrefix("加大就业帮扶力度"))
    }

    @Test("A 留言 record: subject, time, user, details with 1. 2. 3., the reply and its date")
    func message() throws {
        let d = parser.parse(text: try sampleText("message-bus-route.txt"), id: "m1")
        #expect(d.kind == .suggestion)
        #expect(d.title == "建议增开A市经济开发区至高铁站的公交线路")
        #expect(d.number == "208636")
        #expect(d.authors == ["A00098765"])
        #expect(d.date == "2019-06-12T09:41:27")
        #expect(d.sections.map(\.heading) == ["留言详情", "答复"])
        #expect(d.sections[0].items.prefix(2) == ["增开一条直达线路", "早晚高峰加密班次"])
        #expect(d.sections[1].paragraphs.first?.contains("K12路公交") == true)
        #expect(d.metadata["reply_date"] == .string("2019-07-05T16:20:00"))
    }

    @Test("A work report: 一、 sections, （一） points, navigation gone")
    func report() throws {
        let d = parser.parse(text: try sampleText("cppcc-work-report.txt"), id: "r1")
        #expect(d.kind == .report)
        #expect(d.title == "发挥政协优势 助力脱贫攻坚——市政协2020年脱贫攻坚工作报告")
        #expect(d.date == "2021-01-08")
        #expect(d.source == "市政协办公室")
        #expect(d.sections.map(\.heading) == ["", "一、围绕中心，开展专题协商", "二、发挥优势，开展结对帮扶",
                                              "三、强化监督，助推政策落实", "四、存在的不足和下一步打算"])
        #expect(d.sections[1].items.count == 2)
        for noise in ["上一篇", "下一篇", "打印本页", "首页 >"] { #expect(!d.text.contains(noise), "\(noise)") }
    }

    @Test("HTML: a proposal page and the seed-like pages, kinds detected")
    func pages() throws {
        let extractor = ArticleExtractor()
        func page(_ name: String) throws -> Document {
            let article = try extractor.extract(try Fixtures.sampleBytes(name), path: name, url: nil)
            return parser.parse(article: article, id: name)
        }
        let proposal = try page("proposal-clean-heating.html")
        #expect(proposal.kind == .proposal)
        #expect(proposal.number == "第0215号")
        #expect(proposal.authors == ["刘晓东"])
        #expect(proposal.sector == "农工党")
        #expect(proposal.assistingUnits == ["市发展改革委", "市住房城乡建设局"])
        #expect(proposal.sections.first { $0.heading == "建议" }?.items.count == 3)
        #expect(try page("longnan-report-gbk.html").kind == .report)
        let news = try page("hunan-cppcc-reprint.html")
        #expect(news.kind == .article)
        #expect(news.authors == ["陈海峰"])
        #expect(news.metadata["encoding"] == .string("UTF-8"))
    }

    @Test("A kind can be forced; a document round-trips through its record")
    func forcedKindAndRecord() throws {
        let d = DocumentParser(kind: .report).parse(text: try sampleText("proposal-rural-teachers.txt"), id: "x")
        #expect(d.kind == .report)
        let back = try #require(Document(record: d.record, fallbackID: "y"))
        #expect(back == d)
    }

    @Test("Label lines: several labels on a line; a label inside a sentence is not a label")
    func labelsInText() {
        let d = parser.parse(text: "标题\n提案人：甲 界别：九三学社 类别：科技\n为此建议：一是甲；二是乙。", id: "t")
        #expect(d.authors == ["甲"])
        #expect(d.sector == "九三学社")
        #expect(d.category == "科技")
        #expect(d.sections.flatMap(\.items) == ["甲", "乙。"])
    }
}
