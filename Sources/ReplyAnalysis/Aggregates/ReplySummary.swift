import TopicsCore

/// How the replies of one answering unit, or to the messages of one theme, did over all of them or
/// in one month: counts, working days, share on time, mean scores and the weakest replies to look at.
/// Which themes get poor answers is itself an agenda item.
public struct ReplySummary: Sendable, Equatable {
    /// What the replies are grouped by.
    public enum Dimension: String, Sendable, CaseIterable {
        /// The answering unit (承办单位 / 答复单位): a field, else the reply's signature.
        case unit
        /// The theme of the message (a `theme_name` or `theme` field, as `topics assign` writes, or the agenda's themes).
        case theme
    }

    public var dimension: Dimension
    /// The unit or theme; `(unknown)` gathers the replies none could be found for.
    public var group: String
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

    public static let unknownGroup = "(unknown)"

    /// Summaries per unit or theme (month nil), each followed by its months in order when `months`;
    /// groups by replies, most first. For `.theme`, nothing when no reply has a theme.
    public static func summaries(_ assessments: [ReplyAssessment], by dimension: Dimension = .unit, months: Bool = true,
                                 weakestCount: Int = 3) -> [ReplySummary] {
        func key(_ a: ReplyAssessment) -> String? { dimension == .unit ? a.unit : a.theme }
        if dimension == .theme && !assessments.contains(where: { $0.theme != nil }) { return [] }
        var byGroup: [String: [ReplyAssessment]] = [:]
        for a in assessments { byGroup[key(a) ?? unknownGroup, default: []].append(a) }
        var out: [ReplySummary] = []
        for (group, items) in byGroup.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }) {
            out.append(summary(dimension, group, month: nil, items, weakestCount: weakestCount))
            guard months else { continue }
            var byMonth: [String: [ReplyAssessment]] = [:]
            for a in items { byMonth[a.month ?? "unknown", default: []].append(a) }
            for (month, monthItems) in byMonth.sorted(by: { $0.key < $1.key }) {
                out.append(summary(dimension, group, month: month, monthItems, weakestCount: weakestCount))
            }
        }
        return out
    }

    /// The summary of `items` (not empty) as one group.
    public static func summary(_ dimension: Dimension, _ group: String, month: String? = nil, _ items: [ReplyAssessment],
                               weakestCount: Int = 3) -> ReplySummary {
        let n = Double(items.count)
        func mean(_ f: (ReplyAssessment) -> Double) -> Double { ReplyAnalyzer.rounded(items.reduce(0) { $0 + f($1) } / n) }
        let days = items.compactMap { $0.timeliness?.workingDays }.sorted()
        let median: Double? = days.isEmpty ? nil
            : days.count % 2 == 1 ? Double(days[days.count / 2]) : Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2
        let dated = items.compactMap(\.timeliness)
        let onTime: Double? = dated.isEmpty ? nil : ReplyAnalyzer.rounded(Double(dated.filter(\.onTime).count) / Double(dated.count))
        let weakest = items.sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }.prefix(weakestCount).map(\.id)
        return ReplySummary(dimension: dimension, group: group, month: month, replies: items.count,
                           good: items.filter { $0.grade == .good }.count, adequate: items.filter { $0.grade == .adequate }.count,
                           poor: items.filter { $0.grade == .poor }.count, medianWorkingDays: median, shareOnTime: onTime,
                           meanRelevance: mean { $0.relevance.score }, meanCompleteness: mean { $0.completeness.score },
                           meanInterpretability: mean { $0.interpretability.score }, meanScore: mean(\.score), weakest: Array(weakest))
    }

    /// The JSON Lines / CSV shape: the group under its dimension's name (`unit` or `theme`).
    public var record: Record {
        Record([
            .init(dimension.rawValue, .string(group)),
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
