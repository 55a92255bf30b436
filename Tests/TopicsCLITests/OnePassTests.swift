import Foundation
import Testing
import TopicsTestSupport

/// Issue 22: `topics run --model` tags, places, groups near-duplicates and counts every document
/// in one pass, from one analysis of each; what it writes per document must be what the separate
/// commands write.
@Suite("One pass from a theme model (issue 22)")
struct OnePassTests {
    @Test("run --model writes the tags of tag, the themes of assign and the groups of dedupe")
    func onePassEqualsStages() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("messages.jsonl")
        let make = Fixtures.packageRoot.appendingPathComponent("integrations/spark/make_archive.py").path
        let made = try SparkIntegrationTests.run(["python3", make, "300", archive.path])
        try #require(made.status == 0, "make_archive.py: \(made.stderr)")
        // Records whose normalised text is not their text with other spacing (full-width letters
        // and digits, Traditional characters, an invisible character inside a run), so the tagger's
        // word boundaries cannot come from the words of the text itself; and a copy of one of them.
        let odd = [
            #"{"id":"odd1","title":"關於學校周邊交通擁堵的建議","text":"ＡＢＣ小區門口１２３路公交車站台太擠，學生上學放學時段車輛擁堵，希望增設停車位。","date":"2019-05-02","unit":"市教育局"}"#,
            #"{"id":"odd2","title":"噪音\u200b扰民","text":"A3区某工地夜间\u200b施工噪音扰民，居民无法休息，请环保部门查处。","date":"2019-06-01"}"#,
            #"{"id":"odd3","title":"關於學校周邊交通擁堵的建議","text":"ＡＢＣ小區門口１２３路公交車站台太擠，學生上學放學時段車輛擁堵，希望增設停車位！","date":"2019-05-03"}"#,
        ]
        let handle = try FileHandle(forWritingTo: archive)
        handle.seekToEndOfFile()
        handle.write(Data((odd.joined(separator: "\n") + "\n").utf8))
        try handle.close()

        func topics(_ arguments: [String]) throws {
            let result = try Fixtures.runTopics(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        func file(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        let model = folder.appendingPathComponent("themes.model").path
        try topics(["cluster", archive.path, "--k", "4", "--no-tags", "--save-model", model, "-o", folder.appendingPathComponent("t.jsonl").path])
        try topics(["run", "--model", model, archive.path, "-o", folder.appendingPathComponent("out").path])
        try topics(["tag", archive.path, "--quiet", "-o", folder.appendingPathComponent("tags.jsonl").path])
        try topics(["dedupe", archive.path, "-o", folder.appendingPathComponent("duplicates.jsonl").path])
        try topics(["assign", "--model", model, archive.path, "-o", folder.appendingPathComponent("assigned.jsonl").path])

        let tags = try file("tags.jsonl"), groups = try file("duplicates.jsonl")
        #expect(tags.split(separator: "\n").count == 303 && tags.contains("\"odd1\""))
        #expect(try file("out/tags.jsonl") == tags)
        #expect(groups.split(separator: "\n").count >= 10 && groups.contains("odd1"))
        #expect(try file("out/duplicates.jsonl") == groups)
        let assigned = try StreamingStageTests.objects(try file("assigned.jsonl"))
        let placed = try StreamingStageTests.objects(try file("out/assignments.jsonl"))
        #expect(placed.count == assigned.count && assigned.count == 303)
        for (p, a) in zip(placed, assigned) {
            #expect(Set(p.keys) == ["id", "theme", "theme_name", "theme_distance", "far"])
            for key in p.keys { #expect("\(p[key]!)" == "\(a[key] ?? "missing")", "\(key) of \(a["id"]!)") }
        }
        // The agenda merged the groups: its summary counts the duplicates `topics dedupe` found.
        let duplicates = try groups.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["size"] as? Int
        }.reduce(0) { $0 + ($1 ?? 0) - 1 }
        #expect(try file("out/agenda.md").contains("\(duplicates) near-duplicates merged"))
    }
}
