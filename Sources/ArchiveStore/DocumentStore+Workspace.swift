import ArchiveIO
import GRDB
import TopicsCore

/// What `topics serve` needs of the SQLite store (`WorkspaceStoring`): documents by id, the
/// faceted full-text search, tags with corrections overlaid, and the corrections log.
extension DocumentStore: WorkspaceStoring {
    /// The tag rows readers see: corrected topics instead of stored tags where there are any.
    private var tagsTable: String { hasCorrections ? "effective_tags" : "tags" }

    public func document(id: String) throws(TopicsError) -> Document? {
        do {
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT record FROM documents WHERE id = ?", arguments: [id]) else { return nil }
                let json: String = row[0]
                return JSONDecoding.record(Array(json.utf8)).flatMap { Document(record: $0, fallbackID: id) }
            }
        } catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    public func tags(of id: String) throws(TopicsError) -> [DocumentTag] {
        do {
            return try queue.read { db in
                if hasCorrections, try Bool.fetchOne(db, sql: "SELECT 1 FROM corrections WHERE action = 'set-topics' AND target = ? LIMIT 1",
                                                     arguments: [id]) == true {
                    return try String.fetchAll(db, sql: "SELECT topic FROM corrected_tags WHERE document_id = ? ORDER BY rowid", arguments: [id])
                        .map { DocumentTag(topic: $0, score: 1, method: .taxonomy) }
                }
                return try Row.fetchAll(db, sql: "SELECT topic, score, evidence, method FROM tags WHERE document_id = ? ORDER BY score DESC, topic",
                                        arguments: [id]).map { row in
                    let evidence: String? = row[2]
                    var records: [TopicsCore.Record] = []
                    if let evidence, case .records(let r)? = JSONDecoding.record(Array("{\"e\":\(evidence)}".utf8))?["e"] { records = r }
                    let method: String? = row[3]
                    return DocumentTag(topic: row[0], score: row[1], method: method.flatMap(DocumentTag.Method.init(rawValue:)) ?? .taxonomy,
                                       evidence: DocumentTag.evidence(from: records))
                }
            }
        } catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    public func find(_ query: WorkspaceQuery) throws(TopicsError) -> WorkspaceResults {
        let text = query.text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        // Filters and counts read `document_facets` (small rows); only the page's hits read documents.
        var from = "FROM document_facets f"
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let text {
            from = "FROM documents_fts JOIN document_facets f ON f.rowid = documents_fts.rowid"
            conditions.append("documents_fts MATCH ?")
            arguments += [Self.ftsQuery(text)]
        }
        if let kind = query.kind { conditions.append("f.kind = ?"); arguments += [kind.rawValue] }
        if let date = query.dateFrom { conditions.append("f.day >= ?"); arguments += [date] }
        if let date = query.dateTo { conditions.append("f.day <= ?"); arguments += [date] }
        if let source = query.source { conditions.append("f.source = ?"); arguments += [source] }
        if let topic = query.topic { conditions.append("f.id IN (SELECT document_id FROM \(tagsTable) WHERE topic = ?)"); arguments += [topic] }
        if let within = query.within {
            var json: [UInt8] = []
            JSONEncoding.append(TopicsCore.Record.Value.strings(within), to: &json)
            conditions.append("f.id IN (SELECT value FROM json_each(?))")
            arguments += [String(decoding: json, as: UTF8.self)]
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        // FTS5 answers `ORDER BY rank LIMIT n` without sorting every match; a tie-breaker would make it sort.
        let order = text != nil ? " ORDER BY documents_fts.rank" : " ORDER BY f.day IS NULL, f.day DESC, f.rowid"
        let limit = max(0, min(query.limit, 500)), offset = max(0, query.offset)
        let snippet = text != nil
            ? "snippet(documents_fts, 2, '\(WorkspaceResults.markStart)', '\(WorkspaceResults.markEnd)', '…', 24)"
            : "substr(d.text, 1, 80)"
        do {
            return try queue.read { db in
                var total = 0
                var kinds: [String: Int] = [:], sources: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT f.kind, f.source, count(*) " + from + whereClause + " GROUP BY f.kind, f.source",
                                            arguments: arguments) {
                    let n: Int = row[2]
                    total += n
                    kinds[row[0], default: 0] += n
                    if let source: String = row[1] { sources[source, default: 0] += n }
                }
                let ids = query.collectIDs ? try String.fetchAll(db, sql: "SELECT f.id " + from + whereClause, arguments: arguments) : []
                let topics = try Row.fetchAll(db, sql: "SELECT topic, count(*) FROM \(tagsTable) WHERE document_id IN (SELECT f.id "
                                              + from + whereClause + ") GROUP BY topic ORDER BY count(*) DESC, topic LIMIT 50",
                                              arguments: arguments).map { (value: $0[0] as String, count: $0[1] as Int) }
                let hits = try Row.fetchAll(db, sql: "SELECT d.id, d.kind, d.title, d.date, d.source, \(snippet) " + from
                                            + " JOIN documents d ON d.rowid = f.rowid" + whereClause + order
                                            + " LIMIT ? OFFSET ?", arguments: arguments + [limit, offset]).map { row in
                    let raw: String = row[5] ?? ""
                    // The words column holds the text segmented by spaces: show it as written.
                    let shown = text != nil ? Self.unsegmented(raw) : raw
                    return WorkspaceResults.Hit(id: row[0], kind: Document.Kind(rawValue: row[1]) ?? .article, title: row[2], date: row[3],
                                                source: row[4], snippet: shown)
                }
                func sorted(_ counts: [String: Int]) -> [(value: String, count: Int)] {
                    counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (value: $0.key, count: $0.value) }
                }
                return WorkspaceResults(total: total, hits: hits,
                                        facets: ["kind": sorted(kinds), "source": sorted(sources), "topic": topics], matchingIDs: ids)
            }
        } catch {
            throw TopicsError(.badArgument, input: path, "search \(text ?? ""): \(Self.reason(error))")
        }
    }

    public func corrections() throws(TopicsError) -> [Correction] {
        guard hasCorrections else { return [] }
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT action, target, value, author, at FROM corrections ORDER BY id").compactMap { row in
                    Correction.Action(rawValue: row[0]).map { Correction(action: $0, target: row[1], value: row[2], author: row[3], at: row[4]) }
                }
            }
        } catch { throw TopicsError(.unreadable, input: path, Self.reason(error)) }
    }

    public func addCorrection(_ correction: Correction) throws(TopicsError) {
        guard !isReadOnly, hasCorrections else {
            throw TopicsError(.writeFailed, input: path, "the store is open read-only: start `topics serve` with --allow-edits to curate")
        }
        do {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO corrections (action, target, value, author, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [correction.action.rawValue, correction.target, correction.value, correction.author, correction.at])
                if correction.action == .setTopics {
                    try db.execute(sql: "DELETE FROM corrected_tags WHERE document_id = ?", arguments: [correction.target])
                    for topic in correction.topics {
                        try db.execute(sql: "INSERT OR IGNORE INTO corrected_tags (document_id, topic) VALUES (?, ?)",
                                       arguments: [correction.target, topic])
                    }
                }
            }
        } catch { throw TopicsError(.writeFailed, input: path, Self.reason(error)) }
    }

    /// A user's words as an FTS5 query: each space-separated word quoted (so `"`, `*`, `OR`, `:`
    /// and parentheses are words, never syntax) and matched as a prefix, all of them required.
    /// The index holds segmented words, so 停车 must also find 停车难 and 停车位.
    static func ftsQuery(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }

    /// Segmented words (`停车 难 问题`) back as written: a space is kept only between two Latin
    /// letters or digits.
    static func unsegmented(_ words: String) -> String {
        var out = ""
        var previous: Character? = nil
        var pendingSpace = false
        for c in words {
            if c == " " { pendingSpace = true; continue }
            if pendingSpace, let p = previous, (p.isASCII && (p.isLetter || p.isNumber)) && (c.isASCII && (c.isLetter || c.isNumber)) { out.append(" ") }
            pendingSpace = false
            out.append(c)
            previous = c
        }
        return out
    }
}
