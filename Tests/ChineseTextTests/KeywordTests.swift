import ChineseText
import Testing
import TopicsTestSupport

@Suite("Keywords")
struct KeywordTests {
    static let stopWords = try! StopWords(contentsOf: Fixtures.shipped("stopwords.txt").path)
    static let idf = try! IDFTable(contentsOf: Fixtures.shipped("idf.tsv").path)
    static let report = """
        市政协围绕教育扶贫开展专题调研，委员们走访贫困村和学校，提出加强教育扶贫、落实控辍保学的建议。
        教育扶贫是阻断贫困代际传递的根本之策。政协委员建议加大教育扶贫投入，改善贫困村学校条件。
        """

    @Test("Candidates: no stop words, no single characters, no bare numbers or punctuation")
    func candidates() {
        let stops = Self.stopWords
        #expect(stops.isCandidate("教育扶贫"))
        #expect(stops.isCandidate("GDP"))
        for word in ["的", "进行", "，", "2020", "三", "人", "……"] { #expect(!stops.isCandidate(word), "\(word)") }
    }

    @Test("TF-IDF ranks the document's subject first")
    func tfidf() {
        let words = shippedSegmenter.words(Self.report)
        let keywords = KeywordExtractor(stopWords: Self.stopWords, idf: Self.idf).tfidf(words, top: 5)
        #expect(keywords.first?.word == "教育扶贫")
        #expect(keywords.map(\.word).contains("贫困村"))
        #expect(keywords.count == 5)
        #expect(zip(keywords, keywords.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test("TextRank finds the central words and scales the best to 1")
    func textRank() {
        let words = shippedSegmenter.words(Self.report)
        let keywords = KeywordExtractor(stopWords: Self.stopWords).textRank(words, top: 5)
        #expect(keywords.first?.score == 1)
        #expect(keywords.map(\.word).contains("教育扶贫"))
    }

    @Test("The Longnan work report's keywords are about CPPCC poverty relief")
    func seedReport() throws {
        guard let report = Fixtures.seedText("003") else { return }
        let keywords = KeywordExtractor(stopWords: Self.stopWords, idf: Self.idf).tfidf(shippedSegmenter.words(report), top: 10)
        #expect(keywords.map(\.word).contains("政协"))
        #expect(keywords.map(\.word).contains("帮扶"))
    }

    @Test("IDF tables: rarer words weigh more, unknown words get the median, TSV round-trips")
    func idfTable() throws {
        var builder = IDFTable.Builder()
        builder.add(document: ["政协", "提案", "扶贫"])
        builder.add(document: ["政协", "扶贫"])
        builder.add(document: ["政协", "教育"])
        let table = builder.table()
        #expect(table.idf("教育") > table.idf("扶贫"))
        #expect(table.idf("扶贫") > table.idf("政协"))
        #expect(table.idf("没见过") == table.unknownIDF)
        let copy = try IDFTable(tsv: table.tsv())
        #expect(copy.documentFrequency == table.documentFrequency)
        #expect(copy.documentCount == 3)
        #expect(throws: IDFTableError.badLine("IDF table", 2)) { try IDFTable(tsv: "# documents 3\n政协 3\n") }
        #expect(throws: IDFTableError.missingDocumentCount("IDF table")) { try IDFTable(tsv: "政协\t3\n") }
        #expect(KeywordExtractor().tfidf([]).isEmpty)
        #expect(KeywordExtractor().textRank(["的", "，"]).isEmpty)
    }
}
