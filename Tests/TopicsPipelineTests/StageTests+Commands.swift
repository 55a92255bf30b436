import ArchiveIO
import Foundation
import ChineseText
import ReplyAnalysis
import Testing
import TopicModels
import TopicsCore
import TopicsPipeline
import TopicsTestSupport

/// Issue 14, second round: what `replies`, `agenda`/`run` and `train` did in their `run()`.
extension StageTests {
    static func message(_ id: String, reply: String?) -> Document {
        Document(id: id, kind: .suggestion, title: "潇楚南路路面破损严重", date: "2019-05-20",
                 text: "潇楚南路路面坑洼，雨天积水，车辆通行困难，希望尽快修复。",
                 reply: reply.map { Document.Reply(unit: "A3区住房和城乡建设局", date: "2019-05-28", text: $0) })
    }

    @Test("Replies: judged in document order, documents without a reply skipped, the same on one core and on two; the summary counts every grade")
    func replyReview() throws {
        let analyzer = try ReplyAnalyzers.make(segmenter: try Self.segmenter.get(), stopWords: SegmenterConfiguration.shippedStopWords)
        let answer = "网友您好！您反映的潇楚南路路面破损问题，我局已安排施工单位于6月10日前完成修复，并在雨季前疏通排水。"
        let documents = (0..<7).map { i in
            Self.message("m\(i)", reply: i % 3 == 2 ? nil : (i % 2 == 0 ? answer : "您的留言已转交相关部门处理。"))
        }
        let one = ReplyReview(documents, analyzer: analyzer, runner: BatchRunner(jobs: 1, window: 2))
        let two = ReplyReview(documents, analyzer: analyzer, runner: BatchRunner(jobs: 2, window: 3))
        #expect(one.documentCount == 7)
        #expect(one.assessments.map(\.id) == ["m0", "m1", "m3", "m4", "m6"])
        #expect(two.records == one.records && one.records.count == 5)
        #expect(one.records.first?["id"] == .string("m0"))
        #expect(one.assessments[0].grade > one.assessments[1].grade)
        #expect(one.summary.hasPrefix("7 documents, 5 replies: "))
        let counted = one.summary.split(separator: ":")[1].split(separator: ",").map { Int($0.split(separator: " ")[0])! }
        #expect(counted.count == 3 && counted.reduce(0, +) == 5)
        #expect(one.summaryRecords.contains { $0["unit"] == .string("A3区住房和城乡建设局") })
        #expect(ReplyReview([], analyzer: analyzer).summary == "0 documents, 0 replies: 0 good, 0 adequate, 0 poor")
    }

    @Test("Records written in one call land in the file; a format that needs a file and gets none is an error")
    func recordFormatWrite() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.jsonl").path
        try RecordFormat.jsonl.write([Self.record("a", "x"), Self.record("b", "y")], to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n")
        #expect(throws: TopicsError.self) { try RecordFormat.xlsx.write([Self.record("a", "x")], to: nil) }
    }

    @Test("Training: labels read from a field, fewer than two an error naming the input; cross-validation, else a held-out share, reported; the final model knows its classes")
    func classifierTraining() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let labels = ["停车", "停车", "停车", "学校", "学校", "学校", "公交", "公交", "公交"]
        func archive(_ labels: [String]) throws -> LabelledArchive {
            let path = folder.appendingPathComponent("labelled-\(Set(labels).count).jsonl").path
            let lines = zip(ThemeAssignmentTests.texts, labels).enumerated().map { i, pair in
                "{\"id\":\"d\(i)\",\"text\":\"\(pair.0)\",\"topic\":\"\(pair.1)\"}\n"
            }
            try lines.joined().write(toFile: path, atomically: true, encoding: .utf8)
            return try LabelledArchive(Archive(ArchiveSource(inputs: [path])), labelField: "topic") { Issue.record("unreadable: \($0)") }
        }
        let data = try archive(labels)
        #expect(data.labels.map { $0[0] } == labels)
        #expect(try data.distinctLabels(input: "in", field: "topic") == Set(labels))
        let single = try archive(Array(repeating: "停车", count: 9))
        do { _ = try single.distinctLabels(input: "one.jsonl", field: "topic"); Issue.record("one label passed") }
        catch { #expect(error.code == .noContent && error.input == "one.jsonl") }
        let options = LinearClassifier.Options(epochs: 4)
        #expect(options.method == .svm && options.cost == 1 && options.balanceClasses && options.seed == LinearClassifier.Options().seed)
        let training = ClassifierTraining(segmenter: try Self.segmenter.get(), stopWords: SegmenterConfiguration.shippedStopWords,
                                          kinds: [.words], characterWeight: 0.5, options: options, multiLabel: false)
        let cv = try #require(training.evaluation(data, folds: 3, holdout: 0.2))
        #expect(cv.hasPrefix("3-fold cross-validation (") && cv.contains(" s for 3 trainings):\n"))
        let held = try #require(training.evaluation(data, folds: nil, holdout: 0.34))
        #expect(held.hasPrefix("held-out evaluation (3 of 9 documents; model trained on the rest):\n"))
        #expect(training.evaluation(data, folds: nil, holdout: 0) == nil)
        let model = training.train(data).classifier
        #expect(training.predict(model, ThemeAssignmentTests.texts[3]) == ["学校"])
    }

    @Test("Agenda to a folder: the report, and for `run` every document and its tags; warnings heard before writing; from a model the sample and the counts")
    func agendaFolder() throws {
        let f = try AgendaModelTests.fixture(60)
        defer { try? FileManager.default.removeItem(at: f.folder) }
        var warnings: [AgendaPipeline.Warning] = []
        let run = f.folder.appendingPathComponent("run").path
        let line = try f.pipeline.write(f.archive, to: ReportFolder(run), withDocuments: true,
                                        failed: { Issue.record("unreadable: \($0)") }, warn: { warnings.append($0) })
        #expect(line.hasPrefix("60 documents, ") && line.hasSuffix(". → \(run)/"), "\(line)")
        #expect(warnings == AgendaPipeline.warnings(f.documents))
        let documents = try String(contentsOfFile: run + "/documents.jsonl", encoding: .utf8)
        #expect(documents.split(separator: "\n").count == 60)
        for name in ["tags.jsonl", "agenda.md", "agenda.html", "themes.jsonl"] { #expect(FileManager.default.fileExists(atPath: run + "/" + name), "\(name)") }

        let fromModel = f.folder.appendingPathComponent("model").path
        var options = AgendaPipeline.ModelOptions()
        options.samplePerTheme = 5
        let modelLine = try f.pipeline.write(f.archive, to: ReportFolder(fromModel), model: f.model, modelOptions: options,
                                             failed: { Issue.record("unreadable: \($0)") })
        #expect(modelLine.hasSuffix("→ \(fromModel)/agenda.html"), "\(modelLine)")
        #expect(FileManager.default.fileExists(atPath: fromModel + "/aggregates.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: fromModel + "/documents.jsonl"))

        let one = f.folder.appendingPathComponent("one.jsonl").path
        try "{\"id\":\"a\",\"text\":\"小区停车难\"}\n".write(toFile: one, atomically: true, encoding: .utf8)
        #expect(throws: TopicsError.self) {
            try f.pipeline.write(Archive(ArchiveSource(inputs: [one])), to: ReportFolder(f.folder.appendingPathComponent("none").path), failed: { _ in })
        }
    }

    @Test("Keywords of many documents: one line each in document order, the same on two cores as on one; IDF counts a word once per document and drops the rare ones")
    func keywordsAndIDF() throws {
        let segmenter = try Self.segmenter.get()
        let documents = ThemeAssignmentTests.texts.enumerated().map { Document(record: Self.record("d\($0.offset)", $0.element), fallbackID: "")! }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keywords = try DocumentKeywords(segmenter: segmenter, method: .textrank, top: 2)
        func written(_ jobs: Int) throws -> String {
            let path = folder.appendingPathComponent("k\(jobs).txt").path
            try keywords.write(documents, format: .text, to: path, runner: BatchRunner(jobs: jobs, window: 4))
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        let one = try written(1)
        #expect(try written(2) == one)
        #expect(one.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) } == documents.map(\.id))

        let repeated = Document(record: Self.record("x", "公交公交公交"), fallbackID: "")!
        let table = IDFTable.counting(documents + [repeated], segmenter: segmenter, minimumDocuments: 2, runner: BatchRunner(jobs: 2, window: 3))
        #expect(table.documentCount == 10)
        let wordSets = (documents + [repeated]).map { Set(segmenter.words($0.fullText)) }
        for word in Set(wordSets.flatMap { $0 }) {
            let count = wordSets.filter { $0.contains(word) }.count
            #expect(table.documentFrequency[word] == (count >= 2 ? count : nil), "\(word)")
        }
    }
}
