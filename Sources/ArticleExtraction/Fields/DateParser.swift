/// Finds calendar dates in Chinese page text and writes them as ISO 8601.
///
/// Understands `2020-10-24`, `2020/10/24`, `2020.10.24`, `2020年10月24日`, an optional time after
/// them (`09:30`, `09:30:15`, `T09:30:00+08:00`), full-width digits (`２０２０年`) and dates in
/// Chinese numerals (`二〇二〇年十月二十四日`).
enum DateParser {
    struct Found {
        var year: Int, month: Int, day: Int
        var hour: Int?, minute: Int?, second: Int?
        /// Offsets in the normalised scalar array: where the match started and ended.
        var start: Int, end: Int

        var iso: String {
            var out = "\(year)-\(Self.two(month))-\(Self.two(day))"
            if let hour, let minute {
                out += "T\(Self.two(hour)):\(Self.two(minute))"
                if let second { out += ":\(Self.two(second))" }
            }
            return out
        }

        /// Days since 1970-01-01 in the proleptic Gregorian calendar: two dates' distance in days.
        var dayNumber: Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

        /// 1970-01-01: the day a zero timestamp prints.
        var isEpochZero: Bool { year == 1970 && month == 1 && day == 1 }
    }

    /// The day a page's address gives (`/2019-04/27/`, `/201810/31/`, `/20190427/`, `/2019/04/27/`,
    /// `_20181031`), for a page that prints no date: the path only, years 1995–2035.
    static func inURL(_ url: String) -> String? {
        guard let scheme = url.firstByteRange(of: "://") else { return nil }
        let afterHost = url[scheme.upperBound...].drop { $0 != "/" }
        let path = afterHost.prefix { $0 != "?" && $0 != "#" }
        // Digit runs and what separates them.
        var runs: [(digits: Substring, separatorAfter: Character?)] = []
        var i = path.startIndex
        while i < path.endIndex {
            guard path[i].isASCII, path[i].isNumber else { i = path.index(after: i); continue }
            let start = i
            while i < path.endIndex, path[i].isASCII, path[i].isNumber { i = path.index(after: i) }
            runs.append((path[start..<i], i < path.endIndex ? path[i] : nil))
        }
        func day(_ y: Substring, _ m: Substring, _ d: Substring) -> String? {
            guard let year = Int(y), let month = Int(m), let dd = Int(d), (1995...2035).contains(year), (1...12).contains(month),
                  (1...31).contains(dd), m.count == 2 || m.count == 1, d.count <= 2 else { return nil }
            return "\(year)-\(Found.two(month))-\(Found.two(dd))"
        }
        let joins: Set<Character> = ["-", "/", "_"]
        for k in runs.indices {
            let r = runs[k].digits
            let joined = runs[k].separatorAfter.map(joins.contains) ?? false
            let next = k + 1 < runs.count && joined ? runs[k + 1] : nil
            switch r.count {
            case 8:
                if let found = day(r.prefix(4), r.dropFirst(4).prefix(2), r.suffix(2)) { return found }
            case 6:
                if let next, next.digits.count == 2, let found = day(r.prefix(4), r.suffix(2), next.digits) { return found }
            case 4:
                guard let next else { continue }
                if next.digits.count == 4, let found = day(r, next.digits.prefix(2), next.digits.suffix(2)) { return found }
                if next.digits.count == 2, k + 2 < runs.count, next.separatorAfter.map(joins.contains) ?? false,
                   let found = day(r, next.digits, runs[k + 2].digits) { return found }
            default: continue
            }
        }
        return nil
    }

    /// The first plausible date in `text`.
    static func first(in text: String) -> Found? {
        all(in: text, limit: 1).first
    }

    /// `05-08发布于 重庆`: a post's day printed without its year or time, opening the poster's line.
    static func opensWithMonthDay(_ text: String) -> Bool {
        let b = Array(text.collapsingWhitespace.utf8.prefix(6))
        let isDigit = { (i: Int) in b[i] >= 0x30 && b[i] <= 0x39 }
        guard b.count >= 5, b[2] == 0x2D, isDigit(0), isDigit(1), isDigit(3), isDigit(4), b.count == 5 || !isDigit(5) else { return false }
        let month = Int(b[0] - 0x30) * 10 + Int(b[1] - 0x30), day = Int(b[3] - 0x30) * 10 + Int(b[4] - 0x30)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// A day and time printed without the year (`02月24日 10:20`, `05-28 19:56`), as portals print today's stories under
    /// the headline: the month, day and time, with `year` 0; the time is required, so a span of days or a score is none.
    /// Not a date that has its year (`2017-02-24 10:20`), nor a part of a longer number.
    static func yearlessStamp(in text: String) -> Found? {
        let s = normalised(text)
        var start = 0
        while start < s.count {
            defer { start += 1 }
            guard digit(s[start]) != nil else { continue }
            if start > 0, digit(s[start - 1]) != nil || [0x2D, 0x2F, 0x2E, 0x5E74].contains(s[start - 1]) { continue }  // - / . 年
            var i = start
            guard let month = number(s, &i, maxDigits: 2), (1...12).contains(month.value), i < s.count else { continue }
            let chinese = s[i] == 0x6708  // 月
            guard chinese || s[i] == 0x2D else { continue }
            i += 1
            guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value), chinese || day.digits == 2 else { continue }
            if chinese {
                guard i < s.count, s[i] == 0x65E5 else { continue }  // 日
                i += 1
            }
            guard i < s.count, digit(s[i]) == nil else { continue }
            var found = Found(year: 0, month: month.value, day: day.value, start: start, end: i)
            readTime(s, &i, into: &found)
            guard found.hour != nil else { continue }
            return found
        }
        return nil
    }

    /// A dateline opening a paragraph: the date first (`2016年8月8日，驻波兰大使…`, `[2012年10月19日]`), or after
    /// a place and a comma (`[阿姆斯特丹，2012年10月19日] 华为今天宣布…`, `中国深圳，2019年3月5日——…`); not a date
    /// the sentence comes to later (`小美与小强于2011年7月1日离婚`, `一、自2019年1月1日至…`).
    static func openingDateline(_ text: String) -> Found? {
        let head = Array(text.unicodeScalars.prefix(32))
        guard let found = first(in: String(scalars: head)), found.start <= head.count else { return nil }
        var before = head[..<found.start].drop { "[【（(〔 ".unicodeScalars.contains($0) }
        if before.isEmpty { return found }
        guard let separator = before.last, "，, \u{3000}".unicodeScalars.contains(separator) else { return nil }
        before = before.dropLast()
        return (2...10).contains(before.count) && before.allSatisfy({ CharacterClass.isHan($0.value) }) ? found : nil
    }

    /// Dates in `text`, in order.
    static func all(in text: String, limit: Int = .max) -> [Found] {
        guard mayHoldDate(text) else { return [] }
        let s = normalised(text)
        var found: [Found] = []
        var i = 0
        while i < s.count, found.count < limit {
            guard mayStartDate(s[i]) else { i += 1; continue }
            if let date = numericDate(s, at: i) ?? usDate(s, at: i) ?? chineseNumeralDate(s, at: i) ?? englishDate(s, at: i)
                ?? chineseMonthFirstDate(s, at: i) ?? dayFirstEnglishDate(s, at: i) {
                // `1970-01-01T08:00:00+08:00`: a timestamp of zero (a feed's or a template's empty date), no day.
                if !date.isEpochZero { found.append(date) }
                i = date.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether a date can start at `v`: a digit, a Latin letter (a month's name), a Chinese numeral or 十.
    /// One test per character instead of every reader's own.
    @inline(__always) private static func mayStartDate(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        return v == 0x5341 || chineseDigit(v) != nil
    }

    /// Every date has a digit (ASCII or full-width) or, in Chinese numerals, 年: text with neither
    /// (most of a page's blocks) is answered from its bytes, without decoding it.
    private static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            let n = utf8.count
            var i = 0
            while i < n {
                let b = utf8[i]
                if b >= 0x30 && b <= 0x39 { return true }
                // ０-９ are EF BC 90-99; 年 is E5 B9 B4.
                if b == 0xEF, i + 2 < n, utf8[i + 1] == 0xBC, utf8[i + 2] >= 0x90 && utf8[i + 2] <= 0x99 { return true }
                if b == 0xE5, i + 2 < n, utf8[i + 1] == 0xB9, utf8[i + 2] == 0xB4 { return true }
                i += 1
            }
            return false
        }
    }

    /// Full-width digits and separators folded to ASCII; everything else kept.
    private static func normalised(_ text: String) -> [UInt32] {
        text.codePoints { v in
            if (0xFF01...0xFF5E).contains(v) { return v - 0xFEE0 }
            if v == 0x3000 { return 0x20 }
            return v
        }
    }

    @inline(__always) private static func digit(_ v: UInt32) -> Int? {
        v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil
    }

    /// Reads 1…`maxDigits` ASCII digits at `i`.
    private static func number(_ s: [UInt32], _ i: inout Int, maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0, n = 0
        while i < s.count, n < maxDigits, let d = digit(s[i]) {
            value = value * 10 + d
            i += 1
            n += 1
        }
        return n > 0 ? (value, n) : nil
    }

    private static func skipSpaces(_ s: [UInt32], _ i: inout Int) {
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0xA0 { i += 1 }
    }

    private static func numericDate(_ s: [UInt32], at start: Int) -> Found? {
        // A year starts at a digit that does not continue a longer number.
        guard digit(s[start]) != nil, start == 0 || digit(s[start - 1]) == nil else { return nil }
        var i = start
        guard var year = number(s, &i, maxDigits: 4) else { return nil }
        // `民國112年6月13日`, `上版日期：112-06-13`: a year of the Republic (Taiwan's offices print it), after 民國 or after a
        // date's label, read in the common era.
        if year.digits == 3 || (year.digits == 2 && i < s.count && s[i] == 0x5E74), republicYear(s, before: start, digits: year.digits) {
            year = (year.value + 1911, 4)
        }
        guard year.digits == 4 || year.digits == 2 else { return nil }
        if year.digits == 4 { guard (1970...2099).contains(year.value) else { return nil } }
        if i < s.count, digit(s[i]) != nil { return year.digits == 4 ? compactDate(s, at: start) : nil }
        // `24-5-13 17:07`, `07年08月24日 08:58`: a two-digit year (microblogs and old CMS templates print
        // it) only with hyphens or 年月日 and a time after.
        if year.digits == 2 { return shortYearDate(s, at: start, from: i, year: (year.value <= 50 ? 2000 : 1900) + year.value) }
        skipSpaces(s, &i)
        guard i < s.count else { return nil }
        let separator = s[i]
        let chinese = separator == 0x5E74  // 年
        guard chinese || separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        i += 1
        skipSpaces(s, &i)
        guard let month = number(s, &i, maxDigits: 2), (1...12).contains(month.value) else { return nil }
        skipSpaces(s, &i)
        guard i < s.count else { return nil }
        if chinese { guard s[i] == 0x6708 else { return nil } } else { guard s[i] == separator else { return nil } }  // 月
        i += 1
        skipSpaces(s, &i)
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        if chinese, i < s.count, s[i] == 0x65E5 || s[i] == 0x53F7 { i += 1 }  // 日 号
        var found = Found(year: year.value, month: month.value, day: day.value, start: start, end: i)
        readTime(s, &i, into: &found)
        return found
    }

    /// Whether the year at `start` counts from the Republic (1912): true after 民國 / 民国; after a date's label and colon
    /// (`日期：`, `時間：`, `發布：`) for a year of three digits.
    private static func republicYear(_ s: [UInt32], before start: Int, digits: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        if k >= 2, s[k - 1] == 0x570B || s[k - 1] == 0x56FD, s[k - 2] == 0x6C11 { return true }  // 民國 民国
        guard digits == 3, k >= 3, s[k - 1] == 0x3A else { return false }  // :
        k -= 1
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        guard k >= 2 else { return false }
        let label = (s[k - 2], s[k - 1])
        return republicLabels.contains { $0 == label }
    }

    /// The last two characters of the labels a Republic year follows: 日期, 時間, 时间, 發布, 发布, 更新, 公告, 發文.
    private static let republicLabels: [(UInt32, UInt32)] = [(0x65E5, 0x671F), (0x6642, 0x9593), (0x65F6, 0x95F4), (0x767C, 0x5E03),
                                                             (0x53D1, 0x5E03), (0x66F4, 0x65B0), (0x516C, 0x544A), (0x767C, 0x6587)]

    /// `24-5-13 17:07`, `07年08月24日 08:58` after the two-digit year: month, day and a time that must follow.
    private static func shortYearDate(_ s: [UInt32], at start: Int, from index: Int, year: Int) -> Found? {
        var i = index
        guard i < s.count, s[i] == 0x2D || s[i] == 0x5E74 else { return nil }  // - 年
        let chinese = s[i] == 0x5E74
        i += 1
        guard let month = number(s, &i, maxDigits: 2), (1...12).contains(month.value), i < s.count,
              s[i] == (chinese ? 0x6708 : 0x2D) else { return nil }  // 月 -
        i += 1
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        // `| 19-09-18 | 【打印】`: year, month and day all of two digits, standing apart from other numbers and codes, are a
        // date without a time too (an old CMS template's meta line).
        let standsApart = { (v: UInt32) in !(v < 0x80 && (digit(v) != nil || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) || "-/._:".unicodeScalars.contains { $0.value == v })) }
        let padded = !chinese && month.digits == 2 && day.digits == 2 && index - start == 2
            && (start == 0 || standsApart(s[start - 1])) && (i == s.count || standsApart(s[i]))
        if chinese {
            guard i < s.count, s[i] == 0x65E5 else { return nil }  // 日
            i += 1
            skipSpaces(s, &i)
        } else {
            guard padded || (i < s.count && s[i] == 0x20) else { return nil }
        }
        var found = Found(year: year, month: month.value, day: day.value, start: start, end: i)
        readTime(s, &i, into: &found)
        return found.hour == nil && !padded ? nil : found
    }

    /// `7/5/2005 9:23:57 PM`: month first, as US forum software printed it.
    private static func usDate(_ s: [UInt32], at start: Int) -> Found? {
        guard digit(s[start]) != nil, start == 0 || (digit(s[start - 1]) == nil && s[start - 1] != 0x2F) else { return nil }
        var i = start
        guard let month = number(s, &i, maxDigits: 2), (1...12).contains(month.value), i < s.count, s[i] == 0x2F else { return nil }
        i += 1
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value), i < s.count, s[i] == 0x2F else { return nil }
        i += 1
        guard let year = number(s, &i, maxDigits: 4), year.digits == 4, (1970...2099).contains(year.value) else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        var found = Found(year: year.value, month: month.value, day: day.value, start: start, end: i)
        readTime(s, &i, into: &found)
        return found
    }

    @inline(__always) private static func isLatinLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    /// `September 10th, 2005 10:56 am` and `Sep 10, 2005`: English month names, as blog
    /// software prints them.
    private static func englishDate(_ s: [UInt32], at start: Int) -> Found? {
        guard isLatinLetter(s[start]), start == 0 || !isLatinLetter(s[start - 1]) else { return nil }
        var i = start
        guard let month = monthName(s, &i) else { return nil }
        skipSpaces(s, &i)
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        while i < s.count, isLatinLetter(s[i]) { i += 1 }  // st nd rd th
        if i < s.count, s[i] == 0x2C { i += 1 }
        skipSpaces(s, &i)
        // `Jul 01 Fri 2016 11:00` (痞客邦 PIXNET's post head): the weekday between the day and the year.
        skipWeekday(s, &i)
        var found = Found(year: 0, month: month + 1, day: day.value, start: start, end: i)
        // `Sun Jan  1 15:43:24 2017`: C's `ctime` (PTT, Unix mail and logs) prints the time before the year.
        let timeFirst = i + 2 < s.count && digit(s[i]) != nil && (s[i + 1] == 0x3A || s[i + 2] == 0x3A)
        if timeFirst {
            readTime(s, &i, into: &found)
            guard found.hour != nil else { return nil }
            skipSpaces(s, &i)
        }
        guard let year = number(s, &i, maxDigits: 4), year.digits == 4, (1970...2099).contains(year.value) else { return nil }
        found.year = year.value
        found.end = i
        if !timeFirst { readTime(s, &i, into: &found) }
        return found
    }

    /// The Latin letters from `i` in lower case (up to ten) and the index after them.
    private static func lowercaseWord(_ s: [UInt32], from i: Int) -> (word: String, end: Int) {
        var j = i
        var word = ""
        while j < s.count, isLatinLetter(s[j]), word.count < 10 {
            word.unicodeScalars.append(Unicode.Scalar(s[j] | 0x20)!)
            j += 1
        }
        return (word, j)
    }

    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// An English weekday's name at `i` (in full or its first three letters; a comma may follow), `i` moved past it
    /// and the spaces after it; `i` unmoved when none stands there.
    private static func skipWeekday(_ s: [UInt32], _ i: inout Int) {
        let (word, end) = lowercaseWord(s, from: i)
        var j = end
        guard word.count >= 3, let day = weekdayNames.first(where: { $0.hasBytePrefix(word.prefix(3)) }),
              word.count == 3 || word == day else { return }
        if j < s.count, s[j] == 0x2C { j += 1 }
        guard j < s.count, s[j] == 0x20 || s[j] == 0xA0 else { return }
        i = j
        skipSpaces(s, &i)
    }

    /// A month's English name at `i` (the full name, its first three letters, or "sept"; "Sep." with its dot): 0 for
    /// January; `i` moved past it.
    private static func monthName(_ s: [UInt32], _ i: inout Int) -> Int? {
        let (word, end) = lowercaseWord(s, from: i)
        var j = end
        guard word.count >= 3, let month = monthNames.firstIndex(where: { $0.hasBytePrefix(word.prefix(3)) }),
              word.count == 3 || word == monthNames[month] || (word == "sept" && month == 8) else { return nil }
        if j < s.count, s[j] == 0x2E { j += 1 }  // "Sep."
        i = j
        return month
    }

    /// `14 October 2018`, `3rd Sep, 2019 10:05`: day, month's English name, year, as British-style blog themes print it.
    private static func dayFirstEnglishDate(_ s: [UInt32], at start: Int) -> Found? {
        guard digit(s[start]) != nil, start == 0 || (digit(s[start - 1]) == nil && !isLatinLetter(s[start - 1])) else { return nil }
        var i = start
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value) else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where i + 1 < s.count && s[i] | 0x20 == suffix.unicodeScalars.first!.value
            && s[i + 1] | 0x20 == suffix.unicodeScalars.last!.value {
            i += 2
            break
        }
        guard i < s.count, s[i] == 0x20 || s[i] == 0xA0 else { return nil }
        skipSpaces(s, &i)
        guard let month = monthName(s, &i), i < s.count, !isLatinLetter(s[i]) else { return nil }
        if i < s.count, s[i] == 0x2C { i += 1 }
        skipSpaces(s, &i)
        guard let year = number(s, &i, maxDigits: 4), year.digits == 4, (1970...2099).contains(year.value) else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        var found = Found(year: year.value, month: month + 1, day: day.value, start: start, end: i)
        readTime(s, &i, into: &found)
        return found
    }

    /// `五月 3, 2016 - 10:28`: an English-ordered date (month, day, year) with the month's Chinese
    /// name, as site templates in a Chinese locale print `F j, Y` (Drupal, WordPress).
    private static func chineseMonthFirstDate(_ s: [UInt32], at start: Int) -> Found? {
        // Cheap tests first: this runs at every position of every text.
        guard start + 1 < s.count, let first = monthNumeral(s[start]) else { return nil }
        var i = start + 1, month = first
        if first == 10, let unit = monthNumeral(s[i]), unit <= 2 { month = 10 + unit; i += 1 }  // 十一, 十二
        guard i < s.count, s[i] == 0x6708, start == 0 || monthNumeral(s[start - 1]) == nil else { return nil }  // 月
        i += 1
        guard i < s.count, s[i] == 0x20 else { return nil }
        skipSpaces(s, &i)
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day.value), i < s.count, s[i] == 0x2C else { return nil }
        i += 1
        skipSpaces(s, &i)
        guard let year = number(s, &i, maxDigits: 4), year.digits == 4, (1970...2099).contains(year.value) else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        var found = Found(year: year.value, month: month, day: day.value, start: start, end: i)
        var j = i
        skipSpaces(s, &j)
        if j < s.count, s[j] == 0x2D { j += 1 }  // `2016 - 10:28`
        readTime(s, &j, into: &found)
        return found
    }

    /// 一 … 十 as 1 … 10.
    @inline(__always) private static func monthNumeral(_ v: UInt32) -> Int? {
        if v == 0x5341 { return 10 }  // 十
        guard let digit = chineseDigit(v), digit > 0 else { return nil }
        return digit
    }

    /// `20191210` (only with a following time or a clear boundary, e.g. in URLs and meta values).
    private static func compactDate(_ s: [UInt32], at start: Int) -> Found? {
        var i = start
        guard let all = number(s, &i, maxDigits: 8), all.digits == 8 else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        let y = all.value / 10000, m = all.value / 100 % 100, d = all.value % 100
        guard (1990...2099).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return Found(year: y, month: m, day: d, start: start, end: i)
    }

    /// `09:30`, `09:30:15`, `T09:30:00`, `9时30分` after a date.
    private static func readTime(_ s: [UInt32], _ i: inout Int, into found: inout Found) {
        var j = i
        if j < s.count, s[j] == 0x54 { j += 1 } else { skipSpaces(s, &j) }  // T
        guard let hour = number(s, &j, maxDigits: 2), hour.value < 24, j < s.count else { return }
        let colon = s[j] == 0x3A
        let chinese = s[j] == 0x65F6 || s[j] == 0x70B9  // 时 点
        guard colon || chinese else { return }
        j += 1
        guard let minute = number(s, &j, maxDigits: 2), minute.digits == 2 || chinese, minute.value < 60 else { return }
        if chinese, j < s.count, s[j] == 0x5206 { j += 1 }  // 分
        found.hour = hour.value
        found.minute = minute.value
        if colon, j < s.count, s[j] == 0x3A {
            var k = j + 1
            if let second = number(s, &k, maxDigits: 2), second.digits == 2, second.value < 60 {
                found.second = second.value
                j = k
            }
        }
        readMeridiem(s, &j, into: &found)
        i = j
        found.end = j
    }

    /// `AM`/`PM` after a time, as US forum and blog software print it: to the 24-hour clock.
    private static func readMeridiem(_ s: [UInt32], _ i: inout Int, into found: inout Found) {
        var j = i
        skipSpaces(s, &j)
        guard j + 1 < s.count, s[j + 1] | 0x20 == 0x6D, let hour = found.hour, hour <= 12 else { return }  // m
        // A word boundary after the letters, so "10:56 America" is no meridiem.
        if j + 2 < s.count, (s[j + 2] | 0x20) >= 0x61 && (s[j + 2] | 0x20) <= 0x7A { return }
        switch s[j] | 0x20 {
        case 0x70: found.hour = hour < 12 ? hour + 12 : hour  // p
        case 0x61: found.hour = hour == 12 ? 0 : hour  // a
        default: return
        }
        i = j + 2
    }

    // MARK: Chinese numerals

    private static func chineseDigit(_ v: UInt32) -> Int? {
        switch v {
        case 0x3007, 0x96F6, 0x25CB, 0x039F, 0x004F, 0xFF2F: 0  // 〇 零 ○ and look-alikes
        case 0x4E00: 1
        case 0x4E8C: 2
        case 0x4E09: 3
        case 0x56DB: 4
        case 0x4E94: 5
        case 0x516D: 6
        case 0x4E03: 7
        case 0x516B: 8
        case 0x4E5D: 9
        default: nil
        }
    }

    /// 1–31 written as 十, 十二, 二十, 二十四, 三十一, 卅一 …
    private static func chineseSmallNumber(_ s: [UInt32], _ i: inout Int) -> Int? {
        var j = i
        var value = 0
        if j < s.count, let d = chineseDigit(s[j]), d > 0 {
            value = d
            j += 1
        }
        if j < s.count, s[j] == 0x5341 {  // 十
            value = (value == 0 ? 1 : value) * 10
            j += 1
            if j < s.count, let d = chineseDigit(s[j]), d > 0 {
                value += d
                j += 1
            }
        } else if j < s.count, s[j] == 0x5EFF || s[j] == 0x5345 {  // 廿 卅
            value = s[j] == 0x5EFF ? 20 : 30
            j += 1
            if j < s.count, let d = chineseDigit(s[j]), d > 0 {
                value += d
                j += 1
            }
        }
        guard j > i, value > 0 else { return nil }
        i = j
        return value
    }

    private static func chineseNumeralDate(_ s: [UInt32], at start: Int) -> Found? {
        guard chineseDigit(s[start]) != nil else { return nil }
        var i = start, year = 0
        for _ in 0..<4 {
            guard i < s.count, let d = chineseDigit(s[i]) else { return nil }
            year = year * 10 + d
            i += 1
        }
        guard (1900...2099).contains(year), i < s.count, s[i] == 0x5E74 else { return nil }  // 年
        i += 1
        // Blog themes space the parts out (`二零二四年 十月 三日`).
        skipSpaces(s, &i)
        guard let month = chineseSmallNumber(s, &i), (1...12).contains(month), i < s.count, s[i] == 0x6708 else { return nil }
        i += 1
        skipSpaces(s, &i)
        guard let day = chineseSmallNumber(s, &i), (1...31).contains(day), i < s.count,
              s[i] == 0x65E5 || s[i] == 0x53F7 else { return nil }
        return Found(year: year, month: month, day: day, start: start, end: i + 1)
    }
}

/// Dates in Chinese text as ISO 8601, for other libraries (the proposal and message parsers).
/// Every date `DateParser` finds has a year, a month and a day (`2020年10月24日`, `2019/3/5 10:12`,
/// `二〇二〇年十月二十四日`); a year and month alone is no date here.
public enum DateText {
    /// The first date in `text` as ISO 8601.
    public static func firstISO(in text: String) -> String? {
        firstFull(in: text)?.iso
    }

    /// The first date in `text` as ISO 8601, and the code point offset where it starts (in the
    /// text as `DateParser` normalises it).
    public static func firstFull(in text: String) -> (iso: String, offset: Int)? {
        DateParser.first(in: text).map { ($0.iso, $0.start) }
    }
}
