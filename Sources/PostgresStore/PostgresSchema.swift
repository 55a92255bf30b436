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
/// representative, duplicate_of); from version 2 the curation log `corrections`, `corrected_tags`
/// and the view `effective_tags`.
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
                KillPoint.reach("store.schema")
            }
            if current < version { try store.run("UPDATE topics_schema SET version = \(version)") }
        }
    }
}
