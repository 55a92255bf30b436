import ArticleExtraction
import Foundation

/// Who wrote a document when no `提案人：` label says so: the unlabelled proposer lines under the
/// title (`市政协委员　某某局副局长　张某某`, one person a line; `XX区政协`, `民建XX市委`), the member
/// named in a speech's title (`张某某委员的发言：…`), and the signature under a reply.
enum Proposers {
    static let offices = ["委员", "主任", "局长", "主席", "院长", "教授", "书记", "会长", "经理", "校长", "代表", "董事",
                          "秘书长", "部长", "处长", "科长", "馆长", "所长", "医生", "医师", "律师", "工程师", "社长", "理事",
                          "会员", "党员", "政协", "研究员", "总监", "局", "院", "委", "办", "会", "公司", "大学", "学校", "中心"]
    static let organisationEnds = ["政协", "委员会", "市委", "省委", "区委", "县委", "州委", "盟委", "支部", "总支", "工商联",
                                   "联合会", "党组", "界别", "专委会"]
    /// Spaces as documents print them: ASCII, ideographic, no-break, and the typographic ones
    /// (en, em, thin … U+2000–U+200A) that word processors put between an office and a name.
    static let whitespace: Set<Character> = Set([" ", "\t", "\u{3000}", "\u{00A0}", "\u{202F}", "\u{205F}"]
        + (0x2000...0x200A).map { Character(Unicode.Scalar($0)!) })
    static let punctuation: Set<Character> = ["。", "，", "；", "：", ":", ",", ";", "！", "？", "“", "\""]

    /// Tokens of a line split at runs of spaces; single characters in a row are one name padded
    /// for alignment (`刘　帆` → `刘帆`).
    static func tokens(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for c in line {
            if whitespace.contains(c) {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var merged: [String] = []
        for token in tokens {
            if token.count == 1, let last = merged.last, last.count <= 2, last.allSatisfy(isHan), token.allSatisfy(isHan),
               !offices.contains(where: { last.hasSuffix($0) }) {
                merged[merged.count - 1] = last + token
            } else {
                merged.append(token)
            }
        }
        return merged
    }

    static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// A person's name: two to four Han characters that are not an office.
    static func isName(_ token: String) -> Bool {
        (2...4).contains(token.count) && token.allSatisfy(isHan) && !offices.contains(where: { token.hasSuffix($0) })
            && !organisationEnds.contains(where: { token.hasSuffix($0) })
    }

    /// `(author, offices, party)` of a proposer line, or nil when the line is not one:
    /// `市政协委员、民革市委副主委　张某某（民革）` → (张某某, [市政协委员, 民革市委副主委], 民革).
    static func proposerLine(_ line: String) -> (author: String, positions: [String], sector: String?)? {
        guard line.count <= 50, !line.contains(where: { punctuation.contains($0) }) else { return nil }
        var parts = tokens(line)
        var sector: String? = nil
        if var last = parts.last, let open = last.firstIndex(where: { $0 == "（" || $0 == "(" }), last.last == "）" || last.last == ")" {
            let inner = String(last[last.index(after: open)..<last.index(before: last.endIndex)])
            if People.parties.contains(where: { inner.hasPrefix($0) }) || inner.hasSuffix("界") { sector = inner }
            last = String(last[..<open])
            parts[parts.count - 1] = last
        }
        if parts.count == 1, let only = parts.first {
            let organisation = organisationEnds.contains { only.hasSuffix($0) } && only.count <= 20 && !only.contains("、")
            return organisation ? (only, [], sector) : nil
        }
        guard parts.count >= 2, parts.count <= 5, let name = parts.last, isName(name) else { return nil }
        let positions = parts.dropLast().flatMap { $0.split(separator: "、").map(String.init) }
        guard positions.allSatisfy({ p in offices.contains { p.contains($0) } }) else { return nil }
        return (name, positions, sector)
    }

    /// The heads of governments and bodies whose title a name follows without a space.
    static let headOffices = ["总理", "副总理", "省长", "市长", "县长", "区长", "州长", "主席", "书记", "主任"]

    /// `国务院总理温家宝` → (国务院总理, 温家宝): an office that heads a body, then a name of 2 or 3
    /// characters, on a short line of its own, run together or spaced (`海拉尔区人民政府区长　　张天喜`).
    static func officeAndName(_ line: String) -> (office: String, name: String)? {
        var t = line.filter { !whitespace.contains($0) }
        // The address that opens the speech may be run onto it too (`国务院总理赵紫阳各位代表：`).
        for address in ["各位代表：", "各位委员：", "同志们："] where t.hasSuffix(address) { t.removeLast(address.count) }
        guard (4...24).contains(t.count), t.allSatisfy(isHan) else { return nil }
        for office in headOffices {
            guard let range = t.range(of: office, options: .backwards) else { continue }
            let name = String(t[range.upperBound...])
            if (2...3).contains(name.count), isName(name), range.lowerBound > t.startIndex || t.count <= 5 {
                return (String(t[..<range.upperBound]), name)
            }
        }
        return nil
    }

    /// A speech's title: `张某某委员的发言：…`, `在市政协全会上的大会发言`, `民建市委：…（书面发言）`.
    static func isSpeech(title: String) -> Bool {
        speaker(inTitle: title) != nil || ["的发言", "大会发言", "书面发言", "口头发言"].contains { title.contains($0) }
    }

    /// The member or body named in a speech's title: `张某某委员的发言：…`, `民建市委的大会发言：…`,
    /// `张某某委员：…`, `农工党市委：…`.
    static func speaker(inTitle title: String) -> String? {
        var who: String
        if let range = title.range(of: "的发言") ?? title.range(of: "的大会发言") ?? title.range(of: "的书面发言") {
            who = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        } else if let colon = title.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            who = String(title[..<colon]).trimmingCharacters(in: .whitespaces)
            let compact = who.filter { !whitespace.contains($0) }
            guard compact.hasSuffix("委员") || (organisationEnds.contains { compact.hasSuffix($0) } && !compact.hasSuffix("政协")) else { return nil }
        } else {
            return nil
        }
        // `在市政协十五届二次会议上的大会发言` names the meeting, not the speaker.
        guard !who.hasPrefix("在"), !who.hasPrefix("关于"), !who.contains("会议") else { return nil }
        for suffix in ["委员", "代表"] where who.hasSuffix(suffix) && who.count > suffix.count + 1 {
            who = String(who.dropLast(suffix.count))
        }
        who = who.filter { !whitespace.contains($0) }
        guard (2...20).contains(who.count), !who.contains(where: { punctuation.contains($0) }) else { return nil }
        return who
    }

    /// `冯少东等2人` → `冯少东`: the first proposer of a group whose other members are not named.
    static func dropGroupCount(_ name: String) -> String {
        guard name.hasSuffix("人"), let at = name.lastIndex(of: "等"), at > name.startIndex else { return name }
        let count = name[name.index(after: at)..<name.index(before: name.endIndex)]
        guard !count.isEmpty, count.allSatisfy({ $0.isNumber || Points.numerals[$0] != nil }) else { return name }
        return String(name[..<at])
    }

    /// A name ending as a unit or an organisation does (`河北省教育厅`, `国务院办公厅`, `民建XX市委`).
    static func endsAsOrganisation(_ name: String) -> Bool {
        unitEnds.contains(where: name.hasSuffix) || organisationEnds.contains(where: name.hasSuffix)
    }

    static let unitEnds = ["局", "办公室", "委员会", "政府", "中心", "公司", "办", "厅", "委", "院", "所", "站", "队", "街道", "镇", "乡"]

    /// The answering unit signed under a reply: the last run of text after the last sentence end,
    /// when it names a unit (`… A7县网络宣传管理办公室`, `… 市教育局 2021年5月6日`).
    static func signature(ofReply text: String) -> String? {
        var tail = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let end = tail.lastIndex(where: { "。！？!?".contains($0) }) { tail = tail[tail.index(after: end)...] }
        for token in tokens(String(tail)).reversed() {
            if DateText.firstISO(in: token) != nil { continue }
            let unit = token.trimmingCharacters(in: CharacterSet(charactersIn: "（）() "))
            if (3...30).contains(unit.count), unitEnds.contains(where: { unit.hasSuffix($0) }), unit.allSatisfy({ isHan($0) || $0.isLetter || $0.isNumber }) {
                return unit
            }
            break
        }
        return nil
    }
}
