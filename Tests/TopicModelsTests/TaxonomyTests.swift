import Foundation
import Testing
import TopicModels
import TopicsTestSupport

@Suite("Taxonomy tagging")
struct TaxonomyTests {
    static let taxonomy = try! Taxonomy(contentsOf: Fixtures.shipped("taxonomy.yaml").path)
    let tagger = TaxonomyTagger(taxonomy: TaxonomyTests.taxonomy)

    @Test("The shipped taxonomy checks clean")
    func shippedChecksClean() {
        #expect(Self.taxonomy.check().isEmpty, "\(Self.taxonomy.check())")
        #expect(Self.taxonomy.flattened.count >= 20)
    }

    @Test("The Longnan work report, on poverty relief in general, gets 脱贫攻坚 with its areas as evidence, and CPPCC work")
    func workReport() throws {
        guard let report = Fixtures.seedText("003") else { return }
        let tags = tagger.tag(report)
        let paths = Set(tags.map(\.path))
        for topic in ["脱贫攻坚", "政协履职"] { #expect(paths.contains(topic), "\(topic) in \(paths.sorted())") }
        // Eight areas, none of them most of the report: no child is given, the areas' matches are the context's evidence.
        #expect(!paths.contains { $0.hasPrefix("脱贫攻坚/") }, "\(paths.sorted())")
        let terms = Set(try #require(tags.first { $0.path == "脱贫攻坚" }).evidence.map(\.term))
        for term in ["基础设施", "电子商务", "合作社", "低保"] { #expect(terms.contains(term), "\(term) in \(terms.sorted())") }
        #expect(!paths.contains("交通运输"))
    }

    @Test("The Hunan reprint: poverty relief by CPPCC members, its pairing among other areas")
    func newsReprint() throws {
        guard let news = Fixtures.seedText("000") else { return }
        let tags = tagger.tag(news)
        let paths = Set(tags.map(\.path))
        for topic in ["脱贫攻坚", "政协履职"] { #expect(paths.contains(topic), "\(topic) in \(paths.sorted())") }
        #expect(try #require(tags.first { $0.path == "脱贫攻坚" }).evidence.contains { $0.term == "结对帮扶" })
    }

    @Test("A child of a context is given only when the text is mainly about it, else its matches are the context's")
    func childShare() throws {
        let yaml = """
            topics:
              - id: poverty
                name: 脱贫攻坚
                context: true
                terms: [扶贫]
                children:
                  - {id: poverty.infrastructure, name: 基础设施, terms: [基础设施]}
                  - {id: poverty.health, name: 健康扶贫, terms: [医疗救助]}
            """
        let tagger = TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml))
        // A county's poverty overview: 扶贫 eight times, each area once (1 of a branch of 10: under 0.15).
        let overview = String(repeating: "扶贫。", count: 8) + "基础设施。医疗救助。"
        let general = tagger.tag(overview)
        #expect(general.map(\.path) == ["脱贫攻坚"])
        #expect(general[0].evidence.map(\.term) == Array(repeating: "扶贫", count: 8) + ["基础设施", "医疗救助"])
        #expect(abs(general[0].score - (1 - exp(-10.0))) < 0.001)
        // A text mainly about medical aid (3 of 7) that mentions infrastructure once (1 of 7).
        let health = tagger.tag(String(repeating: "扶贫。", count: 3) + String(repeating: "医疗救助。", count: 3) + "基础设施。")
        #expect(Set(health.map(\.path)) == ["脱贫攻坚", "脱贫攻坚/健康扶贫"], "\(health.map(\.path))")
        #expect(health.first { $0.path == "脱贫攻坚" }?.evidence.map(\.term).contains("基础设施") == true)
    }

    @Test("Supporting words count only for a topic with other evidence, and a heading does not lift them")
    func supportingWords() throws {
        let yaml = "topics:\n  - {id: cppcc, name: 政协履职, terms: [政协委员], aliases: [政协], support: [调研]}"
        let tagger = TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml))
        #expect(tagger.tag("卫生计生委副主任带队赴内蒙古调研。调研座谈会上大家一致认为。").isEmpty)
        let cppcc = try #require(tagger.tag("政协委员赴基层调研。调研发现问题。").first)
        #expect(abs(cppcc.score - (1 - exp(-2.0))) < 0.001)
        #expect(cppcc.evidence.map(\.term) == ["政协委员", "调研", "调研"])
        #expect(cppcc.evidence.map(\.start) == [0, 7, 10])
        // In a heading: 物价 3 + 1, 价格 0.5 + 0.5 (not lifted); an alias there is lifted (小区 0.5 × 3).
        let prices = "topics:\n  - {id: commerce, name: 商贸旅游, terms: [物价], support: [价格]}\n  - {id: urban, name: 城乡建设, aliases: [小区]}"
        let headed = TaxonomyTagger(taxonomy: try Taxonomy(yaml: prices))
        let market = try #require(headed.tag("物价与价格问题\n近来蔬菜价格上涨，物价上涨。").first)
        #expect(abs(market.score - (1 - exp(-5.0))) < 0.001)
        #expect(headed.tag("医学院的学费价格为何这么高\n这所学校收取的学费比别处高出五六倍。").isEmpty)
        #expect(headed.tag("小区停车难\n晚上没有车位。").map(\.score) == [0.777])
        // The shipped taxonomy: an office's survey trip on medical cooperation, owners negotiating with a developer,
        // a title about school fees.
        let trip = "我办副主任带队赴北京就深化京蒙医疗科技合作进行调研座谈。通过调研，大家一致认为要整合资源。"
        #expect(!self.tagger.tag(trip).contains { $0.path == "政协履职" }, "\(self.tagger.tag(trip).map(\.path))")
        let developer = "开发商与业主多次协商。协商未果，业主要求退房。"
        #expect(!self.tagger.tag(developer).contains { $0.path == "政协履职" }, "\(self.tagger.tag(developer).map(\.path))")
        let fees = "A市医学院的学费价格为何会比其他学校高出五六倍？\n学校收取的学费太高，学生负担很重。"
        #expect(!self.tagger.tag(fees).contains { $0.path == "商贸旅游" }, "\(self.tagger.tag(fees).map(\.path))")
    }

    @Test("A pairing agreement between two clinics is 结对帮扶 by its pairing words, not 健康扶贫 by its 医疗")
    func pairingAgreement() throws {
        let text = "社区卫生服务中心“一对一”帮扶签约\n两家社区卫生服务中心签订帮扶协议，结成帮扶结对。作为帮扶单位，中心将派出医疗骨干，"
            + "提高当地医疗服务和基本医疗水平，让帮扶村群众就医更方便，医疗条件得到改善。这是精准扶贫的一项工作。"
        let children = tagger.tag(text).filter { $0.path.hasPrefix("脱贫攻坚/") }
        #expect(children.first?.path == "脱贫攻坚/结对帮扶", "\(children.map(\.path))")
    }

    @Test("At an equal (saturated) score, poverty relief with its education child comes before education itself")
    func contextWithItsChildFirst() throws {
        let school = "学校组织学生开展教育活动，教师和学生共同参与，学校的教育质量和学生的学习条件都有提高。"
        let text = "营养改善计划实现扶贫开发重点县全覆盖\n为落实扶贫开发和精准脱贫要求，在扶贫开发重点县的农村义务教育学校实施营养改善计划，"
            + "贫困学生每天得到营养膳食补助，学生资助覆盖建档立卡贫困家庭。" + String(repeating: school, count: 6)
        let tags = tagger.tag(text)
        let top = try #require(tags.first)
        #expect(top.path == "脱贫攻坚", "\(tags.map { "\($0.path) \($0.score)" })")
        #expect(tags.contains { $0.path == "脱贫攻坚/教育扶贫" })
        // One weak poverty word beside the school words: education stays first.
        let weak = "学校开展帮扶活动\n" + String(repeating: school, count: 6) + "学生资助覆盖更多家庭。"
        #expect(tagger.tag(weak).first?.path == "教育文体", "\(tagger.tag(weak).map { "\($0.path) \($0.score)" })")
    }

    @Test("Pollution complaints in a city's own words: a factory's coal chimney awaiting 煤改气, rubbish dumped by a substation")
    func pollutionComplaints() throws {
        let chimney = "沙田镇丽海厂何日能进行煤改气改造\n沙田镇某印染厂长年烧燃煤供能，其烟囱排气使人胸闷难耐，周围居民受其影响，希望该厂早日进行煤改气改造。"
        #expect(tagger.tag(chimney).first?.path == "生态环境")
        let dumped = "小享变电站旁边被人乱倒垃圾\n变电站围墙脚又被人一夜间倒出一大堆垃圾，只要见到有人清理的地段就拼命往哪倒垃圾，不是一袋一袋而是一车一车倒。"
        #expect(tagger.tag(dumped).first?.path == "生态环境")
    }

    @Test("Evidence offsets point at the matched characters of the original text, in their sentence")
    func evidenceOffsets() throws {
        // Traditional and full-width forms in the original: matching happens on the normalised text.
        let text = "\u{3000}委員們建議：加強貧困地區鄉村教師隊伍建設。另外，增開公交線路！"
        let tags = tagger.tag(text)
        let scalars = Array(text.unicodeScalars)
        let education = try #require(tags.first { $0.path == "脱贫攻坚/教育扶贫" })
        let evidence = try #require(education.evidence.first)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == "鄉村教師")
        #expect(evidence.term == "乡村教师")
        #expect(evidence.sentence == "委員們建議：加強貧困地區鄉村教師隊伍建設。")
        let transport = try #require(tags.first { $0.path == "交通运输" })
        #expect(transport.evidence.map(\.sentence) == ["另外，增開公交線路！"])
    }

    @Test("With the segmenter a term matches whole words: 委员 not inside 业主委员会 or 业委会")
    func wholeWords() throws {
        let words = TaxonomyTagger(taxonomy: Self.taxonomy, segmenter: Shipped.segmenter)
        let property = "小区业主委员会成立后，业委会委员与物业公司多次协商停车费问题，业主委员会主任表示将召开业主大会。"
        #expect(!words.tag(property).contains { $0.path == "政协履职" }, "\(words.tag(property).map(\.path))")
        #expect(words.tag(property).contains { $0.path == "城乡建设" })
        // The same words as whole words still count, with offsets into the original text.
        let cppcc = "政协委员围绕专题协商开展调研，委员们提出建议。"
        let tag = try #require(words.tag(cppcc).first { $0.path == "政协履职" })
        let scalars = Array(cppcc.unicodeScalars)
        for e in tag.evidence { #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.term) }
        #expect(tag.evidence.map(\.term).contains("专题协商"))
        // Without a segmenter terms match anywhere, as before.
        #expect(TaxonomyTagger(taxonomy: try Taxonomy(yaml: "topics:\n  - {id: a, name: A, terms: [委员]}")).tag(property).count == 1)
        #expect(TaxonomyTagger(taxonomy: try Taxonomy(yaml: "topics:\n  - {id: a, name: A, terms: [委员]}"), segmenter: Shipped.segmenter)
            .tag("业主委员会开会").isEmpty)
    }

    @Test("A child under a context needs evidence for the context, and never lends it to the parent by itself")
    func context() {
        // A city complaint about a hospital: 医疗 is an alias of 健康扶贫, but nothing speaks of poverty relief.
        let complaint = "A市某医院医疗服务差，挂号排队两个小时，医疗收费不透明，就医体验很差，医疗纠纷无人处理。"
        let paths = Set(tagger.tag(complaint).map(\.path))
        #expect(!paths.contains("脱贫攻坚/健康扶贫") && !paths.contains("脱贫攻坚"), "\(paths.sorted())")
        // With the context (贫困户), the same evidence gives the child, and the parent.
        let relief = "贫困户因病致贫问题突出，要落实医疗救助和大病保险，提高医疗报销比例。"
        let tagged = Set(tagger.tag(relief).map(\.path))
        #expect(tagged.contains("脱贫攻坚/健康扶贫") && tagged.contains("脱贫攻坚"), "\(tagged.sorted())")
        // A child's term that names the context (健康扶贫 ⊃ 扶贫) is evidence for it.
        let named = Set(tagger.tag("大力推进健康扶贫工程，加强乡镇卫生院建设。").map(\.path))
        #expect(named.contains("脱贫攻坚/健康扶贫") && named.contains("脱贫攻坚"), "\(named.sorted())")
        // The YAML key.
        let yaml = "topics:\n  - id: p\n    name: P\n    context: true\n    terms: [扶贫]\n    children:\n      - {id: c, name: C, terms: [医疗, 医疗扶贫]}"
        let small = TaxonomyTagger(taxonomy: try! Taxonomy(yaml: yaml), threshold: 0.5)
        #expect(small.tag("医疗服务").isEmpty)
        #expect(Set(small.tag("医疗扶贫").map(\.path)) == ["P", "P/C"])
        #expect(Set(small.tag("扶贫工作中的医疗服务").map(\.path)) == ["P", "P/C"])
    }

    @Test("A context takes its children's evidence only up to twice its own: 就业 words do not make a text about 脱贫攻坚")
    func contextLending() throws {
        let yaml = """
            topics:
              - id: poverty
                name: 脱贫攻坚
                context: true
                terms: [扶贫]
                aliases: [帮扶]
                children:
                  - {id: poverty.jobs, name: 就业扶贫, aliases: [就业]}
              - {id: labour, name: 劳动和社会保障, terms: [社会保障]}
            """
        let tagger = TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml))
        // An employment policy: ten 就业, three 社会保障, one 帮扶 (0.5 of its own). 脱贫攻坚 gets 0.5 + 2 × 0.5, not 0.5 + 5.
        let policy = "帮扶困难人员。" + String(repeating: "促进就业。", count: 10) + String(repeating: "完善社会保障。", count: 3)
        let tags = tagger.tag(policy)
        let topLevel = tags.filter { !$0.path.contains("/") }.map(\.topicID)
        #expect(topLevel == ["labour", "poverty"], "\(tags.map(\.path))")
        let poverty = try #require(tags.first { $0.topicID == "poverty" })
        #expect(abs(poverty.score - (1 - exp(-1.5))) < 0.001)
        // The child is still given (its context has evidence), with all of its own evidence.
        #expect(tags.first { $0.topicID == "poverty.jobs" }?.score == 0.993)
        // A text about poverty relief through jobs: the context's own evidence (3) lends the children's in full.
        let relief = tagger.tag(String(repeating: "扶贫。", count: 3) + String(repeating: "促进就业。", count: 10) + String(repeating: "完善社会保障。", count: 3))
        #expect(relief.filter { !$0.path.contains("/") }.map(\.topicID) == ["poverty", "labour"], "\(relief.map(\.path))")
    }

    @Test("Terms in a heading (a short first line with text after it) count three times")
    func heading() throws {
        let yaml = "topics:\n  - {id: health, name: 卫生健康, terms: [医院]}\n  - {id: poverty, name: 脱贫攻坚, terms: [扶贫]}"
        let tagger = TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml))
        // Title about a hospital, body naming 扶贫 twice: 3 against 2.
        let titled = tagger.tag("关于县医院建设的建议\n各地扶贫工作中。扶贫资金要用好。")
        #expect(titled.map(\.topicID) == ["health", "poverty"])
        #expect(abs(titled[0].score - (1 - exp(-3.0))) < 0.001)
        // Offsets still point into the original text.
        #expect(titled[0].evidence.map(\.start) == [3])
        // One line only, or a first line too long to be a heading: no extra weight.
        #expect(tagger.tag("关于县医院建设的建议，各地扶贫工作中。扶贫资金要用好。").map(\.topicID) == ["poverty", "health"])
        let long = "关于县医院建设的建议" + String(repeating: "，", count: 80)
        #expect(tagger.tag(long + "\n各地扶贫工作中。扶贫资金要用好。").map(\.topicID) == ["poverty", "health"])
        #expect(tagger.tag("关于县医院建设的建议\n\n").map(\.score) == [0.632])
    }

    @Test("Exclusions, patterns, weights and the threshold")
    func rules() throws {
        let yaml = """
            topics:
              - id: jobs
                name: 就业
                terms: [就业, 招聘会]
                exclude: [就业率统计]
              - id: water
                name: 饮水
                patterns: ["自来水.{0,4}停水"]
                weight: 2
            """
        let tagger = TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml), threshold: 0.5)
        #expect(tagger.tag("举办招聘会，促进就业。").map(\.topicID) == ["jobs"])
        #expect(tagger.tag("本月就业率统计已发布。").isEmpty)
        let water = tagger.tag("小区自来水经常停水")
        #expect(water.map(\.topicID) == ["water"])
        #expect(water.first?.evidence.first?.term == "自来水经常停水")
        #expect(TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml), threshold: 0.9).tag("促进就业").isEmpty)
    }

    @Test("At an equal shown score (both saturated) the topic with more evidence comes first, not the first name")
    func saturatedOrder() throws {
        let yaml = "topics:\n  - {id: health, name: 卫生健康, terms: [医院]}\n  - {id: poverty, name: 脱贫攻坚, terms: [扶贫]}"
        let tagger = TaxonomyTagger(taxonomy: try Taxonomy(yaml: yaml))
        let text = String(repeating: "医院。", count: 9) + String(repeating: "扶贫。", count: 12)
        let tags = tagger.tag(text)
        #expect(tags.map(\.score) == [1.0, 1.0])
        #expect(tags.map(\.topicID) == ["poverty", "health"])
        let fewer = tagger.tag(String(repeating: "医院。", count: 12) + String(repeating: "扶贫。", count: 9))
        #expect(fewer.map(\.topicID) == ["health", "poverty"])
    }

    @Test("check() names duplicate ids, empty and unreachable topics, bad patterns, short and repeated terms")
    func check() throws {
        let yaml = """
            topics:
              - id: a
                name: 甲
                terms: [教育, 学]
              - id: a
                name: 乙
                terms: [教育]
              - id: c
                name: 丙
              - id: d
                name: 丁
                terms: [停水]
                exclude: [停]
              - id: e
                name: 戊
                patterns: ["(unclosed"]
            """
        let problems = try Taxonomy(yaml: yaml).check().map(\.description)
        #expect(problems.contains("warning: 甲: term 学 is one character long and will match too often"))
        #expect(problems.contains("error: 乙: id a is used by another topic"))
        #expect(problems.contains("warning: 乙: term 教育 is also listed under 甲"))
        #expect(problems.contains("error: 丙: empty: no terms, aliases, patterns or children"))
        #expect(problems.contains("error: 丁: unreachable: every term contains an excluded word"))
        #expect(problems.contains("error: 戊: pattern (unclosed is not a valid regular expression"))
    }

    @Test("A pattern longer than 256 characters is an error in check() and left out by the tagger (the fuzz finding)")
    func longPattern() throws {
        let long = "(停水|" + String(repeating: "断水", count: 130) + ")"
        let yaml = "topics:\n  - {id: water, name: 饮水, terms: [自来水], patterns: ['\(long)', '水压.{0,2}低']}"
        let taxonomy = try Taxonomy(yaml: yaml)
        #expect(Taxonomy.patternProblem(long)?.contains("265 characters long, more than 256") == true)
        #expect(Taxonomy.patternProblem("水压.{0,2}低") == nil)
        #expect(taxonomy.check().map(\.description).contains { $0.hasPrefix("error: 饮水: pattern (停水|断水") })
        let tagger = TaxonomyTagger(taxonomy: taxonomy, threshold: 0.1)
        #expect(tagger.tag("小区经常停水").isEmpty)                        // only the long pattern would match
        #expect(tagger.tag("楼上水压太低").map(\.topicID) == ["water"])  // the short one still does
        // The fuzz input that found the leak: a pattern run on across lines into 588 characters.
        let finding = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fuzz/findings/taxonomy-leak-invalid-pattern.yaml")
        let fuzzed = try Taxonomy(yaml: String(decoding: try Data(contentsOf: finding), as: UTF8.self))
        #expect(fuzzed.check().contains { $0.message.contains("588 characters long") })
    }

    @Test("A broken taxonomy file is a clear error")
    func broken() {
        #expect(throws: TaxonomyError.self) { try Taxonomy(yaml: "topics:\n  - name: 没有编号\n") }
        #expect(throws: TaxonomyError.self) { try Taxonomy(yaml: "topics: [unclosed\n") }
        #expect(throws: TaxonomyError.unreadable("/nonexistent.yaml")) { try Taxonomy(contentsOf: "/nonexistent.yaml") }
        do { _ = try Taxonomy(yaml: "topics:\n  - name: 没有编号\n", source: "t.yaml") } catch {
            #expect(error.description.contains("t.yaml"))
            #expect(error.description.contains("id"))
        }
    }
}
