import ChineseText
import Testing

@Suite("Normalisation")
struct NormalizationTests {
    let normalizer = TextNormalizer()

    @Test("NFKC: full-width letters and digits to half width, compatibility forms expanded")
    func nfkc() {
        #expect(normalizer.normalize("ＣＰＰＣＣ２０２０年").text == "CPPCC2020年")
        #expect(normalizer.normalize("①项建议").text == "1项建议")
        #expect(normalizer.normalize("㈠加强教育扶贫").text == "(一)加强教育扶贫")
    }

    @Test("Chinese punctuation is kept, not turned into ASCII")
    func punctuationKept() {
        let text = "一是加强领导，二是（试点）：落实！好吗？是；……"
        #expect(normalizer.normalize(text).text == text)
    }

    @Test("Invisible characters go, every kind of space becomes one space, line breaks stay")
    func whitespace() {
        #expect(normalizer.normalize("脱贫\u{200B}攻坚\u{FEFF}").text == "脱贫攻坚")
        #expect(normalizer.normalize("\u{3000}\u{3000}政协\u{00A0}\t 委员  ").text == "政协 委员")
        #expect(normalizer.normalize("第一段\r\n\r\n第二段").text == "第一段\n第二段")
        #expect(TextNormalizer(keepLineBreaks: false).normalize("第一段\n第二段").text == "第一段 第二段")
    }

    @Test("Traditional → Simplified through ICU, only when asked")
    func traditionalToSimplified() {
        let t2s = TextNormalizer(traditionalToSimplified: true)
        #expect(t2s.normalize("政協委員關於臺灣經濟發展的提案").text == "政协委员关于台湾经济发展的提案")
        #expect(normalizer.normalize("政協委員").text == "政協委員")
    }

    @Test("Every normalised span maps back to the original text")
    func offsetsRoundTrip() {
        let original = "\u{3000}ＣＰＰＣＣ委员\u{200B}提出①项建議"
        let normalized = TextNormalizer(traditionalToSimplified: true).normalize(original)
        #expect(normalized.text == "CPPCC委员提出1项建议")
        let originalScalars = Array(original.unicodeScalars)
        func back(_ range: Range<Int>) -> String {
            let r = normalized.originalRange(range)
            return String(String.UnicodeScalarView(originalScalars[r]))
        }
        #expect(back(0..<5) == "ＣＰＰＣＣ")
        #expect(back(5..<7) == "委员")
        #expect(back(7..<9) == "提出")   // the zero-width space between them is not part of either
        #expect(back(9..<10) == "①")
        #expect(back(11..<13) == "建議")  // points at the traditional original
    }

    @Test("Empty, emoji and replacement characters pass through")
    func oddInput() {
        #expect(normalizer.normalize("").text == "")
        #expect(normalizer.normalize("  \u{200B} ").text == "")
        #expect(normalizer.normalize("点赞👍🏽扶贫").text == "点赞👍🏽扶贫")
        #expect(normalizer.normalize("a\u{FFFD}b").text == "a\u{FFFD}b")
    }
}

@Suite("Strings from code points")
struct ScalarStringTests {
    @Test("A collection of code points makes the string a sequence of them makes, invalid ones as U+FFFD, small or long")
    func collectionsAsSequences() {
        let cases: [[UInt32]] = [
            [], [0x41], Array("政协委员调研".unicodeScalars.map(\.value)), [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF],
            [0xD800, 0x4E2D, 0xDFFF, 0x110000, 0xFFFF_FFFF], Array(String(repeating: "小区停车难，A3区2019年", count: 40).unicodeScalars.map(\.value)),
        ]
        for scalars in cases {
            let fromSequence = String(scalars: AnySequence(scalars))   // a Sequence, not a Collection
            #expect(String(scalars: scalars) == fromSequence)
            #expect(Array(String(scalars: scalars).utf8) == Array(fromSequence.utf8))
            #expect(String(scalars: scalars[...]) == fromSequence)
        }
        #expect(String(scalars: [0xD800] as [UInt32]) == "\u{FFFD}")
    }
}

@Suite("Sentences")
struct SentenceTests {
    @Test("Splits after 。！？；… and at line breaks; closing quotes stay with their sentence")
    func split() {
        let text = "委员们指出：“要加强教育扶贫。”会议强调，要落实责任！是否可行？一是……二是；\n新的一段"
        #expect(SentenceSplitter.sentences(in: text) == [
            "委员们指出：“要加强教育扶贫。”", "会议强调，要落实责任！", "是否可行？", "一是……", "二是；", "新的一段",
        ])
    }

    @Test("A stop inside an open quotation does not end the sentence")
    func quotes() {
        #expect(SentenceSplitter.sentences(in: "他说「一要稳。二要准」，大家赞同。") == ["他说「一要稳。二要准」，大家赞同。"])
    }

    @Test("Empty and blank input give no sentences")
    func empty() {
        #expect(SentenceSplitter.sentences(in: "").isEmpty)
        #expect(SentenceSplitter.sentences(in: " \n\n ").isEmpty)
    }
}
