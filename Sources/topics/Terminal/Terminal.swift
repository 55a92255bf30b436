import ArgumentParser
import TopicsPipeline

/// Standard error: one-line messages, errors with the options that remedy them.
enum Terminal {
    static func printError(_ message: String) { StandardError.write(message.hasSuffix("\n") ? message : message + "\n") }

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
