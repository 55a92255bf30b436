import ArchiveIO
import TopicsCore

extension ArchiveReader {
    /// The streaming loop `import` and `tag` share: documents whose ids are not in `skip` are
    /// gathered `batchSize` at a time, `work` runs on each batch on all cores, and `deliver` gets
    /// the batch's outputs in input order (write them, then return). Inputs and records that cannot
    /// be read go to `failures`; the progress line counts what is done and skipped. Only one batch
    /// is held at a time, so memory stays flat however large the archive.
    func forEachBatch<Output: Sendable>(
        of batchSize: Int, skip: Set<String>, runner: BatchRunner,
        progress: inout ProgressLine, failures: inout FailureLog,
        work: @escaping @Sendable (Document) throws(TopicsError) -> Output,
        deliver: ([Output]) throws -> Void
    ) throws -> (done: Int, skipped: Int) {
        var pending: [Document] = []
        var done = 0, skipped = 0
        func flush(_ progress: inout ProgressLine, _ failures: FailureLog) throws {
            guard !pending.isEmpty else { return }
            var outputs: [Output] = []
            outputs.reserveCapacity(pending.count)
            try runner.run(pending, work: work) { _, _, result in
                if case .success(let output) = result { outputs.append(output) }
            }
            try deliver(outputs)
            done += outputs.count
            pending.removeAll(keepingCapacity: true)
            progress.update(done: done + skipped, failed: failures.count)
        }
        try forEach { result in
            switch result {
            case .success(let document):
                if skip.contains(document.id) { skipped += 1; return }
                pending.append(document)
                if pending.count >= batchSize { try flush(&progress, failures) }
            case .failure(let error):
                try failures.record(error, progress: &progress)
            }
        }
        try flush(&progress, failures)
        return (done, skipped)
    }
}
