import ArchiveIO
import ArgumentParser
import TopicsCore

extension RecordFormat: ExpressibleByArgument {}

/// Where and how records are written: one option group, so `-o` and `--format` mean the same in
/// every command that writes records (extract, export, tag, cluster, dedupe).
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically when the run ends) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Record format: jsonl (a JSON object a line), csv (a header row; cells that could start a spreadsheet formula get a leading '), text (for reading) or xlsx (an Excel workbook, written to the -o file).",
                               discussion: "Not every command writes text; each says which formats it takes."))
    var format: RecordFormat = .jsonl

    /// Rejects a format the command does not write, and xlsx without a file.
    func check(allowed: [RecordFormat]) throws {
        guard allowed.contains(format) else {
            throw ValidationError("--format \(format.rawValue): this command writes \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook file: name it with -o FILE.xlsx") }
    }

    func sink() throws(TopicsError) -> any RecordSink { try format.sink(output) }
}

/// `--errors FILE`: the error records of a batch.
struct ErrorLogOptions: ParsableArguments {
    @Option(help: "Also write one JSON error record per failed input or record to this file.")
    var errors: String?
}

/// How a batch runs.
struct RunOptions: ParsableArguments {
    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Inputs processed in parallel (default: one per core).")
    var jobsOption: Int?

    /// `--jobs`, or one worker per core.
    var jobs: Int { jobsOption ?? BatchRunner.defaultJobs }

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.")
    var quiet = false

    func validate() throws {
        guard jobsOption.map({ $0 >= 1 }) ?? true else { throw ValidationError("--jobs must be at least 1") }
    }
}
