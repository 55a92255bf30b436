import ChineseText
import TopicModels
import TopicsCore

/// Loading the taxonomy a run was given, or the shipped one.
public enum TaxonomyFile {
    /// The taxonomy at `path`, or the shipped `taxonomy.yaml` when `path` is nil and `shipped` is
    /// true. A file that does not load is a `badArgument` error naming the file. With `segmenter`,
    /// terms match whole words of its output (委员 not inside 业主委员会).
    public static func tagger(_ path: String?, shipped: Bool = true, threshold: Double = 0.6,
                              segmenter: WordSegmenter?) throws(TopicsError) -> TaxonomyTagger? {
        guard let path = path ?? (shipped ? ShippedData.path(ShippedData.taxonomy) : nil) else { return nil }
        return TaxonomyTagger(taxonomy: try load(path), threshold: threshold, segmenter: segmenter)
    }

    public static func load(_ path: String) throws(TopicsError) -> Taxonomy {
        do { return try Taxonomy(contentsOf: path) } catch {
            switch error {
            case .unreadable: throw TopicsError(.badArgument, input: path, "cannot read the taxonomy")
            case .invalid(_, let why): throw TopicsError(.badArgument, input: path, "not a valid taxonomy: \(why)")
            }
        }
    }
}
