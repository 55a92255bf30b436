import ArchiveIO
import TopicsCore

/// What a batch does with an input or record that failed: count it, say so on standard error
/// (clearing the progress line first), and with `--errors FILE` write it as a JSON error record.
struct FailureLog {
    private let sink: OutputFile?
    private var writer = JSONLinesWriter()
    private(set) var count = 0

    init(path: String?) throws {
        sink = try path.map { try OutputFile.atomic($0) }
    }

    mutating func record(_ error: TopicsError, progress: inout ProgressLine) throws {
        count += 1
        progress.finish()
        Terminal.report(error)
        guard let sink else { return }
        var bytes: [UInt8] = []
        writer.encode(error.record, into: &bytes)
        try sink.write(bytes)
    }

    /// `record` for a run that shows no progress line.
    mutating func record(_ error: TopicsError) throws {
        var none = ProgressLine(label: "", total: 1, quiet: true)
        try record(error, progress: &none)
    }

    func commit() throws { try sink?.commit() }
    func abandon() { sink?.abandon() }
}
