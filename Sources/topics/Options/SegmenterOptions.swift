import ArgumentParser
import ChineseText
import TopicsPipeline

/// The options every command that segments shares: model, dictionaries, engine.
struct SegmenterOptions: ParsableArguments {
    @Option(name: .customLong("segmentation-model"), help: "Segmentation model (default: segmenter.model among the shipped data).") var model: String?
    @Option(name: .customLong("dict"), help: "A user dictionary in jieba's format (word [freq] [tag] per line); its words are never split. Repeatable.") var dictionaries: [String] = []
    @Flag(help: "Do not load the shipped CPPCC and policy lexicon.") var noDomainLexicon = false
    @Option(help: "perceptron (the trained model) or icu (ICU's dictionary word break).") var segmenter: SegmenterConfiguration.Engine = .perceptron
    @Flag(help: "Let dates such as 2020年10月24日 be split like other words.") var splitDates = false

    var configuration: SegmenterConfiguration {
        var c = SegmenterConfiguration()
        c.engine = segmenter; c.model = model; c.dictionaries = dictionaries
        c.domainLexicon = !noDomainLexicon; c.keepDatesWhole = !splitDates
        return c
    }

    func makeSegmenter() throws(TopicsError) -> WordSegmenter { try configuration.makeSegmenter() }
}
