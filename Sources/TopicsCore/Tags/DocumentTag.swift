/// A topic given to a document, by the taxonomy (with the evidence: matched terms, their
/// `[start, end)` code point offsets into the document's full text, and their sentences) or by a
/// trained model. The one tag type: JSON Lines, CSV, the store and reports all read it.
public struct DocumentTag: Sendable, Equatable {
    public struct Evidence: Sendable, Equatable {
        public var term: String
        public var start: Int
        public var end: Int
        public var sentence: String
        public init(term: String, start: Int, end: Int, sentence: String) {
            self.term = term; self.start = start; self.end = end; self.sentence = sentence
        }
    }

    public enum Method: String, Sendable { case taxonomy, model }

    /// The topic's path (`脱贫攻坚/教育扶贫`) or a model's label.
    public var topic: String
    /// The taxonomy's id for the topic, when it has one.
    public var id: String?
    public var score: Double
    public var method: Method
    public var evidence: [Evidence]

    public init(topic: String, id: String? = nil, score: Double, method: Method, evidence: [Evidence] = []) {
        self.topic = topic; self.id = id; self.score = score; self.method = method; self.evidence = evidence
    }

    public var record: Record {
        Record([
            .init("topic", .string(topic)),
            .init("id", .optional(id)),
            .init("score", .double(score)),
            .init("method", .string(method.rawValue)),
            .init("evidence", .records(evidenceRecords)),
        ])
    }

    public var evidenceRecords: [Record] {
        evidence.map {
            Record([.init("term", .string($0.term)), .init("start", .int($0.start)), .init("end", .int($0.end)),
                    .init("sentence", .string($0.sentence))])
        }
    }

    /// The distinct matched terms, in order of first match.
    public var terms: [String] {
        var seen: [String] = []
        for e in evidence where !seen.contains(e.term) { seen.append(e.term) }
        return seen
    }

    /// Reads the evidence back from its records (as the store keeps them).
    public static func evidence(from records: [Record]) -> [Evidence] {
        records.compactMap { r in
            guard case .string(let term)? = r["term"] else { return nil }
            func int(_ name: String) -> Int { if case .int(let n)? = r[name] { n } else { 0 } }
            let sentence: String = if case .string(let s)? = r["sentence"] { s } else { "" }
            return Evidence(term: term, start: int("start"), end: int("end"), sentence: sentence)
        }
    }
}
