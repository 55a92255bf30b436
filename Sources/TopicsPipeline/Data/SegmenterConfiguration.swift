import ChineseText
import TopicsCore

/// How a run segments: which engine, which model, which dictionaries. Builds the `WordSegmenter`
/// every stage then shares.
public struct SegmenterConfiguration: Sendable {
    public enum Engine: String, Sendable, CaseIterable { case perceptron, icu }

    public var engine: Engine = .perceptron
    /// A model file; nil takes the shipped `segmenter.model`.
    public var model: String?
    /// User dictionaries in jieba's format.
    public var dictionaries: [String] = []
    /// Load the shipped CPPCC and policy lexicon.
    public var domainLexicon = true
    /// Keep dates such as 2020年10月24日 as one word.
    public var keepDatesWhole = true

    public init() {}

    /// A file named here that cannot be read is a `badArgument` error naming it.
    public func makeSegmenter() throws(TopicsError) -> WordSegmenter {
        var lexicon = Lexicon()
        if domainLexicon, let path = ShippedData.path(ShippedData.domainLexicon) {
            do { try lexicon.load(contentsOf: path) } catch { throw TopicsError(.badArgument, input: path, "\(error)") }
        }
        for path in dictionaries {
            do { try lexicon.load(contentsOf: path) } catch { throw TopicsError(.badArgument, input: path, "\(error)") }
        }
        var result: WordSegmenter
        switch engine {
        case .icu:
            result = WordSegmenter(engine: .icu, lexicon: lexicon)
        case .perceptron:
            guard let path = model ?? ShippedData.path(ShippedData.segmentationModel) else {
                throw TopicsError(.badArgument, "no segmentation model: segmenter.model was found neither in $TOPICS_DATA, nor in ../share/topics beside the executable (make install), nor in a corpora folder above it")
            }
            do { result = WordSegmenter(model: try SegmentationModel(contentsOf: path), lexicon: lexicon) }
            catch { throw TopicsError(.badArgument, input: path, "\(error)") }
        }
        result.keepsDatesWhole = keepDatesWhole
        return result
    }

    /// The IDF table at `path`, or the shipped `idf.tsv` when `path` is nil (nil when neither is
    /// there). A table that does not load is a `badArgument` error naming the file.
    public static func idfTable(_ path: String?) throws(TopicsError) -> IDFTable? {
        guard let path = path ?? ShippedData.path(ShippedData.idfTable) else { return nil }
        do { return try IDFTable(contentsOf: path) } catch { throw TopicsError(.badArgument, input: path, "\(error)") }
    }

    /// The shipped stop words (`stopwords.txt`), or none when the file is missing.
    public static var shippedStopWords: StopWords {
        ShippedData.path(ShippedData.stopWords).flatMap { try? StopWords(contentsOf: $0) } ?? StopWords()
    }
}
