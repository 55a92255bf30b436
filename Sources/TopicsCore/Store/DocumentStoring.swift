/// An archive store: documents with a full-text index over their segmented words, their tags and
/// their themes. The SQLite store (ArchiveStore) is one implementation; every command reads and
/// writes through this protocol, so another database is one more conforming type.
///
/// Writes are transactions: a batch is stored whole or not at all, whatever stops the process.
public protocol DocumentStoring: AnyObject {
    /// Where the store is (a file path or a URL), for messages.
    var location: String { get }

    /// Stores `entries` in one transaction; a document whose id is already stored is replaced.
    func write(_ entries: [StoreEntry]) throws(TopicsError)
    /// Replaces the tags of each document named, in one transaction.
    func writeTags(_ tags: [(documentID: String, tags: [DocumentTag])]) throws(TopicsError)
    /// Replaces the stored themes, in one transaction.
    func writeThemes(_ themes: [StoredTheme]) throws(TopicsError)

    func count(kind: Document.Kind?) throws(TopicsError) -> Int
    /// Ids already stored (for `--resume`).
    func storedIDs() throws(TopicsError) -> Set<String>
    /// Ids of documents that have tags (for `topics tag --resume`).
    func taggedIDs() throws(TopicsError) -> Set<String>
    /// Tag counts per topic, most frequent first.
    func tagCounts() throws(TopicsError) -> [(topic: String, count: Int)]
    /// Each stored document's theme.
    func themeAssignments() throws(TopicsError) -> [String: Int]
    /// Every document (in import order) of `kind`, matching the full-text `search` when given,
    /// streaming: one in memory at a time.
    func forEachDocument(kind: Document.Kind?, search: String?, _ body: (Document) throws -> Void) throws
    /// Ids of documents matching a full-text query, best first.
    func search(_ query: String, limit: Int) throws(TopicsError) -> [String]

    // Moving a whole archive between stores (`topics store copy`): everything a store holds, as it holds it.

    /// Every document with its indexed words, in import order, streaming.
    func forEachEntry(_ body: (StoreEntry) throws -> Void) throws
    /// Every tag row (by document id, then topic), streaming.
    func forEachStoredTag(_ body: (StoredTag) throws -> Void) throws
    /// Stores tag rows as they are (a row with the same document and topic is replaced), in one transaction.
    func writeStoredTags(_ tags: [StoredTag]) throws(TopicsError)
    /// The stored themes, by id; members in import order.
    func storedThemes() throws(TopicsError) -> [StoredTheme]
}

extension DocumentStoring {
    public func count() throws(TopicsError) -> Int { try count(kind: nil) }
    public func forEachDocument(_ body: (Document) throws -> Void) throws { try forEachDocument(kind: nil, search: nil, body) }
}

/// A document and its words for the full-text index.
public struct StoreEntry: Sendable {
    public var document: Document
    /// The text segmented into words, separated by spaces.
    public var words: String
    public init(document: Document, words: String) { self.document = document; self.words = words }
}

/// A theme as a store holds it: its id, name, terms, and its documents by id.
public struct StoredTheme: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var terms: [String]
    public var members: [String]
    public var representatives: [String]
    public init(id: Int, name: String, terms: [String], members: [String], representatives: [String]) {
        self.id = id; self.name = name; self.terms = terms; self.members = members; self.representatives = representatives
    }
}

/// A tag as a store holds it: the topic, its score, the evidence as JSON text and the method, for
/// copying tags between stores without re-tagging.
public struct StoredTag: Sendable, Equatable {
    public var documentID: String
    public var topic: String
    public var score: Double
    /// The evidence records as JSON text, as the tagger wrote them.
    public var evidence: String?
    public var method: String?
    public init(documentID: String, topic: String, score: Double, evidence: String?, method: String?) {
        self.documentID = documentID; self.topic = topic; self.score = score; self.evidence = evidence; self.method = method
    }
}
