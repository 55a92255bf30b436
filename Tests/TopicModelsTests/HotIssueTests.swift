import ChineseText
import Foundation
import Testing
import TopicModels
import TopicsTestSupport

/// The segmenter and stop words the command line uses: the shipped model with the domain lexicon.
enum Shipped {
    static let segmenter: WordSegmenter = {
        var lexicon = Lexicon()
        try! lexicon.load(contentsOf: Fixtures.shipped("lexicon/cppcc.dict").path)
        return WordSegmenter(model: try! SegmentationModel(contentsOf: Fixtures.shipped("segmenter.model").path), lexicon: lexicon)
    }()
    static let stopWords = try! StopWords(contentsOf: Fixtures.shipped("stopwords.txt").path)
}

@Suite("Places and placeholders")
struct PlaceNameTests {
    func places(_ words: [String]) -> [String] { PlaceNames.find(in: words, stopWords: Shipped.stopWords).map(\.text) }

    @Test("An estate, a road, a village: name words joined to their ending; the city in front is left out")
    func specificPlaces() {
        #expect(places(["A市", "丽发新城", "小区", "附近", "搅拌站"]) == ["丽发新城小区"])
        #expect(places(["座落", "在", "A市", "A3区", "联丰路", "米兰春天", "G2", "栋"]) == ["联丰路"])
        #expect(places(["本人", "系", "春华镇", "金鼎村", "七里", "组", "村民"]) == ["春华镇", "金鼎村"])
        #expect(places(["A市", "经济", "学院", "强制", "学生", "实习"]) == ["经济学院"])
    }

    @Test("Two mentions of one estate share a key")
    func keys() {
        let a = PlaceNames.find(in: ["丽发新城", "小区"], stopWords: Shipped.stopWords)
        let b = PlaceNames.find(in: ["丽发新城", "社区"], stopWords: Shipped.stopWords)
        let c = PlaceNames.find(in: ["位于", "丽发新城", "的", "搅拌站"], stopWords: Shipped.stopWords)
        #expect(a.map(\.key) == ["丽发新城"] && b.map(\.key) == ["丽发新城"] && c.map(\.key) == ["丽发新城"])
    }

    @Test("Generic mentions name no place")
    func generic() {
        #expect(places(["我们", "小区", "的", "物业"]).isEmpty)
        #expect(places(["附近", "学校", "门口"]).isEmpty)
        #expect(places(["老旧", "小区", "改造"]).isEmpty)
        #expect(places(["道路", "坑坑洼洼", "城市", "管理"]).isEmpty)
        #expect(places(["A2区", "医院"]).isEmpty)
    }

    @Test("Placeholder names of the anonymised archives")
    func placeholders() {
        for word in ["A市", "A7县", "A2区", "K8县", "XX", "某某"] { #expect(Placeholders.isPlaceholder(word), "\(word)") }
        for word in ["丽发新城", "G2", "岳麓区", "长沙县", "AB", "小区"] { #expect(!Placeholders.isPlaceholder(word), "\(word)") }
    }
}

@Suite("Hot issues")
struct HotIssueTests {
    static func document(_ id: Int, _ title: String, _ date: String, user: String, likes: Int = 0) -> AgendaDocument {
        AgendaDocument(id: "m\(id)", title: title, date: date, authors: [user], likes: likes)
    }

    /// Five residents about one mixing plant, three unrelated messages, three about bus routes.
    static func archive() -> ([AgendaDocument], [String]) {
        let rows: [(String, String, String, String, Int)] = [
            ("A市丽发新城小区附近搅拌站噪音扰民", "A2区丽发新城小区旁边新建了一个搅拌站，每天夜间施工，噪音和粉尘严重影响居民休息。", "2019-11-13", "u1", 3),
            ("投诉A2区丽发新城附近建搅拌站噪音扰民", "丽发新城附近的搅拌站彻夜施工，噪音扰民，请环保部门查处。", "2019-11-20", "u2", 1),
            ("丽发新城小区旁的搅拌站严重影响生活", "搅拌站离丽发新城小区不到百米，粉尘大，噪音大，孩子无法睡觉。", "2019-12-02", "u3", 0),
            ("A市丽发新城违建搅拌站，彻夜施工扰民", "丽发新城旁违建的搅拌站夜间施工噪音扰民，粉尘污染环境。", "2019-12-21", "u4", 2),
            ("投诉小区附近搅拌站噪音扰民", "我是丽发新城小区的业主，小区附近搅拌站夜间噪音太大，严重扰民。", "2020-01-05", "u5", 0),
            ("A3区一米阳光婚纱摄影是否合法纳税", "座落在A市A3区联丰路的一家影楼，请税务局查一下是否正常纳税。", "2019-02-28", "u6", 0),
            ("咨询A6区道路命名规划", "A6区道路命名规划已经公示，什么时候能转化为正式成果，门牌什么时候更换。", "2019-02-14", "u7", 0),
            ("反映A7县金鼎村自来水到户的问题", "本人系春华镇金鼎村村民，想了解自来水到户政策。", "2019-03-01", "u8", 0),
            ("建议增开A市高铁站至梅溪湖的公交线路", "梅溪湖片区居民去高铁站很不方便，建议增开直达公交线路。", "2019-06-01", "u9", 0),
            ("A市梅溪湖到高铁站的公交太少", "梅溪湖到高铁站的公交线路班次太少，等车要一个小时，建议增加公交线路。", "2019-06-10", "u10", 0),
            ("希望开通梅溪湖至高铁站公交专线", "梅溪湖居民出行到高铁站没有直达公交线路，希望开通专线。", "2019-06-18", "u11", 4),
        ]
        return (rows.enumerated().map { i, r in document(i, r.0, r.2, user: r.3, likes: r.4) }, rows.map(\.1))
    }

    let finder = HotIssueFinder(segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)

    @Test("The mixing-plant messages form one hot issue, with place, people, likes and a described matter")
    func mixingPlant() throws {
        let (docs, texts) = Self.archive()
        let issues = finder.find(docs, texts: texts)
        let plant = try #require(issues.first { $0.members.contains(0) })
        #expect(plant.members == [0, 1, 2, 3, 4])
        #expect(plant.place?.hasPrefix("丽发新城") == true && !plant.isGroup, "\(plant.place ?? "-")")
        #expect(plant.people == 5 && plant.likes == 6 && !plant.fewAuthors)
        #expect(plant.first == "2019-11-13" && plant.last == "2020-01-05")
        #expect(plant.description.contains("丽发新城") && plant.description.contains("搅拌站"), "\(plant.description)")
        #expect(!plant.description.contains("A市") && !plant.description.contains("投诉"), "\(plant.description)")
        // The bus-route messages are another hot issue; the three others belong to none.
        let bus = try #require(issues.first { $0.members.contains(8) })
        #expect(bus.members == [8, 9, 10])
        #expect(!issues.contains { $0.members.contains(5) || $0.members.contains(6) || $0.members.contains(7) })
        #expect(issues.count == 2)
        #expect(issues.map(\.rank) == [1, 2] && issues[0].heat >= issues[1].heat)
    }

    @Test("A matter raised again after months of silence is another hot issue")
    func timeGap() {
        var (docs, texts) = Self.archive()
        docs = Array(docs[0..<5]); texts = Array(texts[0..<5])
        for (k, m) in [(5, 0), (6, 1), (7, 2)] {   // the same complaints again, eight months later
            var d = docs[m]; d.id = "again-\(k)"; d.date = "2020-09-0\(k)"; d.authors = ["w\(k)"]
            docs.append(d); texts.append(texts[m])
        }
        let issues = finder.find(docs, texts: texts)
        #expect(issues.map { $0.members.sorted() }.sorted { $0[0] < $1[0] } == [[0, 1, 2, 3, 4], [5, 6, 7]])
    }

    @Test("The same complaint about two estates is two hot issues")
    func twoPlaces() throws {
        var docs: [AgendaDocument] = [], texts: [String] = []
        for (k, estate) in ["魅力之城", "润芳园", "魅力之城", "润芳园", "魅力之城", "润芳园"].enumerated() {
            docs.append(Self.document(k, "A5区劳动东路\(estate)小区临街门面油烟扰民", "2019-09-0\(k + 1)", user: "p\(k)"))
            texts.append("\(estate)小区一楼临街门面的餐馆油烟直排，油烟扰民严重，居民无法开窗，请相关部门处理。")
        }
        let issues = finder.find(docs, texts: texts)
        #expect(issues.map { $0.members.sorted() }.sorted { $0[0] < $1[0] } == [[0, 2, 4], [1, 3, 5]])
        let places = issues.compactMap(\.place).sorted()
        #expect(places.count == 2 && places[0].hasPrefix("润芳园") && places[1].hasPrefix("魅力之城"), "\(places)")
    }

    @Test("One person's repeated posts are flagged, and rank below the same number from different people")
    func fewAuthors() throws {
        var (docs, texts) = Self.archive()
        for i in 8...10 { docs[i].authors = ["same"] }
        let issues = finder.find(docs, texts: texts)
        let bus = try #require(issues.first { $0.members.contains(8) })
        #expect(bus.fewAuthors && bus.people == 1)
        let plant = try #require(issues.first { $0.members.contains(0) })
        #expect(!plant.fewAuthors && plant.rank < bus.rank)
    }

    @Test("Heat grows with people, documents, likes and recency, and with concentration in time")
    func heat() {
        let base = HotIssueFinder.heat(documents: 10, people: 10, likes: 5, dislikes: 0, spanDays: 60, daysSinceLast: 0)
        #expect(HotIssueFinder.heat(documents: 10, people: 2, likes: 5, dislikes: 0, spanDays: 60, daysSinceLast: 0) < base)
        #expect(HotIssueFinder.heat(documents: 10, people: 10, likes: 50, dislikes: 0, spanDays: 60, daysSinceLast: 0) > base)
        #expect(HotIssueFinder.heat(documents: 10, people: 10, likes: 5, dislikes: 0, spanDays: 300, daysSinceLast: 0) < base)
        #expect(HotIssueFinder.heat(documents: 10, people: 10, likes: 5, dislikes: 0, spanDays: 60, daysSinceLast: 200) < base)
        // 2·log2(11) + log2(11) + 0.5·log2(6) + 0.5·log2(1 + 10/2) + 1
        #expect(abs(base - (3 * log2(11.0) + 0.5 * log2(6.0) + 0.5 * log2(6.0) + 1)) < 1e-9)
    }

    @Test("Dates to day numbers and back")
    func days() {
        #expect(HotIssueFinder.dayNumber("1970-01-02") == 1)
        #expect(HotIssueFinder.dayNumber("2020-01-26 19:47:11")! - HotIssueFinder.dayNumber("2019-11-02 10:18:00")! == 85)
        #expect(HotIssueFinder.dayNumber("2019/2/28 11:25:05") == HotIssueFinder.dayNumber("2019-02-28"))
        #expect(HotIssueFinder.dayNumber("yesterday") == nil && HotIssueFinder.dayNumber("2019-13-01") == nil)
    }

    @Test("On the real hot archive the 丽发新城 mixing-plant messages land in one hot issue near the top")
    func realArchive() throws {
        let url = Fixtures.shared("topics/teddy2020_hot.jsonl")
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        var docs: [AgendaDocument] = [], texts: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let r = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            docs.append(AgendaDocument(id: r["id"] as! String, title: r["title"] as! String, date: r["date"] as? String,
                                       authors: [r["user"] as! String], likes: r["likes"] as? Int ?? 0,
                                       dislikes: r["dislikes"] as? Int ?? 0))
            texts.append(r["text"] as! String)
        }
        let plant = Set(docs.indices.filter { (docs[$0].title + texts[$0]).contains("搅拌") && (docs[$0].title + texts[$0]).contains("丽发") })
        #expect(plant.count >= 44)
        let issues = finder.find(docs, texts: texts)
        let best = try #require(issues.max { $0.members.filter(plant.contains).count < $1.members.filter(plant.contains).count })
        let inside = best.members.filter(plant.contains).count
        #expect(inside * 10 >= plant.count * 8, "\(inside) of \(plant.count) in one hot issue")
        #expect(inside * 10 >= best.members.count * 9, "\(best.members.count - inside) others in it")
        #expect(best.rank <= 3, "rank \(best.rank)")
        #expect(best.description.contains("丽发新城") && best.description.contains("搅拌"), "\(best.description)")
        // The 58车贷 lenders' complaints: at least half of them in one hot issue among the ten hottest, and nothing else in it.
        let lenders = Set(docs.indices.filter { (docs[$0].title + texts[$0]).contains("58车贷") })
        let held = try #require(issues.max { $0.members.filter(lenders.contains).count < $1.members.filter(lenders.contains).count })
        #expect(held.members.filter(lenders.contains).count * 2 >= lenders.count && held.rank <= 10, "rank \(held.rank)")
        #expect(held.members.allSatisfy(lenders.contains))
    }
}
