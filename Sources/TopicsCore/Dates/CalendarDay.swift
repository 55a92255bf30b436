/// A day of the proleptic Gregorian calendar as a count of days since 1970-01-01, read from the
/// start of a date string. No time zone: the dates of messages and replies are local dates.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day of `year`-`month`-`day`, or nil when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.length(of: month, in: year) else { return nil }
        // Days from civil (H. Hinnant's algorithm): years start in March so leap days come last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146_097 + dayOfEra - 719_468
    }

    /// The date at the start of `text`: `2019-05-10 14:56:53`, `2019/5/10`, `2019.5.10` or
    /// `2019年5月10日`. Nil when the text does not start with a valid date.
    public init?(parsing text: some StringProtocol) {
        var numbers: [Int] = []
        var current = -1
        for s in text.unicodeScalars {
            if let digit = Self.digit(s.value) {
                current = max(current, 0) * 10 + digit
                if current > 9999 { return nil }
                continue
            }
            if current >= 0 { numbers.append(current); current = -1 }
            if numbers.count == 3 { break }
            switch s {
            case "-", "/", ".", "年", "月", " ": continue
            default: break
            }
            break
        }
        if current >= 0 && numbers.count < 3 { numbers.append(current) }
        guard numbers.count == 3, numbers[0] >= 1000 else { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
    public var weekday: Int { ((ordinal % 7) + 7 + 4) % 7 }

    public var isWeekend: Bool { weekday == 0 || weekday == 6 }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// `YYYY-MM`.
    public var month: String { String(description.prefix(7)) }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ASCII and full-width digits.
    @inline(__always) static func digit(_ s: UInt32) -> Int? {
        if s >= 0x30 && s <= 0x39 { return Int(s - 0x30) }
        if s >= 0xFF10 && s <= 0xFF19 { return Int(s - 0xFF10) }
        return nil
    }
}
