/// Reads the documents of one input: one type per format (JSON Lines, CSV, a SQLite table or query,
/// a topics store, an HTML page, a text file), chosen in one place (`DocumentReaders` in
/// TopicsPipeline). A new format is one new conforming type.
///
/// A reader streams where its format allows: it hands over each document, or the error that took
/// its place (a record that is not JSON, a row with no text), in input order, and throws only for a
/// failure that ends the whole input (the file cannot be opened, the database is not SQLite).
public protocol DocumentReader {
    /// A name for messages: the file path, `<stdin>`, or a store's location.
    var name: String { get }

    func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws
}
