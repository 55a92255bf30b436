import Foundation
import Testing
import TopicsTestSupport

/// Issue 22, part 2: every per-document stage streams JSON Lines from standard input to standard
/// output, keeps the fields it does not know, and gives each record the same result whatever else
/// is in its run — so a stream cut into parts gives, part after part, the whole's output.
@Suite("Streaming stages (issue 22)")
struct StreamingStageTests {
    /// 30 messages in three groups, with fields no stage knows, and a record with no text.
    static let messages: [String] = {
        let groups = [["公交", "线路", "班次", "站台", "换乘"], ["学校", "老师", "学生", "课后", "学费"], ["污水", "排放", "异味", "河道", "环保"]]
        var lines: [String] = []
        for i in 0..<30 {
            let g = groups[i % 3]
            let text = (0..<8).map { g[($0 * 7 + i) % 5] }.joined() + "，希望有关部门尽快解决。"
            lines.append(#"{"id":"m\#(i)","title":"\#(g[i % 5])\#(g[(i + 2) % 5])问题","text":"\#(text)","region":"A\#(i % 4)区","likes":\#(i)}"#)
        }
        lines.insert(#"{"id":"blank","likes":0,"note":"no text"}"#, at: 11)
        return lines
    }()

    /// Pages as records {id, url, html, batch}.
    static func pages() throws -> [String] {
        var lines: [String] = []
        for (i, name) in ["hunan-cppcc-reprint.html", "proposal-clean-heating.html"].enumerated() {
            let html = String(decoding: try Fixtures.sampleBytes(name), as: UTF8.self)
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: [
                "id": "p\(i)", "url": "https://example.org/\(name)", "html": html, "batch": "b\(i)"], options: [.sortedKeys]), as: UTF8.self))
        }
        for i in 0..<5 {
            let html = "<html><head><title>标题\(i)</title></head><body><div class=\"nav\">首页 | 新闻</div><h1>政协委员调研第\(i)号</h1>"
                + "<p>" + String(repeating: "政协委员深入基层调研农村教育和乡村振兴，听取群众意见建议。", count: 6) + "</p></body></html>"
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "s\(i)", "html": html, "batch": "c"], options: [.sortedKeys]), as: UTF8.self))
        }
        return lines
    }

    /// Runs `arguments` on `lines` whole and cut into three uneven parts; returns both outputs.
    static func wholeAndParts(_ arguments: [String], _ lines: [String]) throws -> (whole: String, parts: String) {
        func run(_ part: ArraySlice<String>) throws -> String {
            let result = try Fixtures.runTopics(arguments, stdin: Array((part.joined(separator: "\n") + "\n").utf8))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout
        }
        let a = lines.count / 4, b = a + 1
        return (try run(lines[...]), try run(lines[..<a]) + run(lines[a..<b]) + run(lines[b...]))
    }

    static func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("assign, tag and segment: one line out per line in, every field kept, and three parts give the whole's output")
    func recordStages() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = folder.appendingPathComponent("messages.jsonl"), model = folder.appendingPathComponent("themes.model").path
        try (Self.messages.filter { !$0.contains("blank") }.joined(separator: "\n") + "\n").write(to: records, atomically: true, encoding: .utf8)
        let fit = try Fixtures.runTopics(["cluster", records.path, "--k", "3", "--no-tags", "--save-model", model, "-o", folder.appendingPathComponent("t.jsonl").path])
        #expect(fit.status == 0, "\(fit.stderr)")
        let stages: [(arguments: [String], added: [String])] = [
            (["assign", "--model", model, "-"], ["theme", "theme_name", "theme_distance", "far"]),
            (["assign", "--model", model], ["theme", "theme_name", "theme_distance", "far"]),   // no input, standard input not a terminal
            (["tag", "--records", "-"], ["tags"]),
            (["segment", "--records"], ["tokens"]),
        ]
        for stage in stages {
            let (whole, parts) = try Self.wholeAndParts(stage.arguments, Self.messages)
            #expect(whole == parts, "\(stage.arguments)")
            let out = try Self.objects(whole)
            #expect(out.count == Self.messages.count)
            for (line, record) in zip(Self.messages, out) {
                let input = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                for (key, value) in input { #expect("\(record[key] ?? "missing")" == "\(value)", "\(stage.arguments) \(key)") }
                #expect(Set(record.keys) == Set(input.keys).union(stage.added), "\(stage.arguments)")
            }
            // The input's own fields come first, in their order.
            #expect(whole.hasPrefix(#"{"id":"m0","title":"#), "\(whole.prefix(80))")
        }
        let placed = try Self.objects(Fixtures.runTopics(["assign", "--model", model, "-"], stdin: Array((Self.messages.joined(separator: "\n")).utf8)).stdout)
        #expect(placed.filter { $0["theme"] is NSNull }.map { $0["id"] as? String } == ["blank"])
        #expect(placed.filter { $0["id"] as? String != "blank" }.allSatisfy { ($0["theme"] as? Int).map { (1...3).contains($0) } ?? false })
        // A group's messages share a theme.
        for g in 0..<3 {
            let themes = Set(placed.filter { ($0["id"] as? String).map { $0.hasPrefix("m") && Int($0.dropFirst())! % 3 == g } ?? false }.compactMap { $0["theme"] as? Int })
            #expect(themes.count == 1, "group \(g): \(themes)")
        }
    }

    @Test("extract --records: pages in records, articles out with the records' other fields, three parts give the whole's output")
    func extractRecords() throws {
        let lines = try Self.pages()
        let (whole, parts) = try Self.wholeAndParts(["extract", "--records", "-"], lines)
        #expect(whole == parts)
        let out = try Self.objects(whole)
        #expect(out.count == lines.count)
        for record in out {
            #expect(record["html"] == nil)
            #expect(record["batch"] != nil && record["id"] != nil)
            #expect(((record["text"] as? String)?.count ?? 0) > 50, "\(record["id"] ?? "")")
        }
        #expect(out.first?["url"] as? String == "https://example.org/hunan-cppcc-reprint.html")
        // A record without a page is an error naming it; the others still come out.
        let bad = try Fixtures.runTopics(["extract", "--records", "-"], stdin: Array((#"{"id":"nohtml","text":"x"}"# + "\n" + lines[2]).utf8))
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("nohtml") && bad.stderr.contains("html"), "\(bad.stderr)")
        #expect(try Self.objects(bad.stdout).count == 1)
    }

    @Test("assign refuses a file that is not a theme model, naming it")
    func assignRefusesOtherFiles() throws {
        let result = try Fixtures.runTopics(["assign", "--model", Fixtures.sample("messages.csv").path, "-"], stdin: Array("{}\n".utf8))
        #expect(result.status != 0)
        #expect(result.stderr.contains("messages.csv") && result.stderr.contains("not a theme model"), "\(result.stderr)")
    }
}
