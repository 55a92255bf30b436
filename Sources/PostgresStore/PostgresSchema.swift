import ArchiveIO
import PostgresNIO
import TopicsCore

/// The PostgreSQL store's tables and their migrations. `topics_schema` holds the version: the
/// number of migrations applied. Opening a store applies the missing ones in one transaction,
/// under an advisory lock, so several tools opening a new database at once create it once; a
/// database newer than this tool is refused rather than written into.
///
/// Tables (as in the SQLite store): `documents` (the main fields as columns, the whole record as
/// JSON text in `record`; `seq` the import order; `words` the segmented text and `search` its
/// `tsvector`, GIN-indexed), `tags` (document_id, topic, score, evidence JSON, method),
/// `cluster_themes` (cluster, name, terms JSON, size) and `clusters` (document_id, cluster,
/// representative); from version 2 the curation log `corrections`, `corrected_tags` and the view
/// `effective_tags`; from version 3 `search` holds word positions (phrases), and `clusters` no
/// longer has the `duplicate_of` column nothing wrote.
enum PostgresSchema {
    /// Migration n (1-based) brings the schema from version n − 1 to n: its statements in order.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE documents (
                seq bigserial NOT NULL UNIQUE,
                id text PRIMARY KEY,
                kind text NOT NULL,
                title text,
                date text,
                source text,
                authors text NOT NULL,
                number text,
                category text,
                text text NOT NULL,
                record text NOT NULL,
                words text NOT NULL,
                search tsvector NOT NULL
            )
            """,
            "CREATE INDEX documents_kind ON documents (kind)",
            "CREATE INDEX documents_date ON documents (date)",
            "CREATE INDEX documents_search ON documents USING gin (search)",
            """
            CREATE TABLE tags (
                document_id text NOT NULL,
                topic text NOT NULL,
                score double precision NOT NULL,
                evidence text,
                method text,
                PRIMARY KEY (document_id, topic)
            )
            """,
            "CREATE TABLE cluster_themes (cluster integer PRIMARY KEY, name text, terms text, size integer)",
            """
            CREATE TABLE clusters (
                document_id text PRIMARY KEY,
                cluster integer NOT NULL,
                representative integer NOT NULL DEFAULT 0,
                duplicate_of text
            )
            """,
        ],
        // 2: the curation log of `topics serve` (issue 19), as in the SQLite store: appended to,
        // never rewritten by the pipeline, overlaid by readers through `effective_tags`.
        [
            """
            CREATE TABLE corrections (
                id bigserial PRIMARY KEY,
                action text NOT NULL,
                target text NOT NULL,
                value text NOT NULL,
                author text NOT NULL,
                at text NOT NULL
            )
            """,
            "CREATE INDEX corrections_target ON corrections (action, target)",
            "CREATE INDEX tags_topic ON tags (topic)",
            """
            CREATE TABLE corrected_tags (
                n bigserial,
                document_id text NOT NULL,
                topic text NOT NULL,
                PRIMARY KEY (document_id, topic)
            )
            """,
            """
            CREATE VIEW effective_tags AS
                SELECT document_id, topic FROM tags t
                    WHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.action = 'set-topics' AND c.target = t.document_id)
                UNION ALL
                SELECT document_id, topic FROM corrected_tags
            """,
        ],
        // 3: phrases (issue 21): `search` is rebuilt with word positions (`rebuildSearch`), and
        // `clusters.duplicate_of` goes: no command wrote it (`topics dedupe` writes files, not stores).
        [
            "ALTER TABLE clusters DROP COLUMN IF EXISTS duplicate_of",
        ],
    ]

    /// The schema version this tool writes.
    static var version: Int { migrations.count }

    /// Any number, the same in every process: the advisory lock taken while migrating.
    static let lockKey: Int64 = 0x746F_7069_6373   // "topics"

    static func migrate(_ store: PostgresStore) throws {
        try store.transaction {
            try store.run("SELECT pg_advisory_xact_lock(\(lockKey))")
            try store.run("CREATE TABLE IF NOT EXISTS topics_schema (version integer NOT NULL)")
            let rows = try store.run("SELECT version FROM topics_schema")
            var current = 0
            if let row = rows.first { current = try row.decode(Int.self) } else { try store.run("INSERT INTO topics_schema (version) VALUES (0)") }
            guard current <= version else {
                throw TopicsError(.unreadable, input: store.location,
                                  "the store's schema is version \(current), newer than this tool's \(version): use a newer topics")
            }
            for n in current..<version {
                for statement in migrations[n] { try store.run(PostgresQuery(unsafeSQL: statement)) }
                if n + 1 == 3 { try rebuildSearch(store) }
                KillPoint.reach("store.schema")
            }
            if current < version { try store.run("UPDATE topics_schema SET version = \(version)") }
        }
    }

    /// Every stored document's `search` made again from its title and words (`TextSearch.vector`),
    /// `page` rows a statement, in the migration's transaction: the index gains the positions
    /// phrases need (a version-2 store's vectors have none, so `<->` would match nothing).
    static func rebuildSearch(_ store: PostgresStore, page: Int = 2_000) throws {
        var last: Int64 = 0
        while true {
            var json: [UInt8] = [UInt8(ascii: "[")]
            var n = 0
            for row in try store.run("SELECT seq, title, words FROM documents WHERE seq > \(last) ORDER BY seq LIMIT \(page)") {
                let (seq, title, words) = try row.decode((Int64, String?, String).self)
                if n > 0 { json.append(UInt8(ascii: ",")) }
                JSONEncoding.append(Record([.init("seq", .int(Int(seq))), .init("search", .string(TextSearch.vector(title: title, words: words)))]), to: &json)
                last = seq
                n += 1
            }
            if n == 0 { return }
            json.append(UInt8(ascii: "]"))
            try store.run("""
                UPDATE documents d SET search = (r->>'search')::tsvector
                FROM jsonb_array_elements(\(String(decoding: json, as: UTF8.self))::jsonb) AS e(r) WHERE d.seq = (r->>'seq')::bigint
                """)
            if n < page { return }
        }
    }
}
