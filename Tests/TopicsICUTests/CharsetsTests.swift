import Foundation
import Testing
@testable import TopicsICU

@Suite("ICU charsets")
struct CharsetsTests {
    static let sentence = "全国政协委员今天在北京开会，围绕脱贫攻坚和乡村振兴建言献策。易地扶贫搬迁、产业扶贫和教育扶贫是讨论的重点。"

    @Test func decodesGBKAsGB18030() throws {
        let gbk = try #require(Self.sentence.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let (utf8, invalid) = try Charsets.decode([UInt8](gbk), from: "GB18030")
        #expect(invalid == 0)
        #expect(String(decoding: utf8, as: UTF8.self) == Self.sentence)
    }

    @Test func detectsGB18030OnChineseText() throws {
        let gbk = try #require(String(repeating: Self.sentence, count: 4).data(using: String.Encoding(rawValue: 0x8000_0632)))
        let guess = try #require(Charsets.detect([UInt8](gbk)))
        #expect(guess.name == "GB18030")
        #expect(guess.confidence >= 50)
    }

    @Test func countsBytesInvalidInTheCharset() throws {
        // 0xFF is never valid in UTF-8: two of them, each replaced by U+FFFD and counted.
        let bytes: [UInt8] = Array("政协".utf8) + [0xFF, 0xFF] + Array("委员".utf8)
        let (utf8, invalid) = try Charsets.decode(bytes, from: "UTF-8")
        #expect(invalid == 2)
        #expect(String(decoding: utf8, as: UTF8.self) == "政协\u{FFFD}\u{FFFD}委员")
    }

    @Test func decodesBig5() throws {
        // 政協委員 in Big5.
        let big5: [UInt8] = [0xAC, 0x46, 0xA8, 0xF3, 0xA9, 0x65, 0xAD, 0xFB]
        let (utf8, invalid) = try Charsets.decode(big5, from: "Big5")
        #expect(invalid == 0)
        #expect(String(decoding: utf8, as: UTF8.self) == "政協委員")
    }

    @Test func unknownCharsetIsAnError() {
        #expect(!Charsets.isKnown("no-such-charset-x"))
        #expect(Charsets.isKnown("gbk"))
        #expect(throws: ICUError.self) { try Charsets.decode([0x41], from: "no-such-charset-x") }
    }

    @Test("ICU says whether a pattern compiles, without going through Foundation")
    func regularExpressionsCompile() {
        #expect(ICURegex.compiles("(?<![0-9A-Za-z])[0-9]{1,4}路(?![0-9口])"))
        #expect(ICURegex.compiles("煤改[气电]"))
        for broken in ["(?<![0-9A-Za-z])[0-9]{1,4}路(?![0-9", "(unclosed", "[a-", "*x", ""] { #expect(!ICURegex.compiles(broken)) }
    }
}
