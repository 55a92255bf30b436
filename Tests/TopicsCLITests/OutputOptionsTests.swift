import Foundation
import Testing
import TopicsTestSupport

/// Issue 14: one `--format`/`-o` option group: `keywords` takes it like every command that writes
/// records, and a format a command does not write is refused the same way in each.
@Suite("One output option group (end to end)")
struct OutputOptionsTests {
    static let message = Array("{\"id\":\"a\",\"text\":\"小区停车难，希望增加停车位。\"}\n".utf8)

    @Test(arguments: [(["keywords", "-"], "csv", "jsonl, text"), (["tag", "-"], "text", "jsonl, csv, xlsx"), (["segment"], "csv", "text, jsonl")])
    func aFormatTheCommandDoesNotWriteIsRefusedAlike(_ command: [String], _ format: String, _ formats: String) throws {
        let result = try Fixtures.runTopics(command + ["--format", format], stdin: Self.message)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--format \(format): this command writes \(formats)"), "\(result.stderr)")
    }

    @Test func keywordsWritesItsFormatsToTheOutputFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("k.txt").path
        let written = try Fixtures.runTopics(["keywords", "-", "--format", "text", "-o", path, "--top", "2"], stdin: Self.message)
        #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("a\t"))
        let help = try Fixtures.runTopics(["keywords", "--help"]).stdout
        #expect(help.contains("-o, --output <output>") && help.contains("--format <format>"), "\(help)")
    }
}
