#if canImport(Glibc)
import Glibc
#endif
import TopicsCore

/// Standard error, written unbuffered: a front end's messages and its progress line.
public enum StandardError {
    public static var isTerminal: Bool { isatty(2) != 0 }

    public static func write(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress!, $0.count - 1) }
    }
}

/// A single self-rewriting status line ("extract 120/800 · 2 failed · 95/s"), drawn only on a
/// terminal and at most a few times a second, so piped runs stay quiet.
public struct ProgressLine {
    public let label: String
    public let total: Int
    public let enabled: Bool
    private let draw: (String) -> Void
    private var started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    /// `total` 0 means unknown (a stream): the line shows counts and rate only. A run of one item
    /// draws nothing. `terminal` and `draw` default to standard error.
    public init(label: String, total: Int, quiet: Bool, terminal: Bool = StandardError.isTerminal,
                draw: @escaping (String) -> Void = StandardError.write) {
        self.label = label
        self.total = total
        self.draw = draw
        enabled = !quiet && terminal && total != 1
    }

    public mutating func update(done: Int, failed: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard done == total || now - lastDraw >= .milliseconds(150) else { return }
        lastDraw = now
        drawn = true
        let seconds = (now - started) / .seconds(1)
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        let failedText = failed > 0 ? " · \(failed) failed" : ""
        let count = total > 0 ? "\(done)/\(total)" : "\(done)"
        draw("\r\u{1B}[2K\(label) \(count)\(failedText) · \(rate)/s")
    }

    /// Clears the line, if it was drawn.
    public mutating func finish() {
        if drawn { draw("\r\u{1B}[2K") }
        drawn = false
    }
}

/// A batch run watched from a terminal: a progress line under the run's label (only on a
/// terminal, never when quiet), and each failure handed to `report` with the line cleared first.
public final class TerminalObserver: RunObserver {
    public let label: String
    public let quiet: Bool
    private let report: (TopicsError) -> Void
    private var line: ProgressLine

    public init(label: String, quiet: Bool, report: @escaping (TopicsError) -> Void) {
        self.label = label; self.quiet = quiet; self.report = report
        line = ProgressLine(label: label, total: 0, quiet: quiet)
    }

    public func start(total: Int) { line = ProgressLine(label: label, total: total, quiet: quiet) }
    public func failed(_ error: TopicsError) { line.finish(); report(error) }
    public func progress(done: Int, failed: Int) { line.update(done: done, failed: failed) }
    public func finish() { line.finish() }
}
