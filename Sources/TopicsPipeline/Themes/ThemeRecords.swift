import ArchiveIO
import TopicModels
import TopicsCore

/// Themes as records and as a store keeps them, with their documents by id.
public enum ThemeRecords {
    /// A theme a record: {cluster, name, terms, size, date_from, date_to, tags, representatives, members}.
    /// `tags`: each document's taxonomy topic paths (empty when not tagged).
    public static func record(_ t: Theme, documents: [Document], tags: [[String]]) -> Record {
        let dates = t.members.compactMap { documents[$0].date }.sorted()
        return Record([
            .init("cluster", .int(t.id)),
            .init("name", .string(t.name)),
            .init("terms", .strings(t.terms)),
            .init("size", .int(t.members.count)),
            .init("date_from", .optional(dates.first)),
            .init("date_to", .optional(dates.last)),
            .init("tags", .records(t.dominantTags(tags).tags.map {
                Record([.init("topic", .string($0.topic)), .init("count", .int($0.count))])
            })),
            .init("representatives", .records(t.representatives.map {
                Record([.init("id", .string(documents[$0].id)), .init("title", .optional(documents[$0].title))])
            })),
            .init("members", .strings(t.members.map { documents[$0].id })),
        ])
    }

    /// Each document's theme: {id, cluster}, in document order.
    public static func assignments(_ themes: [Theme], documents: [Document]) -> [Record] {
        var clusterOf = [Int](repeating: 0, count: documents.count)
        for t in themes { for m in t.members { clusterOf[m] = t.id } }
        return documents.enumerated().map { i, d in Record([.init("id", .string(d.id)), .init("cluster", .int(clusterOf[i]))]) }
    }

    public static func stored(_ themes: [Theme], documents: [Document]) -> [StoredTheme] {
        themes.map { t in
            StoredTheme(id: t.id, name: t.name, terms: t.terms, members: t.members.map { documents[$0].id },
                        representatives: t.representatives.map { documents[$0].id })
        }
    }

    /// `topics cluster`'s outputs: a theme a record in `format` to `path` (standard output when nil),
    /// each document's theme (`assignments`, JSON Lines) to `assignmentsPath`, and the themes into `store`.
    public static func write(_ themes: [Theme], documents: [Document], tags: [[String]], format: RecordFormat, to path: String?,
                             assignmentsPath: String? = nil, store: String? = nil) throws {
        try format.write(themes.lazy.map { record($0, documents: documents, tags: tags) }, to: path)
        if let assignmentsPath { try RecordFormat.jsonl.write(assignments(themes, documents: documents), to: assignmentsPath) }
        if let store { try Stores.open(store).writeThemes(stored(themes, documents: documents)) }
    }
}
