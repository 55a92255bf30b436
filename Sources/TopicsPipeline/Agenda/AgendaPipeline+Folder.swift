import TopicModels
import TopicsCore

extension AgendaPipeline {
    /// `topics agenda` and `topics run` from an archive to a report folder: the documents read and
    /// run through the pipeline (or, given a saved theme `model`, placed in its themes as they are
    /// read: `runWithModel`), the agenda written, and with `withDocuments` every document and its
    /// tags too (documents.jsonl, tags.jsonl). `failed` hears each input that could not be read,
    /// `warn` what weakens the ranking (before anything is written). Returns the line that tells
    /// the user what was made and where.
    public func write(_ archive: Archive, to folder: ReportFolder, withDocuments: Bool = false,
                      model: ThemeModel? = nil, modelOptions: ModelOptions = ModelOptions(),
                      failed: (TopicsError) throws -> Void, warn: (Warning) -> Void = { _ in }) throws -> String {
        if let model {
            let result = try runWithModel(model, archive: archive, options: modelOptions, failed: failed)
            try folder.writeAgenda(result, documents: result.sample)
            return "\(result.report.summary.prefix { $0 != "(" })→ \(folder.path)/agenda.html"
        }
        let documents = try archive.readAll(atLeast: 2, failed: failed)
        let result = run(documents)
        result.warnings.forEach(warn)
        if withDocuments { try folder.writeDocuments(documents, tags: result.tags) }
        try folder.writeAgenda(result, documents: documents)
        return "\(result.report.summary.prefix { $0 != "." }). → \(folder.path)/\(withDocuments ? "" : "agenda.html")"
    }
}
