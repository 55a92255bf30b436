import Testing
@testable import TopicsICU

@Suite("Traditional → Simplified table")
struct SimplifiedTableTests {
    @Test("The compiled-in table is ICU's Traditional-Simplified transform, character for character")
    func tableMatchesICU() {
        let live = SimplifiedChinese.fromICU()
        #expect(!live.isEmpty, "ICU's Traditional-Simplified transform did not open")
        // Run corpora/tools/build_simplified_table.py when ICU's data changes.
        #expect(SimplifiedChinese.table == live)
        #expect(SimplifiedChinese.table.count == 2853)
    }

    @Test("Simplify maps traditional characters and leaves others")
    func simplify() {
        let pairs: [(String, String)] = [("陳", "陈"), ("張", "张"), ("報", "报"), ("臺", "台"), ("中", "中"), ("A", "A")]
        for (traditional, simplified) in pairs {
            #expect(SimplifiedChinese.simplify(traditional.unicodeScalars.first!.value) == simplified.unicodeScalars.first!.value)
        }
    }
}
