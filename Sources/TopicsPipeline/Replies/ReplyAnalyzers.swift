import ChineseText
import Foundation
import Reports
import ReplyAnalysis
import TopicsCore

/// A reply analyser from the shipped data (holiday table, IDF table) or the files a user names:
/// what `topics replies`, `topics agenda` and `topics run` judge replies with.
public enum ReplyAnalyzers {
    public static func make(segmenter: WordSegmenter, stopWords: StopWords, holidays: String? = nil, idf: String? = nil,
                            deadlineDays: Int = 15) throws(TopicsError) -> ReplyAnalyzer {
        guard let path = holidays ?? ShippedData.path(ShippedData.holidays) else {
            throw TopicsError(.badArgument, "no holiday table: \(ShippedData.holidays) is not among the shipped data; pass --holidays FILE")
        }
        let calendar: WorkingCalendar
        do { calendar = try WorkingCalendar(contentsOf: path) }
        catch { throw TopicsError(.badArgument, input: path, "\(error)") }
        var analyzer = ReplyAnalyzer(segmenter: segmenter, stopWords: stopWords, idf: try SegmenterConfiguration.idfTable(idf),
                                     calendar: calendar)
        analyzer.deadlineDays = deadlineDays
        return analyzer
    }
}

extension ReplyQuality {
    /// The report's reply figures from the assessments (their `theme` set to the theme's name) and
    /// the theme each assessed document belongs to.
    public init(_ assessments: [ReplyAssessment], themeOf: [String: Int]) {
        func row(_ s: ReplySummary) -> Row {
            Row(group: s.group, replies: s.replies, good: s.good, adequate: s.adequate, poor: s.poor, meanScore: s.meanScore,
                medianWorkingDays: s.medianWorkingDays, shareOnTime: s.shareOnTime, weakest: s.weakest)
        }
        var byThemeAssessments: [Int: [ReplyAssessment]] = [:]
        for a in assessments { if let t = themeOf[a.id] { byThemeAssessments[t, default: []].append(a) } }
        let byTheme = byThemeAssessments.mapValues { items in row(ReplySummary.summary(.theme, items[0].theme ?? "", items)) }
        // The replies no unit was found for go last: the table is about the units.
        let units = ReplySummary.summaries(assessments, by: .unit, months: false)
        self.init(byTheme: byTheme, byUnit: (units.filter { $0.group != ReplySummary.unknownGroup }
                                             + units.filter { $0.group == ReplySummary.unknownGroup }).map(row))
    }
}
