import ChineseText

/// A text as Unicode scalar values with the searches reply analysis makes: cue phrases, quoted
/// titles 《…》, rule numbers 第…条, document numbers 〔2017〕12号, dates, figures and phone numbers.
/// Everything works on the scalar array; no Foundation.
struct ScalarText {
    let scalars: [UInt32]

    init(_ text: String) { scalars = text.unicodeScalars.map(\.value) }
    init(scalars: [UInt32]) { self.scalars = scalars }

    var count: Int { scalars.count }
    var string: String { String(scalars: scalars[...]) }
    func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// Start of the first occurrence of `needle` at or after `from`, or nil.
    func find(_ needle: [UInt32], in range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<scalars.count
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        let first = needle[0]
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if scalars[i] == first {
                var k = 1
                while k < needle.count && scalars[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    func contains(_ needle: [UInt32], in range: Range<Int>? = nil) -> Bool { find(needle, in: range) != nil }

    /// The cues of `cues` found in `range`, each once, in the list's order.
    func cues(_ cues: [Cue], in range: Range<Int>? = nil) -> [Cue] {
        cues.filter { contains($0.scalars, in: range) }
    }

    /// Sentence spans (SentenceSplitter: after 。！？；, at line breaks).
    var sentences: [Range<Int>] { SentenceSplitter.sentences(in: scalars) }

    /// Book-title quotes 《…》 (laws, regulations, notices, plans), their inner text.
    func bookTitles(in range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<scalars.count
        var found: [Range<Int>] = []
        var open: Int? = nil
        for i in range {
            if scalars[i] == 0x300A { open = i + 1 } // 《
            else if scalars[i] == 0x300B, let o = open { // 》
                if i > o { found.append(o..<i) }
                open = nil
            }
        }
        return found
    }

    /// The 《…》 titles that name a law, regulation or document (`ReplyCues.documentTitleEndings`).
    func ruleTitles(in range: Range<Int>? = nil) -> [Range<Int>] {
        bookTitles(in: range).filter { t in
            ReplyCues.documentTitleEndings.contains { e in
                t.count >= e.scalars.count && scalars[(t.upperBound - e.scalars.count)..<t.upperBound].elementsEqual(e.scalars)
            }
        }
    }

    /// 第3条, 第十二条, 第二章第一十一条: article numbers (条, 款, 项).
    func articleNumbers(in range: Range<Int>? = nil) -> Int {
        let range = range ?? 0..<scalars.count
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if scalars[i] == 0x7B2C { // 第
                var j = i + 1
                while j < range.upperBound && (Self.isDigit(scalars[j]) || Self.isChineseNumeral(scalars[j])) && j - i <= 6 { j += 1 }
                if j > i + 1 && j < range.upperBound && (scalars[j] == 0x6761 || scalars[j] == 0x6B3E || scalars[j] == 0x9879) { // 条 款 项
                    n += 1; i = j
                }
            }
            i += 1
        }
        return n
    }

    /// Document numbers: a year in 〔〕, [], （） or () followed by a number and 号 (长政发〔2014〕7号).
    func documentNumbers(in range: Range<Int>? = nil) -> Int {
        let range = range ?? 0..<scalars.count
        var n = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if Self.isOpeningBracket(scalars[i]) {
                var j = i + 1, digits = 0
                while j < range.upperBound && Self.isDigit(scalars[j]) { j += 1; digits += 1 }
                if digits == 4 && j < range.upperBound && Self.isClosingBracket(scalars[j]) {
                    var k = j + 1
                    while k < range.upperBound && (Self.isDigit(scalars[k]) || scalars[k] == 0x20) { k += 1 }
                    if k > j + 1 && k < range.upperBound && scalars[k] == 0x53F7 { n += 1; i = k } // 号
                }
            }
            i += 1
        }
        return n
    }

    /// Dates written out: 2019年5月9日, 5月9日, 2019年5月, a year alone (2017年), 2018.9.18, 2019-05-09 (each once).
    /// `yearsAlone: false` leaves out the years alone (for signatures and reply dates).
    func dates(in range: Range<Int>? = nil, yearsAlone: Bool = true) -> [Range<Int>] {
        let range = range ?? 0..<scalars.count
        var found: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard Self.isDigit(scalars[i]), i == range.lowerBound || !Self.isDigit(scalars[i - 1]) else { i += 1; continue }
            var j = i
            while j < range.upperBound && Self.isDigit(scalars[j]) { j += 1 }
            let run = j - i
            func at(_ k: Int) -> UInt32 { k < range.upperBound ? scalars[k] : 0 }
            func digitsFrom(_ k: Int) -> Int { var e = k; while e < range.upperBound && Self.isDigit(scalars[e]) { e += 1 }; return e }
            // 2019年5月(9日)
            if run == 4 && at(j) == 0x5E74 { // 年
                var e = j + 1
                while at(e) == 0x20 { e += 1 }
                let m = digitsFrom(e)
                if m > e && m - e <= 2 {
                    var end = m
                    while at(end) == 0x20 { end += 1 }
                    if at(end) == 0x6708 { // 月
                        end += 1
                        let d = digitsFrom(end)
                        if d > end && d - end <= 2 && (at(d) == 0x65E5 || at(d) == 0x53F7) { end = d + 1 }
                        found.append(i..<end); i = end; continue
                    }
                }
                // A year alone (2017年, 2019年上半年), 1900–2099.
                let year = scalars[i..<j].reduce(0) { $0 * 10 + Int(($1 >= 0xFF10 ? $1 - 0xFF10 : $1 - 0x30)) }
                if yearsAlone && (1900...2099).contains(year) { found.append(i..<(j + 1)); i = j + 1; continue }
            }
            // 5月9日
            if run <= 2 && at(j) == 0x6708 {
                let d = digitsFrom(j + 1)
                if d > j + 1 && d - j - 1 <= 2 && (at(d) == 0x65E5 || at(d) == 0x53F7) { found.append(i..<(d + 1)); i = d + 1; continue }
            }
            // 2018.9.18, 2018-09-18, 2018/9/18
            if run == 4 && (at(j) == 0x2E || at(j) == 0x2D || at(j) == 0x2F) {
                let sep = at(j)
                let m = digitsFrom(j + 1)
                if m > j + 1 && m - j - 1 <= 2 && at(m) == sep {
                    let d = digitsFrom(m + 1)
                    if d > m + 1 && d - m - 1 <= 2 { found.append(i..<d); i = d; continue }
                }
            }
            i = j
        }
        return found
    }

    /// Figures: numbers (with a decimal part) that are not part of a date, a phone number, a
    /// document or article number or a code such as A3区 or UU008111: amounts, sizes, counts.
    func figures(in range: Range<Int>? = nil, excluding dates: [Range<Int>]) -> Int {
        let range = range ?? 0..<scalars.count
        var n = 0
        var i = range.lowerBound
        var dateIndex = 0
        while i < range.upperBound {
            while dateIndex < dates.count && dates[dateIndex].upperBound <= i { dateIndex += 1 }
            if dateIndex < dates.count && dates[dateIndex].contains(i) { i = dates[dateIndex].upperBound; continue }
            guard Self.isDigit(scalars[i]) else { i += 1; continue }
            var j = i
            while j < range.upperBound && (Self.isDigit(scalars[j]) || (scalars[j] == 0x2E && j + 1 < range.upperBound && Self.isDigit(scalars[j + 1]))) { j += 1 }
            let before: UInt32 = i > 0 ? scalars[i - 1] : 0
            let after: UInt32 = j < scalars.count ? scalars[j] : 0
            let isCode = Self.isLatin(before) || Self.isLatin(after) || before == 0x2D || after == 0x2D
                || before == 0x7B2C /* 第 */ || after == 0x53F7 /* 号 */ || Self.isClosingBracket(after) || Self.isOpeningBracket(before)
                || after == 0x5E74 /* 年 */ || after == 0x6708 /* 月 */ || after == 0x65E5 /* 日 */
            let digits = j - i
            if !isCode && digits < 7 { n += 1 }
            i = j
        }
        return n
    }

    /// Phone numbers: a run of at least 7 digits, or digits joined by hyphens with at least 7 in
    /// all; digits right after a Latin letter are a code (UU0081211), not a number.
    func hasPhoneNumber(in range: Range<Int>? = nil) -> Bool {
        let range = range ?? 0..<scalars.count
        var digits = 0, code = false
        for i in range {
            if Self.isDigit(scalars[i]) {
                if digits == 0 && i > range.lowerBound && Self.isLatin(scalars[i - 1]) { code = true }
                digits += 1
                if digits >= 7 && !code { return true }
            }
            else if scalars[i] == 0x2D || scalars[i] == 0x2014 || scalars[i] == 0xFF0D { continue }
            else { digits = 0; code = false }
        }
        return false
    }

    /// Han characters in `range`.
    func hanCount(in range: Range<Int>) -> Int {
        var n = 0
        for i in range where ScalarClass.of(scalars[i]) == .han { n += 1 }
        return n
    }

    @inline(__always) static func isDigit(_ s: UInt32) -> Bool { (s >= 0x30 && s <= 0x39) || (s >= 0xFF10 && s <= 0xFF19) }
    @inline(__always) static func isLatin(_ s: UInt32) -> Bool { (s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A) }
    @inline(__always) static func isChineseNumeral(_ s: UInt32) -> Bool {
        switch s {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x96F6: true // 一二三四五六七八九十百零
        default: false
        }
    }
    @inline(__always) static func isOpeningBracket(_ s: UInt32) -> Bool { s == 0x3014 || s == 0x5B || s == 0xFF08 || s == 0x28 || s == 0xFF3B || s == 0x3010 }
    @inline(__always) static func isClosingBracket(_ s: UInt32) -> Bool { s == 0x3015 || s == 0x5D || s == 0xFF09 || s == 0x29 || s == 0xFF3D || s == 0x3011 }
}

/// A phrase whose presence signals something (a part of a reply, a reason, boilerplate).
struct Cue: Sendable {
    let text: String
    let scalars: [UInt32]
    init(_ text: String) { self.text = text; scalars = text.unicodeScalars.map(\.value) }

    static func list(_ words: String) -> [Cue] { words.split(separator: " ").map { Cue(String($0)) } }
}
