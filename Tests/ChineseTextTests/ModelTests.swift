@testable import ChineseText
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

    /// A model trained with a lexicon, so its file holds a word trie.
    static func trainedWithLexicon() -> SegmentationModel {
        var trainer = SegmentationTrainer()
        trainer.add(segmentedText: corpus)
        trainer.lexicon = Lexicon(words: ["政协委员", "脱贫攻坚", "建言献策", "教育扶贫", "代际传递", "贫困村", "委员会"])
        var options = SegmentationTrainer.Options()
        options.epochs = 5
        options.minimumCharacterCount = 1
        return trainer.train(options)
    }

    /// Where the word trie starts in a model file: after the header, the vocabulary and the dense weights.
    static func trieOffset(_ bytes: [UInt8]) -> Int {
        let scalars = Int(bytes[12]) | Int(bytes[13]) << 8 | Int(bytes[14]) << 16 | Int(bytes[15]) << 24
        return 16 + 4 * scalars + (scalars + 2) * 5 * 16 + 512 * 16 + 64 * 16 + 16 * 4
    }

    @Test("The lexicon's word trie is written as a table and read back the same")
    func trieRoundTrip() throws {
        let model = Self.trainedWithLexicon()
        let bytes = model.serialized()
        #expect(bytes[8] == 4)
        let copy = try SegmentationModel(bytes: bytes)
        #expect(copy.serialized() == bytes)
        #expect(Set(copy.lexicon.wordScalars) == Set(model.lexicon.wordScalars))
        #expect(copy.lexicon.count == 7)
        let text = "政协委员们围绕教育扶贫建言献策，委员会深入贫困村"
        #expect(WordSegmenter(model: copy).words(text) == WordSegmenter(model: model).words(text))
    }

    @Test("Models of version 3 (a word list) still load, and are written as version 4")
    func version3() throws {
        let old = [UInt8](try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/SegmentationFixtures/tiny-v3.model")))
        #expect(old[8] == 3)
        let model = try SegmentationModel(bytes: old)
        #expect(model.lexicon.count == 6)
        let rewritten = model.serialized()
        #expect(rewritten[8] == 4)
        let copy = try SegmentationModel(bytes: rewritten)
        #expect(Set(copy.lexicon.wordScalars) == Set(model.lexicon.wordScalars))
        for text in ["政协委员提出建议。", "加强教育扶贫，阻断贫困代际传递。", "委员们深入贫困村调研"] {
            #expect(WordSegmenter(model: copy).words(text) == WordSegmenter(model: model).words(text))
        }
        #expect(WordSegmenter(model: model).words("政协委员提出建议。") == ["政协", "委员", "提出", "建议", "。"])
    }

    @Test("A damaged word trie is refused: node count, table size, an edge to a node that does not exist")
    func damagedTrie() throws {
        let bytes = Self.trainedWithLexicon().serialized()
        let at = Self.trieOffset(bytes)
        func u32(_ k: Int) -> Int { Int(bytes[k]) | Int(bytes[k + 1]) << 8 | Int(bytes[k + 2]) << 16 | Int(bytes[k + 3]) << 24 }
        let rooted = u32(at + 4)
        let capacityAt = at + 8 + rooted * 8
        #expect(u32(capacityAt) >= 16)
        var noNodes = bytes
        for k in 0..<4 { noNodes[at + k] = 0 }
        #expect(throws: SegmentationModelError.corrupt("bad trie node count")) { try SegmentationModel(bytes: noNodes) }
        var oddTable = bytes
        oddTable[capacityAt] |= 1
        #expect(throws: SegmentationModelError.corrupt("bad trie table size")) { try SegmentationModel(bytes: oddTable) }
        // The first edge in the table: point it at a child past the node count.
        var slot = capacityAt + 4
        while bytes[slot..<slot + 8].allSatisfy({ $0 == 0xFF }) { slot += 8 }
        var badEdge = bytes
        badEdge[slot] |= 0xFE
        badEdge[slot + 1] = 0xFF
        badEdge[slot + 2] |= 0x3F
        #expect(throws: SegmentationModelError.corrupt("bad trie edge")) { try SegmentationModel(bytes: badEdge) }
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
