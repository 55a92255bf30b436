import ArchiveIO
import ArgumentParser
import TopicModels
import TopicsCore
import TopicsPipeline
#if canImport(Glibc)
import Glibc
#endif

/// `topics assign`: documents placed in the themes of a saved model, streaming.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Place documents in the themes of a model saved by `topics cluster --save-model` (streaming JSON Lines).",
        discussion: """
            Reads JSON Lines records (files, or - / no input for standard input) and writes each \
            record back, one line per input line in input order, every field kept, with theme (the \
            theme's id), theme_name, theme_distance (1 − cosine to the theme's centre in the model's \
            space) and far: true when the document is beyond every theme's far threshold (the 95th \
            percentile of the distances of the theme's own documents when it was fitted), a candidate \
            for a theme the model does not have. A record without text or title gets theme null.

            Each record is placed using only the model and that record, so splitting a stream into \
            parts and joining their outputs gives the same output. Memory stays flat: records are \
            read, placed on all cores and written a batch at a time.

            Examples:
              topics cluster messages.jsonl --save-model themes.model -o themes.jsonl
              topics assign --model themes.model new.jsonl -o placed.jsonl
              cat new.jsonl | topics assign --model themes.model - > placed.jsonl
            """)

    @Argument(help: "JSON Lines files, or - for standard input (the default when standard input is not a terminal).")
    var inputs: [String] = []

    @Option(help: "A theme model written by `topics cluster --save-model`.")
    var model: String

    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically when the run ends) instead of standard output.")
    var output: String?

    @OptionGroup var errors: ErrorLogOptions
    @OptionGroup var segmenterOptions: SegmenterOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if inputs.isEmpty && isatty(0) != 0 {
            throw ValidationError("name the JSON Lines inputs, or pipe records into standard input (-)")
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let assignment = ThemeAssignment(assigner: ThemeAssigner(
            model: try ThemeModelFile.load(model), segmenter: try segmenterOptions.makeSegmenter(),
            stopWords: SegmenterOptions.shippedStopWords))
        let (expanded, expansionErrors) = InputFiles.expand(inputs.isEmpty ? ["-"] : inputs, extensions: ["jsonl", "ndjson"])
        let sink = try RecordFormat.jsonl.sink(output)
        var failures = try FailureLog(path: errors.errors)
        var progress = ProgressLine(label: "assign", total: 0, quiet: runOptions.quiet)
        var placed = 0
        do {
            for error in expansionErrors { try failures.record(error, progress: &progress) }
            try RecordStream(runner: BatchRunner(jobs: runOptions.jobs)).run(
                expanded, work: { (record: Record) throws(TopicsError) -> Record in assignment.assigned(record) },
                deliver: { try sink.write($0); placed += 1; progress.update(done: placed, failed: failures.count) },
                failed: { try failures.record($0, progress: &progress) })
            progress.finish()
            try sink.commit()
            try failures.commit()
        } catch let error as TopicsError {
            sink.abandon()
            failures.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
        if !runOptions.quiet && (output != nil || failures.count > 0) {
            Terminal.printError("assign: \(placed) documents placed, \(failures.count) failed\(output.map { " → \($0)" } ?? "")")
        }
        if failures.count > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
