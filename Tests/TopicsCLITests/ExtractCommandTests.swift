import Foundation
import Testing
import TopicsTestSupport

/// Runs the built `topics` binary as a user would.
@Suite("topics extract (end to end)")
struct ExtractCommandTests {
    let reprint = Fixtures.sample("hunan-cppcc-reprint.html").path
    let report = Fixtures.sample("longnan-report-gbk.html").path

    func lines(_ s: String) -> [[String: Any]] {
        s.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func onePagePerLineAndExitZero() throws {
        let result = try Fixtures.runTopics(["extract", reprint, report])
        #expect(result.status == 0)
        let records = lines(result.stdout)
        #expect(records.count == 2)
        #expect(records[0]["title"] as? String == "湖南政协助力脱贫:委员结对帮扶显成效 “云”上履职聚智慧")
        #expect(records[1]["encoding"] as? String == "GB18030")
        for key in ["url", "path", "title", "date", "source", "author", "summary", "paragraphs", "text", "images", "encoding"] {
            #expect(records[0].keys.contains(key), "missing \(key)")
        }
    }

    @Test func failedInputsAreReportedAndTheRestGoOn() throws {
        let folder = try Fixtures.temporaryFolder()
        let empty = folder.appendingPathComponent("empty.html")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        let errors = folder.appendingPathComponent("errors.jsonl").path
        let result = try Fixtures.runTopics(["extract", empty.path, reprint, folder.path + "/gone.html", "--errors", errors])
        #expect(result.status == 1)
        #expect(lines(result.stdout).count == 1)
        #expect(result.stderr.contains("\(empty.path): E102 empty input"))
        #expect(result.stderr.contains("gone.html: E101 cannot read input"))
        #expect(result.stderr.contains("1 succeeded, 2 failed"))
        let errorRecords = lines(try String(contentsOfFile: errors, encoding: .utf8))
        #expect(errorRecords.compactMap { $0["code"] as? String }.sorted() == ["E101", "E102"])
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Fixtures.runTopics(["extract"]).status == 2)
        #expect(try Fixtures.runTopics(["extract", reprint, "--format", "xml"]).status == 2)
        #expect(try Fixtures.runTopics(["extract", reprint, "--jobs", "0"]).status == 2)
    }

    @Test func standardInputAndBaseURL() throws {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.sample("hunan-cppcc-reprint.html")))
        let result = try Fixtures.runTopics(["extract", "-", "--base-url", "https://example.cn/a/b.html"], stdin: bytes)
        #expect(result.status == 0)
        let record = try #require(lines(result.stdout).first)
        #expect(record["url"] as? String == "https://example.cn/a/b.html")
        #expect(record["path"] is NSNull)
        let images = record["images"] as? [[String: Any]]
        #expect(images?.first?["src"] as? String == "https://example.cn/uploads/2020/1024/weiyuan.jpg")
    }

    @Test func outputFileAndCSV() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("articles.csv").path
        let result = try Fixtures.runTopics(["extract", reprint, report, "-o", out, "--format", "csv", "--jobs", "2"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF], "byte-order mark for spreadsheet programs")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("url,path,title,date,source,author,summary,paragraphs,text,images,encoding\r\n"))
        #expect(csv.contains("积极发挥政协优势 合力助推脱贫攻坚"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["articles.csv"])
    }

    @Test func textFormatForReading() throws {
        let result = try Fixtures.runTopics(["extract", reprint, "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("湖南政协助力脱贫:委员结对帮扶显成效 “云”上履职聚智慧\n2020-10-24 · 中国新闻网 · 陈海峰\n"))
    }

    @Test func nothingIsPrintedAboutLibxml2Errors() throws {
        let folder = try Fixtures.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.html")
        try "<html><body><div><p>政协委员围绕脱贫攻坚建言献策，推动产业扶贫。<b><i></div></span></table>&bogus;<".write(
            to: broken, atomically: true, encoding: .utf8)
        let result = try Fixtures.runTopics(["extract", broken.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}

@Suite("Help (end to end)")
struct HelpTests {
    /// Every command explains itself, and its discussion wraps as prose (a `\\` left in a
    /// multi-line string literal prints as a stray backslash at the end of a line).
    @Test(arguments: ["extract", "import", "export", "segment", "keywords", "idf build", "tag", "train", "taxonomy check", "replies",
                      "dedupe", "cluster", "agenda", "run"])
    func helpReadsCleanly(_ command: String) throws {
        let help = try Fixtures.runTopics(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: topics \(command)"))
        #expect(!help.stdout.split(separator: "\n").contains { $0.hasSuffix("\\") }, "\(help.stdout)")
    }
}

