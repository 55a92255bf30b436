/// The numbered points a proposal, 社情民意 item or speech lists as its problems and as its
/// suggestions, read from the body text the way real documents print them:
///
/// - the suggestions follow a heading (`具体建议：`, `三、对策建议`) or a lead-in ending a paragraph
///   (`为此，建议：`, `提出以下建议：`); the problems follow `问题分析：`, `存在的问题`, or a lead-in
///   such as `主要问题：`, and end where the suggestions start;
/// - the points are the top-level numbering of that stretch (一是 / 第一， / （一） / 一、 / 1、 1. /
///   （1）): the first style that starts at 1 and runs 1, 2, 3 …; points of other styles inside
///   them are sub-points, not separate suggestions.
enum Points {
    enum Style: Hashable { case shi, di, parenNumeral, numeralComma, digit, parenDigit, order, labelled }

    struct Marker {
        var style: Style
        var ordinal: Int
        /// Where the marker starts and where its point's text starts, in characters.
        var start: Int
        var end: Int

        /// The ordinal of 最后 (the last point of a 首先 / 其次 list).
        static let last = 99
    }

    static let suggestionHeadings = ["具体建议", "对策建议", "意见建议", "几点建议", "工作建议", "对策与建议", "对策措施", "建议措施", "建议", "对策"]
    static let problemHeadings = ["问题分析", "存在的问题", "存在问题", "主要问题", "问题与原因", "原因分析", "现状与不足", "问题"]

    /// Problems and suggestions of a body text (its paragraphs joined by newlines).
    static func extract(_ text: String) -> (problems: [String], suggestions: [String]) {
        let chars = Array(text)
        guard let suggestionStart = anchor(in: chars, headings: suggestionHeadings, leadIn: ["建议", "对策"], before: chars.count) else {
            return ([], [])
        }
        let suggestions = topLevel(chars, from: suggestionStart, to: chars.count)
        var problems: [String] = []
        if let problemStart = anchor(in: chars, headings: problemHeadings, leadIn: ["问题", "原因", "不足"], before: suggestionStart) {
            problems = topLevel(chars, from: problemStart, to: suggestionStart)
        } else {
            // Problems first, then the suggestions: points listed before the suggestions' lead-in.
            problems = topLevel(chars, from: 0, to: suggestionStart)
        }
        return (problems, suggestions)
    }

    // MARK: - Anchors

    static let sentenceEnds: Set<Character> = ["\n", "。", "；", ";", "！", "？", "!", "?"]
    static let spaces: Set<Character> = [" ", "\t", "\u{3000}", "\u{00A0}"]

    /// Where the stretch after a heading or lead-in starts: the first heading (at a paragraph or
    /// sentence start, after an optional numbering, followed by a colon or a line end), else the
    /// first lead-in clause ending in a colon that names `leadIn`. Only anchors before `before`.
    static func anchor(in chars: [Character], headings: [String], leadIn: [String], before limit: Int) -> Int? {
        var clauseStart = 0
        /// Only spaces since the clause started: a heading may still start here.
        var blankSoFar = true
        var leadInAnchor: Int? = nil
        var i = 0
        while i < limit {
            let c = chars[i]
            if sentenceEnds.contains(c) { clauseStart = i + 1; blankSoFar = true; i += 1; continue }
            if blankSoFar {
                var j = i
                if let marker = marker(in: chars, at: j) { j = marker.end }
                while j < chars.count, spaces.contains(chars[j]) { j += 1 }
                // A numbered heading line naming the part: `三、高质量推进…的对策与建议`.
                if j > i, let lineEnd = headingLineEnd(chars, from: j), headings.contains(where: { String(chars[j..<lineEnd]).hasSuffix($0) }) {
                    return lineEnd
                }
                for heading in headings where matches(chars, at: j, heading) {
                    let after = j + heading.count
                    if after >= chars.count || chars[after] == "：" || chars[after] == ":" || chars[after] == "\n" {
                        return after < chars.count && chars[after] != "\n" ? after + 1 : after
                    }
                    // A numbered heading runs on into its text: `二、对策建议结合调研……`.
                    if j > i, headings.contains(heading) { return after }
                }
            }
            if c == "：" || c == ":" {
                // The lead-in is the clause's last comma-separated part: `…的认识，为此建议：`.
                var partStart = clauseStart
                for k in stride(from: i - 1, through: clauseStart, by: -1) where "，,".contains(chars[k]) { partStart = k + 1; break }
                if leadInAnchor == nil, i - partStart <= 40, leadIn.contains(where: { String(chars[partStart..<i]).contains($0) }) {
                    leadInAnchor = i + 1
                }
                clauseStart = i + 1
                blankSoFar = true
                i += 1
                continue
            }
            if !spaces.contains(c) { blankSoFar = false }
            i += 1
        }
        return leadInAnchor
    }

    /// The end of a short heading line starting at `j` (at most 40 characters, no sentence end).
    private static func headingLineEnd(_ chars: [Character], from j: Int) -> Int? {
        var k = j
        while k < chars.count, chars[k] != "\n" {
            if sentenceEnds.contains(chars[k]) || "：:，,".contains(chars[k]) || k - j > 40 { return nil }
            k += 1
        }
        var end = k
        while end > j, spaces.contains(chars[end - 1]) { end -= 1 }
        return end > j ? end : nil
    }

    private static func matches(_ chars: [Character], at i: Int, _ word: String) -> Bool {
        var k = i
        for w in word {
            guard k < chars.count, chars[k] == w else { return false }
            k += 1
        }
        return true
    }

    // MARK: - Markers and sequences

    /// The top-level numbered points between `from` and `to`: the first style whose point 1 is
    /// followed by 2, 3 … of the same style (at least two points).
    static func topLevel(_ chars: [Character], from: Int, to: Int) -> [String] {
        var found: [Marker] = []
        /// Markers glued to the text before them (`…明确病理诊断2、可引入…`): they count only as the
        /// next point of a list already running.
        var glued: [Marker] = []
        var i = from
        while i < to {
            // （一） closes itself: it counts even glued to a heading (`…存在问题（一）缺乏…`).
            let paren = chars[i] == "（" || chars[i] == "("
            if let m = marker(in: chars, at: i), m.end <= to {
                if paren || (isBoundary(chars, i, from: from) && boundaryAllows(m.style, chars, i, from: from)) {
                    found.append(m)
                    i = m.end
                    continue
                }
                if m.style == .digit || m.style == .numeralComma, i > from, isGlueable(chars[i - 1]) {
                    glued.append(m)
                }
            }
            i += 1
        }
        var tried: Set<Style> = []
        for first in found where first.ordinal == 1 && !tried.contains(first.style) {
            tried.insert(first.style)
            let candidates = (found + glued.filter { $0.style == first.style }).sorted { $0.start < $1.start }
            let sequence = sequence(of: first, in: candidates, glued: Set(glued.map(\.start)))
            guard sequence.count >= 2 else { continue }
            return sequence.enumerated().map { k, m in
                let end = k + 1 < sequence.count ? sequence[k + 1].start : to
                var point = String(chars[m.end..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
                while let last = point.last, "；;，,".contains(last) { point.removeLast() }
                return point
            }
        }
        return []
    }

    /// The points 1, 2, 3 … of `first`'s style after it. A second point 1 of the same style opens a
    /// nested list (一是…一是 二是 三是…二是): its points are skipped while they continue it; a point
    /// that continues neither list is skipped. `最后` ends an 首先/其次 list. Glued markers only
    /// continue the top list.
    private static func sequence(of first: Marker, in markers: [Marker], glued: Set<Int>) -> [Marker] {
        var sequence = [first]
        var nestedNext: Int? = nil
        for m in markers where m.start > first.start && m.style == first.style {
            let topNext = sequence.last!.ordinal + 1
            let isGlued = glued.contains(m.start)
            if !isGlued, let next = nestedNext, m.ordinal == next { nestedNext = next + 1; continue }
            if m.ordinal == topNext || (m.style == .order && m.ordinal == Marker.last) {
                sequence.append(m)
                nestedNext = nil
                if m.ordinal == Marker.last { break }
            } else if m.ordinal == 1, !isGlued {
                nestedNext = 2
            }
        }
        return sequence
    }

    /// A glued marker may follow a Han character or a closing quote, not a digit, 第 or 、 (第2、3条).
    private static func isGlueable(_ c: Character) -> Bool {
        c != "第" && c != "、" && !c.isNumber && (Proposers.isHan(c) || "”」）)".contains(c))
    }

    private static func isBoundary(_ chars: [Character], _ i: Int, from: Int) -> Bool {
        i == from || i == 0 || sentenceEnds.contains(chars[i - 1]) || spaces.contains(chars[i - 1])
            || "：:，,".contains(chars[i - 1])
    }

    /// 一是 and 第一， follow a comma too; digits and 一、 need a sentence start, a colon or a space.
    private static func boundaryAllows(_ style: Style, _ chars: [Character], _ i: Int, from: Int) -> Bool {
        if i == from || i == 0 { return true }
        let p = chars[i - 1]
        switch style {
        case .shi, .di: return true
        default: return p != "，" && p != ","
        }
    }

    static let orderWords: [(String, Int)] = [("首先", 1), ("其次", 2), ("再次", 3), ("最后", Marker.last)]

    static let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    /// A Chinese numeral (一 … 九十九) at `i`: its value and length.
    static func numeral(_ chars: [Character], _ i: Int) -> (Int, Int)? {
        var k = i, value = 0, current = 0
        while k < chars.count, let v = numerals[chars[k]] {
            if v == 10 { value += (current == 0 ? 1 : current) * 10; current = 0 } else { current = v }
            k += 1
            if k - i > 3 { return nil }
        }
        return k > i ? (value + current, k - i) : nil
    }

    /// The item marker starting at `i`, if any.
    static func marker(in chars: [Character], at i: Int) -> Marker? {
        guard i < chars.count else { return nil }
        let c = chars[i]
        // 首先，… 其次，… 再次，… 最后，…
        for (word, ordinal) in orderWords where matches(chars, at: i, word) {
            let end = i + word.count
            guard end < chars.count else { return nil }
            return Marker(style: .order, ordinal: ordinal, start: i, end: "，,：:".contains(chars[end]) ? end + 1 : end)
        }
        // 建议一： / 提案二： / 措施三、
        for word in ["建议", "提案", "措施", "对策"] where matches(chars, at: i, word) {
            if let (v, n) = numeral(chars, i + 2), i + 2 + n < chars.count, "：:、，".contains(chars[i + 2 + n]) {
                return Marker(style: .labelled, ordinal: v, start: i, end: i + 3 + n)
            }
        }
        if c == "第", let (v, n) = numeral(chars, i + 1), i + 1 + n < chars.count, "，,、".contains(chars[i + 1 + n]) {
            return Marker(style: .di, ordinal: v, start: i, end: i + 2 + n)
        }
        if c == "（" || c == "(" {
            if let (v, n) = numeral(chars, i + 1), i + 1 + n < chars.count, "）)".contains(chars[i + 1 + n]) {
                return Marker(style: .parenNumeral, ordinal: v, start: i, end: i + 2 + n)
            }
            var k = i + 1
            while k < chars.count, k - i <= 2, chars[k].isASCII, chars[k].isNumber { k += 1 }
            if k > i + 1, k < chars.count, "）)".contains(chars[k]), let v = Int(String(chars[(i + 1)..<k])) {
                return Marker(style: .parenDigit, ordinal: v, start: i, end: k + 1)
            }
            return nil
        }
        if let (v, n) = numeral(chars, i), i + n < chars.count {
            if chars[i + n] == "是" { return Marker(style: .shi, ordinal: v, start: i, end: i + n + 1) }
            if chars[i + n] == "、" || chars[i + n] == "．" { return Marker(style: .numeralComma, ordinal: v, start: i, end: i + n + 1) }
            return nil
        }
        if c.isASCII, c.isNumber {
            var k = i
            while k < chars.count, k - i < 2, chars[k].isASCII, chars[k].isNumber { k += 1 }
            guard k < chars.count, "、.．".contains(chars[k]), let v = Int(String(chars[i..<k])) else { return nil }
            // 1.5 and 3.2万 are numbers, not points.
            if k + 1 < chars.count, chars[k + 1].isASCII, chars[k + 1].isNumber { return nil }
            return Marker(style: .digit, ordinal: v, start: i, end: k + 1)
        }
        return nil
    }
}
