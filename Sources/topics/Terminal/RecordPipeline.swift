import ArgumentParser
import TopicsPipeline

/// The record commands' batch run (`BatchRun.process`, `BatchRun.stream`) from their option
/// groups, watched from the terminal; the totals printed at the end (when writing to a file, when
/// something failed, or for several pages), and exit 1 when something failed.
struct RecordPipeline {
    let label: String
    let output: OutputOptions
    let errors: ErrorLogOptions
    let run: RunOptions

    /// One input file (page, text file) → one record, on all cores.
    func process(inputArguments: [String], extensions: Set<String> = InputFiles.htmlExtensions,
                 work: @escaping @Sendable (Input) throws(TopicsError) -> Record) throws {
        let summary = try Terminal.exitingOnFailure {
            try run.batchRun(label, errors: errors).process(inputArguments, extensions: extensions, to: output.sink, work: work)
        }
        try finish(summary, alwaysSummarise: summary.inputs > 1)
    }

    /// The streaming per-record loop (`assign`, and `extract`, `segment`, `tag` with --records).
    func stream(inputArguments: [String], work: @escaping @Sendable (Record) throws(TopicsError) -> Record) throws {
        try finish(try Terminal.exitingOnFailure { try run.batchRun(label, errors: errors).stream(inputArguments, to: output.sink, work: work) },
                   alwaysSummarise: false)
    }

    private func finish(_ summary: BatchRun.Summary, alwaysSummarise: Bool) throws {
        let shown = !run.quiet && (output.output != nil || summary.failed > 0 || alwaysSummarise)
        try Terminal.finish(shown ? "\(label): \(summary.succeeded) succeeded, \(summary.failed) failed" + (output.output.map { " → \($0)" } ?? "") : nil,
                            failed: summary.failed)
    }
}

extension RunOptions {
    /// The library's batch run with --jobs, --errors and a terminal observer (quiet with --quiet).
    func batchRun(_ label: String, errors: ErrorLogOptions) -> BatchRun {
        BatchRun(jobs: jobs, errors: errors.errors, observer: TerminalObserver(label: label, quiet: quiet, report: Terminal.report))
    }
}

extension Terminal {
    /// `body`'s result; a run-wide failure (the output or an input failing as a whole) reported, then exit 1.
    static func exitingOnFailure<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as TopicsError {
            report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
    }
}
