import ArchiveIO
import ChineseText
import TopicModels
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
    /// The word boundaries of `normalized` (true where a word starts or ends), what the taxonomy
    /// tagger matches terms by; nil unless the analyzer was asked for them (`withBoundaries`).
    public let boundaries: [Bool]?

    public static let openingLength = 200

    /// The words of the title and the opening.
    public var openingWords: ArraySlice<String> { words.prefix(openingCount) }
}

/// Analyses documents on every core: normalisation and segmentation, once each.
public struct DocumentAnalyzer: Sendable {
    public let segmenter: WordSegmenter
    /// Also give each document the word boundaries of its normalised text (for the taxonomy tagger).
    public var withBoundaries = false
    var normalizer: TextNormalizer { TaxonomyTagger.normalizer }

    public init(segmenter: WordSegmenter, withBoundaries: Bool = false) {
        self.segmenter = segmenter
        self.withBoundaries = withBoundaries
    }

    public func analyze(_ document: Document) -> AnalyzedDocument {
        let text = document.fullText
        let scalars = text.unicodeScalars.map(\.value)
        var spans: [Range<Int>] = []
        var workspace = WordSegmenter.Workspace()
        scalars.withUnsafeBufferPointer { segmenter.wordSpans($0, into: &spans, workspace: &workspace) }
        let words = spans.map { String(scalars: scalars[$0]) }
        let normalized = normalizer.normalize(scalars: scalars)
        var boundaries: [Bool]? = nil
        if withBoundaries {
            boundaries = Self.mappedBoundaries(scalars, spans: spans, normalized: normalized.scalars)
                ?? TaxonomyTagger.boundaries(normalized.scalars, segmenter: segmenter)
        }
        return AnalyzedDocument(document: document, text: text, normalized: normalized, words: words,
                                openingCount: Self.openingCount(words, title: document.title), boundaries: boundaries)
    }

    /// The word boundaries of `normalized` from the words of the text it was normalised from,
    /// when normalising changed nothing but spacing: the segmenter cuts each run between spaces on
    /// its own, so when the runs are the same code points in both, so are the words. Nil when a
    /// run differs (full-width letters, Traditional characters, invisible characters inside a run):
    /// the normalised text must then be segmented itself.
    static func mappedBoundaries(_ scalars: [UInt32], spans: [Range<Int>], normalized: [UInt32]) -> [Bool]? {
        let n = scalars.count, m = normalized.count
        var at = [Int32](repeating: 0, count: n)   // each non-space code point's place in `normalized`
        var i = 0, j = 0
        while true {
            while i < n && ScalarClass.isSpace(scalars[i]) { i += 1 }
            while j < m && ScalarClass.isSpace(normalized[j]) { j += 1 }
            if i == n || j == m { break }
            while i < n && j < m && !ScalarClass.isSpace(scalars[i]) && !ScalarClass.isSpace(normalized[j]) {
                if scalars[i] != normalized[j] { return nil }
                at[i] = Int32(j)
                i += 1; j += 1
            }
            guard i == n || ScalarClass.isSpace(scalars[i]), j == m || ScalarClass.isSpace(normalized[j]) else { return nil }
        }
        guard i == n && j == m else { return nil }
        var b = [Bool](repeating: false, count: m + 1)
        for span in spans where !span.isEmpty {
            b[Int(at[span.lowerBound])] = true
            b[Int(at[span.upperBound - 1]) + 1] = true
        }
        return b
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
