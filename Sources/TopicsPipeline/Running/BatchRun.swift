import ArchiveIO
import TopicsCore

/// The loops every batch command shares: the work on all cores, outputs delivered in input order,
/// failures counted, told to the observer and (with `errors`) logged as JSON error records as they
/// come; at the end the outputs and the log are committed, or on a run-wide failure (a
/// `TopicsError` thrown by the output or the input) both are abandoned and the error rethrown.
public struct BatchRun {
    /// Items processed in parallel.
    public var jobs: Int
    /// Where the error records go, if anywhere.
    public var errors: String?
    public var observer: (any RunObserver)?

    public init(jobs: Int = BatchRunner.defaultJobs, errors: String? = nil, observer: (any RunObserver)? = nil) {
        self.jobs = jobs; self.errors = errors; self.observer = observer
    }

    public struct Summary: Sendable, Equatable {
        public var succeeded = 0
        public var failed = 0
        /// The inputs named, once expanded (files in folders, globs).
        public var inputs = 0
    }

    /// One input file (page, text file) → one record, written to `output` in input order.
    public func process(_ arguments: [String], extensions: Set<String> = InputFiles.htmlExtensions, to output: () throws(TopicsError) -> any RecordSink,
                        work: @escaping @Sendable (Input) throws(TopicsError) -> Record) throws -> Summary {
        let (inputs, expansionErrors) = InputFiles.expand(arguments, extensions: extensions)
        return try records(total: inputs.count, inputs: inputs.count, expansionErrors: expansionErrors, to: output) { run in
            try BatchRunner(jobs: jobs).run(inputs, work: work) { _, _, result in
                switch result {
                case .success(let record): try run.write(record)
                case .failure(let error): try run.fail(error)
                }
                observer?.progress(done: run.summary.succeeded + run.summary.failed - expansionErrors.count, failed: run.summary.failed)
            }
        }
    }

    /// The streaming per-record loop: JSON Lines records from the inputs (none: standard input),
    /// `work` on each (`RecordStream`), outputs written in input order as they come.
    public func stream(_ arguments: [String], to output: () throws(TopicsError) -> any RecordSink,
                       work: @escaping @Sendable (Record) throws(TopicsError) -> Record) throws -> Summary {
        let (inputs, expansionErrors) = InputFiles.expand(arguments.isEmpty ? ["-"] : arguments, extensions: ["jsonl", "ndjson"])
        return try records(total: 0, inputs: inputs.count, expansionErrors: expansionErrors, to: output) { run in
            try RecordStream(runner: BatchRunner(jobs: jobs)).run(inputs, work: work, deliver: { record in
                try run.write(record)
                observer?.progress(done: run.summary.succeeded, failed: run.summary.failed)
            }, failed: { try run.fail($0) })
        }
    }

    /// `work` on every document of `archive` not in `skip`, `deliver` a batch at a time; `commit`
    /// runs after the last batch, `abandon` instead of it when the run fails as a whole.
    public func batches<Output: Sendable>(_ archive: Archive, of size: Int, skip: Set<String> = [],
                                          work: @escaping @Sendable (Document) throws(TopicsError) -> Output,
                                          deliver: ([Output]) throws -> Void,
                                          commit: () throws -> Void = {}, abandon: () -> Void = {}) throws -> (done: Int, skipped: Int, failed: Int) {
        var failures = try FailureLog(path: errors, observer: observer)
        observer?.start(total: 0)
        do {
            let (done, skipped) = try archive.forEachBatch(
                of: size, skip: skip, runner: BatchRunner(jobs: jobs), failed: { try failures.record($0) },
                progress: { observer?.progress(done: $0, failed: failures.count) }, work: work, deliver: deliver)
            try commit()
            try failures.commit()
            observer?.finish()
            return (done, skipped, failures.count)
        } catch let error as TopicsError {
            observer?.finish()
            abandon()
            failures.abandon()
            throw error
        }
    }

    /// What a record run writes to while it goes.
    private struct Records {
        let sink: any RecordSink
        var failures: FailureLog
        var summary = Summary()

        mutating func write(_ record: Record) throws {
            try sink.write(record)
            summary.succeeded += 1
        }

        mutating func fail(_ error: TopicsError) throws {
            summary.failed += 1
            try failures.record(error)
        }
    }

    /// The shared tail of `process` and `stream`: open the output, fail the inputs that could not
    /// be expanded, run `body`, commit (or abandon everything and rethrow).
    private func records(total: Int, inputs: Int, expansionErrors: [TopicsError], to output: () throws(TopicsError) -> any RecordSink,
                         _ body: (inout Records) throws -> Void) throws -> Summary {
        var run = Records(sink: try output(), failures: try FailureLog(path: errors, observer: observer))
        run.summary.inputs = inputs
        observer?.start(total: total)
        do {
            for error in expansionErrors { try run.fail(error) }
            try body(&run)
            observer?.finish()
            try run.sink.commit()
            try run.failures.commit()
        } catch let error as TopicsError {
            observer?.finish()
            run.sink.abandon()
            run.failures.abandon()
            throw error
        }
        return run.summary
    }
}
