import ArchiveStore
import ChineseText
import Foundation
import Hummingbird
import HummingbirdTesting
import TopicsCore
import TopicsPipeline
import TopicsServer
import TopicsTestSupport

/// A small store made for the tests: parking, noise and school documents in two kinds, dated,
/// one of them hostile (markup, a `javascript:` link, a spreadsheet formula), with taxonomy tags
/// whose evidence offsets point at real words.
struct WorkspaceFixture {
    let folder: URL
    let path: String
    let store: DocumentStore
    let workspace: Workspace
    let server: WorkspaceServer

    static let hostileTitle = "<script>alert('x')</script>停车难"
    static let hostileText = "\"><img src=x onerror=alert(1)> 小区停车难，车位不足。"
    static let formula = "=HYPERLINK(\"http://evil.example\",\"点我\")"

    static let documents: [Document] = [
        Document(id: "p1", kind: .proposal, title: "关于解决老旧小区停车难问题的提案", date: "2024-03-01", source: "市政协",
                 authors: ["张三"], number: "第101号", text: "老旧小区停车难，车位严重不足，建议挖潜增加停车位。"),
        Document(id: "p2", kind: .proposal, title: "关于增加停车位的建议", date: "2024-04-10", source: "市政协",
                 authors: ["李四"], number: "第102号", text: "停车难问题突出，建议建设立体停车库，增加车位供给。"),
        Document(id: "m1", kind: .suggestion, title: "小区门口停车难", date: "2024-05-02", source: "网络留言",
                 authors: ["王五"], text: "我们小区门口停车难，车位太少，晚上没有地方停车。"),
        Document(id: "m2", kind: .suggestion, title: "工地夜间施工噪音扰民", date: "2024-05-20", source: "网络留言",
                 authors: ["赵六"], text: "工地夜间施工噪音很大，严重影响居民休息，请求查处噪音扰民。"),
        Document(id: "msg/3 搅拌站+", kind: .suggestion, title: "搅拌站噪音扰民", date: "2024-06-01", source: "网络留言",
                 authors: ["钱七"], text: "搅拌站日夜生产，噪音扰民，粉尘污染严重，请求整治噪音。"),
        Document(id: "p3", kind: .proposal, title: "关于治理城市噪音污染的提案", date: "2023-11-15", source: "市政协",
                 authors: ["孙八"], number: "第88号", text: "城市噪音污染日益严重，建议加强夜间施工噪音监管。"),
        Document(id: "x1", kind: .suggestion, title: hostileTitle, date: "2024-07-01", source: formula,
                 authors: ["<b>坏人</b>"], text: hostileText, metadata: Record([.init("url", .string("javascript:alert(1)"))])),
    ]

    init(allowEdits: Bool = true, token: String? = nil, searchWindow: Int = WorkspaceQuery.defaultWindow,
         documents: [Document] = WorkspaceFixture.documents) throws {
        folder = try Fixtures.temporaryFolder()
        path = folder.appendingPathComponent("workspace.db").path
        var configuration = SegmenterConfiguration()
        configuration.model = Fixtures.shippedModelPath
        let segmenter = try configuration.makeSegmenter()
        // Written the way `topics import` and `topics tag --store` write, then opened the way `topics serve` opens it.
        let writer = try DocumentStore(path: path)
        try writer.write(documents.map { StoreEntry(document: $0, words: segmenter.words($0.fullText).joined(separator: " ")) })
        try writer.writeTags(documents.map { d in
            (documentID: d.id, tags: Self.tags(of: d))
        })
        store = try DocumentStore(path: path, readOnly: !allowEdits, concurrentReaders: true)
        let pipeline = AgendaPipeline(k: 2, duplicateThreshold: 0.7, title: "测试议题", segmenter: segmenter, stopWords: StopWords(), taxonomy: nil)
        workspace = Workspace(store: store, segmenter: segmenter, pipeline: pipeline, allowsEdits: allowEdits, searchWindow: searchWindow)
        server = WorkspaceServer(workspace: workspace, token: token, csrf: "test-csrf-0123456789abcdef")
    }

    /// 交通/停车 for documents that say 停车, 环境/噪音 for those that say 噪音; the evidence is each
    /// occurrence's code-point range in the full text.
    static func tags(of d: Document) -> [DocumentTag] {
        var out: [DocumentTag] = []
        for (term, topic) in [("停车", "交通/停车"), ("噪音", "环境/噪音")] {
            let scalars = Array(d.fullText.unicodeScalars), t = Array(term.unicodeScalars)
            var evidence: [DocumentTag.Evidence] = []
            var i = 0
            while i + t.count <= scalars.count {
                if Array(scalars[i..<i + t.count]) == t { evidence.append(.init(term: term, start: i, end: i + t.count, sentence: "")); i += t.count } else { i += 1 }
            }
            if !evidence.isEmpty { out.append(DocumentTag(topic: topic, score: Double(evidence.count), method: .taxonomy, evidence: evidence)) }
        }
        return out
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var application: some ApplicationProtocol { Application(router: server.router()) }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
