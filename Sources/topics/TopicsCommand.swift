import ArgumentParser
import Foundation
import TopicsPipeline

/// The `topics` command: the root configuration and exit-code policy only; each subcommand
/// lives in its own file in `Commands/`, in pipeline order.
@main
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Turn Chinese news pages and CPPCC proposal archives into structured, topic-tagged data.",
        discussion: """
            Exit status: 0 when every input succeeded, 1 when some inputs failed (each is reported on standard error and, with --errors, \
            as an error record), 2 for usage errors.
            """,
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Pipeline", subcommands: [RunCommand.self, ExtractCommand.self]),
            CommandGroup(name: "Archives", subcommands: [ImportCommand.self, ExportCommand.self, ServeCommand.self, StoreCommand.self]),
            CommandGroup(name: "Topics", subcommands: [TagCommand.self, TrainCommand.self, TaxonomyCommand.self]),
            CommandGroup(name: "Themes", subcommands: [DedupeCommand.self, ClusterCommand.self, AssignCommand.self, AgendaCommand.self]),
            CommandGroup(name: "Replies", subcommands: [RepliesCommand.self]),
            CommandGroup(name: "Chinese text", subcommands: [SegmentCommand.self, KeywordsCommand.self, IDFCommand.self]),
        ])

    /// Like `ParsableCommand.main()`, but usage errors exit with 2 (not sysexits' 64), as the
    /// README promises and shell scripts expect.
    static func main() {
        do {
            var command = try parseAsRoot(routedArguments(Array(CommandLine.arguments.dropFirst())))
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
            // ArgumentParser names a missing required option before an unknown one, so `--out X`
            // for `--output X` would read "missing --output": name the unknown option first.
            if code == .validationFailure, let unknown = unknownOption(in: routedArguments(Array(CommandLine.arguments.dropFirst()))) {
                Terminal.printError("Error: unknown option '\(unknown.name)'\n  See 'topics \(unknown.command) --help' for the options it takes.")
                Glibc.exit(ExitStatus.usage)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.printError(message) }
            Glibc.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

extension TopicsCommand {
    /// `topics segment …` is `topics segment text …` unless a subcommand is named, so that
    /// `topics segment --help` shows the options a user segments with (ArgumentParser would show
    /// only the subcommand list for a command with a default subcommand).
    static func routedArguments(_ arguments: [String]) -> [String] {
        guard arguments.first == "segment", arguments.count > 1, !["text", "train", "help"].contains(arguments[1]) else { return arguments }
        return ["segment", "text"] + arguments.dropFirst()
    }

    /// The first `--option` in `arguments` that the named subcommand's help does not list.
    static func unknownOption(in arguments: [String]) -> (name: String, command: String)? {
        var command: any ParsableCommand.Type = TopicsCommand.self
        var path: [String] = []
        var rest = arguments[...]
        // Walk down the subcommand names given first (topics segment train …).
        while let next = rest.first, let sub = subcommands(of: command).first(where: { $0._commandName == next }) {
            command = sub; path.append(next); rest = rest.dropFirst()
        }
        guard !path.isEmpty else { return nil }
        let help = TopicsCommand.helpMessage(for: command, columns: 1000)
        for argument in rest {
            if argument == "--" { break }
            guard argument.hasPrefix("--"), argument.count > 2 else { continue }
            let name = String(argument.prefix { $0 != "=" })
            // Known when the help has it whole, not only as the start of a longer option's name.
            let known = help.ranges(of: name).contains { help[$0.upperBound...].first.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true }
            if !known { return (name, path.joined(separator: " ")) }
        }
        return nil
    }

    private static func subcommands(of command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        let configuration = command.configuration
        return configuration.subcommands + configuration.groupedSubcommands.flatMap(\.subcommands)
    }
}

enum ExitStatus {
    static let someInputsFailed: Int32 = 1
    static let usage: Int32 = 2
}
