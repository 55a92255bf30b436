import Foundation
import ArchiveIO
import ChineseText
import TopicsCore

/// `topics keywords` on one document: its words, then the `top` keywords by TF-IDF (against an
/// IDF table) or TextRank, encoded as a JSON Lines record or a text line.
public struct DocumentKeywords: Sendable {
    public enum Method: String, CaseIterable, Sendable { case tfidf, textrank }

    public let segmenter: WordSegmenter
    public let extractor: KeywordExtractor
    public var method: Method
    public var top: Int

    public init(segmenter: WordSegmenter, extractor: KeywordExtractor, method: Method, top: Int) {
        self.segmenter = segmenter; self.extractor = extractor; self.method = method; self.top = top
    }

    /// The shipped stop words plus those in `stopWords`, and for TF-IDF the IDF table at `idf`
    /// (default: the shipped one). Files that cannot be read are `badArgument` errors.
    public init(segmenter: WordSegmenter, method: Method, top: Int, idf: String? = nil, stopWords: String? = nil) throws(TopicsError) {
        var stops = SegmenterConfiguration.shippedStopWords
        if let stopWords {
            do { for word in try StopWords(contentsOf: stopWords).words { stops.insert(word) } }
            catch { throw TopicsError(.badArgument, "\(error)") }
        }
        let table = method == .tfidf ? try SegmenterConfiguration.idfTable(idf) : nil
        self.init(segmenter: segmenter, extractor: KeywordExtractor(stopWords: stops, idf: table), method: method, top: top)
    }

    public func keywords(_ document: Document) -> [Keyword] {
        let words = segmenter.words(document.fullText)
        return method == .tfidf ? extractor.tfidf(words, top: top) : extractor.textRank(words, top: top)
    }

    /// Every document's line, computed on all cores and written in document order to `path`
    /// (replaced atomically when all is written), or to standard output when `path` is nil.
    public func write(_ documents: [Document], format: RecordFormat, to path: String?, runner: BatchRunner = BatchRunner()) throws {
        let out = try OutputFile.named(path)
        try runner.run(documents, work: { (document: Document) throws(TopicsError) -> [UInt8] in
            Self.encode(document.id, keywords(document), format)
        }) { _, _, result in
            if case .success(let bytes) = result { try out.write(bytes) }
        }
        try out.commit()
    }

    /// One line of output (newline included): with `.text` the id, a tab and word:score pairs;
    /// otherwise JSON Lines `{id, keywords: [{word, score}]}` (scores to 4 decimals).
    public static func encode(_ id: String, _ keywords: [Keyword], _ format: RecordFormat) -> [UInt8] {
        var bytes: [UInt8] = []
        switch format {
        case .jsonl, .csv, .xlsx:
            let record = Record([
                .init("id", .string(id)),
                .init("keywords", .records(keywords.map {
                    Record([.init("word", .string($0.word)), .init("score", .double(($0.score * 10_000).rounded() / 10_000))])
                })),
            ])
            JSONEncoding.append(record, to: &bytes)
            bytes.append(0x0A)
        case .text:
            let line = id + "\t" + keywords.map { "\($0.word):\(String(format: "%.4f", $0.score))" }.joined(separator: " ") + "\n"
            bytes += Array(line.utf8)
        }
        return bytes
    }
}
