import Foundation
import Testing
import TopicsTestSupport

/// Issue 13: what a new user met in the first hour — messages that say the right thing, exit codes
/// by one rule, help without doubled defaults, and a binary that works once installed.
@Suite("First hour (end to end)")
struct FirstHourTests {
    @Test func anOutputStoreThatCannotBeCreatedIsAnOutputError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Fixtures.runTopics(["import", Fixtures.sample("messages.csv").path, "--store", folder.path + "/nodir/a.db"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("E301 cannot write output: cannot create the SQLite store: no such folder"), "\(result.stderr)")
    }

    /// A missing or unreadable file named by an option is a usage error (2), whichever option.
    @Test(arguments: [["segment", "--dict", "/nope.dict"], ["tag", "--taxonomy", "/nope.yaml", "-"],
                      ["tag", "--model", "/nope.model", "-"], ["keywords", "--idf", "/nope.tsv", "-"]])
    func aMissingFileNamedByAnOptionIsAUsageError(_ arguments: [String]) throws {
        let result = try Fixtures.runTopics(arguments, stdin: Array("{\"id\":\"a\",\"text\":\"停车难\"}\n".utf8))
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("/nope."), "the message names the file: \(result.stderr)")
    }

    @Test func foldersTakeWhatTheCommandReadsAndSaySo() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty"), texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.sample("proposal-rural-teachers.txt"), to: texts.appendingPathComponent("p.txt"))
        let run = try Fixtures.runTopics(["run", empty.path, "-o", folder.path + "/r"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("holds no file this command reads") && run.stderr.contains(".csv") && run.stderr.contains(".txt"), "\(run.stderr)")
        let extract = try Fixtures.runTopics(["extract", texts.path])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout.contains("乡村教师"))
    }

    @Test func anUnknownOptionIsNamedBeforeAMissingOne() throws {
        let result = try Fixtures.runTopics(["run", Fixtures.sample("").path, "--out", "X"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown option '--out'"), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing expected argument"))
    }

    @Test(arguments: ["extract", "import", "export", "segment", "keywords", "tag", "train", "dedupe", "cluster", "agenda", "run"])
    func helpPrintsEachDefaultOnce(_ command: String) throws {
        let help = try Fixtures.runTopics([command, "--help"]).stdout
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.range(of: #"\(default: [^)]*\)\.? \(default:"#, options: .regularExpression) == nil, "\(flat)")
    }

    @Test func segmentHelpShowsItsOptionsAndExportHasNoAutoKind() throws {
        let segment = try Fixtures.runTopics(["segment", "--help"]).stdout
        for option in ["--format", "--dict", "--t2s", "--sentences"] { #expect(segment.contains(option), "\(option) missing") }
        let export = try Fixtures.runTopics(["export", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(export.contains("(values: article, proposal, suggestion, report)"), "\(export)")
    }

    /// `make install`'s layout (PREFIX/bin/topics, PREFIX/share/topics/) works with no
    /// environment variable, from any working folder.
    @Test func anInstalledBinaryFindsItsData() throws {
        let prefix = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let fm = FileManager.default
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createDirectory(at: prefix.appendingPathComponent("share/topics/lexicon"), withIntermediateDirectories: true)
        try fm.copyItem(at: Fixtures.topicsBinary, to: prefix.appendingPathComponent("bin/topics"))
        for file in ["segmenter.model", "lexicon/cppcc.dict", "stopwords.txt", "idf.tsv", "taxonomy.yaml", "holidays-cn.tsv"] {
            try fm.copyItem(at: Fixtures.shipped(file), to: prefix.appendingPathComponent("share/topics/\(file)"))
        }
        let process = Process()
        process.executableURL = prefix.appendingPathComponent("bin/topics")
        process.arguments = ["segment"]
        process.currentDirectoryURL = fm.temporaryDirectory
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "TOPICS_DATA" }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input; process.standardOutput = output; process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("湖南省政协委员围绕脱贫攻坚建言献策\n".utf8))
        try input.fileHandleForWriting.close()
        let words = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(words.contains("政协委员 围绕 脱贫攻坚"), "\(words)")
    }
}
