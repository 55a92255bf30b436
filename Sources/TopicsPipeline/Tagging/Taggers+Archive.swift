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

    /// What `topics tag` reads and writes: the documents of `inputs`, else of the store at `location`;
    /// the tags into that store (with `resume`, the documents it has tagged passed over) and, when
    /// there is no store or a `file` is named, written as `format` to `file` (else standard output).
    public struct Target {
        public var archive: Archive
        public var output: (any RecordSink)?
        public var byTag: Bool
        public var store: (any DocumentStoring)?
        public var skip: Set<String>

        public init(_ inputs: [String], store location: String?, resume: Bool, format: RecordFormat, file: String?,
                    notice: @escaping @Sendable (String) -> Void = { _ in }) throws(TopicsError) {
            store = try location.map { (location) throws(TopicsError) in try Stores.open(location, creating: false) }
            skip = resume ? try store?.taggedIDs() ?? [] : []
            output = store == nil || file != nil ? try format.sink(file) : nil
            byTag = format != .jsonl
            archive = Archive(ArchiveSource(inputs: inputs.isEmpty ? location.map { [$0] } ?? [] : inputs), notice: notice)
        }
    }

    /// `tag(_:with:to:byTag:store:skip:)` on `target`.
    public func tag(_ target: Target, with run: BatchRun) throws -> (done: Int, skipped: Int, failed: Int) {
        try tag(target.archive, with: run, to: target.output, byTag: target.byTag, store: target.store, skip: target.skip)
    }
}
