import ChineseText
import TopicsCore

extension AgendaPipeline {
    /// The report's title when none is given.
    public static let defaultTitle = "议题建议 · Suggested research and consultation topics"

    /// The agenda pipeline `topics agenda`, `topics run` and `topics serve` build: the shipped stop
    /// words, the taxonomy at `taxonomy` (default: the shipped one) for the tag figures, and unless
    /// `judgingReplies` is false a reply analyser from the shipped holiday and IDF tables. Files that
    /// cannot be read are `badArgument` errors naming them.
    public static func make(segmenter: WordSegmenter, k: Int? = nil, duplicateThreshold: Double = 0.7,
                            title: String = defaultTitle, taxonomy: String? = nil,
                            judgingReplies: Bool = true, deadlineDays: Int = 15) throws(TopicsError) -> AgendaPipeline {
        let stopWords = SegmenterConfiguration.shippedStopWords
        var pipeline = AgendaPipeline(k: k, duplicateThreshold: duplicateThreshold, title: title, segmenter: segmenter,
                                      stopWords: stopWords, taxonomy: try TaxonomyFile.tagger(taxonomy, segmenter: segmenter))
        if judgingReplies {
            pipeline.replies = try ReplyAnalyzers.make(segmenter: segmenter, stopWords: stopWords, deadlineDays: deadlineDays)
        }
        return pipeline
    }
}
