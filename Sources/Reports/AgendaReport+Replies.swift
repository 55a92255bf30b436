import Foundation
import TopicModels

/// How the government's replies did, per theme and per answering unit, as the agenda shows it:
/// which themes get poor answers is itself an agenda item. Filled by the pipeline from the reply
/// assessments (ReplyAnalysis), so that this target needs none of it.
public struct ReplyQuality: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The theme's name or the unit.
        public var group: String
        public var replies: Int
        public var good: Int, adequate: Int, poor: Int
        public var meanScore: Double
        public var medianWorkingDays: Double?
        public var shareOnTime: Double?
        /// Ids of the weakest replies, lowest score first.
        public var weakest: [String]

        public init(group: String, replies: Int, good: Int, adequate: Int, poor: Int, meanScore: Double,
                    medianWorkingDays: Double?, shareOnTime: Double?, weakest: [String]) {
            self.group = group; self.replies = replies; self.good = good; self.adequate = adequate; self.poor = poor
            self.meanScore = meanScore; self.medianWorkingDays = medianWorkingDays; self.shareOnTime = shareOnTime
            self.weakest = weakest
        }

        public var sharePoor: Double { replies > 0 ? Double(poor) / Double(replies) : 0 }
    }

    /// Per theme id (`AgendaItem.theme`).
    public var byTheme: [Int: Row]
    /// Per answering unit, most replies first.
    public var byUnit: [Row]
    /// How many units the report lists.
    public var unitsShown = 15

    public init(byTheme: [Int: Row] = [:], byUnit: [Row] = []) { self.byTheme = byTheme; self.byUnit = byUnit }

    public var isEmpty: Bool { byTheme.isEmpty && byUnit.isEmpty }
}

extension AgendaReport {
    /// `12 replies: 3 good, 5 adequate, 4 poor (33% poor); mean score 0.41; median 9 working days, 75% on time`.
    public static func replyLine(_ r: ReplyQuality.Row) -> String {
        var s = "\(count(r.replies, "reply", "replies")): \(r.good) good, \(r.adequate) adequate, \(r.poor) poor "
            + "(\(percent(r.sharePoor)) poor); mean score \(String(format: "%.2f", r.meanScore))"
        if let d = r.medianWorkingDays { s += "; median \(Self.days(d)) working days" }
        if let t = r.shareOnTime { s += ", \(percent(t)) on time" }
        return s
    }

    static func days(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(format: "%.1f", d) }

    /// The themes with replies, poorest first (share of poor replies, then mean score).
    func themesByReplyQuality() -> [(item: AgendaItem, row: ReplyQuality.Row)] {
        let rows: [(item: AgendaItem, row: ReplyQuality.Row)] = items.compactMap { i in
            guard let r = replyQuality.byTheme[i.theme] else { return nil }
            return (i, r)
        }
        return rows.sorted { a, b in
            if a.row.sharePoor != b.row.sharePoor { return a.row.sharePoor > b.row.sharePoor }
            if a.row.meanScore != b.row.meanScore { return a.row.meanScore < b.row.meanScore }
            return a.item.rank < b.item.rank
        }
    }

    func replyQualityMarkdown() -> String {
        guard !replyQuality.isEmpty else { return "" }
        var out = "\n## 答复质量 · Reply quality\n\n"
        let themes = replyThemeTable()
        if !themes.rows.isEmpty { out += "Themes whose messages got the poorest replies first.\n\n" + themes.markdown + "\n" }
        if !replyQuality.byUnit.isEmpty { out += replyUnitTable().markdown }
        return out
    }

    /// The reply-quality tables as HTML (empty without replies): the report's and `topics serve`'s.
    public func replyQualityHTML() -> String {
        guard !replyQuality.isEmpty else { return "" }
        var out = "<h2>答复质量 · Reply quality</h2>\n"
        let themes = replyThemeTable()
        if !themes.rows.isEmpty { out += "<p>Themes whose messages got the poorest replies first.</p>\n" + themes.html }
        if !replyQuality.byUnit.isEmpty { out += replyUnitTable().html }
        return out
    }

    /// The themes with replies, poorest first.
    func replyThemeTable() -> ReportTable {
        var table = ReportTable(columns: ["theme", "replies", "poor", "mean score", "median working days", "on time"])
        for (i, r) in themesByReplyQuality() {
            table.append([.init("\(i.rank). \(i.name)", html: "<a href=\"#theme-\(i.rank)\">\(i.rank). \(escape(i.name))</a>"), "\(r.replies)",
                          .init(Self.percent(r.sharePoor), html: poorBar(r.sharePoor)), "\(String(format: "%.2f", r.meanScore))",
                          "\(r.medianWorkingDays.map(Self.days) ?? "–")", "\(r.shareOnTime.map(Self.percent) ?? "–")"])
        }
        return table
    }

    /// The answering units, as `ReplyQuality.byUnit` orders them (the first `unitsShown`).
    func replyUnitTable() -> ReportTable {
        var table = ReportTable(columns: ["answering unit", "replies", "good", "adequate", "poor", "mean score", "median working days", "on time", "weakest"])
        for r in replyQuality.byUnit.prefix(replyQuality.unitsShown) {
            table.append(["\(r.group)", "\(r.replies)", "\(r.good)", "\(r.adequate)", "\(r.poor)", "\(String(format: "%.2f", r.meanScore))",
                          "\(r.medianWorkingDays.map(Self.days) ?? "–")", "\(r.shareOnTime.map(Self.percent) ?? "–")",
                          .init(r.weakest.joined(separator: ", "), html: "<code>\(escape(r.weakest.joined(separator: " ")))</code>")])
        }
        return table
    }

    /// The share of poor replies as a small inline SVG bar with its percentage.
    private func poorBar(_ share: Double) -> String {
        let width = Int((share * 80).rounded())
        return "<svg width=\"84\" height=\"12\" role=\"img\" aria-label=\"\(Self.percent(share)) poor\">"
            + "<rect x=\"0\" y=\"1\" width=\"80\" height=\"10\" fill=\"#eee\"/><rect x=\"0\" y=\"1\" width=\"\(width)\" height=\"10\" fill=\"#c0504d\"/></svg> "
            + Self.percent(share)
    }
}
