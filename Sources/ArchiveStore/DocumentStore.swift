import Foundation
import ArchiveIO
import GRDB
import TopicsCore

/// An archive in one SQLite file: documents, a full-text index over their segmented words, and
/// the tables later steps fill (tags, clusters). Writes go in transactions and the database runs
/// in WAL mode, so a crash or kill mid-import leaves every committed batch and a valid file.
///
/// Tables: `documents` (one row per document: the main fields as columns, the whole record as
/// JSON in `record`), `documents_fts` (FTS5: `document_id`, `title`, `words`, the text segmented
/// into words separated by spaces), `tags` (document_id, topic, score, evidence JSON, method) and
/// `clusters` / `cluster_themes`.
public final class DocumentStore: DocumentStoring, Sendable {
    /// One connection for the commands (a `DatabaseQueue`), or a pool of readers beside one writer
    /// for `topics serve` (a `DatabasePool`: many requests read while an import writes).
    let queue: any DatabaseWriter
    public let path: String
    public var location: String { path }
    /// Opened with `readOnly`: every write fails with `.writeFailed` naming the store.
    public let isReadOnly: Bool
    /// Whether the store has the corrections log (migration v2); a store opened read-only that was
    /// last written by an older `topics` has not.
    let hasCorrections: Bool

    /// How long a write waits for another process's lock on the store before giving up: long
    /// enough for a neighbour's batch commit, short enough not to hang a script.
    public static let lockTimeout: Double = 5

    /// How long the checkpoint after a batch waits for readers still on an older snapshot
    /// (`emptyWAL`): a server's searches take milliseconds; a long read (an export) is not waited for.
    static let checkpointWait: Double = 0.5

    /// How much of the file a pooled connection maps into memory (address space, not memory:
    /// the kernel's page cache holds the pages either way).
    static let mappedBytes = 1 << 32

    /// Opens (creating when needed) the store at `path`.
    ///
    /// `readOnly`: opens an existing store without ever writing it (no migration either).
    /// `concurrentReaders`: a pool of reader connections beside the writer (WAL), for a server.
    public init(path: String, readOnly: Bool = false, concurrentReaders: Bool = false) throws(TopicsError) {
        self.path = path
        self.isReadOnly = readOnly
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw TopicsError(.unreadable, input: path, "no such store")
        }
        // A store that is not there yet is an output: failing to create it is a write error.
        let creating = !FileManager.default.fileExists(atPath: path)
        if creating {
            let folder = (path as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            if !folder.isEmpty && !(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) {
                throw TopicsError(.writeFailed, input: path, "cannot create the SQLite store: no such folder \(folder)")
            }
        }
        KillPoint.reach("store.open")
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(Self.lockTimeout)
            configuration.readonly = readOnly
            if concurrentReaders {
                // A pool puts the file in WAL mode itself; readers must not try to change it.
                // Its connections map the file instead of copying each page they read out of the
                // kernel (after every commit of a writer, a reader reads its pages again), and
                // there are as many readers as cores: more would only wait for one.
                configuration.maximumReaderCount = max(2, ProcessInfo.processInfo.activeProcessorCount)
                configuration.prepareDatabase { db in
                    if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
                    try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
                }
                queue = try DatabasePool(path: path, configuration: configuration)
            } else {
                configuration.prepareDatabase { db in
                    if !readOnly { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
                queue = try DatabaseQueue(path: path, configuration: configuration)
            }
            if !readOnly { try Self.migrator.migrate(queue) }
            hasCorrections = try queue.read { db in try db.tableExists("corrections") }
        } catch {
            throw creating ? TopicsError(.writeFailed, input: path, "cannot create the SQLite store: \(Self.reason(error))")
                : TopicsError(.unreadable, input: path, "cannot open the SQLite store: \(Self.reason(error))")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    title TEXT,
                    date TEXT,
                    source TEXT,
                    authors TEXT NOT NULL,
                    number TEXT,
                    category TEXT,
                    text TEXT NOT NULL,
                    record TEXT NOT NULL
                );
                CREATE INDEX documents_kind ON documents(kind);
                CREATE INDEX documents_date ON documents(date);
                CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, words, tokenize = 'unicode61');
                -- documents_fts.rowid = documents.rowid, so replacing a document finds its index row directly.
                CREATE TABLE tags (
                    document_id TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    score REAL NOT NULL,
                    evidence TEXT,
                    method TEXT,
                    PRIMARY KEY (document_id, topic)
                );
                CREATE TABLE cluster_themes (
                    cluster INTEGER PRIMARY KEY,
                    name TEXT,
                    terms TEXT,
                    size INTEGER
                );
                CREATE TABLE clusters (
                    document_id TEXT PRIMARY KEY,
                    cluster INTEGER NOT NULL,
                    representative INTEGER NOT NULL DEFAULT 0,
                    duplicate_of TEXT
                );
                """)
            KillPoint.reach("store.schema")
        }
        // The curation log of `topics serve` (issue 19): appended to, never rewritten by the
        // pipeline, and overlaid by readers (`effective_tags`: a corrected document's latest
        // corrected topics instead of its stored tags).
        m.registerMigration("v2-corrections") { db in
            try db.execute(sql: """
                CREATE TABLE corrections (
                    id INTEGER PRIMARY KEY,
                    action TEXT NOT NULL,
                    target TEXT NOT NULL,
                    value TEXT NOT NULL,
                    author TEXT NOT NULL,
                    at TEXT NOT NULL
                );
                CREATE INDEX corrections_target ON corrections(action, target);
                CREATE INDEX tags_topic ON tags(topic);
                -- The latest corrected topics of each corrected document (kept in step with the log).
                CREATE TABLE corrected_tags (
                    document_id TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    PRIMARY KEY (document_id, topic)
                );
                -- The fields search filters and counts by, in small rows beside the documents
                -- (whose rows hold the whole record): a facet count over 30 000 matches reads these.
                CREATE TABLE document_facets (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    source TEXT,
                    day TEXT
                );
                CREATE INDEX document_facets_day ON document_facets(day);
                INSERT INTO document_facets (rowid, id, kind, source, day) SELECT rowid, id, kind, source, substr(date, 1, 10) FROM documents;
                CREATE VIEW effective_tags AS
                    SELECT document_id, topic FROM tags
                        WHERE document_id NOT IN (SELECT target FROM corrections WHERE action = 'set-topics')
                    UNION ALL
                    SELECT document_id, topic FROM corrected_tags;
                """)
        }
        return m
    }

    /// Writes `entries` in one transaction; a document whose id is already stored is replaced.
    public func write(_ entries: [StoreEntry]) throws(TopicsError) {
        do {
            try queue.write { db in
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO documents (id, kind, title, date, source, authors, number, category, text, record)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title, date = excluded.date,
                        source = excluded.source, authors = excluded.authors, number = excluded.number,
                        category = excluded.category, text = excluded.text, record = excluded.record
                    RETURNING rowid
                    """)
                let deleteIndex = try db.cachedStatement(sql: "DELETE FROM documents_fts WHERE rowid = ?")
                let index = try db.cachedStatement(sql: "INSERT INTO documents_fts (rowid, document_id, title, words) VALUES (?, ?, ?, ?)")
                let facets = try db.cachedStatement(sql: "INSERT OR REPLACE INTO document_facets (rowid, id, kind, source, day) VALUES (?, ?, ?, ?, substr(?, 1, 10))")
                for (n, entry) in entries.enumerated() {
                    if n == entries.count / 2 { KillPoint.reach("store.batch") }
                    let d = entry.document
                    var json: [UInt8] = []
                    JSONEncoding.append(d.record, to: &json)
                    var authors: [UInt8] = []
                    JSONEncoding.append(Record.Value.strings(d.authors), to: &authors)
                    let rowid = try Int64.fetchOne(insert, arguments: [d.id, d.kind.rawValue, d.title, d.date, d.source,
                                                                       String(decoding: authors, as: UTF8.self), d.number, d.category,
                                                                       d.text, String(decoding: json, as: UTF8.self)])
                    try deleteIndex.execute(arguments: [rowid])
                    try index.execute(arguments: [rowid, d.id, d.title ?? "", entry.words])
                    try facets.execute(arguments: [rowid, d.id, d.kind.rawValue, d.source, d.date])
                }
            }
            KillPoint.reach("store.commit")
            emptyWAL()
        } catch {
            throw TopicsError(.writeFailed, input: path, Self.reason(error))
        }
    }

    /// Replaces the tags of each document in `tags`, in one transaction.
    public func writeTags(_ tags: [(documentID: String, tags: [DocumentTag])]) throws(TopicsError) {
        do {
            try queue.write { db in
                let delete = try db.cachedStatement(sql: "DELETE FROM tags WHERE document_id = ?")
                let insert = try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO tags (document_id, topic, score, evidence, method) VALUES (?, ?, ?, ?, ?)
                    """)
                for (n, (id, list)) in tags.enumerated() {
                    if n == tags.count / 2 { KillPoint.reach("store.tags") }
                    try delete.execute(arguments: [id])
                    for t in list {
                        var evidence: [UInt8] = []
                        JSONEncoding.append(Record.Value.records(t.evidenceRecords), to: &evidence)
                        try insert.execute(arguments: [id, t.topic, t.score, String(decoding: evidence, as: UTF8.self), t.method.rawValue])
                    }
                }
            }
            KillPoint.reach("store.tags-commit")
            emptyWAL()
        } catch {
            throw TopicsError(.writeFailed, input: path, Self.reason(error))
        }
    }

    /// Replaces the stored clustering with `themes`, in one transaction.
    public func writeThemes(_ themes: [StoredTheme]) throws(TopicsError) {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM clusters; DELETE FROM cluster_themes")
                for (n, t) in themes.enumerated() {
                    if n == themes.count / 2 { KillPoint.reach("store.clusters") }
                    var terms: [UInt8] = []
                    JSONEncoding.append(Record.Value.strings(t.terms), to: &terms)
                    try db.execute(sql: "INSERT INTO cluster_themes (cluster, name, terms, size) VALUES (?, ?, ?, ?)",
                                   arguments: [t.id, t.name, String(decoding: terms, as: UTF8.self), t.members.count])
                    let representatives = Set(t.representatives)
                    for id in t.members {
                        try db.execute(sql: "INSERT OR REPLACE INTO clusters (document_id, cluster, representative) VALUES (?, ?, ?)",
                                       arguments: [id, t.id, representatives.contains(id) ? 1 : 0])
                    }
                }
            }
            emptyWAL()
        } catch {
            throw TopicsError(.writeFailed, input: path, Self.reason(error))
        }
    }

    /// Copies the WAL into the database file and empties it, after a committed batch. With readers
    /// always busy (`topics serve` while an import runs), SQLite's own checkpoint after a commit
    /// copies only the pages no reader still needs and so never starts the WAL over: it grew through
    /// a whole import (to 120 MB over 20 000 documents) and every read looked its pages up in it and
    /// copied them out of it rather than reading the mapped file. This one waits (`checkpointWait`)
    /// for the readers of older snapshots to finish; when one takes longer the next batch tries
    /// again (the batch is committed either way).
    func emptyWAL() {
        guard !isReadOnly else { return }
        try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.checkpointWait * 1000))")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.lockTimeout * 1000))") }
            _ = try db.checkpoint(.truncate)
        }
    }

    /// Each clustered document's theme, by document id.
    public func themeAssignments() throws(TopicsError) -> [String: Int] {
        do {
            return try queue.read { db in
                var out: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT document_id, cluster FROM clusters") { out[row[0]] = row[1] }
                return out
            }
        } catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    /// Ids of documents that have been tagged (for `topics tag --resume`).
    public func taggedIDs() throws(TopicsError) -> Set<String> {
        do { return try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT DISTINCT document_id FROM tags")) } }
        catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    /// Tag counts per topic, most frequent first.
    public func tagCounts() throws(TopicsError) -> [(topic: String, count: Int)] {
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT topic, count(*) FROM tags GROUP BY topic ORDER BY count(*) DESC, topic").map { ($0[0], $0[1]) }
            }
        } catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    /// Ids already stored (for `--resume`).
    public func storedIDs() throws(TopicsError) -> Set<String> {
        do { return try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM documents")) } }
        catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    public func count(kind: Document.Kind? = nil) throws(TopicsError) -> Int {
        do {
            return try queue.read { db in
                if let kind { return try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE kind = ?", arguments: [kind.rawValue]) ?? 0 }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
            }
        } catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    /// Calls `body` with every stored document (in import order), streaming: one row in memory at a time.
    /// `search` restricts to documents whose title or words match an FTS5 query (words of the segmented text).
    public func forEachDocument(kind: Document.Kind? = nil, search: String? = nil,
                                _ body: (Document) throws -> Void) throws {
        var sql = "SELECT d.record, d.id FROM documents d"
        var arguments: StatementArguments = []
        var conditions: [String] = []
        if let search {
            sql += " JOIN documents_fts f ON f.document_id = d.id"
            conditions.append("documents_fts MATCH ?")
            arguments += [search]
        }
        if let kind { conditions.append("d.kind = ?"); arguments += [kind.rawValue] }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY d.rowid"
        do {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let row = try rows.next() {
                    let json: String = row[0], id: String = row[1]
                    if let record = JSONDecoding.record(Array(json.utf8)), let d = Document(record: record, fallbackID: id) {
                        try body(d)
                    }
                }
            }
        } catch let error as TopicsError {
            throw error
        } catch let error as DatabaseError {
            throw TopicsError(.badArgument, input: path, Self.reason(error))
        }
    }

    /// Ids of documents matching an FTS5 query, best first.
    public func search(_ query: String, limit: Int = 20) throws(TopicsError) -> [String] {
        do {
            return try queue.read { db in
                try String.fetchAll(db, sql: "SELECT document_id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                                    arguments: [query, limit])
            }
        } catch { throw TopicsError(.badArgument, input: path, "search \(query): \(Self.reason(error))") }
    }

    static func reason(_ error: any Error) -> String {
        if let db = error as? DatabaseError {
            if db.resultCode == .SQLITE_BUSY || db.resultCode == .SQLITE_LOCKED {
                return "the store is locked by another process (waited \(Int(lockTimeout)) s); try again when it is done"
            }
            return db.message ?? "\(db.resultCode)"
        }
        return "\(error)"
    }
}
