import ArchiveIO
import Foundation
import Testing
import TopicsCore
import TopicsPipeline
import TopicsTestSupport

/// Issue 14, third round: what `import`, `tag` (archive → store) and `dedupe --signatures` did in their `run()`.
extension StageTests {
    @Test("Import: documents with their words into a store; the same id again replaces it, or with resume is skipped; the summary line counts each")
    func storeImport() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let segmenter = try Self.segmenter.get()
        let first = try BatchRunTests.lines(folder, "a.jsonl", [#"{"id":"a","text":"教育扶贫要加大投入。"}"#, #"{"id":"b","text":"小区停车难。"}"#, "{"])
        let second = try BatchRunTests.lines(folder, "b.jsonl", [#"{"id":"b","text":"小区停车位不足。"}"#, #"{"id":"c","text":"公交线路调整。"}"#])
        let store = try Stores.open(folder.appendingPathComponent("s.db").path)
        let once = try StoreImport.run(Archive(ArchiveSource(inputs: [first])), into: store, segmenter: segmenter, batch: 1, with: BatchRun(jobs: 2))
        #expect(once == StoreImport.Summary(imported: 2, skipped: 0, failed: 1, replaced: 0, stored: 2))
        #expect(try store.storedIDs() == ["a", "b"])
        let again = try StoreImport.run(Archive(ArchiveSource(inputs: [second])), into: store, segmenter: segmenter, with: BatchRun(jobs: 1))
        #expect(again == StoreImport.Summary(imported: 2, skipped: 0, failed: 0, replaced: 1, stored: 3))
        #expect(again.description == "2 imported (1 replaced a stored document with the same id), 0 failed; 3 documents in the store")
        let resumed = try StoreImport.run(Archive(ArchiveSource(inputs: [first])), into: store, segmenter: segmenter, resume: true,
                                          with: BatchRun(jobs: 1))
        #expect(resumed == StoreImport.Summary(imported: 0, skipped: 2, failed: 1, replaced: 0, stored: 3))
        #expect(resumed.description == "0 imported, 2 skipped (already in the store), 1 failed; 3 documents in the store")
        #expect(try store.storedIDs() == ["a", "b", "c"])
    }

    @Test("Tag an archive: a record a document (or a row a tag) in order, the tags into the store, skipped ids left out; the output abandoned when the store fails")
    func tagArchive() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let segmenter = try Self.segmenter.get()
        let taggers = try Taggers.load(taxonomy: nil, model: nil, threshold: 0.6, segmenter: segmenter)
        let texts = ["农村学校教师待遇低，教育扶贫要加大投入。", "小区停车难。", "贫困户易地扶贫搬迁后就业难。"]
        let input = try BatchRunTests.lines(folder, "d.jsonl", texts.enumerated().map { #"{"id":"d\#($0.offset)","text":"\#($0.element)"}"# })
        let archive = Archive(ArchiveSource(inputs: [input]))
        let expected = texts.map { taggers.tag(Document(id: "", text: $0).fullText) }
        #expect(!expected[0].isEmpty)

        let sink = BatchRunTests.Sink(), store = try Stores.open(folder.appendingPathComponent("s.db").path)
        let counts = try taggers.tag(archive, with: BatchRun(jobs: 2), to: sink, store: store, skip: ["d1"], batch: 1)
        #expect(counts.done == 2 && counts.skipped == 1 && counts.failed == 0 && sink.committed)
        #expect(sink.written == [Taggers.records(id: "d0", tags: expected[0], byTag: false)[0], Taggers.records(id: "d2", tags: expected[2], byTag: false)[0]])
        #expect(try store.taggedIDs() == Set(["d0", "d2"].filter { !expected[Int($0.dropFirst())!].isEmpty }))

        let rows = BatchRunTests.Sink()
        _ = try taggers.tag(archive, with: BatchRun(jobs: 1), to: rows, byTag: true, store: nil)
        #expect(rows.written == (0..<3).flatMap { Taggers.records(id: "d\($0)", tags: expected[$0], byTag: true) })

        // A store opened read-only cannot take the tags: the run fails as a whole.
        let readOnly = try Stores.openWorkspace(folder.appendingPathComponent("s.db").path, writable: false)
        let abandoned = BatchRunTests.Sink()
        #expect(throws: TopicsError.self) { try taggers.tag(archive, with: BatchRun(jobs: 1), to: abandoned, store: readOnly, batch: 2) }
        #expect(abandoned.abandoned && !abandoned.committed)
    }

    @Test("Tag target: a store's own documents when no inputs are named, with resume its tagged ones passed over; an output only without a store or with a file")
    func tagTarget() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let segmenter = try Self.segmenter.get()
        let taggers = try Taggers.load(taxonomy: nil, model: nil, threshold: 0.6, segmenter: segmenter)
        let input = try BatchRunTests.lines(folder, "d.jsonl", [#"{"id":"d0","text":"农村学校教师待遇低，教育扶贫要加大投入。"}"#, #"{"id":"d1","text":"小区停车难。"}"#,
                                                                 #"{"id":"d2","text":"贫困户易地扶贫搬迁后就业难。"}"#])
        let path = folder.appendingPathComponent("s.db").path, file = { folder.appendingPathComponent($0).path }
        let store = try Stores.open(path)
        _ = try StoreImport.run(Archive(ArchiveSource(inputs: [input])), into: store, segmenter: segmenter, with: BatchRun(jobs: 1))

        let fromStore = try Taggers.Target([], store: path, resume: true, format: .jsonl, file: nil)
        #expect(fromStore.store != nil && fromStore.output == nil && fromStore.skip.isEmpty)
        #expect(try taggers.tag(fromStore, with: BatchRun(jobs: 1)) == (3, 0, 0))
        let tagged = try store.taggedIDs()
        #expect(tagged.contains("d0"))

        let resumed = try Taggers.Target([], store: path, resume: true, format: .csv, file: file("t.csv"))
        #expect(resumed.skip == tagged && resumed.output != nil && resumed.byTag)
        #expect(try taggers.tag(resumed, with: BatchRun(jobs: 1)) == (3 - tagged.count, tagged.count, 0))
        #expect(try Taggers.Target([], store: path, resume: false, format: .jsonl, file: nil).skip.isEmpty)

        let noStore = try Taggers.Target([input], store: nil, resume: true, format: .jsonl, file: file("t.jsonl"))
        #expect(noStore.store == nil && noStore.output != nil && !noStore.byTag && noStore.skip.isEmpty)
        #expect(try taggers.tag(noStore, with: BatchRun(jobs: 1)) == (3, 0, 0))
        #expect(try String(contentsOfFile: file("t.jsonl"), encoding: .utf8).split(separator: "\n").count == 3)
        #expect(throws: TopicsError.self) { try Taggers.Target([], store: file("missing.db"), resume: false, format: .jsonl, file: nil) }
    }

    @Test("Signatures: every line written in order with its sketch, problems told as they come (a missing input, a line that is not JSON, a record without text); the output abandoned when it fails")
    func signaturesWrite() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try BatchRunTests.lines(folder, "d.jsonl", [#"{"id":"a","text":"农村学校教师待遇低，教育扶贫要加大投入。"}"#, "not json",
                                                                 #"{"id":"b"}"#, "", #"{"id":"c","text":"农村学校教师待遇低，教育扶贫要加大投入。"}"#])
        let missing = folder.appendingPathComponent("missing.jsonl").path
        let signatures = DuplicateSignatures(threshold: 0.7)
        let sink = BatchRunTests.Sink()
        var problems: [TopicsError] = []
        let counts = try signatures.write([missing, input], to: { sink }, runner: BatchRunner(jobs: 2)) { problems.append($0) }
        #expect(counts.written == 3 && counts.failed == 3 && sink.committed)
        #expect(problems.map(\.code) == [.unreadable, .unparsable, .noContent])
        #expect(sink.written.map { $0["id"] } == [.string("a"), .string("b"), .string("c")])
        #expect(sink.written[0]["bands"] == sink.written[2]["bands"] && sink.written[1]["minhash"] == .null)

        let failing = BatchRunTests.Sink(failsToCommit: true)
        #expect(throws: TopicsError.self) { try signatures.write([input], to: { failing }) { _ in } }
        #expect(failing.abandoned && failing.written.count == 3)
    }
}
