import ArchiveIO
import ArchiveStore
import Foundation
import GRDB
import Testing
import TopicsCore
import TopicsTestSupport

@Suite("SQLite store")
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

    @Test("Documents are stored, replaced by id, searched by word and streamed back in order")
    func storeAndSearch() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try DocumentStore(path: folder.appendingPathComponent("a.db").path)
        try store.write([entry("1", "停车难", "小区 停车 难"), entry("2", "教育扶贫", "加强 教育扶贫 投入")])
        try store.write([entry("1", "停车位不足", "小区 停车位 不足")])
        #expect(try store.count() == 2)
        #expect(try store.search("教育扶贫") == ["2"])
        #expect(try store.search("停车").isEmpty)          // replaced: the old words are gone from the index
        #expect(try store.search("停车位") == ["1"])
        var titles: [String] = []
        try store.forEachDocument { titles.append($0.title ?? "") }
        #expect(titles == ["停车位不足", "教育扶贫"])
        #expect(try store.storedIDs() == ["1", "2"])
        var found: [String] = []
        try store.forEachDocument(search: "教育扶贫") { found.append($0.id) }
        #expect(found == ["2"])
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
