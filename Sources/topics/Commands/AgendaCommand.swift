import ArgumentParser
import TopicsPipeline

/// Options of the commands that end in an agenda.
struct AgendaOptions: ParsableArguments {
    @Option(help: "Number of themes (default: chosen by silhouette).") var k: Int?
    @Option(help: "Near-duplicate threshold (estimated Jaccard similarity).") var duplicateThreshold = 0.7
    @Option(help: "A taxonomy (YAML) for the tag figures (default: taxonomy.yaml among the shipped data).") var taxonomy: String?
    @Option(help: "The report's title.") var title = AgendaPipeline.defaultTitle
    @Option(name: .shortAndLong, help: "Folder to write into (created when missing).") var output: String
    @Option(help: "Working days a reply may take and still be on time (for documents with replies).") var deadlineDays = 15
    @Flag(help: "Do not judge the replies of documents that carry one.") var noReplies = false
    @Option(help: "A theme model (`topics cluster --save-model`): place each document in its themes and rank from counts, without clustering the archive, in one streaming pass (for large archives; replies not judged).") var model: String?
    @Option(help: "With --model: the counts per theme, month, region and unit (JSON Lines, as the Spark job writes them) to rank from; the inputs then give only the documents for hot issues and examples.") var fromAggregates: String?
    @Option(help: "With --model: documents kept per theme (the most recent) for hot issues and examples.") var samplePerTheme = 1000

    func pipeline(_ segmenterOptions: SegmenterOptions) throws -> AgendaPipeline {
        try AgendaPipeline.make(segmenter: try segmenterOptions.makeSegmenter(), k: k, duplicateThreshold: duplicateThreshold, title: title,
                                taxonomy: taxonomy, judgingReplies: !noReplies, deadlineDays: deadlineDays)
    }

    /// Reads the archive, runs the agenda pipeline and writes the report folder (with every
    /// document and its tags too for `topics run`); exit 1 when some inputs failed.
    func run(_ archive: ArchiveOptions, _ segmenterOptions: SegmenterOptions, label: String, withDocuments: Bool) throws {
        if fromAggregates != nil && model == nil { throw ValidationError("--from-aggregates needs --model (the themes the counts are of)") }
        if withDocuments && fromAggregates != nil { throw ValidationError("--from-aggregates is for topics agenda: topics run --model counts the documents itself") }
        let options = AgendaPipeline.ModelOptions(samplePerTheme: samplePerTheme, aggregates: try fromAggregates.map { try AgendaAggregates.read(file: $0) })
        let failures = Failures()
        let line = try pipeline(segmenterOptions).write(
            archive.archive, to: ReportFolder(output), withDocuments: withDocuments, model: try model.map { try ThemeModelFile.load($0) },
            modelOptions: options, failed: failures.report) { warning in
            let flag = switch warning { case .undated: "--map date=COLUMN"; case .anonymous: "--map author=COLUMN" }
            Terminal.printError("\(label): warning: \(warning)" + (warning.affectsAll ? "; for a table: \(flag)" : ""))
        }
        try Terminal.finish("\(label): \(line)", failed: failures.count)
    }
}

/// `topics agenda`: themes ranked into suggested research and consultation topics.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Rank themes into suggested research and consultation topics; write agenda.md, agenda.html and themes.jsonl.",
        discussion: """
            Near-duplicates are merged first (they count once), themes are found as by `topics cluster`, and each theme is scored: \
            log2(1 + matters) + 1.5·clamp(log2(growth), −1, 2) + 0.5·log2(1 + people) + 0.25·log2(1 + likes) + 0.5·log2(1 + places) + \
            taxonomy share, where growth compares the last 3 months of the archive with the 3 before and places are the districts and \
            counties named (a region column, else the first 区/县/市 in the title or opening). The HTML report is one file with its charts as \
            inline SVG. Documents that carry a reply are judged as by `topics replies`: the report shows reply quality per theme (poorest \
            first) and per answering unit, and reply_quality.jsonl holds the figures.

            For large archives: --model FILE (from `topics cluster SAMPLE --save-model FILE`) clusters nothing; each document is placed in \
            the model's themes as it is read and counted per theme, month, region and unit (written as aggregates.jsonl), near-duplicates \
            are grouped in the same pass and merged (a duplicate counts in the theme of the member its group keeps, once as a matter), and \
            the hot issues and examples come from the latest --sample-per-theme documents of each theme. --from-aggregates AGG.jsonl ranks \
            from counts made elsewhere (the Spark job writes them); the inputs then give only those documents.
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var agenda: AgendaOptions
    @OptionGroup var segmenterOptions: SegmenterOptions

    func run() throws { try agenda.run(archive, segmenterOptions, label: "agenda", withDocuments: false) }
}

/// `topics run`: the whole pipeline over pages, text or archives.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The whole pipeline: read (extract pages, parse proposals) → segment → tag → dedupe → cluster → agenda.",
        discussion: """
            Writes into the output folder: documents.jsonl (every document read), tags.jsonl (taxonomy topics with evidence), \
            themes.jsonl, agenda.md and agenda.html.

            With --model FILE (a saved theme model, `topics cluster SAMPLE --save-model FILE`) the run streams, for archives of millions: \
            each document is read, normalised and segmented once, and that one analysis tags it, places it in the model's themes, sketches \
            it for near-duplicates and counts it for the agenda (as `topics agenda --model`). Written: tags.jsonl (as `topics tag` writes \
            it), assignments.jsonl ({id, theme, theme_name, theme_distance, far} as `topics assign` adds them), duplicates.jsonl (the \
            groups, as `topics dedupe` writes them), aggregates.jsonl and the agenda; no documents.jsonl.

            Examples:
              topics run pages/ messages.csv -o report/
              topics run --model themes.model millions.jsonl -o report/
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var agenda: AgendaOptions
    @OptionGroup var segmenterOptions: SegmenterOptions

    func run() throws { try agenda.run(archive, segmenterOptions, label: "run", withDocuments: true) }
}
