import ChineseText
import TopicsCore

/// `topics import`: an archive into a store, each document with its segmented words (what the
/// full-text index searches), written in transactions of `batch`. A document whose id is already
/// stored is replaced, or with `resume` skipped, so an interrupted import finishes where it stopped.
public enum StoreImport {
    public struct Summary: Sendable, Equatable {
        public var imported = 0, skipped = 0, failed = 0
        /// Imported documents that replaced a stored one with the same id.
        public var replaced = 0
        /// Documents in the store afterwards.
        public var stored = 0

        public init(imported: Int = 0, skipped: Int = 0, failed: Int = 0, replaced: Int = 0, stored: Int = 0) {
            self.imported = imported; self.skipped = skipped; self.failed = failed; self.replaced = replaced; self.stored = stored
        }
    }

    public static func run(_ archive: Archive, into store: any DocumentStoring, segmenter: WordSegmenter, batch: Int = 1000,
                           resume: Bool = false, with run: BatchRun) throws -> Summary {
        let countBefore = try store.count()
        let counts = try run.batches(archive, of: batch, skip: resume ? try store.storedIDs() : [],
            work: { (document: Document) throws(TopicsError) -> StoreEntry in
                StoreEntry(document: document, words: segmenter.words(document.fullText).joined(separator: " "))
            },
            deliver: { entries in try store.write(entries) })
        let stored = try store.count()
        return Summary(imported: counts.done, skipped: counts.skipped, failed: counts.failed,
                       replaced: counts.done - (stored - countBefore), stored: stored)
    }
}

extension StoreImport.Summary: CustomStringConvertible {
    /// "3 imported (1 replaced a stored document with the same id), 2 skipped (already in the store), 0 failed; 9 documents in the store".
    public var description: String {
        let replacedText = replaced > 0 ? " (\(replaced) replaced a stored document with the same id)" : ""
        let skippedText = skipped > 0 ? ", \(skipped) skipped (already in the store)" : ""
        return "\(imported) imported\(replacedText)\(skippedText), \(failed) failed; \(stored) documents in the store"
    }
}
