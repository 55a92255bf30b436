import ArchiveIO
import PostgresNIO
import TopicsCore

/// What `topics serve` needs of the PostgreSQL store (`WorkspaceStoring`), with the meaning the
/// SQLite store gives it: documents by id, the faceted search (the `tsvector` index, ranked by
/// `ts_rank`, snippets by `ts_headline` over the segmented words), tags with corrections overlaid
/// (`effective_tags`) and the corrections log.
extension PostgresStore: WorkspaceStoring {
    public func document(id: String) throws(TopicsError) -> Document? {
        do {
            guard let row = try run("SELECT record FROM documents WHERE id = \(id)").first else { return nil }
            let json = try row.decode(String.self)
            return JSONDecoding.record(Array(json.utf8)).flatMap { Document(record: $0, fallbackID: id) }
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    public func tags(of id: String) throws(TopicsError) -> [DocumentTag] {
        do {
            if try run("SELECT 1 FROM corrections WHERE action = 'set-topics' AND target = \(id) LIMIT 1").first != nil {
                return try run("SELECT topic FROM corrected_tags WHERE document_id = \(id) ORDER BY n").map {
                    DocumentTag(topic: try $0.decode(String.self), score: 1, method: .taxonomy)
                }
            }
            return try run(#"SELECT topic, score, evidence, method FROM tags WHERE document_id = \#(id) ORDER BY score DESC, topic COLLATE "C""#).map { row in
                let (topic, score, evidence, method) = try row.decode((String, Double, String?, String?).self)
                var records: [TopicsCore.Record] = []
                if let evidence, case .records(let r)? = JSONDecoding.record(Array("{\"e\":\(evidence)}".utf8))?["e"] { records = r }
                return DocumentTag(topic: topic, score: score, method: method.flatMap(DocumentTag.Method.init(rawValue:)) ?? .taxonomy,
                                   evidence: DocumentTag.evidence(from: records))
            }
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    public func find(_ query: WorkspaceQuery) throws(TopicsError) -> WorkspaceResults {
        let words = (query.text ?? "").split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
            .compactMap { TextSearch.lexemes(title: nil, words: String($0)).first }
        // Each word the workspace segmented is a prefix, all of them required (the SQLite store's
        // `"word"*` FTS5 query): 停车 also finds 停车难 and 停车位.
        let tsquery = words.isEmpty ? nil : words.map { TextSearch.quote($0) + ":*" }.joined(separator: " & ")
        var binds = PostgresBindings()
        var conditions: [String] = []
        do {
            func bind(_ value: String) -> String { binds.append(value); return "$\(binds.count)" }
            if let tsquery { conditions.append("d.search @@ \(bind(tsquery))::tsquery") }
            if let kind = query.kind { conditions.append("d.kind = \(bind(kind.rawValue))") }
            if let date = query.dateFrom { conditions.append("substr(d.date, 1, 10) >= \(bind(date))") }
            if let date = query.dateTo { conditions.append("substr(d.date, 1, 10) <= \(bind(date))") }
            if let source = query.source { conditions.append("d.source = \(bind(source))") }
            if let topic = query.topic { conditions.append("d.id IN (SELECT document_id FROM effective_tags WHERE topic = \(bind(topic)))") }
            if let within = query.within {
                binds.append(within)
                conditions.append("d.id = ANY($\(binds.count)::text[])")
            }
            let filtered = "FROM documents d" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            var window = SearchWindow(query)
            /// The filter's binds, then `extra` as $n+1, $n+2 ….
            func sql(_ text: String, _ extra: [any PostgresThrowingDynamicTypeEncodable] = []) throws -> PostgresQuery {
                var all = binds
                for value in extra { try all.append(value) }
                return PostgresQuery(unsafeSQL: text, binds: all)
            }
            func placeholder(_ k: Int) -> String { "$\(binds.count + k)" }

            // The window: the matches stored last (with words; no rank computed, no tsvector read)
            // or newest by date, with the fields the facets count. `seq + 0`: the matches come
            // from the GIN index and only they are read; ordered by `seq` itself, the planner
            // walks `seq`'s index from the newest and tests each document's tsvector, 6–10 times
            // slower for a broad word (TextSearch.matchesFirst).
            let windowOrder = tsquery != nil ? " ORDER BY " + TextSearch.matchesFirst("d.seq") + " DESC"
                : " ORDER BY substr(d.date, 1, 10) IS NULL, substr(d.date, 1, 10) DESC, d.seq"
            // With words the same pass counts every match (`count(*) OVER ()`, before the LIMIT):
            // a second pass over the index and the matches' rows would cost as much again.
            var seqs: [Int64] = []
            var matched = 0
            let countColumn = tsquery != nil ? ", count(*) OVER () " : ", 0::bigint "
            for row in try run(sql("SELECT d.seq, d.id, d.kind, d.source" + countColumn + filtered + windowOrder + " LIMIT \(placeholder(1))", [window.size])) {
                let (seq, id, kind, source, count) = try row.decode((Int64, String, String, String?, Int).self)
                matched = count
                seqs.append(seq)
                window.add(id: id, kind: kind, source: source)
            }
            let ids = window.ids, counted = window.counted, complete = window.complete
            var total = counted
            if !complete {
                total = tsquery != nil ? matched : try run(sql("SELECT count(*) " + filtered)).first.map { try $0.decode(Int.self) } ?? counted
            }
            let topics: [(value: String, count: Int)] = ids.isEmpty ? [] : try run(sql(#"SELECT topic, count(*) FROM effective_tags WHERE document_id = ANY("#
                                                        + placeholder(1) + #"::text[]) GROUP BY topic ORDER BY count(*) DESC, topic COLLATE "C" LIMIT 50"#,
                                                        [ids])).map {
                let (topic, count) = try $0.decode((String, Int).self)
                return (value: topic, count: count)
            }
            // Snippets are cut in Swift from the page's segmented words: PostgreSQL's `ts_headline`
            // would re-parse them by the server's locale, which may not see CJK as letters.
            let columns = "SELECT d.id, d.kind, d.title, d.date, d.source, " + (tsquery != nil ? "d.words" : "substr(d.text, 1, 80)") + ", d.seq "
            var hits: [(hit: WorkspaceResults.Hit, seq: Int64)] = []
            func page(_ query: PostgresQuery) throws {
                hits += try run(query).map { row in
                    let (id, kind, title, date, source, raw, seq) = try row.decode((String, String, String?, String?, String?, String?, Int64).self)
                    return (WorkspaceResults.Hit(id: id, kind: Document.Kind(rawValue: kind) ?? .article, title: title, date: date, source: source,
                                                 snippet: tsquery != nil ? Self.snippet(raw ?? "", words: words) : raw ?? ""), seq)
                }
            }
            if tsquery != nil {
                // The window by rank (`ts_rank` reads only the window's tsvectors), then the older matches, last stored first.
                if let ranked = window.ranked {
                    try page(sql(columns + "FROM documents d WHERE d.seq = ANY(\(placeholder(1))::bigint[]) ORDER BY ts_rank(d.search, $1::tsquery) DESC, d.seq"
                                 + " LIMIT \(placeholder(2)) OFFSET \(placeholder(3))", [seqs, ranked.limit, ranked.offset]))
                }
                if let older = window.older, let lowest = seqs.min() {
                    try page(sql(columns + filtered + " AND d.seq < \(placeholder(1)) ORDER BY d.seq DESC LIMIT \(placeholder(2)) OFFSET \(placeholder(3))",
                                 [lowest, older.limit, older.offset]))
                }
            } else if let positions = window.slice {
                // Newest first: the page is a slice of the window, read by number rather than sorted again.
                let slice = Array(seqs[positions])
                try page(PostgresQuery(unsafeSQL: columns + "FROM documents d WHERE d.seq = ANY($1::bigint[])", binds: {
                    var b = PostgresBindings(); b.append(slice); return b }()))
                let at = Dictionary(uniqueKeysWithValues: slice.enumerated().map { ($0.element, $0.offset) })
                hits.sort { at[$0.seq, default: 0] < at[$1.seq, default: 0] }
            } else if window.limit > 0 {
                try page(sql(columns + filtered + windowOrder + " LIMIT \(placeholder(1)) OFFSET \(placeholder(2))", [window.limit, window.offset]))
            }
            return window.results(total: total, hits: hits.map(\.hit), topics: topics, collectIDs: query.collectIDs)
        } catch {
            throw TopicsError(.badArgument, input: location, "search \(query.text ?? ""): \(Self.reason(error))")
        }
    }

    public func corrections() throws(TopicsError) -> [Correction] {
        do {
            return try run("SELECT action, target, value, author, at FROM corrections ORDER BY id").compactMap { row in
                let (action, target, value, author, at) = try row.decode((String, String, String, String, String).self)
                return Correction.Action(rawValue: action).map { Correction(action: $0, target: target, value: value, author: author, at: at) }
            }
        } catch { throw TopicsError(.unreadable, input: location, Self.reason(error)) }
    }

    public func addCorrection(_ correction: Correction) throws(TopicsError) {
        guard !isReadOnly else {
            throw TopicsError(.writeFailed, input: location, "the store is open read-only: start `topics serve` with --allow-edits to curate")
        }
        do {
            try transaction {
                try run("""
                    INSERT INTO corrections (action, target, value, author, at)
                    VALUES (\(correction.action.rawValue), \(correction.target), \(correction.value), \(correction.author), \(correction.at))
                    """)
                if correction.action == .setTopics {
                    try run("DELETE FROM corrected_tags WHERE document_id = \(correction.target)")
                    for topic in correction.topics {
                        try run("INSERT INTO corrected_tags (document_id, topic) VALUES (\(correction.target), \(topic)) ON CONFLICT DO NOTHING")
                    }
                }
            }
        } catch { throw TopicsError(.writeFailed, input: location, Self.reason(error)) }
    }

    /// About `width` words of `text` (segmented, space-separated) around the first word that starts
    /// with one of `words` (lower-cased lexemes), every such word between the workspace's marks, as
    /// written (`WorkspaceResults.unsegmented`), with `…` where the text goes on.
    static func snippet(_ text: String, words: [String], width: Int = 24) -> String {
        let tokens = text.split(separator: " ")
        func matches(_ token: Substring) -> Bool {
            let lower = token.lowercased()
            return words.contains { lower.hasPrefix($0) }
        }
        let first = tokens.firstIndex(where: matches) ?? 0
        let start = max(0, first - width / 3), end = min(tokens.count, start + width)
        var out = start > 0 ? "…" : ""
        var pieces: [String] = []
        for token in tokens[start..<end] {
            pieces.append(matches(token) ? String(WorkspaceResults.markStart) + token + String(WorkspaceResults.markEnd) : String(token))
        }
        out += WorkspaceResults.unsegmented(pieces.joined(separator: " "))
        if end < tokens.count { out += "…" }
        return out
    }
}
