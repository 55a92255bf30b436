import TopicsCore

extension Taggers {
    /// `topics tag --records` on one record: the record as it came, every field kept, plus `tags`
    /// (each with its evidence); a record without text or title gets `tags` [].
    public func tagged(_ record: Record) -> Record {
        let tags = Document(record: record, fallbackID: "").map { tag($0.fullText) } ?? []
        return record.adding([.init("tags", .records(tags.map(\.record)))])
    }

    /// A document's tags as records: one with all its tags and their evidence, or (`byTag`, for
    /// tables) a row a tag with its matched terms.
    public static func records(id: String, tags: [DocumentTag], byTag: Bool) -> [Record] {
        guard byTag else { return [Record([.init("id", .string(id)), .init("tags", .records(tags.map(\.record)))])] }
        return tags.map { tag in
            Record([.init("id", .string(id)), .init("topic", .string(tag.topic)), .init("topic_id", .optional(tag.id)),
                    .init("score", .double(tag.score)), .init("method", .string(tag.method.rawValue)),
                    .init("terms", .string(tag.terms.joined(separator: " ")))])
        }
    }
}
