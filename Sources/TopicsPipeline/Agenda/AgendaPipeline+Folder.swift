import ArchiveIO
import TopicModels
import TopicsCore

extension AgendaPipeline {
    /// `topics agenda` and `topics run` from an archive to a report folder: the documents read and
    /// run through the pipeline (or, given a saved theme `model`, placed in its themes as they are
    /// read: `runWithModel`), the agenda written, and with `withDocuments` every document and its
    /// tags too (documents.jsonl, tags.jsonl; from a model, which keeps no documents, in one pass:
    /// tags.jsonl as `topics tag` writes it, assignments.jsonl: each document's id and `topics
    /// assign`'s fields, and duplicates.jsonl: the groups as `topics dedupe` writes them). `failed` hears each input that could not be read,
    /// `warn` what weakens the ranking (before anything is written). Returns the line that tells
    /// the user what was made and where.
    public func write(_ archive: Archive, to folder: ReportFolder, withDocuments: Bool = false,
                      model: ThemeModel? = nil, modelOptions: ModelOptions = ModelOptions(),
                      failed: (TopicsError) throws -> Void, warn: (Warning) -> Void = { _ in }) throws -> String {
        if let model {
            guard withDocuments else {
                let result = try runWithModel(model, archive: archive, options: modelOptions, failed: failed)
                try folder.writeAgenda(result, documents: result.sample)
                return "\(result.report.summary.prefix { $0 != "(" })→ \(folder.path)/agenda.html"
            }
            // One pass writes what `topics tag`, `topics assign` and `topics dedupe` would.
            try folder.ensureFolder()
            let tagSink = try RecordFormat.jsonl.sink(folder.path + "/tags.jsonl")
            let placementSink = try RecordFormat.jsonl.sink(folder.path + "/assignments.jsonl")
            do {
                var options = modelOptions
                options.tagEvery = true
                let result = try runWithModel(model, archive: archive, options: options, each: { placed in
                    let id = placed.document.id
                    for r in Taggers.records(id: id, tags: placed.tags, byTag: false) { try tagSink.write(r) }
                    try placementSink.write(Record([Record.Field("id", .string(id))] + ThemeAssignment.fields(placed.placement, model: model)))
                }, failed: failed)
                try tagSink.commit()
                try placementSink.commit()
                try RecordFormat.jsonl.write(result.nearDuplicates.lazy.map { DuplicateGroups.record(canonical: $0.canonical, members: $0.members) },
                                             to: folder.path + "/duplicates.jsonl")
                try folder.writeAgenda(result, documents: result.sample)
                return "\(result.report.summary.prefix { $0 != "(" })→ \(folder.path)/"
            } catch {
                tagSink.abandon(); placementSink.abandon()
                throw error
            }
        }
        let documents = try archive.readAll(atLeast: 2, failed: failed)
        let result = run(documents)
        result.warnings.forEach(warn)
        if withDocuments { try folder.writeDocuments(documents, tags: result.tags) }
        try folder.writeAgenda(result, documents: documents)
        return "\(result.report.summary.prefix { $0 != "." }). → \(folder.path)/\(withDocuments ? "" : "agenda.html")"
    }
}
