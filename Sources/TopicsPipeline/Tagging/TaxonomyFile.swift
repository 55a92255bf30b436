import TopicModels
import TopicsCore

/// Loading the taxonomy a run was given, or the shipped one.
public enum TaxonomyFile {
    /// The taxonomy at `path`, or the shipped `taxonomy.yaml` when `path` is nil and `shipped` is
    /// true. A file that does not load is a `badArgument` error naming the file.
    public static func tagger(_ path: String?, shipped: Bool = true, threshold: Double = 0.6) throws(TopicsError) -> TaxonomyTagger? {
        guard let path = path ?? (shipped ? ShippedData.path(ShippedData.taxonomy) : nil) else { return nil }
        return TaxonomyTagger(taxonomy: try load(path), threshold: threshold)
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
