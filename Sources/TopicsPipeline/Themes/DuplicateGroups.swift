import ArchiveIO
import TopicModels
import TopicsCore

/// `topics dedupe` over documents: the groups of near-duplicates (sketches on every core, the
/// grouping one pass per key), each with its canonical member (the longest text; ties: the first).
public struct DuplicateGroups: Sendable {
    /// Document indices, a group each (documents in no group are not listed).
    public let groups: [[Int]]
    /// The canonical member of each group, in group order.
    public let canonicals: [Int]

    public init(_ documents: [Document], threshold: Double, runner: BatchRunner = BatchRunner()) {
        let texts = documents.map(\.fullText)
        let finder = NearDuplicates(threshold: threshold)
        groups = finder.groups(sketches: runner.map(texts) { finder.sketch($0) })
        canonicals = groups.map { NearDuplicates.canonical(of: $0, texts: texts) }
    }

    /// Documents that are duplicates of another (each group's members but its canonical one).
    public var duplicates: Int { groups.reduce(0) { $0 + $1.count - 1 } }

    /// A record a group: `canonical` (its id), `members` (their ids), `size`.
    public func records(_ documents: [Document]) -> [Record] {
        zip(groups, canonicals).map { group, canonical in Self.record(canonical: documents[canonical].id, members: group.map { documents[$0].id }) }
    }

    /// A group as `topics dedupe` writes it.
    public static func record(canonical: String, members: [String]) -> Record {
        Record([.init("canonical", .string(canonical)), .init("members", .strings(members)), .init("size", .int(members.count))])
    }

    /// The documents with each group reduced to its canonical member, in input order; a canonical
    /// member counts the others in `metadata.duplicates`.
    public func unique(_ documents: [Document]) -> [Document] {
        var canonicalOf: [Int: Int] = [:]
        for (group, canonical) in zip(groups, canonicals) { for m in group { canonicalOf[m] = canonical } }
        var sizes: [Int: Int] = [:]
        for c in canonicalOf.values { sizes[c, default: 0] += 1 }
        return documents.indices.compactMap { i in
            guard canonicalOf[i] == nil || canonicalOf[i] == i else { return nil }
            var document = documents[i]
            if let n = sizes[i] { document.metadata.append("duplicates", .int(n - 1)) }
            return document
        }
    }
}
