import ArchiveIO
import ArgumentParser
import TopicsCore
import TopicsPipeline

/// The loop every record-producing command shares: expand inputs, run the work on all cores,
/// write records in input order, report failures as they come and the totals at the end.
struct RecordPipeline {
    let label: String
    let output: OutputOptions
    let errors: ErrorLogOptions
    let run: RunOptions

    struct Summary {
        var succeeded = 0
        var failed = 0
    }

    /// One input file (page, text file) → one record, on all cores.
    func process(inputArguments: [String], extensions: Set<String> = InputFiles.htmlExtensions,
                 work: @escaping @Sendable (Input) throws(TopicsError) -> Record) throws -> Summary {
        let (inputs, expansionErrors) = InputFiles.expand(inputArguments, extensions: extensions)
        return try drive(total: inputs.count, expansionErrors: expansionErrors, alwaysSummarise: inputs.count > 1) { batch in
            try BatchRunner(jobs: run.jobs).run(inputs, work: work) { _, _, result in
                switch result {
                case .success(let record): try batch.write(record)
                case .failure(let error): try batch.fail(error)
                }
                batch.progress.update(done: batch.summary.succeeded + batch.summary.failed - expansionErrors.count, failed: batch.summary.failed)
            }
        }
    }

    /// The streaming per-record loop (`assign`, and `extract`, `segment`, `tag` with --records):
    /// JSON Lines records from the inputs (none: standard input), `work` on each on all cores a
    /// batch at a time, outputs written in input order as they come. `work` sees one record only,
    /// so how the stream is cut into runs cannot change an output.
    func stream(inputArguments: [String], work: @escaping @Sendable (Record) throws(TopicsError) -> Record) throws -> Summary {
        let (inputs, expansionErrors) = InputFiles.expand(inputArguments.isEmpty ? ["-"] : inputArguments, extensions: ["jsonl", "ndjson"])
        return try drive(total: 0, expansionErrors: expansionErrors, alwaysSummarise: false) { batch in
            try RecordStream(runner: BatchRunner(jobs: run.jobs)).run(inputs, work: work, deliver: { record in
                try batch.write(record)
                batch.progress.update(done: batch.summary.succeeded, failed: batch.summary.failed)
            }, failed: { try batch.fail($0) })
        }
    }

    /// What a run writes to while it goes: the sink, the failure log, the counts, the progress line.
    private struct Batch {
        let sink: any RecordSink
        var failures: FailureLog
        var summary = Summary()
        var progress: ProgressLine

        mutating func write(_ record: Record) throws {
            try sink.write(record)
            summary.succeeded += 1
        }

        mutating func fail(_ error: TopicsError) throws {
            summary.failed += 1
            try failures.record(error, progress: &progress)
        }
    }

    /// The shared tail: open the output, report the inputs that could not be expanded, run
    /// `body`, commit (or abandon everything on a run-wide failure), print the totals (when
    /// writing to a file, when something failed, or when `alwaysSummarise`).
    private func drive(total: Int, expansionErrors: [TopicsError], alwaysSummarise: Bool,
                       _ body: (inout Batch) throws -> Void) throws -> Summary {
        var batch = Batch(sink: try open(), failures: try FailureLog(path: errors.errors),
                          progress: ProgressLine(label: label, total: total, quiet: run.quiet))
        do {
            for error in expansionErrors { try batch.fail(error) }
            try body(&batch)
            batch.progress.finish()
            try batch.sink.commit()
            try batch.failures.commit()
        } catch let error as TopicsError {
            batch.sink.abandon()
            batch.failures.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
        let summary = batch.summary
        if !run.quiet && (output.output != nil || summary.failed > 0 || alwaysSummarise) {
            let where_ = output.output.map { " → \($0)" } ?? ""
            Terminal.printError("\(label): \(summary.succeeded) succeeded, \(summary.failed) failed\(where_)")
        }
        return summary
    }

    private func open() throws -> any RecordSink {
        do {
            return try output.sink()
        } catch {
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
    }
}
