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
        let snippet = text != nil
            ? "snippet(documents_fts, 2, '\(WorkspaceResults.markStart)', '\(WorkspaceResults.markEnd)', '…', 24)"
            : "substr(d.text, 1, 80)"
        let hitColumns = "SELECT d.id, d.kind, d.title, d.date, d.source, \(snippet) " + from + " JOIN documents d ON d.rowid = f.rowid" + whereClause
        do {
            return try queue.read { db in
                // One pass over the index for the window: its matches' facet fields, counted here.
                // FTS5 hands its matches over in rowid order at no cost; ranking them all would not be.
                let windowOrder = text != nil ? " ORDER BY documents_fts.rowid DESC" : " ORDER BY f.day IS NULL, f.day DESC, f.rowid"
                var window = SearchWindow(query)
                var lowest = Int64.max, rowids: [Int64] = []
                // Statements come from the connection's cache: a search's few shapes are parsed once.
                let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT f.rowid, f.id, f.kind, f.source " + from + whereClause + windowOrder + " LIMIT ?"),
                                               arguments: arguments + [window.size])
                while let row = try rows.next() {
                    let rowid: Int64 = row[0]
                    lowest = min(lowest, rowid)
                    rowids.append(rowid)
                    window.add(id: row[1], kind: row[2], source: row[3])
                }
                let ids = window.ids, counted = window.counted, complete = window.complete
                var total = counted
                if !complete {
                    // Past the window only the total: words alone are counted in the index, reading no row.
                    let count = text != nil && conditions.count == 1 ? "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?"
                        : "SELECT count(*) " + from + whereClause
                    total = try Int.fetchOne(db.cachedStatement(sql: count), arguments: arguments) ?? counted
                }
                var json: [UInt8] = []
                JSONEncoding.append(TopicsCore.Record.Value.strings(ids), to: &json)
                let windowIDs = String(decoding: json, as: UTF8.self)
                // The window's ids probe each tag table's index, one by one in a join (through the
                // `effective_tags` view SQLite would scan every tag; through `IN` it would index the
                // ids first): stored tags of uncorrected documents, corrected topics of the rest.
                let tagRows = hasCorrections
                    ? "SELECT t.topic FROM json_each(?) j JOIN tags t ON t.document_id = j.value WHERE j.value NOT IN "
                        + "(SELECT target FROM corrections WHERE action = 'set-topics') "
                        + "UNION ALL SELECT c.topic FROM json_each(?) j JOIN corrected_tags c ON c.document_id = j.value"
                    : "SELECT t.topic FROM json_each(?) j JOIN tags t ON t.document_id = j.value"
                let topics = ids.isEmpty ? [] : try Row.fetchAll(db.cachedStatement(sql: "SELECT topic, count(*) FROM (\(tagRows)) GROUP BY topic ORDER BY count(*) DESC, topic LIMIT 50"),
                                                                 arguments: StatementArguments(hasCorrections ? [windowIDs, windowIDs] : [windowIDs]))
                    .map { (value: $0[0] as String, count: $0[1] as Int) }
                var hits: [WorkspaceResults.Hit] = [], pageRowids: [Int64] = []
                func page(_ sql: String, _ values: StatementArguments) throws {
                    hits += try Row.fetchAll(db.cachedStatement(sql: sql), arguments: values).map { row in
                        if row.count > 6 { pageRowids.append(row[6]) }
                        let raw: String = row[5] ?? ""
                        // The words column holds the text segmented by spaces: show it as written.
                        let shown = text != nil ? WorkspaceResults.unsegmented(raw) : raw
                        return WorkspaceResults.Hit(id: row[0], kind: Document.Kind(rawValue: row[1]) ?? .article, title: row[2], date: row[3],
                                                    source: row[4], snippet: shown)
                    }
                }
                if text != nil {
                    // The window by rank: FTS5 ranks only the rows its rowid bound lets through and answers
                    // `ORDER BY rank LIMIT n` without sorting them all (a tie-breaker would make it sort).
                    // Then the matches older than the window, last stored first.
                    let bound: StatementArguments = complete ? [] : [lowest]
                    if let ranked = window.ranked {
                        try page(hitColumns + (complete ? "" : " AND documents_fts.rowid >= ?") + " ORDER BY documents_fts.rank LIMIT ? OFFSET ?",
                                 arguments + bound + [ranked.limit, ranked.offset])
                    }
                    if let older = window.older {
                        try page(hitColumns + " AND documents_fts.rowid < ? ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?",
                                 arguments + bound + [older.limit, older.offset])
                    }
                } else if let positions = window.slice {
                    // Newest first: the page is a slice of the window, read by rowid rather than sorted again.
                    let slice = Array(rowids[positions])
                    try page("SELECT d.id, d.kind, d.title, d.date, d.source, \(snippet), d.rowid FROM documents d WHERE d.rowid IN (SELECT value FROM json_each(?))",
                             ["[" + slice.map(String.init).joined(separator: ",") + "]"])
                    let at = Dictionary(uniqueKeysWithValues: slice.enumerated().map { ($0.element, $0.offset) })
                    hits = zip(hits, pageRowids).sorted { at[$0.1, default: 0] < at[$1.1, default: 0] }.map(\.0)
                } else if window.limit > 0 {
                    try page(hitColumns + windowOrder + " LIMIT ? OFFSET ?", arguments + [window.limit, window.offset])
                }
                return window.results(total: total, hits: hits, topics: topics, collectIDs: query.collectIDs)
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
}
