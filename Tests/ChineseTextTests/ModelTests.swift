import ChineseText
import Foundation
import Testing
import TopicsTestSupport

@Suite("Segmentation model")
struct ModelTests {
    static let corpus = """
        政协 委员 围绕 脱贫 攻坚 建言 献策 。
        委员 们 深入 贫困 村 调研 。
        加强 教育 扶贫 ， 阻断 贫困 代际 传递 。
        政协 委员 提出 建议 。
        """

    static func trained(epochs: Int = 5) -> SegmentationModel {
        var trainer = SegmentationTrainer()
        trainer.add(segmentedText: corpus)
        var options = SegmentationTrainer.Options()
        options.epochs = epochs
        options.minimumCharacterCount = 1
        return trainer.train(options)
    }

    @Test("Training learns the corpus it saw")
    func learns() {
        let segmenter = WordSegmenter(model: Self.trained())
        #expect(segmenter.words("政协委员提出建议。") == ["政协", "委员", "提出", "建议", "。"])
    }

    @Test("A model survives writing and reading back")
    func roundTrip() throws {
        let model = Self.trained()
        let copy = try SegmentationModel(bytes: model.serialized())
        let text = "委员们围绕教育扶贫建言献策"
        #expect(WordSegmenter(model: copy).words(text) == WordSegmenter(model: model).words(text))
        #expect(copy.featureCount == model.featureCount)
    }

    @Test("The shipped model reads and writes back byte for byte")
    func shippedRoundTrip() throws {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.shipped("segmenter.model")))
        let model = try SegmentationModel(bytes: bytes)
        #expect(model.serialized() == bytes)
    }

    @Test("Damaged model files give errors, not crashes")
    func damaged() {
        let bytes = Self.trained().serialized()
        #expect(throws: SegmentationModelError.notAModel) { try SegmentationModel(bytes: Array("hello".utf8)) }
        #expect(throws: SegmentationModelError.truncated) { try SegmentationModel(bytes: Array(bytes.prefix(bytes.count / 2))) }
        #expect(throws: SegmentationModelError.self) { try SegmentationModel(bytes: bytes + [0]) }
        var version = bytes
        version[8] = 99
        #expect(throws: SegmentationModelError.unsupportedVersion) { try SegmentationModel(bytes: version) }
        #expect(throws: SegmentationModelError.unreadable("/nonexistent/x.model")) {
            try SegmentationModel(contentsOf: "/nonexistent/x.model")
        }
    }

    @Test("jieba dictionary lines: word, frequency, tag, comments, words with spaces")
    func jiebaFormat() {
        var lexicon = Lexicon()
        let entries = lexicon.add(jiebaDictionary: "\u{FEFF}# comment\n云计算 5 n\n韩玉鉴赏\nAT&T 3 nz\nNew York 10 ns\n\n创新办 3 i\n")
        #expect(entries == 5)
        for word in ["云计算", "韩玉鉴赏", "AT&T", "New York", "创新办"] { #expect(lexicon.contains(word), "\(word)") }
        #expect(!lexicon.contains("云计算 5 n"))
        #expect(lexicon.count == 5)
        #expect(Set(lexicon.words) == ["云计算", "韩玉鉴赏", "AT&T", "New York", "创新办"])
    }
}
