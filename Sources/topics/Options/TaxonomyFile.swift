import ChineseText
import TopicModels
import TopicsCore

/// Loading the taxonomy a command was given, or the shipped one.
enum TaxonomyFile {
    /// The taxonomy at `path`, or `corpora/taxonomy.yaml` when `path` is nil and `shipped` is true.
    /// A file that does not load is a usage error naming the file.
    static func tagger(_ path: String?, shipped: Bool = true, threshold: Double = 0.6) throws -> TaxonomyTagger? {
        guard let path = path ?? (shipped ? ShippedData.path(ShippedData.taxonomy) : nil) else { return nil }
        return TaxonomyTagger(taxonomy: try load(path), threshold: threshold)
    }

    static func load(_ path: String) throws -> Taxonomy {
        do { return try Taxonomy(contentsOf: path) } catch {
            switch error {
            case .unreadable: throw TopicsError(.badArgument, input: path, "cannot read the taxonomy")
            case .invalid(_, let why): throw TopicsError(.badArgument, input: path, "not a valid taxonomy: \(why)")
            }
        }
    }
}
