import Foundation
import Synchronization
import PostgresStore
import Testing
import TopicsCore
import TopicsTestSupport

/// What only the PostgreSQL store has: its URL, its own query translation, its schema version
/// table, and several writers at once. (The behaviour both stores share is in `StoreTests`.)
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    @Test("URLs: user, password, host, port, database, socket folder; the password never shown")
    func locations() throws {
        let a = try PostgresLocation("postgres://ann:s%40cret@db.example:6543/archive")
        #expect(a.user == "ann" && a.password == "s@cret" && a.host == "db.example" && a.port == 6543 && a.database == "archive")
        #expect(a.description == "postgres://ann@db.example:6543/archive")
        let b = try PostgresLocation("postgresql://bob@/topics?host=/run/postgresql&sslmode=disable")
        #expect(b.socketFolder == "/run/postgresql" && b.host == nil && b.port == 5432 && b.database == "topics")
        let c = try PostgresLocation("postgres://carol@localhost")
        #expect(c.database == "carol")            // libpq's default: the user's name
        #expect(PostgresLocation.redact("postgres://ann:hunter2@h/db") == "postgres://ann:***@h/db")
        #expect(PostgresLocation.redact("postgres://h/db?password=hunter2") == "postgres://h/db?password=***")
        for bad in ["postgres://ann:hunter2@h/db?sslmode=require", "postgres://ann:hunter2@h:99999/db", "postgres://ann:hunter2@h/db?colour=blue"] {
            #expect { _ = try PostgresLocation(bad) } throws: { error in
                let e = error as? TopicsError
                return e?.code == .badArgument && e?.description.contains("hunter2") == false
            }
        }
    }

    @Test("Queries become tsquery text: words all match, OR, NOT, prefixes, quoted words; quotes and backslashes escaped")
    func queries() throws {
        #expect(try TextSearch.tsquery("教育扶贫") == "'教育扶贫'")
        #expect(try TextSearch.tsquery("停车 OR 教育 NOT 收费") == "'停车' | '教育' & !'收费'")
        #expect(try TextSearch.tsquery("停* \"小区 停车\"") == "'停':* & ('小区' <-> '停车')")
        #expect(try TextSearch.tsquery("\"难 ， 问题\" \"！\"") == "('难' <-> '问题') & '！'")   // a phrase's words have letters
        #expect(try TextSearch.tsquery("O'Brien a\\b") == "'o''brien' & 'a\\\\b'")
        #expect(throws: TopicsError.self) { try TextSearch.tsquery("  OR ") }
        #expect(TextSearch.lexemes(title: "停车难，怎么办? Park-2", words: "小区  停车 ") == ["小区", "停车", "停车难", "怎么办", "park", "2"])
        // The index: title runs first, the words two positions on; punctuation shares the word before's position.
        #expect(TextSearch.vector(title: "停车难，怎么办", words: "小区 停车 ， 难 O'Brien 停车")
                == "'停车难':1 '怎么办':2 '小区':4 '停车':5,8 '，':5 '难':6 'o''brien':7")
        #expect(TextSearch.vector(title: nil, words: "， 停车") == "'，':1 '停车':1")
    }

    @Test("A server that is not there: a clear error naming the store without its password")
    func unreachable() throws {
        #expect { _ = try PostgresStore(url: "postgres://ann:hunter2@127.0.0.1:1/none") } throws: { error in
            let e = error as? TopicsError
            return e?.code == .unreadable && e?.description.contains("postgres://ann@127.0.0.1:1/none") == true
                && e?.description.contains("hunter2") == false
        }
    }

    @Test("The schema has a version; a store newer than the tool is refused, not written into")
    func schemaVersion() throws {
        let url = try PostgresServer.freshDatabase()
        guard case .success(let server) = PostgresServer.shared else { return }
        let database = String(url.split(separator: "/").last!)
        _ = try PostgresStore(url: url)
        _ = try PostgresStore(url: url)          // opening again migrates nothing
        #expect(try server.psql(database, "SELECT version FROM topics_schema") == "3\n")
        #expect(try server.psql(database, "SELECT count(*) FROM topics_schema") == "1\n")
        // A store of version 1 (before the curation log) gains the version-2 tables on opening.
        _ = try server.psql(database, "DROP VIEW effective_tags; DROP TABLE corrections, corrected_tags; DROP INDEX tags_topic; UPDATE topics_schema SET version = 1")
        let migrated = try PostgresStore(url: url)
        #expect(try server.psql(database, "SELECT version FROM topics_schema") == "3\n")
        #expect(try migrated.corrections().isEmpty)
        // A store of version 2 with documents, tags and themes: vectors without positions, as
        // version 2 wrote them (no phrase matches), and `clusters.duplicate_of`. More documents
        // than one page of the rebuild, the last phrase on the second page.
        let filler = (0..<1_999).map { n in
            StoreEntry(document: Document(id: "p\(n)", kind: .suggestion, title: nil, text: "停车 \(n) 难"), words: "停车 \(n) 难")
        }
        try migrated.write([StoreEntry(document: Document(id: "1", kind: .suggestion, title: "停车难", text: "小区停车难"), words: "小区 停车 难")]
                           + filler + [StoreEntry(document: Document(id: "last", kind: .report, title: nil, text: "停车难"), words: "停车 难")])
        try migrated.writeStoredTags([StoredTag(documentID: "1", topic: "交通", score: 0.5, evidence: nil, method: "keyword")])
        try migrated.writeThemes([StoredTheme(id: 0, name: "停车", terms: ["停车"], members: ["1", "last"], representatives: ["1"])])
        _ = try server.psql(database, "UPDATE documents SET search = strip(search); ALTER TABLE clusters ADD COLUMN duplicate_of text; UPDATE topics_schema SET version = 2")
        #expect(try migrated.search("\"停车 难\"", limit: 5).isEmpty)
        #expect(try migrated.search("停车 难", limit: 5000).count == 2_001)
        let version3 = try PostgresStore(url: url)
        #expect(try server.psql(database, "SELECT version FROM topics_schema") == "3\n")
        #expect(Set(try version3.search("\"停车 难\"", limit: 5)) == ["1", "last"])
        #expect(try version3.search("\"难 停车\"", limit: 5).isEmpty)
        #expect(try version3.search("停车 难", limit: 5000).count == 2_001)
        #expect(try version3.count() == 2_001)
        #expect(try version3.taggedIDs() == ["1"])
        #expect(try version3.themeAssignments() == ["1": 0, "last": 0])
        #expect(try server.psql(database, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'clusters' AND column_name = 'duplicate_of'") == "0\n")
        _ = try server.psql(database, "UPDATE topics_schema SET version = 99")
        #expect { _ = try PostgresStore(url: url) } throws: { error in
            (error as? TopicsError)?.description.contains("version 99, newer than this tool's 3") == true
        }
    }

    @Test("A broad search ranks only its window, the matches stored last; the best of them first, ties in import order")
    func searchWindow() throws {
        let store = try PostgresStore(url: try PostgresServer.freshDatabase())
        // d0 says 停车 five times (the best match, stored first), d9 twice.
        try store.write((0..<10).map { n in
            StoreEntry(document: Document(id: "d\(n)", kind: .suggestion, title: nil, text: "停车"),
                       words: n == 0 ? "停车 停车 停车 停车 停车" : n == 9 ? "停车 停车 九" : "停车 \(n)")
        })
        #expect(try store.search("停车", limit: 2) == ["d0", "d9"])
        #expect(try store.search("停车", limit: 3, window: 3) == ["d9", "d7", "d8"])
        #expect(try store.search("停车", limit: 5, window: 3) == ["d9", "d5", "d6", "d7", "d8"])    // a window at least the page
        #expect(try store.search("停车 九", limit: 5, window: 1) == ["d9"])
    }

    @Test("Eight writers at once on one store, some ids shared: every document once, none lost")
    func concurrentWriters() throws {
        let url = try PostgresServer.freshDatabase()
        _ = try PostgresStore(url: url)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { writer in
            do {
                let store = try PostgresStore(url: url)
                for batch in 0..<10 {
                    // Each writer's own ids, and "shared-N" that every writer writes too.
                    let entries = (0..<20).map { n in
                        StoreEntry(document: Document(id: n == 0 ? "shared-\(batch)" : "w\(writer)-\(batch)-\(n)", kind: .suggestion,
                                                      title: "停车", text: "停车难"), words: "停车 难")
                    }
                    try store.write(entries)
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let store = try PostgresStore(url: url)
        #expect(try store.count() == 8 * 10 * 19 + 10)
        #expect(try store.storedIDs().count == 8 * 10 * 19 + 10)
    }
}
