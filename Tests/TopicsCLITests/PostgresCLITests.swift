import ArchiveStore
import Foundation
import PostgresStore
import Testing
import TopicsCore
import TopicsTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The commands on a PostgreSQL store, end to end against the tests' private server: the same
/// bytes out as from SQLite, copies both ways, several processes at once, and SIGKILLs.
@Suite("PostgreSQL store (end to end)")
struct PostgresCLITests {
    /// A URL with a password: the server trusts loopback and ignores it, and no message may show it.
    static func withPassword(_ url: String) -> String {
        url.replacingOccurrences(of: "postgres://postgres@", with: "postgres://postgres:hunter2@")
    }

    @Test func importExportCopyBothWaysGiveTheSQLiteBytes() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("records.jsonl")
        try CrashSafetyTests.messages(700).write(to: input, atomically: true, encoding: .utf8)
        let sqlite = folder.appendingPathComponent("a.db").path
        let url = Self.withPassword(try PostgresServer.freshDatabase())
        #expect(try Fixtures.runTopics(["import", input.path, "--store", sqlite, "--batch", "64", "--quiet"]).status == 0)
        let imported = try Fixtures.runTopics(["import", input.path, "--store", url, "--batch", "64"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("700 imported") && !imported.stderr.contains("hunter2"), "\(imported.stderr)")
        let fromSQLite = try Fixtures.runTopics(["export", sqlite]).stdout
        // TOPICS_STORE stands for the store argument.
        let fromPostgres = try Fixtures.runTopics(["export"], environment: ["TOPICS_STORE": url])
        #expect(fromPostgres.status == 0, "\(fromPostgres.stderr)")
        #expect(fromPostgres.stdout == fromSQLite)
        #expect(fromSQLite.split(separator: "\n").count == 700)
        for format in ["csv", "text"] {
            #expect(try Fixtures.runTopics(["export", url, "--format", format]).stdout == Fixtures.runTopics(["export", sqlite, "--format", format]).stdout)
        }
        // The segmenter cuts 停车难 and 噪音扰民 whole: 车位 is in messages 0, 5, 10 …, 施工 in 3, 8, 13 ….
        for query in ["车位 OR 施工", "停车* 车位", "车位 NOT 小区停车难"] {
            let search = ["--search", query, "--kind", "article"]
            let a = try Fixtures.runTopics(["export", sqlite] + search).stdout, b = try Fixtures.runTopics(["export", url] + search).stdout
            #expect(a == b, "\(query)")
            #expect(a.split(separator: "\n").count == (query.contains("OR") ? 280 : query.contains("NOT") ? 0 : 140), "\(query)")
        }

        // Tags and themes, then copies both ways: exports, tag counts and themes the same.
        #expect(try Fixtures.runTopics(["tag", "--store", sqlite, "--quiet"]).status == 0)
        #expect(try Fixtures.runTopics(["cluster", sqlite, "--k", "5", "--store", sqlite, "-o", folder.appendingPathComponent("t.jsonl").path]).status == 0)
        let copied = Self.withPassword(try PostgresServer.freshDatabase())
        let copy = try Fixtures.runTopics(["store", "copy", sqlite, copied])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stderr.contains("700 documents") && !copy.stderr.contains("hunter2"), "\(copy.stderr)")
        let back = folder.appendingPathComponent("back.db").path
        #expect(try Fixtures.runTopics(["store", "copy", copied, back, "--quiet"]).status == 0)
        #expect(try Fixtures.runTopics(["export", copied]).stdout == fromSQLite)
        #expect(try Fixtures.runTopics(["export", back]).stdout == fromSQLite)
        let original = try DocumentStore(path: sqlite), postgres = try PostgresStore(url: copied), returned = try DocumentStore(path: back)
        let counts = try original.tagCounts().map { "\($0.topic)=\($0.count)" }
        #expect(!counts.isEmpty)
        #expect(try postgres.tagCounts().map { "\($0.topic)=\($0.count)" } == counts)
        #expect(try returned.tagCounts().map { "\($0.topic)=\($0.count)" } == counts)
        var tagRows: [[StoredTag]] = [[], []]
        try original.forEachStoredTag { tagRows[0].append($0) }
        try returned.forEachStoredTag { tagRows[1].append($0) }
        #expect(tagRows[0] == tagRows[1])
        #expect(try original.storedThemes() == returned.storedThemes())
        #expect(try postgres.themeAssignments() == original.themeAssignments())
        #expect(try original.themeAssignments().count == 700)
        // A store URL is an input like a file for every command that reads documents.
        let agenda = try Fixtures.runTopics(["agenda", copied, "-o", folder.appendingPathComponent("agenda.md").path])
        #expect(agenda.status == 0, "\(agenda.stderr)")
        // With no inputs named, the commands that read documents read the store TOPICS_STORE names.
        let shared = ["TOPICS_STORE": copied]
        let themes = try Fixtures.runTopics(["cluster", "--k", "4", "-o", folder.appendingPathComponent("shared.jsonl").path], environment: shared)
        #expect(themes.status == 0 && themes.stderr.contains("700 documents"), "\(themes.stderr)")
        let report = try Fixtures.runTopics(["agenda", "-o", folder.appendingPathComponent("shared.md").path], environment: shared)
        #expect(report.status == 0, "\(report.stderr)")
        let sharedReport = try String(contentsOf: folder.appendingPathComponent("shared.md/agenda.md"), encoding: .utf8)
        #expect(sharedReport.contains("#"))
        #expect(try sharedReport == String(contentsOf: folder.appendingPathComponent("agenda.md/agenda.md"), encoding: .utf8))
        // … but import needs its inputs named: TOPICS_STORE says where to, not what.
        let importNothing = try Fixtures.runTopics(["import"], environment: shared)
        #expect(importNothing.status == 2 && importNothing.stderr.contains("input to import"), "\(importNothing.stderr)")
        let unset = try Fixtures.runTopics(["agenda", "-o", folder.appendingPathComponent("none.md").path], environment: ["TOPICS_STORE": ""])
        #expect(unset.status == 2 && unset.stderr.contains("TOPICS_STORE"), "\(unset.stderr)")
    }

    @Test func badStoreURLsAreNamedWithoutThePassword() throws {
        let refused = try Fixtures.runTopics(["export", "postgres://ann:hunter2@127.0.0.1:1/none"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("postgres://ann@127.0.0.1:1/none") && refused.stderr.contains("cannot connect"), "\(refused.stderr)")
        let unsupported = try Fixtures.runTopics(["import", "-", "--store", "postgres://ann:hunter2@h/db?sslmode=verify-full"], stdin: Array("{}\n".utf8))
        #expect(unsupported.status != 0 && unsupported.stderr.contains("sslmode"), "\(unsupported.stderr)")
        for result in [refused, unsupported] { #expect(!result.stderr.contains("hunter2")) }
        let missing = try Fixtures.runTopics(["export"], environment: ["TOPICS_STORE": ""])
        #expect(missing.status == 2 && missing.stderr.contains("TOPICS_STORE"), "\(missing.stderr)")
    }

    /// Starts `topics arguments…` without waiting.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Fixtures.topicsBinary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Two importers of different inputs and a tagging run, all at once on one store: afterwards the
    /// documents are those of clean runs of each, once each, and every tag row equals a clean run's.
    @Test func twoImportersAndATaggerAtOnceEqualTheUnionOfCleanRuns() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = CrashSafetyTests.messages(2400).split(separator: "\n")
        var inputs: [String] = []
        for (n, part) in [lines[0..<400], lines[400..<1400], lines[1400...]].enumerated() {
            let file = folder.appendingPathComponent("part\(n).jsonl")
            try (part.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            inputs.append(file.path)
        }
        // The clean runs, one after another into SQLite.
        let clean = folder.appendingPathComponent("clean.db").path
        for input in inputs { #expect(try Fixtures.runTopics(["import", input, "--store", clean, "--quiet"]).status == 0) }
        #expect(try Fixtures.runTopics(["tag", "--store", clean, "--quiet"]).status == 0)

        let url = try PostgresServer.freshDatabase()
        #expect(try Fixtures.runTopics(["import", inputs[0], "--store", url, "--quiet"]).status == 0)
        let running = [try Self.start(["import", inputs[1], "--store", url, "--batch", "50", "--quiet"]),
                       try Self.start(["import", inputs[2], "--store", url, "--batch", "50", "--quiet"]),
                       try Self.start(["tag", "--store", url, "--quiet"])]
        for process in running {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let cleanExport = try Fixtures.runTopics(["export", clean]).stdout.split(separator: "\n")
        let export = try Fixtures.runTopics(["export", url]).stdout.split(separator: "\n")
        #expect(export.count == 2400)
        #expect(Set(export) == Set(cleanExport))
        let store = try PostgresStore(url: url), reference = try DocumentStore(path: clean)
        var cleanTags: [String: [StoredTag]] = [:]
        try reference.forEachStoredTag { cleanTags[$0.documentID, default: []].append($0) }
        var tags: [String: [StoredTag]] = [:]
        try store.forEachStoredTag { tags[$0.documentID, default: []].append($0) }
        // The tagger saw at least the documents stored before it started; each one it tagged, it tagged as a clean run.
        let first400 = Set(cleanExport.prefix(400).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) .flatMap { ($0 as? [String: Any])?["id"] as? String }
        })
        #expect(first400.count == 400)
        #expect(first400.isSubset(of: Set(try store.taggedIDs())))
        for (id, rows) in tags { #expect(rows == cleanTags[id], "tags of \(id)") }
        // Finishing the tagging gives the clean run's tags everywhere.
        #expect(try Fixtures.runTopics(["tag", "--store", url, "--resume", "--quiet"]).status == 0)
        #expect(try store.tagCounts().map { "\($0.topic)=\($0.count)" } == reference.tagCounts().map { "\($0.topic)=\($0.count)" })
    }

    /// As for SQLite (CrashSafetyTests): twenty SIGKILLs of an importer, at every kind of moment,
    /// each followed by `--resume`'s next attempt; the store stays readable with whole batches
    /// only, and the finished store exports the clean run's bytes. Tagging the same way.
    @Test func twentyKillsOfAnImporterThenResumeEqualsACleanRun() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Killed while the tables are created (rolled back), then before connecting, mid-batch, after commits.
        var points = ["store.schema", "store.open", "store.batch:1", "store.commit:1"]
        for k in 1...16 { points.append(k % 2 == 0 ? "store.batch:\(k % 5 + 1)" : "store.commit:\(k % 4 + 1)") }
        #expect(points.count == 20)
        let (a, b) = try CrashSafetyTests.killImportAndTagThenResume(
            clean: try PostgresServer.freshDatabase(), killed: try PostgresServer.freshDatabase(), folder: folder,
            open: { try PostgresStore(url: $0) }, points: points)
        #expect(a == b)
    }
}
