import ArchiveStore
import ChineseText
import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresStore
import Testing
import TopicsCore
import TopicsPipeline
@testable import TopicsServer
import TopicsTestSupport

/// Issue 21: `topics serve` over PostgreSQL. The workspace's store methods give what the SQLite
/// store gives on the same documents and tags (the tests' private server, no mock), corrections
/// are kept and overlaid, a read-only store refuses them, and the routes answer over it.
@Suite("Workspace over PostgreSQL")
struct PostgresWorkspaceTests {
    /// The fixture's documents and tags written into a fresh PostgreSQL database and a SQLite file.
    static func stores(allowEdits: Bool) throws -> (postgres: PostgresStore, url: String, sqlite: DocumentStore, folder: URL, segmenter: WordSegmenter) {
        var configuration = SegmenterConfiguration()
        configuration.model = Fixtures.shippedModelPath
        let segmenter = try configuration.makeSegmenter()
        let entries = WorkspaceFixture.documents.map { StoreEntry(document: $0, words: segmenter.words($0.fullText).joined(separator: " ")) }
        let tags = WorkspaceFixture.documents.map { (documentID: $0.id, tags: WorkspaceFixture.tags(of: $0)) }
        let url = try PostgresServer.freshDatabase()
        let writer = try PostgresStore(url: url)
        try writer.write(entries)
        try writer.writeTags(tags)
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("same.db").path
        let sqlite = try DocumentStore(path: path)
        try sqlite.write(entries)
        try sqlite.writeTags(tags)
        return (try PostgresStore(url: url, readOnly: !allowEdits), url, sqlite, folder, segmenter)
    }

    /// Totals, facets and matches; the hits in order when ranked by date, as a set when ranked by
    /// relevance (BM25 in SQLite, `ts_rank` in PostgreSQL: the same matches, not the same order).
    static func summary(_ r: WorkspaceResults, ranked: Bool) -> String {
        let hits = ranked ? r.hits.map(\.id).sorted() : r.hits.map(\.id)
        let facets = ["kind", "source", "topic"].map { name in name + ":" + (r.facets[name] ?? []).map { "\($0.value)=\($0.count)" }.joined(separator: ",") }
        return "\(r.total) [\(hits.joined(separator: ","))] \(facets.joined(separator: " ")) ids:\(r.matchingIDs.sorted())"
    }

    @Test func searchDocumentsAndTagsAnswerAsTheSQLiteStoreDoes() throws {
        let s = try Self.stores(allowEdits: false)
        defer { try? FileManager.default.removeItem(at: s.folder) }
        let queries: [WorkspaceQuery] = [
            WorkspaceQuery(text: "停车", collectIDs: true),
            WorkspaceQuery(text: "噪音", kind: .suggestion),
            WorkspaceQuery(text: "噪音 扰民"),
            WorkspaceQuery(dateFrom: "2024-05-01", dateTo: "2024-06-30", collectIDs: true),
            WorkspaceQuery(topic: "环境/噪音"),
            WorkspaceQuery(text: "噪音", source: "市政协"),
            WorkspaceQuery(within: ["p1", "m2", "nobody"]),
            WorkspaceQuery(offset: 2, limit: 3),
            WorkspaceQuery(text: "停车\" OR * NEAR( '; DROP TABLE documents; --"),
        ]
        for query in queries {
            let pg = try s.postgres.find(query), lite = try s.sqlite.find(query)
            #expect(Self.summary(pg, ranked: query.text != nil) == Self.summary(lite, ranked: query.text != nil), "\(query)")
        }
        // A window of 2 (as `topics serve` bounds a broad search): the same totals, counts and
        // window; without words the same pages; with words every match once over the pages.
        for text in [nil, "停车", "噪音"] as [String?] {
            var seen: [[String]] = [[], []]
            for offset in 0..<5 {
                let q = WorkspaceQuery(text: text, offset: offset, limit: 1, collectIDs: true, window: 2)
                let pg = try s.postgres.find(q), lite = try s.sqlite.find(q)
                #expect(pg.total == lite.total && pg.counted == lite.counted && pg.counted == min(2, lite.total), "\(q)")
                #expect(Self.summary(pg, ranked: true).split(separator: "[").last == Self.summary(lite, ranked: true).split(separator: "[").last
                        || text != nil, "\(q)")
                if text == nil { #expect(pg.hits.map(\.id) == lite.hits.map(\.id), "\(q)") }
                seen[0] += pg.hits.map(\.id)
                seen[1] += lite.hits.map(\.id)
            }
            #expect(seen[0].sorted() == seen[1].sorted() && Set(seen[0]).count == seen[0].count, "\(text ?? "")")
        }
        // `export --search` and `search`: words, phrases (adjacent words), OR and NOT match the same
        // documents in both stores, streamed in import order.
        for query in ["停车", "\"施工 噪音\"", "\"噪音 施工\"", "\"车位 严重\"", "\"生产 噪音扰民\"", "\"噪音 很 大\" NOT 工地",
                      "噪音 OR 停车位", "停车*"] {
            var found: [[String]] = [[], []]
            try s.postgres.forEachDocument(kind: nil, search: query) { found[0].append($0.id) }
            try s.sqlite.forEachDocument(kind: nil, search: query) { found[1].append($0.id) }
            #expect(found[0] == found[1], "\(query)")
            #expect(Set(try s.postgres.search(query, limit: 20)) == Set(try s.sqlite.search(query, limit: 20)), "\(query)")
        }
        var phrase: [String] = [], words: [String] = []
        try s.postgres.forEachDocument(kind: nil, search: "\"噪音 施工\"") { phrase.append($0.id) }
        try s.postgres.forEachDocument(kind: nil, search: "噪音 施工") { words.append($0.id) }
        #expect(phrase.isEmpty && !words.isEmpty)      // a phrase is more than its words
        // The search for 停车 marks it in every snippet, shown as written (no spaces between words).
        let hits = try s.postgres.find(WorkspaceQuery(text: "停车")).hits
        #expect(hits.count == 4)
        for hit in hits {
            let marked = "\(WorkspaceResults.markStart)停车"
            #expect(hit.snippet.contains(marked), "\(hit.snippet)")
            #expect(!hit.snippet.contains("小区 停车"), "\(hit.snippet)")
        }
        for d in WorkspaceFixture.documents {
            #expect(try s.postgres.document(id: d.id) == s.sqlite.document(id: d.id))
            #expect(try s.postgres.tags(of: d.id) == s.sqlite.tags(of: d.id))
        }
        #expect(try s.postgres.document(id: "none") == nil)
        // Read-only: curation refused with the reason, and the session itself refuses writes.
        let correction = Correction(action: .setTopics, target: "m2", value: "城建/施工", author: "小刘", at: "2026-12-01T20:00:00Z")
        #expect(throws: TopicsError.self) { try s.postgres.addCorrection(correction) }
        #expect(throws: TopicsError.self) { try s.postgres.writeTags([(documentID: "m2", tags: [])]) }
        #expect(try s.postgres.tags(of: "m2").map(\.topic) == ["环境/噪音"])
    }

    @Test func correctionsAreKeptOverlaidAndServed() async throws {
        let s = try Self.stores(allowEdits: true)
        defer { try? FileManager.default.removeItem(at: s.folder) }
        let pipeline = AgendaPipeline(k: 2, duplicateThreshold: 0.7, title: "测试议题", segmenter: s.segmenter, stopWords: StopWords(), taxonomy: nil)
        let workspace = Workspace(store: s.postgres, segmenter: s.segmenter, pipeline: pipeline, allowsEdits: true)
        let server = WorkspaceServer(workspace: workspace, token: nil, csrf: ServerRouteTests.csrf)
        try await Application(router: server.router()).test(.router) { client in
            try await client.execute(uri: "/?q=" + Pages.u("停车"), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("4 documents") && response.text.contains("<mark>停车"), "\(response.text)")
                #expect(response.text.contains(">交通/停车</a> (4)"))
            }
            let body = ServerRouteTests.form(["csrf": ServerRouteTests.csrf, "action": "set-topics", "target": "m2",
                                              "value": "城建/施工|环境/噪音", "author": "小刘"])
            try await client.execute(uri: "/curate", method: .post, headers: ServerRouteTests.formHeaders, body: body) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/?topic=" + Pages.u("城建/施工"), method: .get) { response in
                #expect(response.text.contains("1 documents") && response.text.contains("/documents/m2"), "\(response.text)")
            }
            try await client.execute(uri: "/documents/m2", method: .get) { response in
                #expect(response.text.contains(">城建/施工</a>"))
            }
        }
        let log = try s.postgres.corrections()
        #expect(log.count == 1 && log[0].author == "小刘" && log[0].action == .setTopics)
        // Another tagging run rewrites the tags (another connection, as `topics tag --store` would): the correction still wins.
        try PostgresStore(url: s.url).writeTags([(documentID: "m2", tags: [DocumentTag(topic: "交通/停车", score: 1, method: .taxonomy)])])
        #expect(try s.postgres.tags(of: "m2").map(\.topic) == ["城建/施工", "环境/噪音"])
        let facet = try s.postgres.find(WorkspaceQuery(text: "噪音")).facets["topic"] ?? []
        #expect(facet.contains { $0.value == "城建/施工" && $0.count == 1 })
        #expect(!facet.contains { $0.value == "交通/停车" })
    }
}
