import Reports
import Testing
import TopicModels

@Suite("Agenda")
struct AgendaTests {
    /// Two themes of 12 documents each: one spread evenly over a year, one mostly in its last 3 months.
    static func archive() -> ([AgendaDocument], [Theme]) {
        var docs: [AgendaDocument] = []
        for m in 1...12 {
            docs.append(AgendaDocument(id: "flat-\(m)", title: "停车难 \(m)", date: String(format: "2019-%02d-10", m), authors: ["u\(m)"]))
        }
        let growing = [3, 5, 10, 10, 11, 11, 11, 12, 12, 12, 12, 12]
        for (k, m) in growing.enumerated() {
            docs.append(AgendaDocument(id: "grow-\(k)", title: "搅拌站噪音 \(k)", date: String(format: "2019-%02d-15", m), authors: ["v\(k)"]))
        }
        let themes = [
            Theme(id: 1, name: "停车 · 小区", terms: ["停车", "小区"], members: Array(0..<12), representatives: [0, 1, 2]),
            Theme(id: 2, name: "搅拌站 · 噪音", terms: ["搅拌站", "噪音"], members: Array(12..<24), representatives: [12, 13, 14]),
        ]
        return (docs, themes)
    }

    @Test("A growing theme ranks above a flat one of equal size")
    func growthRanks() {
        let (docs, themes) = Self.archive()
        let items = AgendaRanker.rank(docs, themes: themes)
        #expect(items.map(\.name) == ["搅拌站 · 噪音", "停车 · 小区"])
        #expect(items[0].recent == 10 && items[0].previous == 0)
        #expect(items[1].recent == 3 && items[1].previous == 3)
        #expect(items[0].documents == items[1].documents)
    }

    @Test("Of two themes alike in size and growth, the one raised across more districts ranks higher")
    func regionsRank() {
        var (docs, _) = Self.archive()
        // Two flat themes: the first six flat documents from one district, the other six from six.
        for i in 0..<6 { docs[i].region = "A3区" }
        for i in 6..<12 { docs[i].region = ["A1区", "A2区", "K8县", "岳麓区", "长沙县", "浏阳市"][i - 6] }
        let themes = [
            Theme(id: 1, name: "一区", terms: [], members: [0, 1, 2, 3, 4, 5], representatives: [0]),
            Theme(id: 2, name: "六区", terms: [], members: [6, 7, 8, 9, 10, 11], representatives: [6]),
        ]
        // Same months on both sides, so growth is alike: shift the second theme's dates onto the first's.
        for i in 6..<12 { docs[i].date = docs[i - 6].date }
        let items = AgendaRanker.rank(docs, themes: themes)
        #expect(items.map(\.name) == ["六区", "一区"])
        #expect(items.map(\.regions) == [6, 1])
        let report = AgendaReport(title: "t", items: items, summary: "")
        #expect(report.markdown.contains("6 districts and counties"))
    }

    @Test("Places are read from segmented words; generic words are not places")
    func placeNames() {
        #expect(Regions.first(in: ["座落", "在", "A市", "A3区", "联丰路"]) == "A3区")
        #expect(Regions.first(in: ["位于", "岳麓区", "的", "小区"]) == "岳麓区")
        #expect(Regions.first(in: ["我们", "小区", "社区", "物业", "全市"]) == nil)
        #expect(Regions.first(in: ["浏阳市", "超市", "门口"]) == "浏阳市")
        #expect(Regions.first(in: ["K8县", "冷江东路"]) == "K8县")
    }

    @Test("Near-duplicates count once as matters")
    func duplicatesCountOnce() {
        let (docs, themes) = Self.archive()
        let items = AgendaRanker.rank(docs, themes: themes, canonical: [1: 0, 2: 0])
        let flat = items.first { $0.name == "停车 · 小区" }!
        #expect(flat.documents == 12)
        #expect(flat.matters == 10)
    }

    @Test("The HTML report is self-contained, with one section per theme and SVG charts")
    func html() {
        let (docs, themes) = Self.archive()
        let report = AgendaReport(title: "议题 <test>", items: AgendaRanker.rank(docs, themes: themes), summary: "24 documents")
        let html = report.html
        #expect(html.components(separatedBy: "<section class=\"theme\"").count - 1 == 2)
        #expect(html.contains("<title>议题 &lt;test&gt;</title>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 4) // theme sizes, themes over time, one timeline per theme (no tags here)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(report.markdown.contains("## 1. 搅拌站 · 噪音"))
        #expect(report.markdown.contains("10 in the last 3 months vs 0 before"))
    }

    @Test("Reply quality shows per theme, poorest first, and per unit; escaped; no section without replies")
    func replyQuality() {
        let (docs, themes) = Self.archive()
        var report = AgendaReport(title: "t", items: AgendaRanker.rank(docs, themes: themes), summary: "")
        #expect(!report.markdown.contains("Reply quality") && !report.html.contains("Reply quality"))
        let ids = report.items.map(\.theme)
        report.replyQuality = ReplyQuality(
            byTheme: [ids[0]: .init(group: "a", replies: 4, good: 3, adequate: 1, poor: 0, meanScore: 0.6, medianWorkingDays: 5,
                                    shareOnTime: 1, weakest: ["x"]),
                      ids[1]: .init(group: "b", replies: 2, good: 0, adequate: 1, poor: 1, meanScore: 0.3, medianWorkingDays: 12.5,
                                    shareOnTime: 0.5, weakest: ["y"])],
            byUnit: [.init(group: "<b>住建局</b>", replies: 6, good: 3, adequate: 2, poor: 1, meanScore: 0.5, medianWorkingDays: nil,
                           shareOnTime: nil, weakest: ["y", "x"])])
        let md = report.markdown
        let section = md.components(separatedBy: "## 答复质量 · Reply quality")[1]
        let second = report.items[1], first = report.items[0]
        // The theme with poor replies comes first in the table.
        #expect(section.range(of: "| \(second.rank). \(second.name) | 2 | 50% | 0.30 | 12.5 | 50% |")!.lowerBound
                < section.range(of: "| \(first.rank). \(first.name) | 4 | 0% | 0.60 | 5 | 100% |")!.lowerBound)
        #expect(md.contains("**Replies:** 2 replies: 0 good, 1 adequate, 1 poor (50% poor); mean score 0.30; median 12.5 working days, 50% on time."))
        let html = report.html
        #expect(html.contains("&lt;b&gt;住建局&lt;/b&gt;") && !html.contains("<b>住建局"))
        #expect(html.contains("aria-label=\"50% poor\""))
    }

    @Test("Themes over time: every month of the archive, one line a theme")
    func themesOverTime() {
        let (docs, themes) = Self.archive()
        var items = AgendaRanker.rank(docs, themes: themes)
        items[0].monthly = [("2018-11", 2), ("2018-12", 0), ("2019-01", 1)]
        items[1].monthly = [("2019-03", 4)]
        #expect(AgendaReport.months(of: items) == ["2018-11", "2018-12", "2019-01", "2019-02", "2019-03"])
        let html = AgendaReport(title: "t", items: items, summary: "").html
        let chart = html.components(separatedBy: "<h2>Themes over time</h2>")[1].components(separatedBy: "</svg>")[0]
        #expect(chart.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(chart.contains(">2018-11</text>") && chart.contains(">2019-03</text>"))
    }

    @Test("Only http(s) document URLs become links")
    func unsafeLinks() {
        #expect(AgendaReport.safeLink("https://example.org/a?b=1") != nil)
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "http://x/\"onmouseover=\"a", "//x", "http://a b"] {
            #expect(AgendaReport.safeLink(bad) == nil, "\(bad)")
        }
    }

    @Test("Growth from a handful of documents is neither shown nor scored")
    func growthNeedsDocuments() {
        // One theme of one recent document (1 against 0), one of six flat ones.
        var docs = [AgendaDocument(id: "new", title: "取暖", date: "2019-12-01", authors: ["a"])]
        for m in 1...6 { docs.append(AgendaDocument(id: "f\(m)", title: "停车", date: String(format: "2019-%02d-01", m * 2), authors: ["b\(m)"])) }
        let themes = [Theme(id: 1, name: "取暖", terms: [], members: [0], representatives: [0]),
                      Theme(id: 2, name: "停车", terms: [], members: Array(1...6), representatives: [1])]
        let items = AgendaRanker.rank(docs, themes: themes)
        let heating = items.first { $0.name == "取暖" }!
        #expect(heating.recent == 1 && heating.previous == 0 && !heating.growthShown)
        #expect(items.map(\.name) == ["停车", "取暖"])
    }

    @Test("A theme carried by one or two people's repeated posts is flagged and counts each of them at most three times")
    func fewAuthors() {
        var docs: [AgendaDocument] = []
        // 30 template posts from two people against 8 messages from 8 people.
        for k in 0..<30 { docs.append(AgendaDocument(id: "t\(k)", title: "加快建设", date: "2019-06-01", authors: [k < 29 ? "one" : "two"])) }
        for k in 0..<8 { docs.append(AgendaDocument(id: "p\(k)", title: "停车难", date: "2019-06-01", authors: ["p\(k)"])) }
        let themes = [Theme(id: 1, name: "模板", terms: [], members: Array(0..<30), representatives: [0]),
                      Theme(id: 2, name: "停车", terms: [], members: Array(30..<38), representatives: [30])]
        let items = AgendaRanker.rank(docs, themes: themes)
        #expect(items.map(\.name) == ["停车", "模板"])
        #expect(items[1].fewAuthors && !items[0].fewAuthors)
        #expect(HotIssueFinder.carriedByFew(["a": 1, "b": 1, "c": 1], documents: 3) == false)
        #expect(HotIssueFinder.carriedByFew(["a": 3, "b": 1, "c": 1], documents: 5) == true)
    }

    @Test("Theme names leave out placeholder names the members do not all share")
    func placeholderNames() {
        var texts: [String] = []
        for k in 0..<8 { texts.append((k % 2 == 0 ? "A市" : "") + "丽发新城小区附近搅拌站夜间施工噪音扰民，粉尘污染严重，居民无法休息。") }
        // B市 in seven of the eight metro messages, twice each, and nowhere else: its most distinctive word.
        for k in 0..<8 { texts.append(k == 0 ? "地铁站点出入口设置不合理，乘客出行不便。" : "B市地铁站点出入口设置不合理，B市乘客出行不便。") }
        var finder = ThemeFinder(segmenter: Shipped.segmenter, stopWords: Shipped.stopWords)
        finder.algorithm = .kmeans
        let themes = finder.themes(texts, k: 2).themes
        #expect(themes.count == 2)
        for theme in themes {
            for term in theme.terms where Placeholders.isPlaceholder(term) {
                #expect(theme.members.allSatisfy { texts[$0].contains(term) }, "\(term) in \(theme.name)")
            }
        }
        #expect(!themes.contains { $0.name.contains("A市") || $0.name.contains("B市") }, "\(themes.map(\.name))")
    }

    @Test("A timeline escapes its months: a hot issue's come from document dates")
    func timelineEscapesMonths() {
        let report = AgendaReport(title: "t", items: [], summary: "")
        let svg = report.timeline(monthly: [(month: "<b>x", count: 2), (month: "2019-03", count: 1)])
        #expect(!svg.contains("<b>") && svg.contains("&lt;b&gt;x: 2") && svg.contains("<title>2019-03: 1</title>"), "\(svg)")
    }
}
