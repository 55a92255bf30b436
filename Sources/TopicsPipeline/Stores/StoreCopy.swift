import TopicsCore

/// Moves an archive from one store to another (SQLite ⇄ PostgreSQL, or the same kind): every
/// document with its indexed words in import order, every tag row, and the themes, streamed in
/// transactions of `batch`. Documents already in the target are replaced (same id), so a copy
/// that was stopped can be run again; the target's themes are replaced only when the source has some.
public enum StoreCopy {
    public struct Summary: Sendable, Equatable {
        public var documents = 0, tags = 0, themes = 0
    }

    public static func copy(from source: any DocumentStoring, to target: any DocumentStoring, batch: Int = 1000,
                            progress: (Int) -> Void = { _ in }) throws -> Summary {
        precondition(batch >= 1)
        var summary = Summary()
        var entries: [StoreEntry] = []
        entries.reserveCapacity(batch)
        try source.forEachEntry { entry in
            entries.append(entry)
            if entries.count == batch {
                try target.write(entries)
                summary.documents += entries.count
                entries.removeAll(keepingCapacity: true)
                progress(summary.documents)
            }
        }
        try target.write(entries)
        summary.documents += entries.count
        progress(summary.documents)

        var tags: [StoredTag] = []
        try source.forEachStoredTag { tag in
            tags.append(tag)
            if tags.count == batch {
                try target.writeStoredTags(tags)
                summary.tags += tags.count
                tags.removeAll(keepingCapacity: true)
            }
        }
        try target.writeStoredTags(tags)
        summary.tags += tags.count

        let themes = try source.storedThemes()
        if !themes.isEmpty { try target.writeThemes(themes) }
        summary.themes = themes.count
        return summary
    }
}
