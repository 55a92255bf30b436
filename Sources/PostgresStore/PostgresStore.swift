import ArchiveIO
import Foundation
import PostgresNIO
import TopicsCore

/// An archive in a PostgreSQL database, for offices where several people import, tag and read at
/// once: the SQLite store's tables and meaning (`documents`, `tags`, `cluster_themes`, `clusters`),
/// with the full-text index as a GIN-indexed `tsvector` column of `documents` (see `TextSearch`).
///
/// Every write is one transaction; documents are upserted by id (`INSERT … ON CONFLICT (id) DO
/// UPDATE`), so importers of different inputs neither block nor duplicate each other, and one
/// killed at any moment leaves every committed batch and nothing of the others. Import order is a
/// `bigserial` column, `seq`: a replaced document keeps its place, as in the SQLite store.
///
/// The protocol is synchronous and so is this store: one connection, its queries waited for on
/// the calling thread (never an event-loop thread). Every value is a bound parameter. Threads
/// (the server's requests) take turns on the connection: a lock is held for each query and for the
/// whole of each transaction, so one request's statements never land inside another's transaction.
public final class PostgresStore: DocumentStoring, @unchecked Sendable {
    /// The store's URL without its password.
    public let location: String
    /// Opened for reading only: the session refuses writes, and `addCorrection` says why.
    public let isReadOnly: Bool
    private let connection: PostgresConnection
    private let logger: Logger
    private let lock = NSRecursiveLock()

    /// Documents fetched per round trip when streaming.
    static let page = 500

    /// Connects to the database `url` names and creates or migrates the tables; `readOnly` then
    /// makes every transaction of the session read-only (`topics serve` without `--allow-edits`).
    public init(url: String, readOnly: Bool = false) throws(TopicsError) {
        let place = try PostgresLocation(url)
        location = place.description
        isReadOnly = readOnly
        var logger = Logger(label: "topics.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let configuration: PostgresConnection.Configuration
        if let folder = place.socketFolder {
            configuration = .init(unixSocketPath: folder + "/.s.PGSQL.\(place.port)", username: place.user,
                                  password: place.password, database: place.database)
        } else {
            configuration = .init(host: place.host ?? "localhost", port: place.port, username: place.user,
                                  password: place.password, database: place.database, tls: .disable)
        }
        KillPoint.reach("store.open")
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw TopicsError(.unreadable, input: place.description, "cannot connect to the PostgreSQL store: \(Self.reason(error))")
        }
        do {
            try PostgresSchema.migrate(self)
            // A broad word's matches as an exact bitmap: with the default 4 MB, past about 100 000
            // matches it turns lossy and every tsvector of the pages is read again (2.7 s instead
            // of 1.3 s for 146 000 matches among 1 000 000), and the search window sorts on disk.
            try run("SET work_mem = '64MB'")
            if readOnly { try run("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY") }
        } catch {
            try? connection.close().wait()
            throw TopicsError(.writeFailed, input: place.description, "cannot create the PostgreSQL store's tables: \(Self.reason(error))")
        }
    }

    deinit {
        try? connection.close().wait()
    }

    // MARK: Queries

    /// Runs `query` and waits for all its rows.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        lock.lock()
        defer { lock.unlock() }
        return try connection.query(query, logger: logger).wait()
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try run("BEGIN")
        do {
            let value = try body()
            try run("COMMIT")
            return value
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    // MARK: Writes

    /// Stores `entries` in one transaction; a document whose id is already stored is replaced
    /// and keeps its place in import order. Within a batch, a repeated id keeps its first place
    /// and its last content, as in the SQLite store.
    public func write(_ entries: [StoreEntry]) throws(TopicsError) {
        guard !entries.isEmpty else { return }
        var order: [String] = []
        var latest: [String: StoreEntry] = [:]
        for entry in entries {
            if latest.updateValue(entry, forKey: entry.document.id) == nil { order.append(entry.document.id) }
        }
        var json: [UInt8] = [UInt8(ascii: "[")]
        for (n, id) in order.enumerated() {
            if n > 0 { json.append(UInt8(ascii: ",")) }
            JSONEncoding.append(Self.row(latest[id]!), to: &json)
        }
        json.append(UInt8(ascii: "]"))
        let rows = String(decoding: json, as: UTF8.self)
        do {
            try transaction {
                try run("""
                    INSERT INTO documents (id, kind, title, date, source, authors, number, category, text, record, words, search)
                    SELECT r->>'id', r->>'kind', r->>'title', r->>'date', r->>'source', r->>'authors', r->>'number',
                           r->>'category', r->>'text', r->>'record', r->>'words',
                           (r->>'search')::tsvector
                    FROM jsonb_array_elements(\(rows)::jsonb) WITH ORDINALITY AS e(r, n) ORDER BY n
                    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, date = excluded.date,
                        source = excluded.source, authors = excluded.authors, number = excluded.number,
                        category = excluded.category, text = excluded.text, record = excluded.record,
                        words = excluded.words, search = excluded.search
                    """)
                KillPoint.reach("store.batch")
            }
            KillPoint.reach("store.commit")
        } catch {
            throw TopicsError(.writeFailed, input: location, Self.reason(error))
        }
    }

    /// One document as a JSON object of its columns. PostgreSQL text holds no NUL character: one
    /// in a column becomes U+FFFD (the `record` column, JSON, keeps it escaped and exact).
    static func row(_ entry: StoreEntry) -> Record {
        let d = entry.document
        func clean(_ s: String?) -> Record.Value { .optional(s.map { $0.contains("\u{0}") ? $0.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : $0 }) }
        var record: [UInt8] = []
        JSONEncoding.append(d.record, to: &record)
        var authors: [UInt8] = []
        JSONEncoding.append(Record.Value.strings(d.authors), to: &authors)
        return Record([
            .init("id", clean(d.id)), .init("kind", .string(d.kind.rawValue)), .init("title", clean(d.title)),
            .init("date", clean(d.date)), .init("source", clean(d.source)),
            .init("authors", .string(String(decoding: authors, as: UTF8.self))), .init("number", clean(d.number)),
            .init("category", clean(d.category)), .init("text", clean(d.text)),
            .init("record", .string(String(decoding: record, as: UTF8.self))), .init("words", clean(entry.words)),
            .init("search", .string(TextSearch.vector(title: d.title, words: entry.words))),
        ])
    }

    /// Replaces the tags of each document in `tags`, in one transaction.
    public func writeTags(_ tags: [(documentID: String, tags: [DocumentTag])]) throws(TopicsError) {
        var rows: [StoredTag] = []
        for (id, list) in tags {
            for t in list {
                var evidence: [UInt8] = []
                JSONEncoding.append(Record.Value.records(t.evidenceRecords), to: &evidence)
                rows.append(StoredTag(documentID: id, topic: t.topic, score: t.score,
                                      evidence: String(decoding: evidence, as: UTF8.self), method: t.method.rawValue))
            }
        }
        do {
            try transaction {
                try run("DELETE FROM tags WHERE document_id = ANY(\(tags.map(\.documentID))::text[])")
                KillPoint.reach("store.tags")
                try insertTags(rows)
            }
            KillPoint.reach("store.tags-commit")
        } catch {
            throw TopicsError(.writeFailed, input: location, Self.reason(error))
        }
    }

    /// Stores tag rows as they are, in one transaction (same document and topic: replaced).
    public func writeStoredTags(_ tags: [StoredTag]) throws(TopicsError) {
        do { try transaction { try insertTags(tags) } }
        catch { throw TopicsError(.writeFailed, input: location, Self.reason(error)) }
    }

    /// Upserts tag rows; a repeated (document, topic) keeps its last row.
    private func insertTags(_ tags: [StoredTag]) throws {
        guard !tags.isEmpty else { return }
        var latest: [String: Int] = [:]
        for (n, t) in tags.enumerated() { latest[t.documentID + "\u{0}" + t.topic] = n }
        var json: [UInt8] = [UInt8(ascii: "[")]
        var first = true
        for (n, t) in tags.enumerated() where latest[t.documentID + "\u{0}" + t.topic] == n {
            if !first { json.append(UInt8(ascii: ",")) }
            first = false
            JSONEncoding.append(Record([.init("document_id", .string(t.documentID)), .init("topic", .string(t.topic)),
                                        .init("score", .string(String(t.score))), .init("evidence", .optional(t.evidence)),
                                        .init("method", .optional(t.method))]), to: &json)
        }
        json.append(UInt8(ascii: "]"))
        let rows = String(decoding: json, as: UTF8.self)
        try run("""
            INSERT INTO tags (document_id, topic, score, evidence, method)
            SELECT r->>'document_id', r->>'topic', (r->>'score')::double precision, r->>'evidence', r->>'method'
            FROM jsonb_array_elements(\(rows)::jsonb) AS e(r)
            ON CONFLICT (document_id, topic) DO UPDATE SET score = excluded.score, evidence = excluded.evidence, method = excluded.method
            """)
    }

    /// Replaces the stored clustering with `themes`, in one transaction.
    public func writeThemes(_ themes: [StoredTheme]) throws(TopicsError) {
        var themeRows: [Record] = []
        var memberOrder: [String] = []
        var membership: [String: (cluster: Int, representative: Bool)] = [:]
        for t in themes {
            var terms: [UInt8] = []
            JSONEncoding.append(Record.Value.strings(t.terms), to: &terms)
            themeRows.append(Record([.init("cluster", .int(t.id)), .init("name", .string(t.name)),
                                     .init("terms", .string(String(decoding: terms, as: UTF8.self))), .init("size", .int(t.members.count))]))
            let representatives = Set(t.representatives)
            for id in t.members {
                if membership.updateValue((t.id, representatives.contains(id)), forKey: id) == nil { memberOrder.append(id) }
            }
        }
        var themeJSON: [UInt8] = []
        JSONEncoding.append(Record.Value.records(themeRows), to: &themeJSON)
        var memberJSON: [UInt8] = []
        JSONEncoding.append(Record.Value.records(memberOrder.map { id in
            Record([.init("document_id", .string(id)), .init("cluster", .int(membership[id]!.cluster)),
                    .init("representative", .int(membership[id]!.representative ? 1 : 0))])
        }), to: &memberJSON)
        let themeText = String(decoding: themeJSON, as: UTF8.self), memberText = String(decoding: memberJSON, as: UTF8.self)
        do {
            try transaction {
                try run("DELETE FROM clusters")
                try run("DELETE FROM cluster_themes")
                try run("""
                    INSERT INTO cluster_themes (cluster, name, terms, size)
                    SELECT (r->>'cluster')::integer, r->>'name', r->>'terms', (r->>'size')::integer
                    FROM jsonb_array_elements(\(themeText)::jsonb) AS e(r)
                    ON CONFLICT (cluster) DO UPDATE SET name = excluded.name, terms = excluded.terms, size = excluded.size
                    """)
                KillPoint.reach("store.clusters")
                try run("""
                    INSERT INTO clusters (document_id, cluster, representative)
                    SELECT r->>'document_id', (r->>'cluster')::integer, (r->>'representative')::integer
                    FROM jsonb_array_elements(\(memberText)::jsonb) AS e(r)
                    """)
            }
        } catch {
            throw TopicsError(.writeFailed, input: location, Self.reason(error))
        }
    }

    // MARK: Reads

    /// Each clustered document's theme, by document id.
    public func themeAssignments() throws(TopicsError) -> [String: Int] {
        do {
            var out: [String: Int] = [:]
            for row in try run("SELECT document_id, cluster FROM clusters") {
                let (id, cluster) = try row.decode((String, Int).self)
                out[id] = cluster
            }
            return out
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    /// Ids of documents that have been tagged (for `topics tag --resume`).
    public func taggedIDs() throws(TopicsError) -> Set<String> {
        do { return Set(try run("SELECT DISTINCT document_id FROM tags").map { try $0.decode(String.self) }) }
        catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    /// Tag counts per topic, most frequent first (ties by topic, in byte order as in SQLite).
    public func tagCounts() throws(TopicsError) -> [(topic: String, count: Int)] {
        do {
            return try run(#"SELECT topic, count(*) FROM tags GROUP BY topic ORDER BY count(*) DESC, topic COLLATE "C""#).map {
                let (topic, count) = try $0.decode((String, Int).self)
                return (topic, count)
            }
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    /// Ids already stored (for `--resume`).
    public func storedIDs() throws(TopicsError) -> Set<String> {
        do { return Set(try run("SELECT id FROM documents").map { try $0.decode(String.self) }) }
        catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    public func count(kind: Document.Kind? = nil) throws(TopicsError) -> Int {
        do {
            let rows = try run("SELECT count(*) FROM documents WHERE \(kind?.rawValue)::text IS NULL OR kind = \(kind?.rawValue)")
            return try rows.first.map { try $0.decode(Int.self) } ?? 0
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    /// Calls `body` with every stored document (in import order), `page` rows in memory at a time.
    /// `search` restricts to documents whose words or title match it (see `TextSearch`).
    public func forEachDocument(kind: Document.Kind? = nil, search: String? = nil,
                                _ body: (Document) throws -> Void) throws {
        let query = try search.map { q throws(TopicsError) in try TextSearch.tsquery(q) }
        try forEachRow(kind: kind, tsquery: query, words: false) { document, _ in try body(document) }
    }

    /// Every document with its indexed words, in import order, `page` rows in memory at a time.
    public func forEachEntry(_ body: (StoreEntry) throws -> Void) throws {
        try forEachRow(kind: nil, tsquery: nil, words: true) { document, words in try body(StoreEntry(document: document, words: words)) }
    }

    /// Pages through `documents` by `seq` (keyset pagination: no long transaction, no cursor to
    /// leak when `body` throws), so a concurrent import neither blocks nor is blocked.
    ///
    /// A search first lists the matches' `seq` numbers in one pass over the index (8 bytes a match),
    /// then reads them a page at a time by number: paging the search itself would repeat the index
    /// scan for every page (114 s instead of seconds for 24 000 matches among 1 000 000).
    private func forEachRow(kind: Document.Kind?, tsquery: String?, words: Bool,
                            _ body: (Document, String) throws -> Void) throws {
        var last: Int64 = 0
        let kindName = kind?.rawValue
        /// A stored record as its document (a record that no longer decodes is skipped).
        func deliver(_ json: String, _ id: String, _ text: String) throws {
            if let record = JSONDecoding.record(Array(json.utf8)), let d = Document(record: record, fallbackID: id) { try body(d, text) }
        }
        if let tsquery {
            let matches: [Int64]
            do {
                matches = try run("""
                    SELECT seq FROM documents WHERE search @@ \(tsquery)::tsquery
                      AND (\(kindName)::text IS NULL OR kind = \(kindName)) ORDER BY seq
                    """).map { try $0.decode(Int64.self) }
            } catch {
                throw TopicsError(.badArgument, input: location, Self.reason(error))
            }
            var start = 0
            while start < matches.count {
                let page = Array(matches[start..<min(matches.count, start + Self.page)])
                start += page.count
                let rows: PostgresQueryResult
                do {
                    rows = try run("""
                        SELECT record, id, CASE WHEN \(words) THEN words ELSE '' END FROM documents
                        WHERE seq = ANY(\(page)::bigint[]) ORDER BY seq
                        """)
                } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
                for row in rows {
                    let (json, id, text) = try row.decode((String, String, String).self)
                    try deliver(json, id, text)
                }
            }
            return
        }
        while true {
            let rows: PostgresQueryResult
            do {
                rows = try run("""
                    SELECT seq, record, id, CASE WHEN \(words) THEN words ELSE '' END FROM documents
                    WHERE seq > \(last) AND (\(kindName)::text IS NULL OR kind = \(kindName))
                    ORDER BY seq LIMIT \(Self.page)
                    """)
            } catch {
                throw TopicsError(.unreadable, input: location, Self.reason(error))
            }
            var n = 0
            for row in rows {
                n += 1
                let (seq, json, id, text) = try row.decode((Int64, String, String, String).self)
                last = seq
                try deliver(json, id, text)
            }
            if n < Self.page { return }
        }
    }

    /// Ids of documents matching a query (see `TextSearch`), best first: as the workspace's search
    /// bounds a broad word, the matches stored last — `WorkspaceQuery.defaultWindow` of them, or
    /// `limit` when more — ranked by `ts_rank`, ties in import order. `ts_rank` reads each ranked
    /// match's `tsvector`: every match of a broad word would cost seconds at a million documents.
    public func search(_ query: String, limit: Int = 20) throws(TopicsError) -> [String] {
        try search(query, limit: limit, window: WorkspaceQuery.defaultWindow)
    }

    /// `search(_:limit:)` ranking the `window` matches stored last (`limit` when more).
    public func search(_ query: String, limit: Int, window: Int) throws(TopicsError) -> [String] {
        let q = try TextSearch.tsquery(query)
        let window = max(window, limit)
        do {
            return try run("""
                SELECT id FROM (SELECT seq, id, search FROM documents WHERE search @@ \(q)::tsquery
                                ORDER BY \(unescaped: TextSearch.matchesFirst("seq")) DESC LIMIT \(window)) w
                ORDER BY ts_rank(search, \(q)::tsquery) DESC, seq LIMIT \(limit)
                """).map { try $0.decode(String.self) }
        } catch { throw TopicsError(.badArgument, input: location, "search \(query): \(Self.reason(error))") }
    }

    /// Every tag row, by document id then topic, `page` rows in memory at a time.
    public func forEachStoredTag(_ body: (StoredTag) throws -> Void) throws {
        var after: (String, String)? = nil
        while true {
            let rows: PostgresQueryResult
            do {
                rows = try run("""
                    SELECT document_id, topic, score, evidence, method FROM tags
                    WHERE \(after == nil) OR (document_id, topic) > (\(after?.0 ?? ""), \(after?.1 ?? ""))
                    ORDER BY document_id, topic LIMIT \(Self.page)
                    """)
            } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
            var n = 0
            for row in rows {
                n += 1
                let (id, topic, score, evidence, method) = try row.decode((String, String, Double, String?, String?).self)
                after = (id, topic)
                try body(StoredTag(documentID: id, topic: topic, score: score, evidence: evidence, method: method))
            }
            if n < Self.page { return }
        }
    }

    /// The stored themes by id, their members in import order (documents no longer stored last, by id).
    public func storedThemes() throws(TopicsError) -> [StoredTheme] {
        do {
            var themes: [StoredTheme] = []
            var position: [Int: Int] = [:]
            for row in try run("SELECT cluster, name, terms FROM cluster_themes ORDER BY cluster") {
                let (id, name, terms) = try row.decode((Int, String?, String?).self)
                var words: [String] = []
                if let terms, case .strings(let list)? = JSONDecoding.record(Array("{\"t\":\(terms)}".utf8))?["t"] { words = list }
                position[id] = themes.count
                themes.append(StoredTheme(id: id, name: name ?? "", terms: words, members: [], representatives: []))
            }
            for row in try run("""
                SELECT c.document_id, c.cluster, c.representative FROM clusters c LEFT JOIN documents d ON d.id = c.document_id
                ORDER BY d.seq NULLS LAST, c.document_id
                """) {
                let (id, cluster, representative) = try row.decode((String, Int, Int).self)
                guard let n = position[cluster] else { continue }
                themes[n].members.append(id)
                if representative != 0 { themes[n].representatives.append(id) }
            }
            return themes
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    /// The server's message for a failed query (PostgresNIO's own description hides it), or the
    /// connection problem, never the password.
    static func reason(_ error: any Error) -> String {
        if let e = error as? TopicsError { return e.reason }
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] {
                let state = e.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return message + state
            }
            if let underlying = e.underlying { return "\(e.code): \(underlying)" }
            return "\(e.code)"
        }
        return "\(error)"
    }
}
