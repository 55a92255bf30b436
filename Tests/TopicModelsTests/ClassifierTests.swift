import ChineseText
import Foundation
import Testing
import TopicModels
import TopicsTestSupport

let segmenter: WordSegmenter = {
    let model = try! SegmentationModel(contentsOf: Fixtures.shipped("segmenter.model").path)
    return WordSegmenter(model: model)
}()

/// (text, label) pairs of a shared topics corpus file.
func labelled(_ name: String) throws -> [(String, String)] {
    let text = try String(contentsOf: Fixtures.shared("topics/\(name)"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
        guard let r = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
              let title = r["title"], let body = r["text"], let label = r["label"] else { return nil }
        return (title == body ? title : title + "\n" + body, label)
    }
}

@Suite("Topic classifier")
struct ClassifierTests {
    @Test("Trained on citizen messages, it beats the majority class on held-out messages by a wide margin")
    func beatsMajority() throws {
        guard Fixtures.sharedCorporaPresent else { return }
        let data = try labelled("teddy2020_msgs.dev.jsonl")
        // Every fifth message held out.
        let train = data.enumerated().filter { $0.offset % 5 != 0 }.map(\.element)
        let test = data.enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
        let classifier = TopicClassifier.train(texts: train.map(\.0), labels: train.map(\.1), segmenter: segmenter)
        let predicted = test.map { classifier.classify($0.0).first!.label }
        let report = ClassificationReport(gold: test.map(\.1), predicted: predicted)
        let majority = Dictionary(grouping: train.map(\.1), by: { $0 }).max { $0.value.count < $1.value.count }!.key
        let baseline = ClassificationReport(gold: test.map(\.1), predicted: test.map { _ in majority })
        #expect(report.accuracy > baseline.accuracy + 0.3, "\(report.accuracy) vs majority \(baseline.accuracy)")
        #expect(report.macroF1 > 0.5, "macro-F1 \(report.macroF1)")
    }

    @Test("Headlines: cross-validated macro-F1 well above chance on THUCNews titles")
    func headlines() throws {
        guard Fixtures.sharedCorporaPresent else { return }
        let data = Array(try labelled("thucnews_titles.dev.jsonl").prefix(1000))
        let predicted = CrossValidation.predictions(texts: data.map(\.0), labels: data.map(\.1), folds: 3) { texts, labels in
            TopicClassifier.train(texts: texts, labels: labels, segmenter: segmenter)
        }
        // Ten balanced classes: chance is 0.1.
        #expect(ClassificationReport(gold: data.map(\.1), predicted: predicted).macroF1 > 0.6)
    }

    @Test("A model file round-trips; a damaged one is a clear error")
    func modelFile() throws {
        let texts = ["教育扶贫 乡村教师 学校", "乡村教师 待遇 学校 教育", "公交 线路 高铁站", "公交 班次 拥挤 线路"]
        let labels = ["教育", "教育", "交通", "交通"]
        let classifier = TopicClassifier.train(texts: texts, labels: labels, segmenter: segmenter)
        #expect(classifier.classify("学校的乡村教师").first?.label == "教育")
        let bytes = classifier.serialized()
        let copy = try TopicClassifier(bytes: bytes, segmenter: segmenter)
        #expect(copy.classify("增开公交线路").first?.label == classifier.classify("增开公交线路").first?.label)
        #expect(copy.classify("增开公交线路").first?.label == "交通")
        #expect(throws: TopicModelError.notAModel) { try TopicClassifier(bytes: Array("garbage!".utf8), segmenter: segmenter) }
        #expect(throws: TopicModelError.truncated) { try TopicClassifier(bytes: Array(bytes.prefix(bytes.count - 3)), segmenter: segmenter) }
        #expect(throws: TopicModelError.corrupt) { try TopicClassifier(bytes: bytes + [1], segmenter: segmenter) }
    }

    @Test("Multi-label: documents about two things get both labels")
    func multiLabel() throws {
        var texts: [String] = [], labels: [[String]] = []
        for i in 0..<10 {
            texts.append("乡村教师待遇\(i) 学校 教育"); labels.append(["教育"])
            texts.append("公交线路\(i) 班次 出行"); labels.append(["交通"])
            texts.append("乡村教师 学校 通勤 公交线路 班次\(i)"); labels.append(["教育", "交通"])
        }
        let classifier = TopicClassifier.trainMultiLabel(texts: texts, labels: labels, segmenter: segmenter)
        #expect(classifier.multiLabel)
        #expect(Set(classifier.labels("乡村教师坐公交线路去学校").map(\.label)) == ["教育", "交通"])
        #expect(classifier.labels("增开公交线路").map(\.label) == ["交通"])
        let copy = try TopicClassifier(bytes: classifier.serialized(), segmenter: segmenter)
        #expect(copy.multiLabel)
        let r = ClassificationReport(gold: [["a", "b"], ["a"]], predicted: [["a", "b"], ["b"]])
        #expect(r.accuracy == 0.5)
        let expected: [Double] = [2.0 / 3, 2.0 / 3]
        #expect(r.perLabel.map(\.f1) == expected)
    }

    @Test("The report: accuracy, macro-F1 and per-label figures")
    func report() {
        let r = ClassificationReport(gold: ["a", "a", "b", "b"], predicted: ["a", "b", "b", "b"])
        #expect(r.accuracy == 0.75)
        #expect(r.perLabel.map(\.label) == ["a", "b"])
        #expect(r.perLabel[0].precision == 1 && r.perLabel[0].recall == 0.5)
        #expect(abs(r.macroF1 - (2.0 / 3 + 0.8) / 2) < 1e-9)
        #expect(r.table.contains("macro-F1 0.733"))
    }
}

@Suite("Feature kinds")
struct FeatureKindTests {
    @Test("--features lists: names in any order and spacing; an unknown or empty list is refused; the names written back")
    func names() {
        #expect(TextFeatures.Kinds(names: "words,chars") == [.words, .characters])
        #expect(TextFeatures.Kinds(names: "chars, pairs ,words") == .all)
        #expect(TextFeatures.Kinds(names: "words,char") == nil)
        #expect(TextFeatures.Kinds(names: "") == nil)
        #expect(TextFeatures.Kinds(names: ",") == nil)
        #expect(TextFeatures.Kinds.all.names == "words,pairs,chars")
        #expect(TextFeatures.Kinds([.characters, .words]).names == "words,chars")
    }
}
