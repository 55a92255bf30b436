import ChineseText
import Foundation
import Testing
import TopicsTestSupport

/// The shipped model with the shipped domain lexicon: what `topics segment` uses by default.
let shippedSegmenter: WordSegmenter = {
    let model = try! SegmentationModel(contentsOf: Fixtures.shipped("segmenter.model").path)
    var lexicon = Lexicon()
    try! lexicon.load(contentsOf: Fixtures.shipped("lexicon/cppcc.dict").path)
    return WordSegmenter(model: model, lexicon: lexicon)
}()

@Suite("Word segmentation")
struct SegmentationTests {
    @Test("Domain terms from the seed texts stay whole")
    func domainTermsWhole() throws {
        let words = shippedSegmenter.words("湖南省政协委员围绕脱贫攻坚，就易地扶贫搬迁、产业扶贫和教育扶贫建言献策，提出建议案。")
        for term in ["政协委员", "脱贫攻坚", "易地扶贫搬迁", "产业扶贫", "教育扶贫", "建言献策", "建议案"] {
            #expect(words.contains(term), "\(term) in \(words)")
        }
        // The real seed texts (present with the shared corpora).
        if let report = Fixtures.seedText("003") {
            let reportWords = Set(shippedSegmenter.words(report))
            for term in ["脱贫攻坚", "社情民意", "建议案"] where report.contains(term) {
                #expect(reportWords.contains(term), "\(term) split in the Longnan report")
            }
        }
        if let news = Fixtures.seedText("000") {
            let newsWords = Set(shippedSegmenter.words(news))
            for term in ["政协委员", "脱贫攻坚"] where news.contains(term) {
                #expect(newsWords.contains(term), "\(term) split in the Hunan reprint")
            }
        }
    }

    @Test("A two-character lexicon word does not cut the words around it")
    func softLexiconWords() {
        #expect(shippedSegmenter.words("关注民生。") == ["关注", "民生", "。"])
        #expect(!shippedSegmenter.words("人民生活水平提高").contains("民生"))
    }

    @Test("Dates, numbers, percentages, Latin words and URLs stay whole")
    func patternsWhole() {
        let words = shippedSegmenter.words("2020年10月24日，GDP增长3.5%，详见https://www.hnzx.gov.cn/a.html。１０月２４日")
        for w in ["2020年10月24日", "3.5%", "https://www.hnzx.gov.cn/a.html", "１０月２４日"] {
            #expect(words.contains(w), "\(w) in \(words)")
        }
        var splitting = shippedSegmenter
        splitting.keepsDatesWhole = false
        #expect(!splitting.words("2020年10月24日召开").contains("2020年10月24日"))
    }

    @Test("User dictionary words override the model; frequency 0 removes a word")
    func userDictionary() {
        let text = "他在蓝翔技校学习挖掘机驾驶"
        #expect(!shippedSegmenter.words(text).contains("蓝翔技校学习"))
        var custom = shippedSegmenter
        custom.lexicon.add(jiebaDictionary: "蓝翔技校 10 nt\n挖掘机驾驶\n")
        let words = custom.words(text)
        #expect(words.contains("蓝翔技校"))
        #expect(words.contains("挖掘机驾驶"))

        custom.lexicon.add(jiebaDictionary: "易地扶贫搬迁 0\n")
        #expect(!custom.lexicon.contains("易地扶贫搬迁"))
        #expect(custom.lexicon.contains("脱贫攻坚"))
    }

    @Test("Offsets point into the text, spaces are never words")
    func offsets() {
        let text = "  政协　委员\t提案 "
        let tokens = shippedSegmenter.tokens(text)
        let scalars = Array(text.unicodeScalars)
        #expect(tokens.map(\.text) == ["政协", "委员", "提案"])
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
    }

    @Test("Empty, blank, emoji, unpaired surrogates and invalid UTF-8 do not crash")
    func oddInput() {
        #expect(shippedSegmenter.words("").isEmpty)
        #expect(shippedSegmenter.words(" \n\u{3000}\u{200B}").isEmpty)
        #expect(shippedSegmenter.words("点赞👍🏽👍").joined() == "点赞👍🏽👍")
        let lone = String(decoding: [0x653F, 0xD800, 0x534F] as [UInt16], as: UTF16.self)
        #expect(shippedSegmenter.words(lone).joined() == "政\u{FFFD}协")
        let bytes: [UInt8] = [0xE6, 0x94, 0xBF, 0xED, 0xA0, 0x80, 0xFF, 0xC0, 0xAF, 0xE5]
        let decoded = UTF8Scalars(bytes)
        #expect(decoded.scalars.first == 0x653F)
        #expect(decoded.scalars.dropFirst().allSatisfy { $0 == 0xFFFD })
        #expect(decoded.byteOffsets.last == Int32(bytes.count))
        var workspace = WordSegmenter.Workspace()
        let tokens = shippedSegmenter.tokens(scalars: decoded.scalars, workspace: &workspace)
        #expect(tokens.last?.end == decoded.scalars.count)
    }

    @Test("UTF-8 decoding reused across lines: each line's scalars and byte offsets exactly, invalid bytes one U+FFFD each")
    func decodingReused() {
        var decoded = UTF8Scalars()
        let lines: [[UInt8]] = [
            Array("政协委员 a1，👍🏽".utf8),
            [0xE6, 0x94, 0xBF, 0xED, 0xA0, 0x80, 0xFF, 0x41, 0xE5],
            [],
            Array("短".utf8),
        ]
        for line in lines {
            line.withUnsafeBufferPointer { decoded.decode($0) }
            var scalars: [UInt32] = [], offsets: [Int32] = []
            if let text = String(validating: line, as: UTF8.self) {
                var at = 0
                for s in text.unicodeScalars { scalars.append(s.value); offsets.append(Int32(at)); at += UTF8.width(s) }
            } else {
                // The second line: 政, then every other byte is U+FFFD except the A.
                scalars = [0x653F, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x41, 0xFFFD]
                offsets = [0, 3, 4, 5, 6, 7, 8]
            }
            offsets.append(Int32(line.count))
            #expect(decoded.scalars == scalars, "\(line)")
            #expect(decoded.byteOffsets == offsets, "\(line)")
        }
    }

    @Test("ScalarClass.isSpace agrees with ScalarClass.of(_:) == .space on every BMP code point and the edges beyond")
    func isSpaceAgrees() {
        var disagreements: [UInt32] = []
        for s in Array(0..<UInt32(0x10000)) + [0x10000, 0x1F44D, 0xE0020, 0x10FFFF] where ScalarClass.isSpace(s) != (ScalarClass.of(s) == .space) {
            disagreements.append(s)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }

    @Test("ICU word break works as the fallback engine, lexicon words still forced")
    func icuEngine() {
        let icu = WordSegmenter(engine: .icu, lexicon: shippedSegmenter.lexicon)
        let words = icu.words("政协委员围绕易地扶贫搬迁建言献策。")
        #expect(words.joined() == "政协委员围绕易地扶贫搬迁建言献策。")
        #expect(words.contains("易地扶贫搬迁"))
        #expect(words.last == "。")
    }
}

@Suite("SIGHAN 2005")
struct SIGHANTests {
    /// Word-level F1 of `predicted` against `gold`, both as lines of space-separated words.
    static func f1(gold: [String], predicted: [[String]]) -> Double {
        var right = 0, goldCount = 0, predictedCount = 0
        func spans(_ words: [String]) -> Set<[Int]> {
            var out = Set<[Int]>(), i = 0
            for w in words { let n = w.unicodeScalars.count; out.insert([i, i + n]); i += n }
            return out
        }
        for (g, p) in zip(gold, predicted) {
            let gs = spans(g.split(whereSeparator: \.isWhitespace).map(String.init)), ps = spans(p)
            right += gs.intersection(ps).count; goldCount += gs.count; predictedCount += ps.count
        }
        let precision = Double(right) / Double(max(1, predictedCount)), recall = Double(right) / Double(max(1, goldCount))
        return 2 * precision * recall / max(1e-9, precision + recall)
    }

    /// The first 500 sentences of each test set. Floors: the full sets score 0.946 (PKU) and
    /// 0.873 (MSR) with `make bench-segment`; THULAC, the minimum to beat, scores 0.923 / 0.856.
    /// The floors sit between, so a regression to THULAC's level fails.
    @Test("The shipped model beats THULAC on samples of PKU and MSR", arguments: [("pku", 0.93), ("msr", 0.86)])
    func bakeoffSample(corpus: String, floor: Double) throws {
        guard Fixtures.sharedCorporaPresent else { return }
        func lines(_ name: String) throws -> [String] {
            let text = try String(contentsOf: Fixtures.shared("sighan2005/\(name)"), encoding: .utf8)
            return Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(500))
                .map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        let test = try lines("\(corpus)_test.utf8"), gold = try lines("\(corpus)_test_gold.utf8")
        let predicted = test.map { shippedSegmenter.words($0) }
        let score = Self.f1(gold: gold, predicted: predicted)
        #expect(score > floor, "\(corpus) F1 \(score)")
    }
}

@Suite("Segmented text")
struct SegmentedTextTests {
    @Test("Lines in, words separated by spaces out; the same for any number of threads")
    func sameForAnyJobs() throws {
        var text = "政协委员围绕脱贫攻坚建言献策。\r\n\n  2020年10月24日，GDP增长3.5%\r\n点赞👍🏽\n"
        if Fixtures.sharedCorporaPresent {
            text += try String(contentsOf: Fixtures.shared("sighan2005/pku_test.utf8"), encoding: .utf8)
        }
        text += "最后一行没有换行"
        let bytes = Array(text.utf8)
        let one = bytes.withUnsafeBufferPointer { shippedSegmenter.segmentedText(lines: $0, jobs: 1) }
        // Expected: each line on its own through `words`, \r dropped.
        let expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw -> String in
            var line = Array(raw)
            if line.last == 0x0D { line.removeLast() }
            return shippedSegmenter.words(String(decoding: line, as: UTF8.self)).joined(separator: " ") + "\n"
        }.joined()
        #expect(String(decoding: one, as: UTF8.self) == expected)
        for jobs in [2, 3, 7] {
            let many = bytes.withUnsafeBufferPointer { shippedSegmenter.segmentedText(lines: $0, jobs: jobs) }
            #expect(many == one, "jobs \(jobs)")
        }
        #expect([UInt8]().withUnsafeBufferPointer { shippedSegmenter.segmentedText(lines: $0, jobs: 2) }.isEmpty)
    }
}
