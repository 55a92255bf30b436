import ArgumentParser
import TopicsPipeline

/// `topics import`: any archive into the SQLite store, with a full-text index of its words.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load documents (pages, text, JSON Lines, CSV, SQLite) into a topics store (SQLite or PostgreSQL).",
        discussion: """
            The store holds every document (table documents, the whole record as JSON), a full-text index over its segmented words \
            (documents_fts: search with `topics export --search`), and the tables tagging and clustering fill. Documents are written in \
            transactions of --batch; a document whose id is already stored is replaced, or skipped with --resume, so an interrupted import \
            finishes where it stopped.

            Examples:
              topics import messages.csv --store archive.db
              topics extract pages/ --kind auto | topics import - --store archive.db
              topics import big.jsonl --store archive.db --resume
              topics import messages.csv --store postgres://analyst@db.office:5432/topics
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "The store to create or add to: a SQLite file, or a PostgreSQL URL (postgres://user@host:5432/db); default: $TOPICS_STORE.") var store: String?
    var location: String { get throws { try Stores.location(store, else: "name a --store") } }
    @Flag(help: "Skip documents whose id is already in the store (finish an interrupted import).") var resume = false
    @Option(help: "Documents per transaction.") var batch = 1000
    @OptionGroup var errorLog: ErrorLogOptions
    @OptionGroup var segmenterOptions: SegmenterOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        // TOPICS_STORE names where to import, never what: a store would be read into itself.
        if archive.inputs.isEmpty { throw ValidationError("name at least one input to import: a file, a folder, a glob, or - for standard input") }
        _ = try location
    }

    func run() throws {
        let store = try Stores.open(try location)
        let segmenter = try segmenterOptions.makeSegmenter()
        let summary = try Terminal.exitingOnFailure {
            try StoreImport.run(archive.archive, into: store, segmenter: segmenter, batch: batch, resume: resume,
                                with: runOptions.batchRun("import", errors: errorLog))
        }
        try Terminal.finish(runOptions.quiet ? nil : "\(store.location): \(summary)", failed: summary.failed)
    }
}

/// `topics export`: documents back out of a store, as JSON Lines or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the documents of a topics store as JSON Lines, CSV or text.",
        discussion: """
            Examples:
              topics export archive.db -o archive.jsonl
              topics export archive.db --kind proposal --format csv -o proposals.csv
              topics export archive.db --search 教育扶贫 --format text
            """)

    @Argument(help: "The store written by `topics import`: a SQLite file or a PostgreSQL URL; default: $TOPICS_STORE.") var store: String?
    var location: String { get throws { try Stores.location(store, else: "name the store to export") } }
    @Option(help: "Only documents of this kind.") var kind: Document.Kind?
    @Option(help: "Only documents whose title or words match this full-text query (FTS5 syntax; words as `topics segment` cuts them).") var search: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try output.check(allowed: RecordFormat.allCases)
        _ = try location
    }

    func run() throws {
        let documents = try Stores.open(try location, creating: false)
        try documents.export(kind: kind, search: search, to: try output.sink())
    }
}
