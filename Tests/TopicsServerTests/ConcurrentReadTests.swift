import ArchiveStore
import Foundation
import Testing
import TopicsCore
import TopicsTestSupport

/// Issue 19: the server's pooled, read-only store keeps answering while another connection (as
/// `topics import` in another process would) writes the same file; nothing written is lost.
@Suite struct ConcurrentReadTests {
    @Test func readersKeepAnsweringWhileAnImportWrites() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("busy.db").path
        let writer = try DocumentStore(path: path)
        try writer.write([StoreEntry(document: Document(id: "seed", text: "停车 难"), words: "停车 难")])
        let reader = try DocumentStore(path: path, readOnly: true, concurrentReaders: true)
        let batches = 40, perBatch = 50
        let importing = Thread {
            for b in 0..<batches {
                let entries = (0..<perBatch).map { i in
                    StoreEntry(document: Document(id: "d\(b)-\(i)", date: "2024-01-\(String(format: "%02d", 1 + i % 28))", text: "小区 停车 难 \(b) \(i)"),
                               words: "小区 停车 难")
                }
                try! writer.write(entries)
            }
        }
        importing.start()
        // Read until the import is visibly done; every read succeeds and never sees fewer than before.
        var reads = 0, last = 0, errors: [String] = []
        while last < batches * perBatch + 1 {
            do {
                let found = try reader.find(WorkspaceQuery(text: "停车", limit: 5))
                #expect(found.total >= last)
                last = found.total
                reads += 1
            } catch {
                errors.append("\(error)")
                break
            }
        }
        #expect(errors.isEmpty, "\(errors)")
        #expect(reads > 0)
        #expect(try reader.count() == batches * perBatch + 1)
    }

    @Test func aReadOnlyOpenNeedsAnExistingStore() {
        #expect(throws: TopicsError.self) { try DocumentStore(path: "/nonexistent/folder/x.db", readOnly: true) }
    }
}
