import ArchiveStore
import Foundation
import Testing
import TopicsTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL in the middle of an import, again and again: the store must stay readable after every
/// kill, `--resume` must finish the job, and the result must equal a clean run's.
@Suite("Crash safety (end to end)")
struct CrashSafetyTests {
    /// Starts `topics arguments…` and sends SIGKILL after `microseconds`; true if it was still running.
    static func runAndKill(_ arguments: [String], after microseconds: UInt32) throws -> Bool {
        let process = Process()
        process.executableURL = Fixtures.topicsBinary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(microseconds)
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running
    }

    @Test func twentyKillsDuringAnImportThenResumeEqualsACleanRun() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("records.jsonl")
        var lines: [String] = []
        let topics = ["小区停车难，车位严重不足", "学校课后服务收费不合理", "公交线路班次太少", "夜间施工噪音扰民", "自来水经常停水"]
        for i in 0..<3000 {
            lines.append(#"{"id":"r\#(i)","title":"\#(topics[i % 5])\#(i)","text":"\#(String(repeating: topics[i % 5] + "，希望有关部门尽快解决。", count: 3))"}"#)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let clean = folder.appendingPathComponent("clean.db").path, killed = folder.appendingPathComponent("killed.db").path
        #expect(try Fixtures.runTopics(["import", input.path, "--store", clean, "--batch", "50", "--quiet"]).status == 0)

        var random = SystemRandomNumberGenerator()
        var kills = 0
        for _ in 0..<20 {
            if try Self.runAndKill(["import", input.path, "--store", killed, "--resume", "--batch", "50", "--quiet"],
                                   after: UInt32.random(in: 20_000...400_000, using: &random)) { kills += 1 }
            // After every kill the store opens and reads (export streams every stored document).
            let check = try Fixtures.runTopics(["export", killed, "-o", folder.appendingPathComponent("check.jsonl").path])
            #expect(check.status == 0, "store unreadable after a kill: \(check.stderr)")
        }
        #expect(kills >= 10, "only \(kills) of 20 runs were still going when killed")
        let finish = try Fixtures.runTopics(["import", input.path, "--store", killed, "--resume", "--batch", "50"])
        #expect(finish.status == 0)
        #expect(finish.stderr.contains("3000 documents in the store"))
        let a = try Fixtures.runTopics(["export", clean]).stdout, b = try Fixtures.runTopics(["export", killed]).stdout
        #expect(Set(a.split(separator: "\n")) == Set(b.split(separator: "\n")))
        #expect(a.split(separator: "\n").count == 3000)
        // Tagging the store, killed the same way, resumes to the same tags as a clean run.
        for _ in 0..<5 {
            _ = try Self.runAndKill(["tag", "--store", killed, "--resume", "--quiet"], after: UInt32.random(in: 50_000...600_000, using: &random))
        }
        #expect(try Fixtures.runTopics(["tag", "--store", killed, "--resume", "--quiet"]).status == 0)
        #expect(try Fixtures.runTopics(["tag", "--store", clean, "--quiet"]).status == 0)
        let countsA = try DocumentStore(path: clean).tagCounts(), countsB = try DocumentStore(path: killed).tagCounts()
        #expect(countsA.map { "\($0.topic)=\($0.count)" } == countsB.map { "\($0.topic)=\($0.count)" })
        #expect(try DocumentStore(path: killed).taggedIDs().count == 3000)
        // No temporary files left under the final names.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Clustering killed at random points: the output file is either absent or complete (never
    /// half-written under its name), the store stays readable, and a rerun equals a clean run.
    @Test func killedClusteringLeavesNothingHalfWritten() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("records.jsonl")
        let topics = ["小区停车难，车位严重不足", "学校课后服务收费不合理", "公交线路班次太少", "夜间施工噪音扰民", "自来水经常停水"]
        let lines = (0..<1000).map { i in
            #"{"id":"r\#(i)","title":"\#(topics[i % 5])\#(i)","text":"\#(String(repeating: topics[i % 5] + "，希望有关部门尽快解决。", count: 3))"}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        func arguments(_ name: String) -> [String] {
            ["cluster", input.path, "--k", "5", "-o", folder.appendingPathComponent("\(name).jsonl").path,
             "--store", folder.appendingPathComponent("\(name).db").path]
        }
        #expect(try Fixtures.runTopics(arguments("clean")).status == 0)
        let clean = try String(contentsOf: folder.appendingPathComponent("clean.jsonl"), encoding: .utf8)
        let cleanAssignments = try DocumentStore(path: folder.appendingPathComponent("clean.db").path).clusterAssignments()
        #expect(cleanAssignments.count == 1000)
        let output = folder.appendingPathComponent("killed.jsonl")
        var random = SystemRandomNumberGenerator()
        var kills = 0
        for _ in 0..<8 {
            if try Self.runAndKill(arguments("killed"), after: UInt32.random(in: 50_000...2_500_000, using: &random)) { kills += 1 }
            if let written = try? String(contentsOf: output, encoding: .utf8) { #expect(written == clean) }
            // The store (once created) opens, and holds no clustering or the whole one.
            let store = folder.appendingPathComponent("killed.db").path
            if FileManager.default.fileExists(atPath: store) {
                let assigned = try DocumentStore(path: store).clusterAssignments()
                #expect(assigned.isEmpty || assigned == cleanAssignments)
            }
        }
        #expect(kills >= 4, "only \(kills) of 8 runs were still going when killed")
        #expect(try Fixtures.runTopics(arguments("killed")).status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == clean)
        #expect(try DocumentStore(path: folder.appendingPathComponent("killed.db").path).clusterAssignments() == cleanAssignments)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
