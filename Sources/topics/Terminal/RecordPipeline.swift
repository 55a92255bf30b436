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

    func process(inputArguments: [String], extensions: Set<String> = InputFiles.htmlExtensions,
                 work: @escaping @Sendable (Input) throws(TopicsError) -> Record) throws -> Summary {
        let (inputs, expansionErrors) = InputFiles.expand(inputArguments, extensions: extensions)
        let sink = try open()
        var failures = try FailureLog(path: errors.errors)
        var summary = Summary()
        var progress = ProgressLine(label: label, total: inputs.count, quiet: run.quiet)

        func fail(_ error: TopicsError) throws {
            summary.failed += 1
            try failures.record(error, progress: &progress)
        }

        do {
            for error in expansionErrors { try fail(error) }
            try BatchRunner(jobs: run.jobs).run(inputs, work: work) { _, _, result in
                switch result {
                case .success(let record):
                    try sink.write(record)
                    summary.succeeded += 1
                case .failure(let error):
                    try fail(error)
                }
                progress.update(done: summary.succeeded + summary.failed - expansionErrors.count, failed: summary.failed)
            }
            progress.finish()
            try sink.commit()
            try failures.commit()
        } catch let error as TopicsError {
            sink.abandon()
            failures.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
        if !run.quiet && (output.output != nil || summary.failed > 0 || inputs.count > 1) {
            let where_ = output.output.map { " → \($0)" } ?? ""
            Terminal.printError("\(label): \(summary.succeeded) succeeded, \(summary.failed) failed\(where_)")
        }
        return summary
    }

    /// The streaming per-record loop (`assign`, and `extract`, `segment`, `tag` with --records):
    /// JSON Lines records from the inputs (none: standard input), `work` on each on all cores a
    /// batch at a time, outputs written in input order as they come. `work` sees one record only,
    /// so how the stream is cut into runs cannot change an output.
    func stream(inputArguments: [String], work: @escaping @Sendable (Record) throws(TopicsError) -> Record) throws -> Summary {
        let (inputs, expansionErrors) = InputFiles.expand(inputArguments.isEmpty ? ["-"] : inputArguments, extensions: ["jsonl", "ndjson"])
        let sink = try open()
        var failures = try FailureLog(path: errors.errors)
        var summary = Summary()
        var progress = ProgressLine(label: label, total: 0, quiet: run.quiet)
        func fail(_ error: TopicsError) throws {
            summary.failed += 1
            try failures.record(error, progress: &progress)
        }
        do {
            for error in expansionErrors { try fail(error) }
            try RecordStream(runner: BatchRunner(jobs: run.jobs)).run(inputs, work: work, deliver: { record in
                try sink.write(record)
                summary.succeeded += 1
                progress.update(done: summary.succeeded, failed: summary.failed)
            }, failed: fail)
            progress.finish()
            try sink.commit()
            try failures.commit()
        } catch let error as TopicsError {
            sink.abandon()
            failures.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
        if !run.quiet && (output.output != nil || summary.failed > 0) {
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
