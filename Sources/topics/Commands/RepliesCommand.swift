import ArgumentParser
import TopicsPipeline

/// `topics replies`: the quality of the government's replies (答复质量) and how each answering unit does.
struct RepliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies",
        abstract: "Judge the replies to messages and proposals: relevance, completeness, interpretability, timeliness, a grade.",
        discussion: """
            Reads records with a reply (fields reply, reply_date, reply_unit or unit; table columns 答复意见, 答复时间, 答复单位 or 承办单位; a reply \
            record {unit, date, text}; or a parsed document's 答复 section) and writes per record: grade (good/adequate/poor), score = 0.3 \
            relevance + 0.3 completeness + 0.4 interpretability, working days from message to reply (Chinese public holidays from the \
            shipped holidays-cn.tsv) against --deadline-days, the reasons in words and the evidence. Records without a reply are \
            skipped. --summary writes per answering unit (a field, else the reply's signature) and per month, then per theme when the \
            records carry one (theme_name or theme, as `topics assign` writes them): counts, median working days, share on time, mean \
            scores, weakest replies.

            Examples:
              topics replies teddy2020_replies.jsonl -o replies.jsonl --summary units.jsonl
              topics replies answers.csv --format csv --deadline-days 10
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Output (jsonl: a reply a line, with its evidence; csv, xlsx: a reply a row)") var output: OutputOptions
    @Option(help: "Working days a reply may take and still be on time.") var deadlineDays = 15
    @Option(help: "Holiday table (TSV: from, to, holiday|workday, name; default: holidays-cn.tsv among the shipped data).") var holidays: String?
    @Option(help: "IDF table for relevance (default: idf.tsv among the shipped data).") var idf: String?
    @Option(help: "Also write the per-unit and per-month summaries to this file (same format).") var summary: String?
    @OptionGroup var segmenterOptions: SegmenterOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if deadlineDays < 0 { throw ValidationError("--deadline-days must be 0 or more") }
        try output.check(allowed: [.jsonl, .csv, .xlsx])
        if summary != nil && output.format == .xlsx && output.output == nil { throw ValidationError("--format xlsx writes files: name them with -o and --summary") }
    }

    func run() throws {
        let analyzer = try ReplyAnalyzers.make(segmenter: try segmenterOptions.makeSegmenter(), stopWords: SegmenterConfiguration.shippedStopWords,
                                               holidays: holidays, idf: idf, deadlineDays: deadlineDays)
        let failures = Failures()
        let review = ReplyReview(try archive.archive.readAll(failed: failures.report), analyzer: analyzer, runner: BatchRunner(jobs: runOptions.jobs))
        try output.format.write(review.records, to: output.output)
        if let summary { try output.format.write(review.summaryRecords, to: summary) }
        try Terminal.finish(runOptions.quiet ? nil : "replies: \(review.summary)", failed: failures.count)
    }
}
