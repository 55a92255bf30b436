import Foundation
import Testing
import TopicsTestSupport
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

/// GB18030 and Big5 pages of ASCII and two-byte characters are decoded from a table of what ICU makes of each pair
/// alone; everything else goes through ICU. The table must never change a byte of ICU's output.
@Suite("Two-byte charsets decoded from ICU's table")
struct PairTableTests {
    /// Every pair, between ASCII letters, decodes as ICU decodes it, and the table takes most of them.
    @Test(arguments: [("GB18030", 23_000), ("Big5", 13_000)])
    func everyPairDecodesAsICUDecodesIt(charset: String, atLeast: Int) throws {
        var fromTable = 0
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE {
                let bytes: [UInt8] = [0x41, lead, trail, 0x42]
                let icu = try Charsets.decodeThroughICU(bytes, from: charset)
                let decoded = try Charsets.decode(bytes, from: charset)
                #expect(decoded.utf8 == icu.utf8 && decoded.invalidCount == icu.invalidCount, "\(charset) \(lead) \(trail)")
                if let table = Charsets.decodeFromPairTable(bytes, from: charset) {
                    fromTable += 1
                    #expect(table == icu.utf8 && icu.invalidCount == 0, "\(charset) \(lead) \(trail)")
                }
            }
        }
        #expect(fromTable >= atLeast)
    }

    /// Random strings of ASCII, pairs, four-byte GB18030 sequences and stray bytes (a lead before a digit, a lone
    /// trail, 0x80, 0xFF) decode as ICU decodes them: the table takes the clean ones, ICU the rest.
    @Test(arguments: ["GB18030", "Big5"])
    func randomStringsDecodeAsICUDecodesThem(charset: String) throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        let strays: [UInt8] = [0x80, 0xFF, 0x7F, 0x30, 0x39, 0x40, 0x7E, 0xA1, 0xFE, 0x81, 0x3C, 0x20]
        var tableTook = 0
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            let clean = next(2) == 0
            for _ in 0..<(1 + next(24)) {
                switch next(clean ? 2 : 5) {
                case 0: bytes.append(UInt8(0x20 + next(0x5F)))
                case 1: bytes += [UInt8(0xB0 + next(0x30)), UInt8(0xA1 + next(0x5E))]
                case 2: bytes += [UInt8(0x81 + next(4)), UInt8(0x30 + next(10)), UInt8(0x81 + next(0x7E)), UInt8(0x30 + next(10))]
                default: bytes.append(strays[next(strays.count)])
                }
            }
            let icu = try Charsets.decodeThroughICU(bytes, from: charset)
            let decoded = try Charsets.decode(bytes, from: charset)
            #expect(decoded.utf8 == icu.utf8 && decoded.invalidCount == icu.invalidCount, "\(charset) \(bytes)")
            if Charsets.decodeFromPairTable(bytes, from: charset) != nil { tableTook += 1 }
        }
        #expect(tableTook >= 1_000)
    }

    /// The shared pages in GBK decode as ICU decodes them, nearly all of them from the table.
    @Test(.enabled(if: Fixtures.sharedCorporaPresent, "needs ../shared/corpora"))
    func sharedGBKPagesDecodeAsICUDecodesThem() throws {
        let folder = Fixtures.shared("extraction/pages")
        var gbk = 0, fromTable = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            gbk += 1
            let icu = try Charsets.decodeThroughICU(bytes, from: "GB18030")
            let decoded = try Charsets.decode(bytes, from: "GB18030")
            #expect(decoded.utf8 == icu.utf8 && decoded.invalidCount == icu.invalidCount, "\(name)")
            if Charsets.decodeFromPairTable(bytes, from: "GB18030") != nil { fromTable += 1 }
        }
        #expect(gbk >= 20)
        #expect(fromTable * 10 >= gbk * 8)
    }
}
