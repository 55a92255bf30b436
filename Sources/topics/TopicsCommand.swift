import ArgumentParser
#if canImport(Glibc)
import Glibc
import TopicsCore
#endif

/// The `topics` command: the root configuration and exit-code policy only; each subcommand
/// lives in its own file in `Commands/`, in pipeline order.
@main
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Turn Chinese news pages and CPPCC proposal archives into structured, topic-tagged data.",
        discussion: """
            Exit status: 0 when every input succeeded, 1 when some inputs failed (each is reported \
            on standard error and, with --errors, as an error record), 2 for usage errors.
            """,
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Pipeline", subcommands: [RunCommand.self, ExtractCommand.self]),
            CommandGroup(name: "Archives", subcommands: [ImportCommand.self, ExportCommand.self]),
            CommandGroup(name: "Topics", subcommands: [TagCommand.self, TrainCommand.self, TaxonomyCommand.self]),
            CommandGroup(name: "Themes", subcommands: [DedupeCommand.self, ClusterCommand.self, AgendaCommand.self]),
            CommandGroup(name: "Replies", subcommands: [RepliesCommand.self]),
            CommandGroup(name: "Chinese text", subcommands: [SegmentCommand.self, KeywordsCommand.self, IDFCommand.self]),
        ])

    /// Like `ParsableCommand.main()`, but usage errors exit with 2 (not sysexits' 64), as the
    /// README promises and shell scripts expect.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            // A run-wide failure of ours reads like the per-input ones: "topics: FILE: E201 …".
            if let error = error as? TopicsError {
                Terminal.report(error)
                Glibc.exit(error.code == .badArgument ? ExitStatus.usage : ExitStatus.someInputsFailed)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.printError(message) }
            Glibc.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

enum ExitStatus {
    static let success: Int32 = 0
    static let someInputsFailed: Int32 = 1
    static let usage: Int32 = 2
}
