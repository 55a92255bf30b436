import ArchiveIO
import ArchiveStore
import Foundation
import GRDB
import PostgresStore
import Synchronization
import Testing
import TopicsCore
import TopicsTestSupport

@Suite("Stores (SQLite and PostgreSQL)")
struct StoreTests {
    func entry(_ id: String, _ title: String, _ words: String) -> StoreEntry {
        StoreEntry(document: Document(id: id, kind: .suggestion, title: title, text: words.replacingOccurrences(of: " ", with: "")),
                            words: words)
    }

    /// A new store in a temporary folder holding one document ("1", 停车难).
    func storeWithOneDocument(_ name: String) throws -> (DocumentStore, String) {
        let path = try Fixtures.temporaryFolder().appendingPathComponent(name).path
        let store = try DocumentStore(path: path)
        try store.write([entry("1", "停车难", "小区 停车 难")])
        return (store, path)
    }

    @Test("Documents are stored, replaced by id, searched by word and streamed back in order", arguments: StoreKind.allCases)
    func storeAndSearch(_ kind: StoreKind) throws {
        let store = try kind.make()
        try store.write([entry("1", "停车难", "小区 停车 难"), entry("2", "教育扶贫", "加强 教育扶贫 投入")])
        try store.write([entry("1", "停车位不足", "小区 停车位 不足")])
        #expect(try store.count() == 2)
        #expect(try store.search("教育扶贫", limit: 20) == ["2"])
        #expect(try store.search("停车", limit: 20).isEmpty)          // replaced: the old words are gone from the index
        #expect(try store.search("停车位", limit: 20) == ["1"])
        var titles: [String] = []
        try store.forEachDocument { titles.append($0.title ?? "") }
        #expect(titles == ["停车位不足", "教育扶贫"])
        #expect(try store.storedIDs() == ["1", "2"])
        var found: [String] = []
        try store.forEachDocument(kind: nil, search: "教育扶贫") { found.append($0.id) }
        #expect(found == ["2"])
    }

    @Test("A repeated id in one batch keeps its first place and its last content; kinds are counted and filtered", arguments: StoreKind.allCases)
    func batchesAndKinds(_ kind: StoreKind) throws {
        let store = try kind.make()
        var proposal = entry("p", "提案", "关于 加强 提案")
        proposal.document.kind = .proposal
        try store.write([entry("a", "一", "第一 稿"), proposal, entry("a", "一改", "第二 稿"), entry("b", "二", "二 号")])
        var seen: [String] = []
        try store.forEachDocument { seen.append("\($0.id)=\($0.title ?? "")") }
        #expect(seen == ["a=一改", "p=提案", "b=二"])
        #expect(try store.count(kind: .proposal) == 1)
        #expect(try store.count(kind: .suggestion) == 2)
        var proposals: [String] = []
        try store.forEachDocument(kind: .proposal, search: nil) { proposals.append($0.id) }
        #expect(proposals == ["p"])
        #expect(try store.search("第二", limit: 5) == ["a"])
        #expect(try store.search("第一", limit: 5).isEmpty)
        #expect(Set(try store.search("第二 OR 二", limit: 5)) == ["a", "b"])
        #expect(try store.search("第二 二", limit: 5).isEmpty)     // every word must match
    }

    @Test("Streaming returns every document in import order, past one page of rows", arguments: StoreKind.allCases)
    func streamsManyDocuments(_ kind: StoreKind) throws {
        let store = try kind.make()
        let ids = (0..<1234).map { "d\(1234 - $0)" }         // not in id order
        for start in stride(from: 0, to: ids.count, by: 300) {
            try store.write(ids[start..<min(start + 300, ids.count)].map { entry($0, "标题\($0)", "停车 \($0)") })
        }
        var seen: [String] = []
        try store.forEachDocument { seen.append($0.id) }
        #expect(seen == ids)
        var matched = 0
        try store.forEachDocument(kind: nil, search: "停车") { _ in matched += 1 }
        #expect(matched == ids.count)
        var entries: [String] = []
        try store.forEachEntry { entries.append($0.words) }
        #expect(entries.count == ids.count && entries.first == "停车 d1234")
    }

    @Test("Tags and themes are replaced per document, counted, and read back as stored", arguments: StoreKind.allCases)
    func tagsAndThemes(_ kind: StoreKind) throws {
        let store = try kind.make()
        try store.write([entry("1", "停车难", "小区 停车 难"), entry("2", "教育扶贫", "加强 教育扶贫 投入"), entry("3", "停车", "停车")])
        func tag(_ topic: String, _ score: Double) -> DocumentTag {
            DocumentTag(topic: topic, id: nil, score: score, method: .taxonomy,
                        evidence: [.init(term: topic, start: 0, end: 2, sentence: "说'明'\\")])
        }
        try store.writeTags([("1", [tag("交通", 0.9), tag("城建", 0.7)]), ("2", [tag("教育", 0.8)])])
        try store.writeTags([("1", [tag("交通", 0.95)]), ("3", [tag("交通", 0.6)])])      // 1's tags replaced
        #expect(try store.taggedIDs() == ["1", "2", "3"])
        #expect(try store.tagCounts().map { "\($0.topic)=\($0.count)" } == ["交通=2", "教育=1"])
        var rows: [StoredTag] = []
        try store.forEachStoredTag { rows.append($0) }
        #expect(rows.map { "\($0.documentID):\($0.topic):\($0.score)" } == ["1:交通:0.95", "2:教育:0.8", "3:交通:0.6"])
        #expect(rows.first?.evidence?.contains("说'明'") == true)

        let themes = [StoredTheme(id: 0, name: "停车", terms: ["停车", "车位"], members: ["3", "1"], representatives: ["1"]),
                      StoredTheme(id: 1, name: "教育", terms: [], members: ["2"], representatives: [])]
        try store.writeThemes([StoredTheme(id: 5, name: "旧", terms: ["旧"], members: ["1", "2", "3"], representatives: [])])
        try store.writeThemes(themes)
        #expect(try store.themeAssignments() == ["1": 0, "2": 1, "3": 0])
        let back = try store.storedThemes()
        #expect(back.map(\.id) == [0, 1])
        #expect(back.first?.terms == ["停车", "车位"])
        #expect(back.first?.members == ["1", "3"])            // in import order
        #expect(back.first?.representatives == ["1"])
    }

    @Test("A second handle (another process's) sees committed writes; copied tag rows keep their values", arguments: StoreKind.allCases)
    func secondHandleAndStoredTags(_ kind: StoreKind) throws {
        let location = try kind.newLocation()
        let a = try kind.open(location), b = try kind.open(location)
        try a.write([entry("1", "停车难", "小区 停车 难")])
        #expect(try b.count() == 1)
        try b.writeStoredTags([StoredTag(documentID: "1", topic: "交通", score: 0.1 + 0.2, evidence: nil, method: "model"),
                               StoredTag(documentID: "1", topic: "交通", score: 0.5, evidence: "[]", method: nil)])
        var rows: [StoredTag] = []
        try a.forEachStoredTag { rows.append($0) }
        #expect(rows == [StoredTag(documentID: "1", topic: "交通", score: 0.5, evidence: "[]", method: nil)])
        try b.writeStoredTags([StoredTag(documentID: "1", topic: "城建", score: 0.1 + 0.2, evidence: nil, method: "model")])
        rows = []
        try a.forEachStoredTag { rows.append($0) }
        #expect(rows.last?.score == 0.1 + 0.2)               // doubles exactly
    }

    /// Issue 21: FTS5's phrase on both stores. Punctuation the segmenter keeps is no word (FTS5's
    /// `unicode61` skips it), and no phrase runs from the title into the text (FTS5's two columns).
    @Test("A quoted phrase finds its words next to each other: the same documents on both stores", arguments: StoreKind.allCases)
    func phrases(_ kind: StoreKind) throws {
        let store = try kind.make()
        try store.write([
            entry("a", "停车难, 小区", "小区 停车 难 ， 问题 很 多"),
            entry("b", "车位", "停车 位 难 找"),
            entry("c", "难题", "难 停车 小区"),
        ])
        func found(_ query: String) throws -> [String] {
            var ids: [String] = []
            try store.forEachDocument(kind: nil, search: query) { ids.append($0.id) }
            #expect(Set(try store.search(query, limit: 10)) == Set(ids), "\(query)")
            return ids
        }
        #expect(try found("停车 难") == ["a", "b", "c"])          // words: all of them, anywhere
        #expect(try found("\"停车 难\"") == ["a"])
        #expect(try found("\"难 停车\"") == ["c"])
        #expect(try found("\"难 问题\"") == ["a"])             // the comma between is no word
        #expect(try found("\"停车难 小区\"") == ["a"])          // in the title
        #expect(try found("\"小区 小区\"").isEmpty)             // the title's last word, the text's first
        #expect(try found("\"停车 小区\" OR \"位 难\"") == ["b", "c"])
        #expect(try found("\"停车 位 难 找\" 车位") == ["b"])
    }

    @Test("A bad full-text query is a clear error naming the store", arguments: StoreKind.allCases)
    func badSearch(_ kind: StoreKind) throws {
        let store = try kind.make()
        try store.write([entry("1", "停车难", "小区 停车 难")])
        #expect(throws: TopicsError.self) { try store.search("\"", limit: 5) }
    }

    @Test("A store another connection holds locked: the write waits, then fails with a clear reason; it succeeds once the lock goes")
    func lockedStore() throws {
        let (store, path) = try storeWithOneDocument("locked.db")
        // Another writer (as another process would) takes the write lock and keeps it.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true   // the lock outlives one access, on purpose
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        let start = Date()
        #expect {
            try store.write([entry("2", "教育扶贫", "加强 教育扶贫 投入")])
        } throws: { error in
            let e = error as? TopicsError
            return e?.code == .writeFailed && e?.description.contains("locked by another process") == true
                && e?.description.contains(path) == true
        }
        #expect(Date().timeIntervalSince(start) >= DocumentStore.lockTimeout - 0.5)   // it waited before giving up
        #expect(try store.count() == 1)   // readers are not blocked (WAL), and nothing half-written
        // The lock is released a second into the wait: the write goes through.
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
            try? other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        }
        try store.write([entry("2", "教育扶贫", "加强 教育扶贫 投入")])
        #expect(try store.count() == 2)
    }

    /// Issue 19: `topics serve` reads while `topics import` writes. SQLite's own checkpoint after a
    /// commit copies only the pages no reader still needs and never starts the WAL over while readers
    /// come and go, so the WAL grew through a whole import and every read looked pages up in it.
    @Test("After each batch the WAL is copied into the store and emptied, while another connection keeps reading")
    func walEmptiedAfterEachBatch() throws {
        let (store, path) = try storeWithOneDocument("wal.db")
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        let loop = ReaderLoop()
        let reading = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread {
            while !loop.stop.withLock({ $0 }) {
                _ = try? reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '停车'") }
                if loop.reads.withLock({ $0 += 1; return $0 }) == 1 { reading.signal() }
            }
            done.signal()
        }.start()
        reading.wait()
        for b in 0..<4 {
            try store.write((0..<200).map { i in entry("\(b)-\(i)", "停车难 \(i)", "小区 停车 难 第\(b)批 \(i)") })
            let wal = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? -1
            #expect(wal == 0, "batch \(b): \(wal) bytes left in the WAL")
        }
        loop.stop.withLock { $0 = true }
        done.wait()
        #expect(try store.count() == 801)
        #expect(try reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") } == 801)
    }

    @Test("Reading another SQLite database by table or query")
    func otherDatabases() throws {
        let (_, path) = try storeWithOneDocument("a.db")
        var rows: [[String: String]] = []
        try SQLiteRows.forEach(path: path, table: "documents", query: nil) { _, cells, _ in rows.append(cells) }
        #expect(rows.first?["title"] == "停车难")
        var counted: [String] = []
        try SQLiteRows.forEach(path: path, table: nil, query: "SELECT count(*) AS n FROM documents") { _, cells, _ in counted.append(cells["n"] ?? "") }
        #expect(counted == ["1"])
        #expect(throws: TopicsError.self) { try SQLiteRows.forEach(path: path, table: nil, query: "SELECT nonsense FROM nowhere") { _, _, _ in } }
        #expect(throws: TopicsError.self) { try SQLiteRows.forEach(path: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("none.db").path, table: "x", query: nil) { _, _, _ in } }
    }

    @Test("A file that is not SQLite is a clear error")
    func notADatabase() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("bad.db")
        try Data("this is not a database, just text long enough to have a header".utf8).write(to: path)
        #expect(throws: TopicsError.self) { try DocumentStore(path: path.path) }
    }
}

/// A reading thread's stop signal and read count, shared with the test.
private final class ReaderLoop: Sendable {
    let stop = Mutex(false)
    let reads = Mutex(0)
}
