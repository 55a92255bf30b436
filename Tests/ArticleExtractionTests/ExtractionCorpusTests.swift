import Foundation
import Testing
import TopicsTestSupport
@testable import ArticleExtraction

/// Scores extraction on ../shared/corpora/extraction (56 real pages with hand-checked truth).
/// The floors sit a little under what the extractor measured when they were set (README,
/// "Benchmarks"), so a change that loses quality fails here; they are all above the best
/// anchor tool on the same pages (body F1 readability 0.908, title GNE 0.68, date GNE 0.85).
@Suite("Extraction corpus", .enabled(if: Fixtures.sharedCorporaPresent, "needs ../shared/corpora"))
struct ExtractionCorpusTests {
    struct Truth: Decodable {
        var title: String?
        var date: String?
        var source: String?
        var author: String?
        var body: String?
    }

    struct Scores {
        var bodyF1: [Double] = []
        var titles: [Bool] = []
        var dates: [Bool] = []
        var sources: [Bool] = []
        var authors: [Bool] = []
    }

    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(max(1, xs.count)) }
    static func share(_ xs: [Bool]) -> Double { mean(xs.map { $0 ? 1 : 0 }) }
    static func spaces(_ s: String?) -> String? { s?.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\n" }).joined(separator: " ") }

    static let scores: Scores = {
        var scores = Scores()
        let pages = Fixtures.shared("extraction/pages"), truths = Fixtures.shared("extraction/truth")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pages.path))?.filter { $0.hasSuffix(".html") }.sorted() ?? []
        for name in names {
            let id = String(name.dropLast(5))
            guard let data = try? Data(contentsOf: truths.appendingPathComponent("\(id).json")),
                  let truth = try? JSONDecoder().decode(Truth.self, from: data),
                  let bytes = try? Data(contentsOf: pages.appendingPathComponent(name)) else { continue }
            let article = try? ArticleExtractor().extract([UInt8](bytes), path: name)
            if let body = truth.body {
                scores.bodyF1.append(ExtractionScore.body(predicted: article?.text ?? "", truth: body).f1)
            }
            if let title = truth.title { scores.titles.append(spaces(article?.title) == spaces(title)) }
            if let date = truth.date, date.count >= 10 { scores.dates.append(article?.date?.prefix(10) == date.prefix(10)) }
            if let source = truth.source, !source.isEmpty { scores.sources.append(spaces(article?.source) == spaces(source)) }
            if let author = truth.author, !author.isEmpty { scores.authors.append(spaces(article?.author) == spaces(author)) }
        }
        return scores
    }()

    @Test func everyPageIsScored() {
        #expect(Self.scores.bodyF1.count == 56)
    }

    @Test func bodyF1AboveEveryAnchor() {
        #expect(Self.mean(Self.scores.bodyF1) >= 0.92)
    }

    @Test func titleAccuracy() {
        #expect(Self.share(Self.scores.titles) >= 0.95)
    }

    @Test func dateAccuracy() {
        #expect(Self.share(Self.scores.dates) >= 0.95)
    }

    @Test func sourceAndAuthorAccuracy() {
        #expect(Self.share(Self.scores.sources) >= 0.90)
        #expect(Self.share(Self.scores.authors) >= 0.80)
    }
}
