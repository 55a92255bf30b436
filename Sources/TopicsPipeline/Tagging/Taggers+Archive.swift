import ArchiveIO
import TopicsCore

extension Taggers {
    /// `topics tag` over an archive: every document's tags (of its `fullText`), `batch` documents at
    /// a time through `run`, written to `output` (a document a record, or with `byTag` a tag a row:
    /// `records(id:tags:byTag:)`) and/or into `store`'s tags table; documents in `skip` are passed
    /// over. `output` is committed at the end, or abandoned when the run fails as a whole.
    public func tag(_ archive: Archive, with run: BatchRun, to output: (any RecordSink)?, byTag: Bool = false,
                    store: (any DocumentStoring)?, skip: Set<String> = [], batch: Int = 2000) throws -> (done: Int, skipped: Int, failed: Int) {
        try run.batches(
            archive, of: batch, skip: skip,
            work: { (d: Document) throws(TopicsError) -> (id: String, tags: [DocumentTag]) in (d.id, tag(d.fullText)) },
            deliver: { results in
                if let output {
                    for (id, tags) in results {
                        for record in Self.records(id: id, tags: tags, byTag: byTag) { try output.write(record) }
                    }
                }
                try store?.writeTags(results.map { ($0.id, $0.tags) })
            },
            commit: { try output?.commit() }, abandon: { output?.abandon() })
    }
}
