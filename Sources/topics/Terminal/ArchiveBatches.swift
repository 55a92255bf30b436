import ArchiveIO
import ArgumentParser
import TopicsCore
import TopicsPipeline

/// The batched loop of the commands that read an archive into a store (`import`, `tag`): the
/// progress line, the failure log, and on a run-wide failure everything abandoned and exit 1.
struct ArchiveBatches {
    let label: String
    let errors: ErrorLogOptions
    let run: RunOptions

    struct Counts {
        var done: Int
        var skipped: Int
        var failed: Int
    }

    /// `work` on every document of `archive` not in `skip`, on all cores, `deliver` a batch at a
    /// time; failures reported (and with --errors logged) as they come. `commit` runs after the
    /// last batch, `abandon` instead of it when the run fails as a whole.
    func run<Output: Sendable>(_ archive: Archive, batch: Int, skip: Set<String>,
                               work: @escaping @Sendable (Document) throws(TopicsError) -> Output,
                               deliver: ([Output]) throws -> Void,
                               commit: () throws -> Void = {}, abandon: () -> Void = {}) throws -> Counts {
        var failures = try FailureLog(path: errors.errors)
        var progress = ProgressLine(label: label, total: 0, quiet: run.quiet)
        do {
            let (done, skipped) = try archive.forEachBatch(
                of: batch, skip: skip, runner: BatchRunner(jobs: run.jobs),
                failed: { try failures.record($0, progress: &progress) },
                progress: { progress.update(done: $0, failed: failures.count) },
                work: work, deliver: deliver)
            try commit()
            try failures.commit()
            progress.finish()
            return Counts(done: done, skipped: skipped, failed: failures.count)
        } catch let error as TopicsError {
            progress.finish()
            abandon()
            failures.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
    }
}
