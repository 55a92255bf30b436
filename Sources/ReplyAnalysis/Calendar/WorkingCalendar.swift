import TopicsCore
import Foundation

/// Which days are working days in mainland China: Monday to Friday, except the public holidays,
/// plus the weekend days worked to make up for them (调休上班), as the State Council announces
/// each year. The shipped table is `corpora/holidays-cn.tsv` (2011–2020, with its sources).
public struct WorkingCalendar: Sendable {
    /// The days that differ from the weekday rule: true for a weekend day worked, false for a holiday.
    public private(set) var exceptions: [CalendarDay: Bool] = [:]
    /// The years the table covers; outside them only weekends are days off.
    public private(set) var years: ClosedRange<Int>?

    /// Weekends only, no holidays.
    public init() {}

    /// Reads the TSV table: `from  to  kind  name` a line, kind `holiday` or `workday`, dates
    /// `YYYY-MM-DD`, `#` comments and the header line skipped.
    public init(tsv text: String, source: String = "holiday table") throws(ReplyAnalysisError) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("from\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let first = CalendarDay(parsing: fields[0]), let last = CalendarDay(parsing: fields[1]),
                  first <= last, last.ordinal - first.ordinal < 31 else {
                throw .badHolidayLine(source, number + 1, "expected: first day, last day (YYYY-MM-DD, at most 31 days apart), holiday or workday, name")
            }
            let working: Bool
            switch fields[2] {
            case "holiday": working = false
            case "workday": working = true
            default: throw .badHolidayLine(source, number + 1, "kind must be holiday or workday, not \(fields[2])")
            }
            for o in first.ordinal...last.ordinal {
                let day = CalendarDay(ordinal: o)
                exceptions[day] = working
                let year = day.components.year
                years = years.map { min($0.lowerBound, year)...max($0.upperBound, year) } ?? year...year
            }
        }
    }

    public init(contentsOf path: String) throws(ReplyAnalysisError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        try self.init(tsv: String(decoding: data, as: UTF8.self), source: path)
    }

    /// The name of the shipped table among the shipped data (`corpora/holidays-cn.tsv`).
    public static let shippedFile = "holidays-cn.tsv"

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        exceptions[day] ?? !day.isWeekend
    }

    /// Whether the table has the holidays of `day`'s year.
    public func covers(_ day: CalendarDay) -> Bool {
        years?.contains(day.components.year) ?? false
    }

    /// Working days after `start` up to and including `end`: a reply the next working day takes
    /// 1, one on the same day 0. Negative (the same count, negated) when `end` is before `start`.
    public func workingDays(from start: CalendarDay, to end: CalendarDay) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        var count = 0
        var o = start.ordinal + 1
        while o <= end.ordinal {
            if isWorkingDay(CalendarDay(ordinal: o)) { count += 1 }
            o += 1
        }
        return count
    }

    /// The working day `n` working days after `start` (the last day a reply is on time).
    public func adding(workingDays n: Int, to start: CalendarDay) -> CalendarDay {
        var day = start, left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }
}
