import ArgumentParser
import TopicsPipeline

/// Inputs of the commands that read documents to count words in: any archive `ArchiveReader`
/// reads, plain text or JSON Lines on standard input, and text files line by line with `--lines`.
struct DocumentInputOptions: ParsableArguments {
    @Argument(help: "Text files, JSON Lines (records with id, title, text: what `topics extract` writes), HTML pages, CSV or SQLite files, folders, or - for standard input (text or JSON Lines).") var inputs: [String] = []
    @Flag(help: "Treat each line of a text file as its own document.") var lines = false

    /// The archive these options name.
    var archive: Archive {
        Archive(ArchiveSource(inputs: inputs.isEmpty ? ["-"] : inputs, linesAsDocuments: lines, textOnStandardInput: true), notice: Terminal.notice)
    }
}
