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
        summary.documents = try inBatches(of: batch, source.forEachEntry) { entries, done in
            try target.write(entries)
            progress(done)
        }
        summary.tags = try inBatches(of: batch, source.forEachStoredTag) { tags, _ in try target.writeStoredTags(tags) }

        let themes = try source.storedThemes()
        if !themes.isEmpty { try target.writeThemes(themes) }
        summary.themes = themes.count
        return summary
    }

    /// Gathers what `forEach` yields `batch` at a time and hands each batch (the last one too, even
    /// empty, as the copy always did) to `write` with the count written after it; returns the count.
    private static func inBatches<Item>(of batch: Int, _ forEach: ((Item) throws -> Void) throws -> Void,
                                        _ write: ([Item], Int) throws -> Void) throws -> Int {
        try withoutActuallyEscaping(write) { write in
            var items: [Item] = []
            items.reserveCapacity(batch)
            var done = 0
            try forEach { item in
                items.append(item)
                if items.count == batch {
                    try write(items, done + items.count)
                    done += items.count
                    items.removeAll(keepingCapacity: true)
                }
            }
            try write(items, done + items.count)
            return done + items.count
        }
    }
}
