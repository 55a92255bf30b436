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
        #expect(html.components(separatedBy: "<svg").count - 1 == 3) // theme sizes and one timeline per theme (no tags here)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(report.markdown.contains("## 1. 搅拌站 · 噪音"))
        #expect(report.markdown.contains("10 in the last 3 months vs 0 before"))
    }
}
