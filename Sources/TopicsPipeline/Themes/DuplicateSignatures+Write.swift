import ArchiveIO
import TopicsCore

extension DuplicateSignatures {
    /// `topics dedupe --signatures`: every line of the JSON Lines files `arguments` name (folders
    /// and globs expanded, - for standard input) written to the sink `output` makes, with its sketch,
    /// in input order. Each problem (an input that cannot be read, a line that is not a record, a
    /// record without text, which is still written) goes to `problem` as it comes and is counted in
    /// `failed`. On a run-wide failure (the output) the output is abandoned and the error rethrown.
    public func write(_ arguments: [String], to output: () throws(TopicsError) -> any RecordSink, runner: BatchRunner = BatchRunner(),
                      problem: (TopicsError) -> Void) throws -> (written: Int, failed: Int) {
        let (inputs, errors) = InputFiles.expand(arguments, extensions: ["jsonl", "ndjson"])
        for error in errors { problem(error) }
        var failed = errors.count, written = 0
        let out = try output()
        do {
            try forEachLine(of: inputs, runner: runner) { line in
                if let error = line.problem { failed += 1; problem(error) }
                if let record = line.record { try out.write(record); written += 1 }
            }
            try out.commit()
        } catch {
            out.abandon()
            throw error
        }
        return (written, failed)
    }
}
