import ArgumentParser
import TopicsCore
import TopicsPipeline

/// Options of the commands that end in an agenda.
struct AgendaOptions: ParsableArguments {
    @Option(help: "Number of themes (default: chosen by silhouette).")
    var k: Int?

    @Option(help: "Near-duplicate threshold (estimated Jaccard similarity).")
    var duplicateThreshold = 0.7

    @Option(help: "A taxonomy (YAML) for the tag figures (default: taxonomy.yaml among the shipped data).")
    var taxonomy: String?

    @Option(help: "The report's title.")
    var title = AgendaPipeline.defaultTitle

    @Option(name: .shortAndLong, help: "Folder to write into (created when missing).")
    var output: String

    @Option(help: "Working days a reply may take and still be on time (for documents with replies).")
    var deadlineDays = 15

    @Flag(help: "Do not judge the replies of documents that carry one.")
    var noReplies = false

    func pipeline(_ segmenterOptions: SegmenterOptions) throws -> AgendaPipeline {
        try AgendaPipeline.make(segmenter: try segmenterOptions.makeSegmenter(), k: k, duplicateThreshold: duplicateThreshold, title: title,
                                taxonomy: taxonomy, judgingReplies: !noReplies, deadlineDays: deadlineDays)
    }

    /// Reads the archive, runs the agenda pipeline and writes the report folder (with every
    /// document and its tags too for `topics run`); exit 1 when some inputs failed.
    func run(_ archive: ArchiveOptions, _ segmenterOptions: SegmenterOptions, label: String, withDocuments: Bool) throws {
        var failed = 0
        let documents = try archive.archive.readAll(atLeast: 2) { failed += 1; Terminal.report($0) }
        let result = try pipeline(segmenterOptions).run(documents)
        for warning in result.warnings {
            let flag = switch warning { case .undated: "--map date=COLUMN"; case .anonymous: "--map author=COLUMN" }
            Terminal.printError("\(label): warning: \(warning)" + (warning.affectsAll ? "; for a table: \(flag)" : ""))
        }
        let folder = ReportFolder(output)
        if withDocuments { try folder.writeDocuments(documents, tags: result.tags) }
        try folder.writeAgenda(result, documents: documents)
        Terminal.printError("\(label): \(result.report.summary.prefix { $0 != "." }). → \(output)/\(withDocuments ? "" : "agenda.html")")
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}

/// `topics agenda`: themes ranked into suggested research and consultation topics.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Rank themes into suggested research and consultation topics; write agenda.md, agenda.html and themes.jsonl.",
        discussion: """
            Near-duplicates are merged first (they count once), themes are found as by `topics cluster`, \
            and each theme is scored: log2(1 + matters) + 1.5·clamp(log2(growth), −1, 2) + \
            0.5·log2(1 + people) + 0.25·log2(1 + likes) + 0.5·log2(1 + places) + taxonomy share, where \
            growth compares the last 3 months of the archive with the 3 before and places are the \
            districts and counties named (a region column, else the first 区/县/市 in the title or \
            opening). The HTML report is one file with its charts as inline SVG. Documents that carry \
            a reply are judged as by `topics replies`: the report shows reply quality per theme \
            (poorest first) and per answering unit, and reply_quality.jsonl holds the figures.
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
            Writes into the output folder: documents.jsonl (every document read), tags.jsonl (taxonomy \
            topics with evidence), themes.jsonl, agenda.md and agenda.html.

            Example:
              topics run pages/ messages.csv -o report/
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var agenda: AgendaOptions
    @OptionGroup var segmenterOptions: SegmenterOptions

    func run() throws { try agenda.run(archive, segmenterOptions, label: "run", withDocuments: true) }
}
