import Foundation
import HummingbirdTesting
import Testing
import TopicsCore
@testable import TopicsServer

/// Issue 19: the agenda page shows each hot issue with its documents per month (the report's
/// timeline columns) and its documents.
@Suite struct AgendaPageTests {
    /// Five messages about one mixing plant over three months (a hot issue), and two unrelated ones.
    static let rows: [(title: String, text: String, date: String)] = [
        ("A市丽发新城小区附近搅拌站噪音扰民", "A2区丽发新城小区旁边新建了一个搅拌站，每天夜间施工，噪音和粉尘严重影响居民休息。", "2019-11-13"),
        ("投诉A2区丽发新城附近建搅拌站噪音扰民", "丽发新城附近的搅拌站彻夜施工，噪音扰民，请环保部门查处。", "2019-11-20"),
        ("丽发新城小区旁的搅拌站严重影响生活", "搅拌站离丽发新城小区不到百米，粉尘大，噪音大，孩子无法睡觉。", "2019-12-02"),
        ("A市丽发新城违建搅拌站，彻夜施工扰民", "丽发新城旁违建的搅拌站夜间施工噪音扰民，粉尘污染环境。", "2019-12-21"),
        ("投诉小区附近搅拌站噪音扰民", "我是丽发新城小区的业主，小区附近搅拌站夜间噪音太大，严重扰民。", "2020-01-05"),
        ("咨询A6区道路命名规划", "A6区道路命名规划已经公示，什么时候能转化为正式成果，门牌什么时候更换。", "2019-02-14"),
        ("反映A7县金鼎村自来水到户的问题", "本人系春华镇金鼎村村民，想了解自来水到户政策。", "2019-03-01"),
    ]

    static var documents: [Document] {
        rows.enumerated().map { k, r in
            Document(id: "plant-\(k)", kind: .suggestion, title: r.title, date: r.date, source: "网络留言", authors: ["u\(k)"], text: r.text)
        }
    }

    @Test func eachHotIssueHasItsTimelineAndItsDocuments() async throws {
        let f = try WorkspaceFixture(documents: Self.documents)
        defer { f.remove() }
        let report = try f.workspace.agenda().report
        let hot = try #require(report.hotIssues.first { $0.members.count >= 3 }, "the mixing plant is a hot issue")
        let months = report.monthly(hot)
        #expect(months.map(\.count).reduce(0, +) == hot.members.count)
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/agenda", method: .get) { response in
                let page = response.text
                let section = try #require(page.range(of: "<h3 id=\"hot-\(hot.rank)\">"), "\(page)")
                let after = String(page[section.upperBound...])
                let own = String(after[..<(after.range(of: "</ul>")?.upperBound ?? after.endIndex)])
                #expect(page.contains("href=\"#hot-\(hot.rank)\""))
                #expect(own.contains("aria-label=\"documents per month\""))
                for m in months { #expect(own.contains("<title>\(m.month): \(m.count)</title>"), "\(m.month)") }
                for k in hot.members { #expect(own.contains("/documents/\(report.documents[k].id)\""), "\(report.documents[k].id)") }
                #expect(!own.contains("/documents/plant-5\"") && !own.contains("/documents/plant-6\""))
            }
        }
    }
}
