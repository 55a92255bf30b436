import ArchiveIO
import Foundation
import Testing
import TopicsCore
import TopicsPipeline
import TopicsTestSupport

/// Issue 14: the batch loops of `extract`, `segment`, `tag`, `assign` and `import`, without the CLI.
@Suite("Batch runs")
struct BatchRunTests {
    /// What a run told its observer.
    final class Collected: RunObserver {
        var totals: [Int] = [], failures: [TopicsError] = [], lastDone = -1, finished = 0
        func start(total: Int) { totals.append(total) }
        func failed(_ error: TopicsError) { failures.append(error) }
        func progress(done: Int, failed: Int) { lastDone = done }
        func finish() { finished += 1 }
    }

    /// A sink that keeps what is written, can fail to commit, and says whether it was committed or abandoned.
    final class Sink: RecordSink {
        var written: [Record] = [], committed = false, abandoned = false
        let failsToCommit: Bool
        init(failsToCommit: Bool = false) { self.failsToCommit = failsToCommit }
        func write(_ record: Record) throws(TopicsError) { written.append(record) }
        func commit() throws(TopicsError) {
            if failsToCommit { throw TopicsError(.writeFailed, input: "sink", "disk full") }
            committed = true
        }
        func abandon() { abandoned = true }
    }

    static func lines(_ folder: URL, _ name: String, _ lines: [String]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("The progress line: drawn only on a terminal, never when quiet or for one item; counts, failures and rate, then cleared")
    func progressLine() {
        final class Drawn { var text: [String] = [] }
        let drawn = Drawn()
        var line = ProgressLine(label: "extract", total: 10, quiet: false, terminal: true) { drawn.text.append($0) }
        line.update(done: 10, failed: 2)
        line.finish()
        line.finish()
        #expect(drawn.text.count == 2)
        #expect(drawn.text.first?.hasPrefix("\r\u{1B}[2Kextract 10/10 · 2 failed · ") == true && drawn.text.first?.hasSuffix("/s") == true)
        #expect(drawn.text.last == "\r\u{1B}[2K")
        for (total, quiet, terminal) in [(10, true, true), (10, false, false), (1, false, true)] {
            var silent = ProgressLine(label: "x", total: total, quiet: quiet, terminal: terminal) { drawn.text.append($0) }
            silent.update(done: total, failed: 0)
            silent.finish()
            #expect(!silent.enabled)
        }
        #expect(drawn.text.count == 2)
    }

    @Test("One record per page in input order; an input that cannot be read is counted, told and logged; everything committed")
    func process() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.lines(folder, "a.txt", ["甲"]), b = try Self.lines(folder, "b.txt", ["乙乙"])
        let big = try Self.lines(folder, "big.txt", [String(repeating: "丙", count: 50)])
        let missing = folder.appendingPathComponent("missing.txt").path, errors = folder.appendingPathComponent("errors.jsonl").path
        let observer = Collected(), sink = Sink()
        let summary = try BatchRun(jobs: 2, errors: errors, observer: observer).process([a, missing, big, b], extensions: ["txt"], to: { sink }) {
            (input: Input) throws(TopicsError) -> Record in
            Record([.init("path", .string(input.description)), .init("bytes", .int(try InputFiles.read(input, maxBytes: 100).count))])
        }
        // The missing file fails when the inputs are expanded, the large one when it is read.
        #expect(summary.succeeded == 2 && summary.failed == 2 && summary.inputs == 3 && observer.totals == [3])
        #expect(sink.written.map { $0["path"] } == [.string(a), .string(b)] && sink.committed && !sink.abandoned)
        #expect(observer.failures.map(\.code) == [.unreadable, .tooLarge] && observer.failures[0].input == missing && observer.finished == 1)
        let logged = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 2 && logged[0].contains("missing.txt") && logged[1].contains("big.txt"))
    }

    @Test("Streamed records: a line that is not JSON is a failure naming input:line; a run-wide failure (the output cannot be committed) abandons the output and the log and is rethrown")
    func stream() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.lines(folder, "r.jsonl", [#"{"id":"1"}"#, "not json", #"{"id":"2"}"#, #"{"id":"3"}"#])
        let observer = Collected(), sink = Sink()
        let summary = try BatchRun(jobs: 2, observer: observer).stream([input], to: { sink }) { (record: Record) throws(TopicsError) -> Record in
            var r = record
            r.append("seen", .bool(true))
            return r
        }
        #expect(summary.succeeded == 3 && summary.failed == 1 && observer.totals == [0])
        #expect(sink.written.map { $0["id"] } == [.string("1"), .string("2"), .string("3")] && sink.written.allSatisfy { $0["seen"] == .bool(true) })
        #expect(observer.failures.map(\.input) == ["\(input):2"])

        let errors = folder.appendingPathComponent("errors.jsonl").path
        let failing = Sink(failsToCommit: true)
        #expect(throws: TopicsError.self) {
            try BatchRun(jobs: 1, errors: errors).stream([input], to: { failing }) { (record: Record) throws(TopicsError) -> Record in record }
        }
        // The line that is not JSON was logged, but the log is abandoned with the output.
        #expect(failing.written.count == 3 && failing.abandoned && !failing.committed && !FileManager.default.fileExists(atPath: errors))
    }

    @Test("An archive a batch at a time: skipped ids left out, batches delivered in order, commit after the last; abandon instead when delivering fails")
    func batches() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.lines(folder, "d.jsonl", (1...5).map { #"{"id":"d\#($0)","text":"文本\#($0)"}"# })
        var delivered: [[String]] = [], committed = false, abandoned = false
        let observer = Collected()
        let counts = try BatchRun(jobs: 2, observer: observer).batches(
            Archive(ArchiveSource(inputs: [input])), of: 2, skip: ["d3"], work: { (d: Document) throws(TopicsError) -> String in d.id },
            deliver: { delivered.append($0) }, commit: { committed = true }, abandon: { abandoned = true })
        #expect(counts.done == 4 && counts.skipped == 1 && counts.failed == 0)
        #expect(delivered == [["d1", "d2"], ["d4", "d5"]] && committed && !abandoned && observer.finished == 1)
        committed = false
        #expect(throws: TopicsError.self) {
            try BatchRun(jobs: 1).batches(Archive(ArchiveSource(inputs: [input])), of: 2, work: { (d: Document) throws(TopicsError) -> String in d.id },
                                          deliver: { _ in throw TopicsError(.writeFailed, input: "store", "locked") },
                                          commit: { committed = true }, abandon: { abandoned = true })
        }
        #expect(abandoned && !committed)
    }
}
