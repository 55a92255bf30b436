import ArchiveIO
import TopicsCore

/// What to read and how: the inputs (files, folders, globs, `-`), the kind to read them as, and
/// how tables map to documents. `Archive` reads it.
public struct ArchiveSource: Sendable {
    public var inputs: [String]
    /// Read every document as this kind; nil detects it (pages and text) or takes the record's.
    public var kind: Document.Kind?
    /// CSV/SQLite columns named by the user; the rest are guessed.
    public var columns: ColumnMapping
    /// SQLite input: the table, or a query whose rows are the documents.
    public var table: String?
    public var query: String?
    /// Each line of a text file is a document of its own.
    public var linesAsDocuments: Bool
    /// Standard input may be plain text as well as JSON Lines: it is read whole and looked at.
    /// Without it, standard input is streamed as JSON Lines.
    public var textOnStandardInput: Bool

    public init(inputs: [String], kind: Document.Kind? = nil, columns: ColumnMapping = ColumnMapping(), table: String? = nil,
                query: String? = nil, linesAsDocuments: Bool = false, textOnStandardInput: Bool = false) {
        self.inputs = inputs; self.kind = kind; self.columns = columns; self.table = table; self.query = query
        self.linesAsDocuments = linesAsDocuments; self.textOnStandardInput = textOnStandardInput
    }

    /// File endings taken from folders: pages, text, JSON Lines, CSV and SQLite.
    public static let extensions = InputFiles.htmlExtensions.union(InputFiles.textExtensions)
        .union(["jsonl", "ndjson", "csv", "db", "sqlite", "sqlite3"])
}
