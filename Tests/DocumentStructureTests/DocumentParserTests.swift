import ArticleExtraction
@testable import DocumentStructure
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
        #expect(d.reply?.unit == "市教育局") // no signature: the lead unit answers
        #expect(d.reply?.text.hasPrefix("市教育局会同市财政局") == true)
        #expect(!d.text.contains("提案号"))
    }

    @Test("A 社情民意 item: bulletin number, reporter and party, 一是…二是…三是")
    func sheqingMinyi() throws {
        let d = parser.parse(text: try sampleText("sheqing-minyi-relocation.txt"), id: "s1")
        #expect(d.kind == .suggestion)
        #expect(d.title == "关于易地扶贫搬迁安置点后续扶持的建议")
        #expect(d.number == "社情民意信息第45期")
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

    @Test("Labels printed in traditional characters and a month's Chinese name in an English-ordered date")
    func traditionalLabels() {
        let text = """
            建議之標題：台灣附近海運船舶即時資訊與動態
            建議原因：此資料能整合並搭配船班相關網站，希望能開放此項資料，謝謝。
            派發機關：交通部
            回復時間：星期二, 五月 3, 2016 - 10:28
            回應：您好：感謝您的建議，茲答復如下：
            目前本公司已開放船舶名稱與船舶類型。
            """
        let d = parser.parse(text: text, id: "tw1")
        #expect(d.kind == .suggestion)
        #expect(d.title == "台灣附近海運船舶即時資訊與動態")
        #expect(d.reply?.unit == "交通部")
        #expect(d.reply?.date == "2016-05-03T10:28")
        #expect(d.reply?.text.hasPrefix("您好：感謝您的建議") == true)
        #expect(DateText.firstISO(in: "十二月 31, 2019") == "2019-12-31")
        // A month's name without the day, comma and year after it is no date.
        #expect(DateText.firstISO(in: "五月 3日上午") == nil)
    }

    @Test("A crawler's key: value dump; the date from the original title or the opening line")
    func crawlerDump() {
        let text = """
            title: 外交部就中美贸易关系等答问
            url: http://www.scio.gov.cn/xwfbh/wjb/1.htm
            content:
            原标题：2018年3月23日外交部发言人华春莹主持例行记者会
            问：美东时间今天早上，美国总统签署了备忘录。中方对此有何回应？
            """
        let d = parser.parse(text: text, id: "mfa1")
        #expect(d.title == "外交部就中美贸易关系等答问")
        #expect(d.date == "2018-03-23")
        #expect(d.metadata["url"] == .string("http://www.scio.gov.cn/xwfbh/wjb/1.htm"))
        let opening = parser.parse(text: "外交部发言人就韩国外长访华等问题答问\n2010年3月11日，外交部发言人秦刚举行例行记者会。\n问：有何评论？", id: "mfa2")
        #expect(opening.date == "2010-03-11")
        // A date later in the first line does not date the text.
        let later = parser.parse(text: "关于加强社区养老服务的建议\n我市自2010年3月11日起试行社区养老服务。", id: "p1")
        #expect(later.date == nil)
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

    // MARK: - Traits of real published documents (snippets modelled on them)

    @Test("社情民意: the issue label is a line of its own under the title; problems first, then 为此，建议： and 一、二、")
    func issueLabelUnderTitle() {
        let text = """
        关于加强农村独居老人关爱服务的建议
        社情民意信息2022年第17期
        市政协委员　市民政局副局长　刘　帆
        近年来，我市农村独居老人增多。调研发现主要存在以下问题：
        一、关爱服务覆盖不全。部分行政村没有日间照料中心。
        二、专业人员不足。护理人员多为兼职。
        为此，建议：
        一、完善关爱服务网络。以乡镇为单位建设区域养老服务中心。
        二、加强队伍建设。一是定向培养护理人员；二是落实补贴。
        三、引导社会力量参与。鼓励志愿服务组织结对帮扶。
        """
        let d = parser.parse(text: text, id: "s")
        #expect(d.kind == .suggestion)
        #expect(d.title == "关于加强农村独居老人关爱服务的建议")
        #expect(d.number == "社情民意信息2022年第17期")
        #expect(d.authors == ["刘帆"])
        #expect(d.positions == ["市政协委员", "市民政局副局长"])
        #expect(d.problems.map { String($0.prefix(6)) } == ["关爱服务覆盖", "专业人员不足"])
        #expect(d.suggestions.map { String($0.prefix(6)) } == ["完善关爱服务", "加强队伍建设", "引导社会力量"])
    }

    @Test("Proposer lines: one person a line, office + name, and a county CPPCC or a party committee as proposer")
    func proposerLines() {
        let text = """
        关于推进县域医共体建设的提案
        县政协委员　县人民医院院长　王建国
        民建某某市委
        某某区政协
        县域医共体建设推进缓慢。具体建议：1.统一信息平台；2.完善医保打包付费。
        """
        let d = parser.parse(text: text, id: "p")
        #expect(d.kind == .proposal)
        #expect(d.authors == ["王建国", "民建某某市委", "某某区政协"])
        #expect(d.positions == ["县政协委员", "县人民医院院长"])
        #expect(d.suggestions == ["统一信息平台", "完善医保打包付费。"])
    }

    @Test("A speech: the member is in the title; bold 一、 headings are the points, their sub-points are not")
    func speech() {
        let text = """
        张某某委员的发言：让数字经济赋能乡村振兴
        当前，我市数字乡村建设取得积极进展，但仍有短板。为此，建议：
        一、补齐数字基础设施短板
        （一）推进千兆光网向行政村延伸。（二）建设县级冷链物流数据平台。
        二、培育乡村数字人才
        1.开展农民电商培训；2.引进返乡创业青年。
        """
        let d = parser.parse(text: text, id: "sp")
        #expect(d.kind == .suggestion)
        #expect(d.authors == ["张某某"])
        #expect(d.suggestions.map { String($0.prefix(6)) } == ["补齐数字基础", "培育乡村数字"])
    }

    @Test("A news report quoting proposal titles is an article")
    func newsQuotingProposals() {
        let text = """
        市政协召开重点提案办理情况评议会
        11月20日，市政协召开重点提案办理情况评议会，对《关于加快老旧小区改造的提案》《关于发展托育服务的提案》办理情况进行评议。
        会上，承办单位汇报了办理情况，委员们进行了评议。市政协副主席李某某出席会议并讲话。
        """
        let d = parser.parse(text: text, id: "n")
        #expect(d.kind == .article)
        #expect(d.suggestions.isEmpty)
    }

    @Test("Groups and replies: 某某等N人 is its first proposer; a reply keeps its date and the unit signed under it")
    func groupAndReply() {
        let text = """
        关于规范审批服务窗口建设的建议
        提案人：赵某某等2人
        问题分析：一是人员配比不达标。二是分工不科学。具体建议：（一）配齐审批人员。（二）调配窗口人员。
        答复意见：您提出的建议收悉，现答复如下：我们已配齐窗口人员。感谢您的关心。 某某市行政审批局
        答复时间：2019-05-06
        """
        let d = parser.parse(text: text, id: "g")
        #expect(d.authors == ["赵某某"])
        #expect(d.problems.map { String($0.prefix(4)) } == ["人员配比", "分工不科"])
        #expect(d.suggestions.map { String($0.prefix(4)) } == ["配齐审批", "调配窗口"])
        #expect(d.reply?.unit == "某某市行政审批局")
        #expect(d.reply?.date == "2019-05-06")
        #expect(d.reply?.text.hasPrefix("您提出的建议收悉") == true)
    }

    @Test("A web page: a speech with bold proposer lines, 一、 headings and their sub-points")
    func speechPage() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>政协网</title></head><body>
        <div class="article"><h1>李某某委员的发言：推动职业教育提质培优</h1>
        <div class="info">发布时间：2023-01-12</div>
        <div class="content">
        <p><strong>市政协委员　市职业技术学院院长　李某某</strong></p>
        <p>近年来，我市职业教育规模不断扩大，但办学质量与产业需求仍有差距，校企合作不深、“双师型”教师不足、专业设置滞后于产业发展等问题较为突出。为此，建议：</p>
        <p><strong>一、深化产教融合</strong></p>
        <p>1.建立校企合作激励机制，对深度参与办学的企业给予税费优惠。2.推动重点产业园区与职业院校共建实训基地。</p>
        <p><strong>二、建强“双师型”教师队伍</strong></p>
        <p>完善教师到企业实践制度，每五年累计不少于六个月。</p>
        <p><strong>三、动态调整专业设置</strong></p>
        <p>建立专业设置与产业需求对接机制，淘汰就业率低的专业。</p>
        </div></div></body></html>
        """
        let article = try ArticleExtractor().extract(html: html, path: "speech.html")
        let d = parser.parse(article: article, id: "speech.html")
        #expect(d.kind == .suggestion)
        #expect(d.authors.first == "李某某")
        #expect(d.positions == ["市政协委员", "市职业技术学院院长"])
        #expect(d.suggestions.map { String($0.prefix(4)) } == ["深化产教", "建强“双", "动态调整"])
    }

    @Test("A 社情民意 text from a county CPPCC: no label, no issue line, title not 建议; the lead-in and its points make it a suggestion")
    func countyText() {
        let text = """
        农村集中供水工程管护亟待加强
        某某县政协
        据反映，我县部分农村集中供水工程建成后管护不到位，群众饮水安全存在隐患。主要问题：一是管护主体不明确；二是管护经费不足；三是水质检测不及时。
        为此建议：一是明确管护责任；二是多渠道筹措管护经费；三是建立水质定期检测制度。
        """
        let d = parser.parse(text: text, id: "c")
        #expect(d.kind == .suggestion)
        #expect(d.authors == ["某某县政协"])
        #expect(d.problems.map { String($0.prefix(4)) } == ["管护主体", "管护经费", "水质检测"])
        #expect(d.suggestions.map { String($0.prefix(4)) } == ["明确管护", "多渠道筹", "建立水质"])
    }

    @Test("A news report with a dateline stays an article even when it quotes a member's suggestions")
    func newsQuotingSuggestions() {
        let text = """
        委员热议乡村振兴
        本报讯（记者 王某）3月5日，在分组讨论中，委员们围绕乡村振兴建言献策。张委员建议：一是加大农业科技投入；二是完善农村物流体系。
        """
        #expect(parser.parse(text: text, id: "n").kind == .article)
    }

    @Test("Names: 张三　李四 are two proposers, 刘　帆 is one")
    func paddedNames() {
        let d = parser.parse(text: "关于某事的提案\n提案人：张三　李四、刘　帆\n正文。", id: "t")
        #expect(d.authors == ["张三", "李四", "刘帆"])
    }

    @Test("Points: 首先/其次/最后, 建议一：, a same-style list nested in a point, a marker glued to the text")
    func pointStyles() {
        func suggestions(_ body: String) -> [String] {
            parser.parse(text: "关于某事的建议\n" + body, id: "x").suggestions.map { String($0.prefix(4)) }
        }
        #expect(suggestions("具体建议：首先，开展专题调研。其次，建立少年司法制度。最后，保障受教育权。")
                == ["开展专题", "建立少年", "保障受教"])
        #expect(suggestions("具体建议：建议一：发牌规管经营者。建议二：监管违例停泊。")
                == ["发牌规管", "监管违例"])
        #expect(suggestions("具体建议：一是打造政务环境。一是优化流程。二是提高效率。三是创新方式。二是打造市场环境。一是清理收费。二是降低成本。三是破解融资难题。三是打造法治环境。")
                == ["打造政务", "打造市场", "打造法治"])
        #expect(suggestions("为此，我们建议：1、构建病理共享平台，达到明确诊断2、引入民营资本。3、采用独立实验室模式。")
                == ["构建病理", "引入民营", "采用独立"])
        // 第2、3条 and 1、2、3号楼 are not points.
        #expect(suggestions("为此建议：1、修订第2、3条。2、改造1、2、3号楼。") == ["修订第2", "改造1、"])
    }

    @Test("Speech titles: 张某某委员：…, a title naming the meeting, offices joined by 、 and the party in brackets")
    func speechTitles() {
        let a = parser.parse(text: "王某某委员：加快补齐养老服务短板\n养老服务供给不足。为此建议：一是扩大供给；二是加强监管。", id: "a")
        #expect(a.kind == .suggestion)
        #expect(a.authors == ["王某某"])
        let b = parser.parse(text: """
            在市政协十五届二次会议上的大会发言
            市政协委员、民革市委副主委　赵某某（民革）
            当前我市营商环境仍有短板。为此，建议：一、优化审批服务。二、降低要素成本。
            """, id: "b")
        #expect(b.kind == .suggestion)
        #expect(b.authors == ["赵某某"])
        #expect(b.positions == ["市政协委员", "民革市委副主委"])
        #expect(b.sector == "民革")
        #expect(b.suggestions.count == 2)
    }

    @Test("An issue as printed: label over two lines, masthead, title, text, reporter in brackets at the end")
    func issueAsPrinted() {
        let text = """
        社情民意信息
        2022年第17期
        某某市政协办公室编　　　　2022年5月10日
        关于规范校外培训机构收费的建议
        近期有群众反映，部分校外培训机构预收费用过高，存在“爆雷”风险。
        为此建议：一是建立预收费资金监管账户；二是限定预收期限。
        （反映人：市政协委员　某某局副局长　张某某）
        """
        let d = parser.parse(text: text, id: "i")
        #expect(d.kind == .suggestion)
        #expect(d.title == "关于规范校外培训机构收费的建议")
        #expect(d.number == "社情民意信息2022年第17期")
        #expect(d.source == "某某市政协办公室")
        #expect(d.date == "2022-05-10")
        #expect(d.authors == ["张某某"])
        #expect(d.positions == ["市政协委员", "某某局副局长"])
        #expect(d.suggestions.map { String($0.prefix(5)) } == ["建立预收费", "限定预收期"])
    }

    @Test("A web page whose headline is the issue label: the item's title is its first short paragraph")
    func issueLabelAsHeadline() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>社情民意信息2022年第17期</title></head><body>
        <div class="article"><h1>社情民意信息2022年第17期</h1>
        <div class="content">
        <p>关于加快老旧小区加装电梯的建议</p>
        <p>某某区政协</p>
        <p>我区老旧小区多为多层住宅，老年人上下楼困难，加装电梯意愿强烈，但推进缓慢，主要问题：一是居民意见难统一；二是资金筹集难。</p>
        <p>为此，建议：一是简化审批流程；二是加大财政补贴；三是引导公积金支持。</p>
        </div></div></body></html>
        """
        let article = try ArticleExtractor().extract(html: html, path: "issue.html")
        let d = parser.parse(article: article, id: "issue.html")
        #expect(d.title == "关于加快老旧小区加装电梯的建议")
        #expect(d.number == "社情民意信息2022年第17期")
        #expect(d.kind == .suggestion)
        #expect(d.authors.first == "某某区政协")
        #expect(d.suggestions.count == 3)
        #expect(d.problems.count == 2)
    }

    @Test("A committee's account of its own work under its name, in numbered sections, asking for nothing: a report")
    func committeeWorkAccountIsAReport() {
        let d = parser.parse(text: """
            积极发挥政协优势 合力助推脱贫攻坚
            政协某某市委员会
            精准扶贫工作开展以来，全市各级政协组织和广大政协委员充分发挥自身优势，在脱贫攻坚主战场上履职尽责，凝聚合力助推脱贫攻坚。
            一、全面动员，政协组织齐上阵
            市、县政协主席会议成员分别深入各自联系片区、联系村和联系户，就精准扶贫工作进行专题调研，协调落实各类帮扶资金三千余万元。
            二、发挥优势，委员履职显担当
            广大政协委员通过捐资捐物、技术培训、产销对接等方式，帮助贫困村改善条件、发展生产，共同凝聚起推进精准扶贫的强大合力。
            三、建言资政，协商议政聚共识
            围绕产业扶贫、教育扶贫、健康扶贫等重点课题开展调研视察，召开专题协商会议，形成调研报告和社情民意信息，推动一批民生问题得到解决。
            四、创新方式，政协云上聚智慧
            依托政协云平台开展网络议政和远程协商，委员线上提交意见，线下跟踪落实，让履职更加便捷高效。
            """, id: "r")
        #expect(d.kind == .report)
        #expect(d.title == "积极发挥政协优势 合力助推脱贫攻坚")
        #expect(d.authors == ["政协某某市委员会"])
    }

    @Test("A reply letter to a proposal: title over two lines, number, addressee, answer, the body and date signing it")
    func replyLetterToAProposal() {
        let d = parser.parse(text: """
            某某市人民政府办公室对市政协十三届四次会议
            第128号提案的答复
            某政办函〔2021〕35号
            李某某、王某某委员：
            你们提出的《关于加快农村污水治理的提案》收悉。经研究，现答复如下：
            近年来，我市把农村生活污水治理作为改善人居环境的重点，已建成处理设施二百余座，今后将继续加大投入。
            感谢你们对政府工作的关心和支持。
            某某市人民政府办公室
            二〇二一年七月十六日
            （联系人：张某，电话：1234567）
            """, id: "r")
        #expect(d.kind == .proposal)
        #expect(d.title == "某某市人民政府办公室对市政协十三届四次会议第128号提案的答复")
        #expect(d.number == "某政办函〔2021〕35号")
        #expect(d.authors == ["李某某", "王某某"])
        #expect(d.date == "2021-07-16")
        #expect(d.reply?.unit == "某某市人民政府办公室")
        #expect(d.reply?.date == "2021-07-16")
        #expect(d.reply?.text.hasPrefix("你们提出的《关于加快农村污水治理的提案》收悉") == true)
        #expect(d.assistingUnits.isEmpty)
        // The units consulted before the answer are the proposal's assisting units.
        #expect(ReplyLetter.consultedUnits(["你们提出的关于完善政府网站的提案，经商信息产业部、国务院信息办，现答复如下："]) == ["信息产业部", "国务院信息办"])
        #expect(ReplyLetter.consultedUnits(["您提出的建议收悉，经商财政部和发展改革委同意，现答复如下："]) == ["财政部", "发展改革委"])
        #expect(ReplyLetter.consultedUnits(["经商量，我们认为这一建议很好。"]).isEmpty)
    }

    @Test("Addressees: members, deputies, a vice-chairman, a provincial government")
    func replyLetterAddressees() {
        #expect(ReplyLetter.addressee("王超斌委员").authors == ["王超斌"])
        #expect(ReplyLetter.addressee("周桂英等代表").authors == ["周桂英"])
        let vice = ReplyLetter.addressee("马万祺副主席")
        #expect(vice.authors == ["马万祺"] && vice.positions == ["副主席"])
        #expect(ReplyLetter.addressee("辽宁省人民政府").authors == ["辽宁省人民政府"])
        #expect(ReplyLetter.documentNumber("国办函〔2006〕82号") == "国办函〔2006〕82号")
        #expect(ReplyLetter.documentNumber("第4626号提案的答复") == nil)
        // A suggestion answered: a suggestion, not a proposal.
        let d = parser.parse(text: "关于增设公交线路建议的答复\n张某某代表：\n您提出的关于增设公交线路的建议收悉。现答复如下：已安排调研。\n市交通运输局\n2022年6月1日", id: "s")
        #expect(d.kind == .suggestion)
        #expect(d.reply?.unit == "市交通运输局")
    }

    @Test("A department's report: the department at the head of its title is its author")
    func departmentReportAuthor() {
        #expect(DocumentParser.issuer(openingReportTitle: "河北省教育厅2017年度政府信息公开工作报告") == "河北省教育厅")
        #expect(DocumentParser.issuer(openingReportTitle: "河北省人力资源和社会保障厅2019年政府信息公开工作年度报告") == "河北省人力资源和社会保障厅")
        #expect(DocumentParser.issuer(openingReportTitle: "2019年政府工作报告") == nil)
        #expect(DocumentParser.issuer(openingReportTitle: "关于2019年预算执行情况的报告") == nil)
        #expect(DocumentParser.signatureDate("河北省教育厅", "2018年2月8日") == "2018-02-08")
        #expect(DocumentParser.signatureDate("感谢您的关心和支持。", "2018年2月8日") == nil)
    }

    @Test("A city platform's message record: 反映标题/信件标题, 反映时间, 反映内容, 受理单位, 答复内容/处理结果, 反馈时间, 回复1")
    func messagePlatformRecords() {
        let dalian = parser.parse(text: """
            受理编号：G20180401-0011
            反映标题：咨询关于灭火器年检
            反映时间：2018-04-01 09:12:30
            反映内容：小区的灭火器过期了，请问去哪里年检？
            受理单位：消防支队
            处理状态：已办结
            答复内容：尊敬的网友您好：可到消防器材检修点办理。
            反馈时间：2018-04-03 10:00:00
            """, id: "dl")
        #expect(dalian.kind == .suggestion)
        #expect(dalian.title == "咨询关于灭火器年检")
        #expect(dalian.number == "G20180401-0011")
        #expect(dalian.date?.hasPrefix("2018-04-01") == true)
        #expect(dalian.reply?.unit == "消防支队")
        #expect(dalian.reply?.date?.hasPrefix("2018-04-03") == true)
        #expect(dalian.reply?.text.hasPrefix("尊敬的网友您好") == true)
        #expect(dalian.text.hasPrefix("小区的灭火器过期了"))
        #expect(dalian.metadata["status"] == .string("已办结"))
        let letter = parser.parse(text: """
            信件标题：供热不热
            来信人：韩某某
            咨询时间：2018-11-19 14:24:01
            所属类型：反映问题
            信件内容：我家是林业局家属区，今年供热不热！
            处理情况：办理完毕
            处理结果：我办将尽快责成供热公司派人予以解决。
            处理时间：2018-11-20 16:16:23
            """, id: "jms")
        #expect(letter.kind == .suggestion)
        #expect(letter.title == "供热不热")
        #expect(letter.authors == ["韩某某"])
        #expect(letter.date?.hasPrefix("2018-11-19") == true)
        #expect(letter.reply?.date?.hasPrefix("2018-11-20") == true)
        #expect(letter.reply?.text.hasPrefix("我办将尽快") == true)
        #expect(!letter.text.contains("办理完毕"))
        let numbered = parser.parse(text: "标题：小区内河整治\n性质：咨询\n区域：晋安区\n信息来源：网站\n时间：2016-10-08\n"
                                    + "诉求件内容：河水浑浊，散发臭味。\n回复1：您好！此河正在整治。", id: "fz")
        #expect(numbered.kind == .suggestion)
        #expect(numbered.reply?.text == "您好！此河正在整治。")
        #expect(numbered.metadata["region"] == .string("晋安区"))
        #expect(numbered.text.hasPrefix("河水浑浊，散发臭味。"))
    }

    @Test("A report scraped onto one line: paragraphs at their indents, the dateline not the title, the subtitle's date, the speaker")
    func oneLineReport() {
        let paragraph = "过去一年，我国发展面临多年少有的国内外复杂严峻形势，经济出现新的下行压力。"
        let text = "\u{3000}\u{3000}新华社北京3月16日电\u{3000}\u{3000}政府工作报告\u{3000}\u{3000}——2019年3月5日在第十三届全国人民代表大会第二次会议上"
            + "\u{3000}\u{3000}国务院总理\u{2002}\u{2002}李某某\u{3000}\u{3000}各位代表：\u{3000}\u{3000}一、2018年工作回顾"
            + (0..<8).map { _ in "\u{3000}\u{3000}" + paragraph }.joined()
        let d = parser.parse(text: text, id: "r")
        #expect(d.kind == .report)
        #expect(d.title == "政府工作报告")
        #expect(d.date == "2019-03-05")
        #expect(d.authors == ["李某某"])
        #expect(d.positions == ["国务院总理"])
        #expect(d.text.split(separator: "\n").filter { $0 == paragraph }.count == 8)
        // Office and name run together, and the address after them.
        let glued = parser.parse(text: "2004年政府工作报告——2004年3月5日在第十届全国人民代表大会第二次会议上\n国务院总理温某某各位代表：\n"
                                 + "本届政府履行职责已经一年。现在，我代表国务院，向大会作政府工作报告，请予审议。", id: "g")
        #expect(glued.kind == .report)
        #expect(glued.authors == ["温某某"])
        #expect(glued.positions == ["国务院总理"])
        // A short line with indents is not cut at them.
        #expect(Noise.splitAtGaps("国务院总理\u{3000}\u{3000}李某某").count == 1)
    }

    @Test("A district's report: its dateline under the title drawn with hyphens, office and name spaced apart; a report whose title was lost")
    func districtReport() {
        let paragraph = "过去一年，全区经济社会发展取得新成绩，地区生产总值增长百分之七。"
        let body = "\n\u{3000}\u{3000}各位代表：\n\u{3000}\u{3000}现在，我代表区政府向大会作工作报告，请予审议。\n一、过去一年工作回顾\n"
            + (0..<4).map { _ in "\u{3000}\u{3000}" + paragraph }.joined(separator: "\n") + "\n二、今年工作安排\n\u{3000}\u{3000}" + paragraph
        for dash in ["----", "--", "——", "－－"] {
            let d = parser.parse(text: "政 府 工 作 报 告\n\n\u{3000}\u{3000}\(dash)2013年2月28日在某某区第十三届人民代表大会第七次会议上\n\n"
                                 + "某某区人民政府区长\u{3000}\u{3000}杜某某" + body, id: "d")
            #expect(d.kind == .report)
            #expect(d.date == "2013-02-28", "dash \(dash)")
            #expect(d.authors == ["杜某某"] && d.positions == ["某某区人民政府区长"], "dash \(dash)")
        }
        // Longer offices, and an acting head (代区长).
        let acting = parser.parse(text: "政府工作报告\n——2019年1月9日在某某区第十五届人民代表大会第三次会议上\n"
                                  + "呼伦贝尔市某某区人民政府代区长　萨某某" + body, id: "a")
        #expect(acting.authors == ["萨某某"] && acting.positions == ["呼伦贝尔市某某区人民政府代区长"])
        // The title lost: the dateline opens the text; neither it, the speaker nor the address is the title.
        let untitled = parser.parse(text: "\u{3000}—2017年2月11日在某某区第十四届人民代表大会第六次会议上\n"
                                    + "\u{3000}\u{3000}某某区人民政府代区长\u{3000}\u{3000}杨某某" + body, id: "u")
        #expect(untitled.title == nil)
        #expect(untitled.date == "2017-02-11")
        #expect(untitled.authors == ["杨某某"])
    }

    @Test("A letter's date under a 来信日期 label")
    func letterDateLabel() {
        let d = parser.parse(text: "标题：水箱供水\n来信日期：2023-06-09\n信件内容：我们小区采用水箱供水，水压很小，希望改造。\n"
                             + "回复日期：2023-06-19\n回复单位：某某镇人民政府\n回复内容：您好！经了解，该小区已完成二次供水改造。", id: "l")
        #expect(d.kind == .suggestion)
        #expect(d.date == "2023-06-09")
        #expect(d.reply?.date == "2023-06-19")
        #expect(d.reply?.unit == "某某镇人民政府")
    }

    @Test("A question platform's heading: 提问 is the title, 编号 the number, and it is a citizen's message")
    func questionHeading() {
        let d = parser.parse(text: "提问：道路管理  编号:193507\n\n东莞市南城新基南路君临大厦周边好多道路都被私人用停车锁圈起来，成了私人车位。", id: "q")
        #expect(d.kind == .suggestion)
        #expect(d.title == "道路管理")
        #expect(d.number == "193507")
    }
}
