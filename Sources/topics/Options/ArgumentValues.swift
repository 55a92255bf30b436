import ArgumentParser
import TopicModels
import TopicsPipeline

// The library's enums a user names on the command line: --format, --segmenter, --kind, --method, --algorithm, --features.
extension RecordFormat: ExpressibleByArgument {}
extension SegmenterConfiguration.Engine: ExpressibleByArgument {}
extension Document.Kind: ExpressibleByArgument {}
extension DocumentKeywords.Method: ExpressibleByArgument {}
extension LinearClassifier.Method: ExpressibleByArgument {}
extension ThemeFinder.Algorithm: ExpressibleByArgument {}

/// `--features words,chars,pairs` (train and cluster).
extension TextFeatures.Kinds: ExpressibleByArgument {
    public init?(argument: String) { self.init(names: argument) }
    public var defaultValueDescription: String { names }
}

/// `topics extract --kind` values: a document kind, or auto (detected).
enum KindOption: String, ExpressibleByArgument, CaseIterable {
    case auto, article, proposal, suggestion, report

    var kind: Document.Kind? { self == .auto ? nil : Document.Kind(rawValue: rawValue) }
}
