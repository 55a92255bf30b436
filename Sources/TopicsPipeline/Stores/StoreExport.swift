import ArchiveIO
import TopicsCore

extension DocumentStoring {
    /// `topics export`: the stored documents (of `kind`, matching the full-text query `search`), in
    /// import order, as records into `sink`; committed at the end, abandoned when the store or the
    /// output fails.
    public func export(kind: Document.Kind? = nil, search: String? = nil, to sink: any RecordSink) throws {
        do {
            try forEachDocument(kind: kind, search: search) { try sink.write($0.record) }
            try sink.commit()
        } catch {
            sink.abandon()
            throw error
        }
    }
}
