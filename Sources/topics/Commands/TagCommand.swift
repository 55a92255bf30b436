import ArgumentParser
import TopicsPipeline

/// `topics tag`: the topics of every document, from the taxonomy (with evidence) and/or a trained model.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag documents with topics: from a taxonomy (with the evidence) and/or a trained classifier.",
        discussion: """
            Without --model the shipped taxonomy (corpora/taxonomy.yaml) or --taxonomy tags each document: every topic whose evidence \
            reaches --threshold, with the matched terms, their [start, end) code point offsets in the document's text \
            (title + newline + text) and the sentence they are in. With --model the classifier decides the topic; a taxonomy given as well \
            explains it (evidence) and adds its own tags.

            Output: JSON Lines {id, tags: [{topic, id, score, method, evidence}]}, or into a store's tags table with --store (the \
            documents then come from that store unless inputs are named). With --records, tag is a streaming stage: each JSON Lines record \
            is written back, every field kept, with tags added; a record without text gets tags [].

            Examples:
              topics tag messages.jsonl
              topics tag --store archive.db --resume
              topics tag --model messages.model --taxonomy corpora/taxonomy.yaml new.jsonl
              cat messages.jsonl | topics tag --records > tagged.jsonl
            """)

    @Argument(help: "Documents: pages, text, JSON Lines, CSV or SQLite files, folders, or - (JSON Lines on standard input).") var inputs: [String] = []
    @Option(help: "A taxonomy (YAML); default: corpora/taxonomy.yaml when no --model is given.") var taxonomy: String?
    @Option(help: "A classifier written by `topics train`.") var model: String?
    @Option(help: "Keep taxonomy topics scoring at least this (0–1), and model topics beyond the first at least this probability.") var threshold = 0.6
    @Option(help: "Read documents from this store (when no inputs are named) and write the tags into its tags table: a SQLite file or a PostgreSQL URL; default when no inputs are named: $TOPICS_STORE.") var store: String?

    /// `--store`, or `TOPICS_STORE` when no inputs are named.
    var storeLocation: String? { store ?? (inputs.isEmpty ? Stores.fromEnvironment : nil) }

    @Flag(help: "With --store: skip documents that already have tags.") var resume = false
    @Flag(help: "Stream JSON Lines records (files, or - / standard input when none is named): each is written back with every field it has, plus tags (JSON Lines only).") var records = false
    @OptionGroup(title: "Output (jsonl: a document a line with its tags and evidence; csv, xlsx: a tag a row: id, topic, topic_id, score, method, terms)") var output: OutputOptions
    @OptionGroup var errorLog: ErrorLogOptions
    @OptionGroup var segmenterOptions: SegmenterOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if records {
            if store != nil { throw ValidationError("--records streams records to the output; it cannot write a --store") }
            return try output.checkStream(inputs: inputs)
        }
        if inputs.isEmpty && storeLocation == nil { throw ValidationError("name the documents to tag, or a --store (or set TOPICS_STORE)") }
        if resume && storeLocation == nil { throw ValidationError("--resume needs --store") }
        try output.check(allowed: [.jsonl, .csv, .xlsx])
    }

    func run() throws {
        let taggers = try Taggers.load(taxonomy: taxonomy, model: model, threshold: threshold,
                                       segmenter: try segmenterOptions.makeSegmenter())
        if records {
            return try RecordPipeline(label: "tag", output: output, errors: errorLog, run: runOptions).stream(inputArguments: inputs) {
                (record: Record) throws(TopicsError) -> Record in taggers.tagged(record)
            }
        }
        let target = try Taggers.Target(inputs, store: storeLocation, resume: resume, format: output.format, file: output.output, notice: Terminal.notice)
        let counts = try Terminal.exitingOnFailure { try taggers.tag(target, with: runOptions.batchRun("tag", errors: errorLog)) }
        let skipped = counts.skipped > 0 ? ", \(counts.skipped) skipped (already tagged)" : ""
        try Terminal.finish(runOptions.quiet || (storeLocation == nil && output.output == nil) ? nil
                            : "tag: \(counts.done) documents tagged\(skipped), \(counts.failed) failed", failed: counts.failed)
    }
}

/// `topics taxonomy check`: problems in a taxonomy file.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Work with topic taxonomies.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a taxonomy: duplicate ids, empty or unreachable topics, bad patterns, short or repeated terms.")

        @Argument(help: "The taxonomy (YAML).") var file: String

        func run() throws {
            let report = try TaxonomyFile.check(file)
            for line in report.lines { print(line) }
            try Terminal.finish(nil, failed: report.errors)
        }
    }
}
