import TopicsCore

/// How one answering unit did, over all its replies or in one month: counts, working days,
/// share on time, mean scores and its weakest replies to look at.
public struct UnitSummary: Sendable, Equatable {
    /// The unit; `(unknown)` gathers the replies no unit could be found for.
    public var unit: String
    /// YYYY-MM (the month the messages were left), or nil for the unit's whole record.
    public var month: String?
    public var replies: Int
    public var good: Int, adequate: Int, poor: Int
    /// Median working days to the reply, over the replies with both dates.
    public var medianWorkingDays: Double?
    /// Share of the dated replies within the deadline, 0–1.
    public var shareOnTime: Double?
    public var meanRelevance: Double, meanCompleteness: Double, meanInterpretability: Double, meanScore: Double
    /// Up to `weakestCount` ids, lowest overall score first.
    public var weakest: [String]

    public static let unknownUnit = "(unknown)"

    /// Summaries per unit (month nil), each followed by its months in order; units by replies, most first.
    public static func summaries(_ assessments: [ReplyAssessment], weakestCount: Int = 3) -> [UnitSummary] {
        var byUnit: [String: [ReplyAssessment]] = [:]
        for a in assessments { byUnit[a.unit ?? unknownUnit, default: []].append(a) }
        var out: [UnitSummary] = []
        for (unit, items) in byUnit.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }) {
            out.append(summary(unit: unit, month: nil, items, weakestCount: weakestCount))
            var byMonth: [String: [ReplyAssessment]] = [:]
            for a in items { byMonth[a.month ?? "unknown", default: []].append(a) }
            for (month, monthItems) in byMonth.sorted(by: { $0.key < $1.key }) {
                out.append(summary(unit: unit, month: month, monthItems, weakestCount: weakestCount))
            }
        }
        return out
    }

    static func summary(unit: String, month: String?, _ items: [ReplyAssessment], weakestCount: Int) -> UnitSummary {
        let n = Double(items.count)
        func mean(_ f: (ReplyAssessment) -> Double) -> Double { ReplyAnalyzer.rounded(items.reduce(0) { $0 + f($1) } / n) }
        let days = items.compactMap { $0.timeliness?.workingDays }.sorted()
        let median: Double? = days.isEmpty ? nil
            : days.count % 2 == 1 ? Double(days[days.count / 2]) : Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2
        let dated = items.compactMap(\.timeliness)
        let onTime: Double? = dated.isEmpty ? nil : ReplyAnalyzer.rounded(Double(dated.filter(\.onTime).count) / Double(dated.count))
        let weakest = items.sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }.prefix(weakestCount).map(\.id)
        return UnitSummary(unit: unit, month: month, replies: items.count,
                           good: items.filter { $0.grade == .good }.count, adequate: items.filter { $0.grade == .adequate }.count,
                           poor: items.filter { $0.grade == .poor }.count, medianWorkingDays: median, shareOnTime: onTime,
                           meanRelevance: mean { $0.relevance.score }, meanCompleteness: mean { $0.completeness.score },
                           meanInterpretability: mean { $0.interpretability.score }, meanScore: mean(\.score), weakest: Array(weakest))
    }

    /// The JSON Lines / CSV shape.
    public var record: Record {
        Record([
            .init("unit", .string(unit)),
            .init("month", .optional(month)),
            .init("replies", .int(replies)),
            .init("good", .int(good)), .init("adequate", .int(adequate)), .init("poor", .int(poor)),
            .init("median_working_days", medianWorkingDays.map { .double($0) } ?? .null),
            .init("share_on_time", shareOnTime.map { .double($0) } ?? .null),
            .init("mean_relevance", .double(meanRelevance)),
            .init("mean_completeness", .double(meanCompleteness)),
            .init("mean_interpretability", .double(meanInterpretability)),
            .init("mean_score", .double(meanScore)),
            .init("weakest", .strings(weakest)),
        ])
    }
}
