import ArgumentParser
import Foundation
import TopicsPipeline

/// Where and how records are written: one option group, so `-o` and `--format` mean the same in
/// every command that writes records (extract, export, segment, keywords, tag, assign, replies, dedupe,
/// cluster).
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically when the run ends) instead of standard output.") var output: String?
    @Option(name: .customLong("format"), help: ArgumentHelp("Record format: jsonl (a JSON object a line), csv (a header row; cells that could start a spreadsheet formula get a leading '), text (for reading) or xlsx (an Excel workbook, written to the -o file).",
                               discussion: "Default: jsonl (segment: text). Not every command writes every format; each says which it takes."))
    var chosenFormat: RecordFormat?

    /// `--format`, else JSON Lines (the default of every command but `segment`, which reads `chosenFormat`).
    var format: RecordFormat { chosenFormat ?? .jsonl }

    /// Rejects a format the command does not write, and xlsx without a file.
    func check(allowed: [RecordFormat]) throws {
        guard allowed.contains(format) else {
            throw ValidationError("--format \(format.rawValue): this command writes \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook file: name it with -o FILE.xlsx") }
    }

    func sink() throws(TopicsError) -> any RecordSink { try format.sink(output) }

    /// The checks of every streaming stage (`assign`, `extract`/`segment`/`tag --records`): JSON
    /// Lines out, and records to read (named inputs, or standard input that is not a terminal).
    func checkStream(inputs: [String], stage: String = "--records") throws {
        if format != .jsonl { throw ValidationError("\(stage) writes JSON Lines: drop --format \(format.rawValue)") }
        if inputs.isEmpty && isatty(0) != 0 { throw ValidationError("name the JSON Lines inputs, or pipe records into standard input (-)") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }
}

/// `--errors FILE`: the error records of a batch.
struct ErrorLogOptions: ParsableArguments {
    @Option(help: "Also write one JSON error record per failed input or record to this file.") var errors: String?
}

/// How a batch runs.
struct RunOptions: ParsableArguments {
    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Inputs processed in parallel (default: one per core).") var jobsOption: Int?

    /// `--jobs`, or one worker per core.
    var jobs: Int { jobsOption ?? BatchRunner.defaultJobs }

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.") var quiet = false

    func validate() throws {
        guard jobsOption.map({ $0 >= 1 }) ?? true else { throw ValidationError("--jobs must be at least 1") }
    }
}
