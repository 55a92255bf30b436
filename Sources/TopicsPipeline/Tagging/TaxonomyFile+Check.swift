import TopicModels
import TopicsCore

extension TaxonomyFile {
    /// `topics taxonomy check`: a line per problem of the taxonomy at `path` ("path: problem"), then
    /// one with its topics, terms, errors and warnings; and how many of the problems are errors.
    public static func check(_ path: String) throws(TopicsError) -> (lines: [String], errors: Int) {
        let taxonomy = try load(path)
        let problems = taxonomy.check()
        let errors = problems.filter { $0.severity == .error }.count
        let flat = taxonomy.flattened
        let terms = flat.reduce(0) { $0 + $1.topic.terms.count + $1.topic.aliases.count + $1.topic.support.count }
        return (problems.map { "\(path): \($0)" } + ["\(path): \(flat.count) topics, \(terms) terms; \(errors) errors, \(problems.count - errors) warnings"], errors)
    }
}
