import ArchiveIO
import ChineseText
import TopicsCore

/// A document analysed once per run, the way spaCy's `Doc` carries its tokens through a pipeline:
/// its full text (title and text, what tag offsets count in), normalised once (NFKC, Traditional →
/// Simplified, offsets kept) and segmented once. Duplicate detection reads the normalised scalars,
/// themes read the words, places read the opening words; nothing segments or normalises again.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    /// `document.fullText`.
    public let text: String
    public let normalized: NormalizedText
    /// The full text's words, as the run's segmenter cuts them.
    public let words: [String]
    /// How many of `words` cover the title and the first `openingLength` characters of the text:
    /// where a message names its place.
    public let openingCount: Int

    public static let openingLength = 200

    /// The words of the title and the opening.
    public var openingWords: ArraySlice<String> { words.prefix(openingCount) }
}

/// Analyses documents on every core: normalisation and segmentation, once each.
public struct DocumentAnalyzer: Sendable {
    public let segmenter: WordSegmenter
    let normalizer = TextNormalizer(traditionalToSimplified: true, keepLineBreaks: true)

    public init(segmenter: WordSegmenter) { self.segmenter = segmenter }

    public func analyze(_ document: Document) -> AnalyzedDocument {
        let text = document.fullText
        let words = segmenter.words(text)
        return AnalyzedDocument(document: document, text: text, normalized: normalizer.normalize(text), words: words,
                                openingCount: Self.openingCount(words, title: document.title))
    }

    /// How many of a full text's `words` cover its opening: the title, its line break, and the
    /// first `AnalyzedDocument.openingLength` characters of the text.
    public static func openingCount(_ words: [String], title: String?) -> Int {
        let limit = (title.map { $0.count + 1 } ?? 0) + AnalyzedDocument.openingLength
        var covered = 0, count = 0
        for w in words {
            if covered >= limit { break }
            covered += w.count
            count += 1
        }
        return count
    }

    public func analyze(_ documents: [Document], runner: BatchRunner = BatchRunner()) -> [AnalyzedDocument] {
        let analyzer = self
        return runner.map(documents) { analyzer.analyze($0) }
    }
}
