import ArgumentParser
import TopicsPipeline

/// `topics store`: work with whole stores.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Work with whole topics stores (SQLite files, PostgreSQL databases).",
        subcommands: [StoreCopyCommand.self])
}

/// `topics store copy SRC DST`: an archive from one store into another, either kind either way.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every document (with its indexed words), tag and theme from one store into another.",
        discussion: """
            Either store may be a SQLite file or a PostgreSQL URL (postgres://user@host:5432/db). Documents keep their import order, so \
            `topics export` of the copy writes the same bytes as of the original. Documents already in the target are replaced; its themes \
            are replaced when the source has some.

            Examples:
              topics store copy archive.db postgres://analyst@db.office:5432/topics
              topics store copy postgres://analyst@db.office/topics backup.db
            """)

    @Argument(help: "The store to copy from.") var source: String
    @Argument(help: "The store to copy into (created when it is a file that is not there; a database must exist).") var target: String
    @Option(help: "Documents per transaction.") var batch = 1000
    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.") var quiet = false

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        guard source != target else { throw ValidationError("the source and the target are the same store") }
    }

    func run() throws {
        let from = try Stores.open(source, creating: false)
        let to = try Stores.open(target)
        var progress = ProgressLine(label: "copy", total: try from.count(), quiet: quiet)
        let summary = try StoreCopy.copy(from: from, to: to, batch: batch) { progress.update(done: $0, failed: 0) }
        progress.finish()
        if !quiet {
            Terminal.printError("\(to.location): \(summary.documents) documents, \(summary.tags) tags, \(summary.themes) themes copied from \(from.location)")
        }
    }
}
