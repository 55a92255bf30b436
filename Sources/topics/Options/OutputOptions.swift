import ArchiveIO
import ArgumentParser

/// Output formats every record-writing command accepts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, text

    func makeWriter() -> any RecordWriter {
        switch self {
        case .jsonl: JSONLinesWriter()
        case .csv: CSVWriter()
        case .text: ReadingTextWriter()
        }
    }
}

/// Where and how records are written; shared so `--format` means the same in every command.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write records to this file (replaced atomically when the run ends) instead of standard output.")
    var output: String?

    @Option(help: "Record format: jsonl (one JSON object a line), csv (with a header row) or text (for reading).")
    var format: OutputFormat = .jsonl

    @Option(help: "Also write one JSON error record per failed input to this file.")
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
