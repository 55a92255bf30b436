import ArchiveIO
import GRDB
import TopicsCore

/// Everything the SQLite store holds, as it holds it, for `topics store copy`.
extension DocumentStore {
    /// Every document with its indexed words (from `documents_fts`), in import order, one row in memory at a time.
    public func forEachEntry(_ body: (StoreEntry) throws -> Void) throws {
        do {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT d.record, d.id, f.words FROM documents d LEFT JOIN documents_fts f ON f.rowid = d.rowid ORDER BY d.rowid
                    """)
                while let row = try rows.next() {
                    let json: String = row[0], id: String = row[1], words: String? = row[2]
                    if let record = JSONDecoding.record(Array(json.utf8)), let d = Document(record: record, fallbackID: id) {
                        try body(StoreEntry(document: d, words: words ?? ""))
                    }
                }
            }
        } catch let error as DatabaseError {
            throw TopicsError(.unreadable, input: path, Self.reason(error))
        }
    }

    /// Every tag row, by document id then topic, one row in memory at a time.
    public func forEachStoredTag(_ body: (StoredTag) throws -> Void) throws {
        do {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT document_id, topic, score, evidence, method FROM tags ORDER BY document_id, topic")
                while let row = try rows.next() {
                    try body(StoredTag(documentID: row[0], topic: row[1], score: row[2], evidence: row[3], method: row[4]))
                }
            }
        } catch let error as DatabaseError {
            throw TopicsError(.unreadable, input: path, Self.reason(error))
        }
    }

    /// Stores tag rows as they are, in one transaction (same document and topic: replaced).
    public func writeStoredTags(_ tags: [StoredTag]) throws(TopicsError) {
        do {
            try queue.write { db in
                let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO tags (document_id, topic, score, evidence, method) VALUES (?, ?, ?, ?, ?)")
                for t in tags { try insert.execute(arguments: [t.documentID, t.topic, t.score, t.evidence, t.method]) }
            }
            emptyWAL()
        } catch {
            throw TopicsError(.writeFailed, input: path, Self.reason(error))
        }
    }

    /// The stored themes by id, their members in import order (documents no longer stored last, by id).
    public func storedThemes() throws(TopicsError) -> [StoredTheme] {
        do {
            return try queue.read { db in
                var themes: [StoredTheme] = []
                var position: [Int: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT cluster, name, terms FROM cluster_themes ORDER BY cluster") {
                    let terms: String? = row[2]
                    let list = terms.flatMap { JSONDecoding.record(Array("{\"t\":\($0)}".utf8))?["t"] }
                    guard case .strings(let words)? = list else {
                        position[row[0]] = themes.count
                        themes.append(StoredTheme(id: row[0], name: row[1] ?? "", terms: [], members: [], representatives: []))
                        continue
                    }
                    position[row[0]] = themes.count
                    themes.append(StoredTheme(id: row[0], name: row[1] ?? "", terms: words, members: [], representatives: []))
                }
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT c.document_id, c.cluster, c.representative FROM clusters c LEFT JOIN documents d ON d.id = c.document_id
                    ORDER BY d.rowid IS NULL, d.rowid, c.document_id
                    """)
                while let row = try rows.next() {
                    guard let n = position[row[1]] else { continue }
                    let id: String = row[0]
                    themes[n].members.append(id)
                    if (row[2] as Int) != 0 { themes[n].representatives.append(id) }
                }
                return themes
            }
        } catch {
            throw TopicsError(.unreadable, input: path, Self.reason(error))
        }
    }
}
