import Foundation
import Testing
import TopicsTestSupport

/// The hostile inputs in Tests/BadInputs, each run in a batch beside a good input: every one ends in
/// the expected outcome (a record, or an error with its code), and the good input still comes through.
@Suite("Bad-input corpus (end to end)")
struct BadInputCorpusTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/BadInputs")

    /// file → nil for "a record", or the error code expected.
    static let pages: [(String, String?)] = [
        ("empty.html", "E102"), ("png.html", "E103"), ("gzip.html", "E103"), ("gif.html", "E103"), ("nul-bytes.html", "E103"),
        ("bytes-ff.html", "E104"), ("whitespace-only.html", "E107"), ("only-links.html", "E107"),
        ("utf16-no-bom.html", nil), ("gbk-declared-utf8.html", nil), ("mixed-encodings.html", nil), ("big5.html", nil),
        ("unterminated-cdata.html", nil), ("unterminated-script.html", nil), ("billion-laughs.html", nil),
        ("external-entity.html", nil), ("rtl-override.html", nil), ("invalid-surrogates.html", nil),
        // Swallowed by an unclosed comment / beyond libxml2's nesting limit: no text, said clearly.
        ("unterminated-comment.html", "E107"), ("deep-tables.html", "E107"),
    ]

    @Test("Pages", arguments: pages)
    func page(_ name: String, _ expected: String?) throws {
        let good = Fixtures.sample("hunan-cppcc-reprint.html").path
        let result = try Fixtures.runTopics(["extract", Self.folder.appendingPathComponent(name).path, good, "--quiet"])
        let records = result.stdout.split(separator: "\n")
        #expect(records.last?.contains("湖南政协助力脱贫") == true, "the good page after \(name)")
        if let expected {
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(name): \(expected)"), "\(result.stderr)")
            #expect(records.count == 1)
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(records.count == 2)
            #expect(records.first?.contains("委") == true, "\(records.first ?? "")") // 委员 or 委員: the text came through
        }
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let result = try Fixtures.runTopics(["extract", Self.folder.appendingPathComponent("external-entity.html").path])
        #expect(!result.stdout.contains("root:"))   // /etc/passwd was not read
        #expect(!result.stdout.contains("secret"))
    }

    @Test func archives() throws {
        let store = try Fixtures.temporaryFolder().appendingPathComponent("a.db").path
        func run(_ name: String) throws -> ProcessResult {
            try Fixtures.runTopics(["import", Self.folder.appendingPathComponent(name).path, "--store", store])
        }
        #expect(try run("ragged-row.csv").stderr.contains("3 imported, 0 failed"))
        #expect(try run("header-only.csv").stderr.contains("0 imported, 0 failed"))
        let noText = try run("no-text-column.csv")
        #expect(noText.status == 1 && noText.stderr.contains("E201") && noText.stderr.contains("--text-column"))
        let unbalanced = try run("unbalanced-quotes.csv")   // the open quote runs to the end: one row, no crash
        #expect(unbalanced.status == 0)
        let truncated = try run("truncated.jsonl")
        #expect(truncated.status == 1 && truncated.stderr.contains("truncated.jsonl:2: E106") && truncated.stderr.contains("1 imported, 1 failed"))
        let notJSON = try run("not-json.jsonl")
        #expect(notJSON.stderr.contains("not-json.jsonl:1: E106") && notJSON.stderr.contains("not-json.jsonl:3: E106"))
        #expect(notJSON.stderr.contains("1 imported, 2 failed"))
        #expect(try run("empty.jsonl").status == 0)
        let corrupt = try run("corrupt.db")
        #expect(corrupt.status == 1 && corrupt.stderr.contains("corrupt.db: E101") && corrupt.stderr.contains("not a database"))
        #expect(try run("labels-only.txt").status == 0)
        // JSON nested 100 000 deep (no stack overflow) and lone surrogates (replaced, not fatal).
        let deep = try run("deep-json.jsonl")
        #expect(deep.status == 1 && deep.stderr.contains("deep-json.jsonl:1: E106") && deep.stderr.contains("1 imported, 1 failed"), "\(deep.stderr)")
        let surrogates = try run("lone-surrogates.jsonl")
        #expect(surrogates.status == 0 && surrogates.stderr.contains("1 imported, 0 failed"))
        let exported = try Fixtures.runTopics(["export", store])
        #expect(exported.stdout.contains("正常的表情") && exported.stdout.contains("😀"))
    }

    @Test func taxonomies() throws {
        // A YAML syntax error: a usage error (2) naming the file and the line.
        let bad = try Fixtures.runTopics(["taxonomy", "check", Self.folder.appendingPathComponent("bad-taxonomy.yaml").path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad-taxonomy.yaml: E201") && bad.stderr.contains("line 4"), "\(bad.stderr)")
        // Aliases nested nine deep (a YAML "billion laughs"): refused at once, not expanded.
        let bomb = try Fixtures.runTopics(["tag", "--taxonomy", Self.folder.appendingPathComponent("alias-bomb.yaml").path,
                                           Self.folder.appendingPathComponent("lone-surrogates.jsonl").path])
        #expect(bomb.status == 2 && bomb.stderr.contains("alias-bomb.yaml: E201"), "\(bomb.stderr)")
    }

    @Test func aLineOver200MegabytesIsRefusedBeforeReading() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("huge.html").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 200 << 20) // a sparse 200 MB file, one line of NULs… refused by size first
        try handle.close()
        let result = try Fixtures.runTopics(["extract", path, Fixtures.sample("hunan-cppcc-reprint.html").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("huge.html: E105"))
        #expect(result.stdout.split(separator: "\n").count == 1)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The fuzz targets replayed (without the sanitizer) over the hostile files and samples: the
    /// harness keeps building and every parser survives its own corpus. The real runs are
    /// `Tests/Fuzz/run.sh TARGET SECONDS` (RELIABILITY.md).
    @Test("Fuzz targets replay the corpus", arguments: [
        ("extract", ["png.html", "billion-laughs.html", "utf16-no-bom.html", "unterminated-comment.html"]),
        ("decode", ["bytes-ff.html", "mixed-encodings.html", "big5.html"]),
        ("segment", ["rtl-override.html", "labels-only.txt"]),
        ("document", ["labels-only.txt"]),
        ("csv", ["ragged-row.csv", "unbalanced-quotes.csv"]),
        ("jsonl", ["deep-json.jsonl", "lone-surrogates.jsonl", "truncated.jsonl"]),
        ("readers", ["deep-json.jsonl", "ragged-row.csv", "unbalanced-quotes.csv", "labels-only.txt", "png.html", "truncated.jsonl"]),
        ("taxonomy", ["bad-taxonomy.yaml", "alias-bomb.yaml"]),
        ("themes", ["not-json.jsonl", "lone-surrogates.jsonl"]),
    ])
    func fuzzTargetsReplay(_ target: String, _ files: [String]) throws {
        let binary = Fixtures.topicsBinary.deletingLastPathComponent().appendingPathComponent("topics-fuzz")
        let process = Process()
        process.executableURL = binary
        process.arguments = [target] + files.map { Self.folder.appendingPathComponent($0).path }
        var environment = ProcessInfo.processInfo.environment
        environment["TOPICS_DATA"] = Fixtures.packageRoot.appendingPathComponent("corpora").path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(target): \(text)")
        #expect(text.split(separator: "\n").filter { $0.hasSuffix(": ok") }.count == files.count, "\(text)")
    }
}
