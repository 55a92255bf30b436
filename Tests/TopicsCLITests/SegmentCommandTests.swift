import Foundation
import Testing
import TopicsTestSupport

@Suite("topics segment (end to end)")
struct SegmentCommandTests {
    @Test func oneLineInOneLineOut() throws {
        let input = "政协委员围绕脱贫攻坚建言献策。\n\n2020年10月24日，湖南省政协召开会议。\n"
        let result = try Fixtures.runTopics(["segment"], stdin: Array(input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "政协委员 围绕 脱贫攻坚 建言献策 。\n\n2020年10月24日 ， 湖南省政协 召开 会议 。\n")
    }

    /// A text of several megabytes on one line is segmented in pieces cut at sentence ends: one
    /// output line, every character kept, JSON offsets counted from the start of the line.
    @Test func aVeryLongLineIsSegmentedInPieces() throws {
        let sentence = "湖南省政协围绕脱贫攻坚开展民主监督，委员们深入贫困村调研。"
        let repeats = 3 * (1 << 20) / sentence.utf8.count   // about 3 MB: three pieces and a rest
        let line = String(repeating: sentence, count: repeats)
        let text = try Fixtures.runTopics(["segment"], stdin: Array((line + "\n短的一行。\n").utf8))
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)   // the long line, the short one, and the empty rest after the last newline
        #expect(lines[0].replacing(" ", with: "") == line)
        #expect(lines[0].hasPrefix("湖南省政协 围绕 脱贫攻坚 开展 民主监督 ，"))
        #expect(!lines[0].contains("  "))
        let json = try Fixtures.runTopics(["segment", "--format", "jsonl"], stdin: Array(line.utf8))
        let records = json.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.count >= 3)
        #expect(Set(records.map { $0["line"] as! Int }) == [1])
        let last = try #require((records.last!["offsets"] as? [[String: Int]])?.last)
        #expect(last["end"] == line.unicodeScalars.count)
    }

    @Test func sentencesOneALine() throws {
        let result = try Fixtures.runTopics(["segment", "--sentences"], stdin: Array("委员指出：“要加强教育扶贫。”会议强调，要落实责任！是否可行？\n".utf8))
        #expect(result.stdout == "委员指出：“要加强教育扶贫。”\n会议强调，要落实责任！\n是否可行？\n")
    }

    @Test func jsonLinesCarryOffsetsIntoTheOriginalLine() throws {
        let result = try Fixtures.runTopics(["segment", "--format", "jsonl", "--t2s"], stdin: Array("　政協委員提案\n".utf8))
        #expect(result.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(record["tokens"] as? [String] == ["政协委员", "提案"])
        let offsets = try #require(record["offsets"] as? [[String: Int]])
        #expect(offsets.map { [$0["start"]!, $0["end"]!] } == [[1, 5], [5, 7]])
    }

    @Test func userDictionaryAndFilesAndOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        let dict = folder.appendingPathComponent("mine.dict"), text = folder.appendingPathComponent("a.txt")
        try "蓝翔技校 5 nt\n".write(to: dict, atomically: true, encoding: .utf8)
        try "他在蓝翔技校学习".write(to: text, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.txt").path
        let result = try Fixtures.runTopics(["segment", "--dict", dict.path, text.path, "-o", out])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: " ").contains("蓝翔技校"))
    }

    @Test func missingInputsAndBadModelsAreReported() throws {
        let missing = try Fixtures.runTopics(["segment", "/nonexistent/a.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/a.txt: E101"))
        let folder = try Fixtures.temporaryFolder()
        let bogus = folder.appendingPathComponent("bogus.model")
        try "not a model".write(to: bogus, atomically: true, encoding: .utf8)
        let badModel = try Fixtures.runTopics(["segment", "--segmentation-model", bogus.path], stdin: Array("政协".utf8))
        #expect(badModel.status != 0)
        #expect(badModel.stderr.contains("bogus.model"))
        #expect(badModel.stderr.contains("not a topics segmentation model"))
    }

    @Test func trainWritesAModelThatSegments() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder.appendingPathComponent("seg.txt"), model = folder.appendingPathComponent("my.model").path
        try String(repeating: "政协 委员 提出 建议 。\n委员 们 调研 。\n", count: 3).write(to: corpus, atomically: true, encoding: .utf8)
        let train = try Fixtures.runTopics(["segment", "train", corpus.path, "-o", model, "--epochs", "3"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stderr.contains("training on 6 sentences"))
        let run = try Fixtures.runTopics(["segment", "--segmentation-model", model, "--no-domain-lexicon"], stdin: Array("委员提出建议".utf8))
        #expect(run.stdout == "委员 提出 建议\n")
    }
}

@Suite("topics keywords and idf build (end to end)")
struct KeywordsCommandTests {
    @Test func keywordsOfExtractedRecordsAndBadLines() throws {
        let input = """
            {"id":"a","title":"加强教育扶贫","text":"委员建议加大教育扶贫投入，改善贫困村学校条件。教育扶贫阻断贫困代际传递。"}
            not json
            {"id":7,"text":"易地扶贫搬迁安置点要做好后续扶持，搬迁群众稳得住、能致富。易地扶贫搬迁是脱贫攻坚的重要举措。"}

            """
        let result = try Fixtures.runTopics(["keywords", "--top", "3"], stdin: Array(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2: E106"))
        let records = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.map { $0["id"] as? String } == ["a", "7"])
        let first = try #require(records.first?["keywords"] as? [[String: Any]])
        #expect(first.first?["word"] as? String == "教育扶贫")
        let second = try #require(records.last?["keywords"] as? [[String: Any]])
        #expect(second.first?["word"] as? String == "易地扶贫搬迁")
    }

    @Test func keywordsReadAnyArchive() throws {
        // A CSV export of messages (ids from its id column), read like every other archive.
        let csv = try Fixtures.runTopics(["keywords", Fixtures.sample("messages.csv").path, "--top", "2", "--format", "text"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("360103\t新农合:") }, "\(csv.stdout)")
    }

    @Test func idfBuildWritesATableKeywordsCanUse() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder.appendingPathComponent("docs.txt"), table = folder.appendingPathComponent("idf.tsv").path
        try "政协委员提出提案\n政协委员调研教育扶贫\n政协召开会议\n".write(to: corpus, atomically: true, encoding: .utf8)
        let build = try Fixtures.runTopics(["idf", "build", "--lines", corpus.path, "-o", table, "--min-documents", "1"])
        #expect(build.status == 0, "\(build.stderr)")
        let tsv = try String(contentsOfFile: table, encoding: .utf8)
        #expect(tsv.hasPrefix("# documents 3\n"))
        #expect(tsv.contains("政协委员\t2\n"))
        let keywords = try Fixtures.runTopics(["keywords", "--idf", table, "--format", "text", "--top", "1"],
                                              stdin: Array("政协委员调研教育扶贫".utf8))
        #expect(keywords.stdout.hasPrefix("<stdin>\t教育扶贫:"))
    }
}
