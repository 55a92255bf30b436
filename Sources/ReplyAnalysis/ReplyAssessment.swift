import TopicsCore

/// Everything reply analysis says about one document's reply.
public struct ReplyAssessment: Sendable, Equatable {
    public var id: String
    public var title: String?
    /// The answering unit, and where it came from: `field` (the record), `signature` (the line the
    /// reply is signed with) or `text` (the unit that 高度重视 the message, else the first unit the
    /// reply names: 经A5区城乡建设局核实, 已转市人社局); nil when unknown.
    public var unit: String?
    public var unitSource: String?
    public var relevance: Relevance
    public var completeness: Completeness
    public var interpretability: Interpretability
    public var timeliness: Timeliness?
    public var score: Double
    public var grade: ReplyGrade
    /// The grade explained in a few sentences.
    public var reasons: [String]
    /// The month the message was left (YYYY-MM), for the summaries.
    public var month: String?
    /// The message's theme, for the summaries per theme: its `theme_name` field (as `topics assign`
    /// writes), else a `theme` field; the agenda sets it from the themes it finds.
    public var theme: String?
}

extension ReplyAnalyzer {
    /// Metadata fields (CSV and SQLite columns) that hold a reply, its date and its unit.
    public static let replyFields = ["reply", "答复意见", "答复内容", "回复内容", "办理答复", "答复", "回复"]
    public static let replyDateFields = ["reply_date", "答复时间", "回复时间", "答复日期", "回复日期", "办理时间"]
    public static let replyUnitFields = ["reply_unit", "unit", "答复单位", "回复单位", "承办单位", "办理单位"]

    /// The reply of `document`: its `reply`, else a reply column of a table (`replyFields`, with
    /// `replyDateFields` and `replyUnitFields`: 附件4's 答复意见 and 答复时间), else the text of a
    /// section headed 答复 / 回复 / 办理答复 (its date from the metadata's `reply_date`). Nil when it has none.
    public static func reply(of document: Document) -> (reply: Document.Reply, message: String)? {
        if let reply = document.reply, !reply.text.isEmpty { return (reply, document.text) }
        func field(_ names: [String]) -> String? {
            names.lazy.compactMap { key -> String? in
                if case .string(let s)? = document.metadata[key], !s.isEmpty { s } else { nil }
            }.first
        }
        if let text = field(replyFields) {
            return (Document.Reply(unit: field(replyUnitFields), date: field(replyDateFields), text: text), document.text)
        }
        guard let index = document.sections.firstIndex(where: { s in ["答复", "回复", "复函"].contains { s.heading.contains($0) } }) else { return nil }
        let section = document.sections[index]
        let text = (section.paragraphs + section.items).joined(separator: "\n")
        guard !text.isEmpty else { return nil }
        var date: String? = nil
        if case .string(let d)? = document.metadata["reply_date"] { date = d }
        let others = document.sections.enumerated().filter { $0.offset != index }.flatMap { $0.element.paragraphs }
        return (Document.Reply(unit: nil, date: date, text: text), others.isEmpty ? document.text : others.joined(separator: "\n"))
    }

    /// All four scores of `document`'s reply, the grade and its reasons; nil when it has no reply.
    public func assess(_ document: Document) -> ReplyAssessment? {
        guard let (reply, message) = Self.reply(of: document) else { return nil }
        let relevance = relevance(message: message, title: document.title, reply: reply.text)
        let completeness = completeness(reply.text)
        let interpretability = interpretability(reply.text)
        let timeliness = timeliness(asked: document.date, answered: reply.date, replyText: reply.text)
        let (score, grade) = grade(relevance: relevance, completeness: completeness, interpretability: interpretability)
        var unit: String? = nil, unitSource: String? = nil
        if let u = reply.unit, !u.isEmpty { unit = u; unitSource = "field" }
        else if let u = Self.replyUnitFields.lazy.compactMap({ key -> String? in
            if case .string(let s)? = document.metadata[key], !s.isEmpty { s } else { nil }
        }).first { unit = u; unitSource = "field" }
        else if let u = document.leadUnit, !u.isEmpty { unit = u; unitSource = "field" }
        else if let u = Self.signatureUnit(ScalarText(reply.text)) {
            unit = u; unitSource = ScalarText(reply.text).find("高度重视".unicodeScalars.map(\.value)).map { _ in "text" } ?? "signature"
        }
        else if let u = Self.namedUnit(ScalarText(reply.text)) { unit = u; unitSource = "text" }
        let month = document.date.flatMap { CalendarDay(parsing: $0) }?.month
        let theme = ["theme_name", "theme"].lazy.compactMap { key -> String? in
            switch document.metadata[key] {
            case .string(let s)? where !s.isEmpty: s
            case .int(let n)?: String(n)
            default: nil
            }
        }.first
        return ReplyAssessment(id: document.id, title: document.title, unit: unit, unitSource: unitSource, relevance: relevance,
                               completeness: completeness, interpretability: interpretability, timeliness: timeliness,
                               score: score, grade: grade,
                               reasons: Self.reasons(relevance, completeness, interpretability, timeliness, grade), month: month,
                               theme: theme)
    }

    /// The grade in words: what the reply takes up and misses, which parts it has, what it explains with, how long it took.
    static func reasons(_ r: Relevance, _ c: Completeness, _ i: Interpretability, _ t: Timeliness?, _ grade: ReplyGrade) -> [String] {
        var out: [String] = []
        if i.onlyForwarded { out.append("only forwards the message elsewhere") }
        else if i.substantiveCharacters < 15 { out.append("nothing beyond formulas (greeting, acknowledgement, thanks)") }
        let phrases = r.phrasesTakenUp.count + r.phrasesOnlyEchoed.count + r.phrasesMissed.count
        var relevance = "relevance \(r.score): takes up \(r.phrasesTakenUp.count) of \(phrases) key phrases"
        if !r.phrasesTakenUp.isEmpty { relevance += " (" + r.phrasesTakenUp.joined(separator: "、") + ")" }
        if !r.phrasesMissed.isEmpty { relevance += ", misses " + r.phrasesMissed.joined(separator: "、") }
        if !r.placesMissed.isEmpty { relevance += "; places not named: " + r.placesMissed.joined(separator: "、") }
        if r.area == .other { relevance += "; names another area: " + r.otherAreas.joined(separator: "、") }
        out.append(relevance)
        var parts = "completeness \(ReplyAnalyzer.rounded(c.score)): has " + (c.found.isEmpty ? "no part" : c.found.map(\.part.label).joined(separator: "、"))
        if !c.missing.isEmpty { parts += "; lacks " + c.missing.map(\.label).joined(separator: "、") }
        out.append(parts)
        out.append("interpretability \(i.score): \(i.reasons.count) reason words, \(i.rules.count) cited rules, \(i.figures) figures, "
                   + "\(i.dates) dates, \(i.substantiveCharacters) characters of substance")
        if let t {
            out.append("answered in \(t.workingDays) working days (\(t.calendarDays) calendar days), "
                       + (t.onTime ? "within" : "beyond") + " the \(t.deadlineDays)-day deadline")
        }
        return out
    }
}

extension ReplyAssessment {
    /// The JSON Lines / CSV shape, fields in a fixed order (`theme` only when the message has one).
    public var record: Record {
        Record([
            .init("id", .string(id)),
            .init("title", .optional(title)),
            .init("unit", .optional(unit)),
            .init("unit_source", .optional(unitSource)),
        ] + (theme.map { [Record.Field("theme", .string($0))] } ?? []) + [
            .init("grade", .string(grade.rawValue)),
            .init("score", .double(score)),
            .init("relevance", .double(relevance.score)),
            .init("completeness", .double(completeness.score)),
            .init("interpretability", .double(interpretability.score)),
            .init("asked", .optional(timeliness?.asked.description)),
            .init("answered", .optional(timeliness?.answered.description)),
            .init("working_days", timeliness.map { .int($0.workingDays) } ?? .null),
            .init("on_time", timeliness.map { .bool($0.onTime) } ?? .null),
            .init("reasons", .strings(reasons)),
            .init("evidence", .record(Record([
                .init("word_similarity", .double(relevance.wordSimilarity)),
                .init("phrases_taken_up", .strings(relevance.phrasesTakenUp)),
                .init("phrases_only_echoed", .strings(relevance.phrasesOnlyEchoed)),
                .init("phrases_missed", .strings(relevance.phrasesMissed)),
                .init("places_taken_up", .strings(relevance.placesTakenUp)),
                .init("places_missed", .strings(relevance.placesMissed)),
                .init("area", .string(relevance.area.rawValue)),
                .init("areas_taken_up", .strings(relevance.areasTakenUp)),
                .init("other_areas", .strings(relevance.otherAreas)),
                .init("parts", .records(completeness.found.map {
                    Record([.init("part", .string($0.part.rawValue)), .init("cue", .string($0.cue))])
                })),
                .init("missing_parts", .strings(completeness.missing.map(\.rawValue))),
                .init("reason_words", .strings(interpretability.reasons)),
                .init("rules", .strings(interpretability.rules)),
                .init("figures", .int(interpretability.figures)),
                .init("dates", .int(interpretability.dates)),
                .init("substantive_characters", .int(interpretability.substantiveCharacters)),
                .init("boilerplate_share", .double(interpretability.boilerplateShare)),
                .init("only_forwarded", .bool(interpretability.onlyForwarded)),
                .init("calendar_days", timeliness.map { .int($0.calendarDays) } ?? .null),
                .init("answered_from", .optional(timeliness?.answeredFrom)),
                .init("holidays_known", timeliness.map { .bool($0.holidaysKnown) } ?? .null),
            ]))),
        ])
    }
}
