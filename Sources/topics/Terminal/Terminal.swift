import ArgumentParser
import Foundation
import TopicsPipeline

/// Standard error: one-line messages, and a progress line that only appears on a terminal.
enum Terminal {
    static var standardErrorIsTerminal: Bool { isatty(2) != 0 }

    static func printError(_ message: String) { printErrorInline(message.hasSuffix("\n") ? message : message + "\n") }

    static func report(_ error: TopicsError) {
        printError("topics: \(error)" + (error.remedy.map { " (\(flags(for: $0)))" } ?? ""))
    }

    /// A reader's notice (an id used twice, a guessed column …).
    static func notice(_ text: String) { printError("topics: \(text)") }

    /// The run's last line (when there is one), then exit 1 when something failed.
    static func finish(_ line: String?, failed: Int) throws {
        if let line { printError(line) }
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }

    /// The options that carry out a library's remedy.
    static func flags(for remedy: TopicsError.Remedy) -> String {
        switch remedy {
        case .nameTextColumn: "--text-column COLUMN or --map text=COLUMN"
        case .nameTableOrQuery: "--table NAME or --query SQL"
        }
    }
}

/// The inputs that failed as a run read them, each reported on standard error as it came.
final class Failures {
    private(set) var count = 0
    func report(_ error: TopicsError) { count += 1; Terminal.report(error) }
}

/// A single self-rewriting status line on standard error, shown only when it is a terminal and
/// at most a few times a second. Piped runs stay quiet.
struct ProgressLine {
    let label: String
    let total: Int
    let enabled: Bool
    private var started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    /// `total` 0 means unknown (a stream): the line shows counts and rate only.
    init(label: String, total: Int, quiet: Bool) {
        self.label = label
        self.total = total
        enabled = !quiet && Terminal.standardErrorIsTerminal && total != 1
    }

    mutating func update(done: Int, failed: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard done == total || now - lastDraw >= .milliseconds(150) else { return }
        lastDraw = now
        drawn = true
        let seconds = Double((now - started).components.attoseconds) / 1e18 + Double((now - started).components.seconds)
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        let failedText = failed > 0 ? " · \(failed) failed" : ""
        let count = total > 0 ? "\(done)/\(total)" : "\(done)"
        Terminal.printErrorInline("\r\u{1B}[2K\(label) \(count)\(failedText) · \(rate)/s")
    }

    mutating func finish() {
        if drawn { Terminal.printErrorInline("\r\u{1B}[2K") }
        drawn = false
    }
}

extension Terminal {
    static func printErrorInline(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress!, $0.count - 1) }
    }
}
