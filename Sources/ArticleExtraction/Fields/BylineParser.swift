/// Reads labelled values out of an article's meta line, e.g.
/// `发布日期:2020-10-24  来源:中国新闻网(cns2012)  作者:陈海峰` or `中新网长沙10月24日电（记者 唐小晴）`.
enum BylineParser {
    /// Labels, first match wins, with their bytes ready for a quick "none here" scan.
    struct Labels: Sendable, ExpressibleByArrayLiteral {
        let names: [String]
        let phrases: PhraseList
        /// Source labels: `图片来源` credits a picture, not the article.
        var skipsCredits = false
        /// Reporters' labels: a role spaced out on the byline (`实 习 生`) is read joined.
        let joinsSpacedRoles: Bool
        init(_ names: [String]) {
            self.names = names
            phrases = PhraseList(names)
            joinsSpacedRoles = names.contains("记者") || names.contains("記者")
        }
        init(arrayLiteral names: String...) { self.init(names) }
    }

    static let sourceLabels: Labels = {
        var labels = Labels(["文章来源", "新闻来源", "信息来源", "稿件来源", "内容来源", "来源于", "来源", "来自", "出处", "稿源", "转自", "出自",
                             "转载自", "文章來源", "新聞來源", "來源於", "來源", "出處", "轉載自", "轉自"])
        labels.skipsCredits = true
        return labels
    }()
    /// `（摘自《北京青年报》/作者：李罡）`, `摘自:生活时报` closing a text: the paper it was excerpted from (inside a text,
    /// `（摘自百度百科）` credits a quotation, not the article).
    static let excerptLabels: Labels = {
        var labels = Labels(["摘编自", "摘編自", "摘自"])
        labels.skipsCredits = true
        return labels
    }()
    static let authorLabels: Labels = ["作者", "记者", "記者", "实习生", "撰文", "撰写：", "撰写:", "撰稿人：", "撰稿人:", "撰稿", "供稿人：", "供稿人:", "采写", "编译", "执笔人", "执笔", "文图", "文/图", "文／", "文/", "文｜", "文|", "文︱", "文丨", "文：", "文:",
                                          // The mark set in an element of its own (`<span>文</span><strong>｜</strong>`) reads spaced.
                                          "文 /", "文 ／", "文 ｜", "文 |", "文 ︱", "文 丨", "文 ：", "文 :", "发帖人", "楼主", "发表者", "发布者", "发布人", "通讯员",
                                          "文字：", "文字:", "本文作者", "文案：", "文案:",
                                          // Who put the text together from a talk or notes (`文字整理：张海翱、闻晓菁`).
                                          "文字整理：", "文字整理:", "文字整理｜", "文字整理|",
                                          // `文字｜张三 图片｜李四 编辑｜王五`: a post's credits, each role before its mark.
                                          "文字｜", "文字|", "文字丨", "文字/", "文字／", "文字 ｜", "文字 |", "文字 丨", "文字 /", "文字 ／"]
    static let reporterLabel: Labels = ["记者", "記者"]
    /// The ranks a reporter's role may open with (`特约记者`, `首席记者`).
    private static let rankedReporter: Set<String> = ["特约", "特約", "见习", "見習", "实习", "實習", "首席"]
    /// Who posted the page (a person, or the outlet itself: `发布人：东方网`).
    static let posterLabels: Labels = ["发布人", "发布者", "發布人", "發布者"]
    /// `原创：39健康网`: the outlet that wrote the piece, when the value names an outlet (else it is an account or a person).
    static let originalLabel: Labels = ["原创", "原創"]

    /// Labels that end a value: the next field of the same line.
    private static let stopLabels = sourceLabels.names + authorLabels.names + [
        "发布时间", "发表时间", "发布日期", "更新时间", "时间", "日期", "责任编辑", "编辑", "责编", "点击", "浏览", "阅读",
        "字号", "字体", "评论", "分享", "打印", "收藏", "关注", "人气", "摄影", "摄", "發布時間", "時間", "責任編輯", "編輯",
        "举报", "舉報", "选稿", "参与互动", "原标题", "实习编辑", "见习编辑", "實習編輯", "字数", "字數",
        // The lead picture's credit after the writers (`記者／闗淨尹、王詩婷 首圖／台灣伴侶權益推動聯盟提供`), and who made the
        // poster or the video (`封面新闻记者 杨芮雯 海报制作 何屿`).
        "首圖", "首图", "海报制作", "海报设计", "视频制作", "图片制作", "视频剪辑",
        // A post's other credits after its writer's (`文字/张三 图片/李四 排版/王五`); a picture's only with its mark (a
        // caption's `王振义 图片来源：视觉中国` names who is pictured).
        "图片/", "图片／", "图片｜", "图片|", "图片丨", "图片：", "图片:", "圖片／", "圖片/", "圖片：", "圖片:", "配图", "配圖",
        "排版", "美编", "校对", "校對", "审核", "審核", "策划", "策劃",
        // A widget glued after the meta line's source (`来源：新华网提示：全文字，阅读需要分钟`).
        "提示：",
        // The kind of item, glued after a government page's source (`来源：浙江监管局文章类型：原创`).
        "文章类型", "文章類型", "信息类别", "信息類別", "所属栏目", "所屬欄目",
    ]

    /// `盛懿 汪长明 字数:`: the line before its first labelled field (a label, then a colon).
    static func beforeLabelledField(_ text: String) -> String {
        guard text.containsBytes(":") || text.containsBytes("：") else { return text }
        let s = Array(text.unicodeScalars)
        for i in 1..<max(1, s.count) where s[i - 1].properties.isWhitespace && startsStopLabel(s, at: i) {
            var j = i
            while j < s.count, !(s[j] == ":" || s[j] == "："), j - i <= 5, !s[j].properties.isWhitespace { j += 1 }
            if j < s.count, s[j] == ":" || s[j] == "：" { return String(scalars: s[..<i]).collapsingWhitespace }
        }
        return text
    }

    /// `青年报·青春上海实习生 宗璐璐 记者 刘昕璐/文`: the intern and the reporter on one line, in the
    /// line's order (the reporter alone is what `value(after:)` reads).
    static func internsAndReporters(_ text: String) -> String? {
        guard text.containsBytes("实习生"), text.containsBytes("记者") else { return nil }
        var found: [(at: String.Index, name: String)] = []
        for label in ["实习生", "记者"] {
            guard let range = text.firstByteRange(of: label),
                  let name = value(after: Labels([label]), in: String(text[range.lowerBound...])), ClosingBylines.plausibleNames(name) else { return nil }
            found.append((range.lowerBound, name))
        }
        // The intern's value may already run on to the reporter after its role (`实习生 宗璐璐 记者 刘昕璐`).
        var seen = Set<Substring>()
        return found.sorted { $0.at < $1.at }.flatMap { $0.name.split(separator: " ") }
            .filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    /// `作者宋立超` alone on its line: the label (its `count` scalars) glued to a surname-marked name and nothing else; not a
    /// box's heading (`作者文章`, the writer's other articles; `作者简介`).
    private static func isGluedName(_ s: [Unicode.Scalar], after count: Int) -> Bool {
        guard (2...4).contains(s.count - count), hanRun(s, from: count) == s.count - count else { return false }
        let name = String(scalars: s[count...])
        return ClosingBylines.personalName(name) != nil && !AuthorCleaner.notNames.contains(name) && !gluedHeadingWords.contains(name)
    }
    private static let gluedHeadingWords: Set<String> = ["文章", "简介", "簡介", "其他文章", "相关文章", "相關文章", "文集", "主页", "主頁", "信息", "资料", "資料"]

    /// A line opening with a section's or a list item's number: `3.2 `, `2. `, `1、`, `一、`, `（三）`.
    static func opensWithSectionNumber(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i].properties.isWhitespace { i += 1 }
        let start = i
        let numeral = { (c: Unicode.Scalar) in "〇一二三四五六七八九十".unicodeScalars.contains(c) }
        if i < s.count, s[i] == "（" || s[i] == "(" {
            i += 1
            let inner = i
            while i < s.count, s[i].properties.numericType == .decimal && s[i].isASCII || numeral(s[i]) { i += 1 }
            return i > inner && i - inner <= 3 && i < s.count && (s[i] == "）" || s[i] == ")")
        }
        if i < s.count, numeral(s[i]) {
            while i < s.count, numeral(s[i]) { i += 1 }
            return i - start <= 3 && i < s.count && s[i] == "、"
        }
        var digits = 0
        while i < s.count, s[i].isASCII, s[i].properties.numericType == .decimal || (s[i] == "." && digits > 0) {
            if s[i] != "." { digits += 1 }
            i += 1
        }
        guard digits > 0, digits <= 4, i < s.count else { return false }
        // (`3.2 编译`, `2.编译`, `1、`: a year or a count run into its word, `2016年`, is none.)
        return s[i] == "、" || s[i] == "．" || s[i - 1] == "." || (s[i].properties.isWhitespace && s[start..<i].contains("."))
    }

    /// The value after the first of `labels` in `text`, or nil. With `oneWord` (an outlet) the
    /// value ends at the first space; otherwise further words that look like names are kept
    /// (`记者 王建宏 张文攀`).
    static func value(after labels: Labels, in text: String, oneWord: Bool = false) -> String? {
        if labels.joinsSpacedRoles, let joined = joiningSpacedRoles(text) { return value(after: labels, in: joined, oneWord: oneWord) }
        // Most lines hold none of the labels: one byte scan says so before any scalar work.
        guard text.countBytes(of: labels.phrases, stopAt: 1) > 0 else {
            guard let joined = joiningSpacedLabels(text), joined.countBytes(of: labels.phrases, stopAt: 1) > 0 else { return nil }
            return value(after: labels, in: joined, oneWord: oneWord)
        }
        // `文｜财新 朴姝颖（实习），包志明`: the list goes on after a writer's standing in brackets.
        let withoutNotes = AuthorCleaner.withoutRoleNotes(text)
        if withoutNotes.utf8.count != text.utf8.count { return value(after: labels, in: withoutNotes, oneWord: oneWord) }
        let scalars = Array(text.unicodeScalars)
        // `3.2 编译 WebRTC`, `二、采写要求`: a numbered heading or list item; a role word in it without its colon is a verb.
        let numbered = opensWithSectionNumber(scalars)
        for label in labels.names {
            let l = Array(label.unicodeScalars)
            let bare = numbered && !"/／｜|︱丨：:".unicodeScalars.contains(l.last!)
            var i = 0
            while i + l.count <= scalars.count {
                // The writer's mark (`文 /`, `文：`) is no part of a word (`散文 / 叙事`: a blog's categories); `图文/` is one mark.
                let insideWord = (l[0] == "文" && i > 0 && CharacterClass.isHan(scalars[i - 1].value) && scalars[i - 1] != "图" && scalars[i - 1] != "圖")
                    // `变性性工作者边缘化`: 作者 ending a word for a kind of worker (工作者, 创作者, 合作者).
                    || (l.count >= 2 && l[0] == "作" && l[1] == "者" && i > 0 && "工创創写寫合劳勞操".unicodeScalars.contains(scalars[i - 1]))
                // `余悦（实习生）`: a role alone in brackets after a name annotates it; the label reads nothing after it.
                let annotation = i > 0 && (scalars[i - 1] == "（" || scalars[i - 1] == "(") && i + l.count < scalars.count
                    && (scalars[i + l.count] == "）" || scalars[i + l.count] == ")")
                let colonAfter = i + l.count < scalars.count && (scalars[i + l.count] == "：" || scalars[i + l.count] == ":")
                // `故事来源于我昨晚的一个梦`, `也是来源于…网站`: 来源于 after a word of the sentence is its verb (comes from); a
                // word for the text before it (`本文来源于`, `以下文章来源于`, `内容来源于`) makes it a credit.
                let sentenceVerb = l.last == "于" && !colonAfter && i > 0 && CharacterClass.isHan(scalars[i - 1].value)
                    && !(scalars[i - 1] == "文" || (i >= 2 && Self.textWords.contains(String(scalars: scalars[(i - 2)..<i]))))
                // `余国利告诉记者：“没钱…`, `他对记者说`: the reporter told something in the text, no byline.
                let toldReporter = (label == "记者" || label == "記者") && i > 0
                    && ("对對向跟".unicodeScalars.contains(scalars[i - 1]) || (i >= 2 && ["告诉", "告訴"].contains(String(scalars: scalars[(i - 2)..<i]))))
                let verb = sentenceVerb || (bare && !colonAfter) || toldReporter
                if !insideWord, !annotation, !verb, matches(scalars, at: i, l), !isEditorLabel(scalars, at: i), !(labels.skipsCredits && isCreditLabel(scalars, at: i)),
                   !isForumButton(scalars, at: i), !((label == "记者" || label == "記者") && isInterviewLine(scalars, from: i + l.count)) {
                    // "（记者唐霁）": inside brackets the label needs no colon.
                    // A line opening with 记者 (`記者林悅／南市報導`) needs none either.
                    // So does one opening with an outlet's reporter (`新京报记者王姝 摄影 薛珺`), or with
                    // the outlet set apart (`据海南日报客户端丨记者黄媛艳`).
                    // A mark may open the line before the role: `■記者蔡少玲`.
                    let segmentStart = i > 0 && ("丨|｜/／╱·•".unicodeScalars.contains(scalars[i - 1])
                        || scalars[..<i].allSatisfy { lineMarks.contains($0) || $0.properties.isWhitespace })
                    // `（特约记者杨静 通讯员胡杨）`: a rank before 记者 is part of the role.
                    let opening = (label == "记者" || label == "記者") && i >= 3 && rankedReporter.contains(String(scalars: scalars[(i - 2)..<i])) ? i - 2 : i
                    let bracketed = (opening > 0 && (scalars[opening - 1] == "（" || scalars[opening - 1] == "("))
                        || ((i == 0 || segmentStart || outletOpens(scalars, before: i)) && (label == "记者" || label == "記者") && scalars.count <= (segmentStart ? 48 : 30)
                            && (2...3).contains(nameRun(scalars, from: i + l.count)))
                        || (i == 0 && label == "作者" && isGluedName(scalars, after: l.count))
                    // `来源于新华社`: 于 joins label and value.
                    if let value = readValue(scalars, from: i + l.count, oneWord: oneWord,
                                             labelEndsWithSeparator: bracketed || "/／｜|︱丨：:于於".unicodeScalars.contains(l.last!)) {
                        return value
                    }
                }
                i += 1
            }
        }
        return nil
    }

    /// `来　源：新华社`, `作&nbsp;&nbsp;者：王明`: a two-character label spaced out to the width of the
    /// four-character ones beside it (`发布时间：`), read without its spaces; nil when the text holds none.
    /// Only before a colon, so that words of the text stay as printed.
    static func joiningSpacedLabels(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { u -> String? in
            // The byte ranges of the spaces inside labels.
            var cuts: [Range<Int>] = []
            func spaceBefore(_ j: Int) -> Int? {  // the start of a space ending at `j`
                if j >= 1, u[j - 1] == 0x20 || u[j - 1] == 0x09 { return j - 1 }
                if j >= 2, u[j - 2] == 0xC2, u[j - 1] == 0xA0 { return j - 2 }
                if j >= 3, u[j - 3] == 0xE3, u[j - 2] == 0x80, u[j - 1] == 0x80 { return j - 3 }
                return nil
            }
            var i = 0
            while i < u.count {
                defer { i += 1 }
                guard u[i] == 0x3A || (u[i] == 0xEF && i + 2 < u.count && u[i + 1] == 0xBC && u[i + 2] == 0x9A) else { continue }
                var j = i
                while let k = spaceBefore(j) { j = k }
                // The label's second character, then the spaces, then its first.
                guard j >= 3, (0xE0...0xEF).contains(u[j - 3]) else { continue }
                let second = j - 3
                var k = second, spaces = 0
                while let before = spaceBefore(k), spaces < 8 { k = before; spaces += 1 }
                guard spaces > 0, k >= 3, (0xE0...0xEF).contains(u[k - 3]) else { continue }
                let pair = Array(u[(k - 3)..<k]) + Array(u[second..<j])
                if spacedLabels.contains(pair) { cuts.append(k..<second) }
            }
            guard !cuts.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var at = 0
            for cut in cuts {
                out.append(contentsOf: u[at..<cut.lowerBound])
                at = cut.upperBound
            }
            out.append(contentsOf: u[at...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `本报记者 张晓玲 实 习 生 文雯`, `记　者 王明`: a role word spaced out to the width of another on the
    /// byline, read without its spaces; nil when the text holds none.
    static func joiningSpacedRoles(_ text: String) -> String? {
        guard text.countBytes(of: spacedRoleStarts, stopAt: 1) > 0 else { return nil }
        let s = Array(text.unicodeScalars)
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\u{A0}" }
        var out = String.UnicodeScalarView(), i = 0, joined = false
        scan: while i < s.count {
            for role in spacedRoles where s[i] == role[0] {
                // The role's characters with one to three spaces between each, then a space before the name.
                var k = i + 1, matched = true
                for c in role.dropFirst() {
                    var spaces = 0
                    while k < s.count, isSpace(s[k]), spaces < 3 { k += 1; spaces += 1 }
                    guard spaces > 0, k < s.count, s[k] == c else { matched = false; break }
                    k += 1
                }
                guard matched, k < s.count, isSpace(s[k]) else { continue }
                out.append(contentsOf: role)
                i = k
                joined = true
                continue scan
            }
            out.append(s[i])
            i += 1
        }
        return joined ? String(out) : nil
    }
    private static let spacedRoles: [[Unicode.Scalar]] = ["实习生", "實習生", "通讯员", "通訊員", "记者", "記者", "摄影", "攝影"].map { Array($0.unicodeScalars) }
    private static let spacedRoleStarts = PhraseList(["实", "實", "通", "记", "記", "摄", "攝"].flatMap { c in [" ", "\u{3000}", "\u{A0}"].map { c + $0 } })

    private static let spacedLabels: Set<[UInt8]> = Set(["来源", "來源", "作者", "记者", "記者", "出处", "出處", "稿源", "编辑", "編輯", "责编", "撰文", "撰稿", "执笔", "文案"]
        .map { Array($0.utf8) })

    /// The line opens with an outlet's name (2 to 10 Han characters) right up to `i`.
    private static func outletOpens(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        (2...10).contains(i) && s[..<i].allSatisfy { CharacterClass.isHan($0.value) }
            && SourceCleaner.namesOutlet(String(scalars: s[..<i]))
    }

    /// Editors: named as the author only when a page names nobody else.
    static let editorLabels: Labels = ["责任编辑", "编辑", "责编"]

    /// `责任编辑` and `编辑` are not the author.
    private static func isEditorLabel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i >= 2 && (String(scalars: s[(i - 2)..<i]) == "责任")
    }

    /// `记者：三年200多篇科普文，如此高产是怎样达成的？`: an interview's question after the reporter's label, not a byline.
    private static func isInterviewLine(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var i = start
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        guard i < s.count, s[i] == ":" || s[i] == "：" else { return false }
        let rest = s[(i + 1)...]
        if rest.contains(where: { $0 == "？" || $0 == "?" || $0 == "。" }) { return true }
        return rest.count > 16 && rest.contains("，")
    }

    /// `只看该作者`, `只看作者`: a forum's button, not a label.
    private static func isForumButton(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i >= 1 && (s[i - 1] == "该" || s[i - 1] == "該" || s[i - 1] == "看")
    }

    /// `图片来源：`, `视频来源：`: the credit of a picture or a video, not of the article.
    private static func isCreditLabel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 1 else { return false }
        let before = s[i - 1]
        if before == "图" || before == "圖" { return true }
        guard i >= 2 else { return false }
        let pair = String(scalars: s[(i - 2)..<i])
        return ["图片", "圖片", "视频", "視頻", "照片", "配图", "数据", "數據"].contains(pair)
    }

    /// Words for what a credit covers, before its `来源于` (`本文`, `原文` end with 文).
    private static let textWords: Set<String> = ["文章", "内容", "文字", "信息", "新闻", "稿件", "资料", "以下", "以上", "內容", "資料", "新聞"]

    /// Whether `l` occurs in `s` at `i` (false where it would run past the end).
    private static func matches(_ s: [Unicode.Scalar], at i: Int, _ l: [Unicode.Scalar]) -> Bool {
        guard i + l.count <= s.count else { return false }
        for k in 0..<l.count where s[i + k] != l[k] { return false }
        return true
    }

    private static func readValue(_ s: [Unicode.Scalar], from start: Int, oneWord: Bool = false, labelEndsWithSeparator: Bool) -> String? {
        var i = start
        while i < s.count, s[i].properties.isWhitespace || s[i] == "\u{3000}" { i += 1 }
        var hadColon = labelEndsWithSeparator
        // `︰` (a vertical form) stands for the colon on Hong Kong pages: `記者︰脫芷晴`.
        if i < s.count, ":：︰】]︱|｜丨/／".unicodeScalars.contains(s[i]) {
            hadColon = true
            i += 1
        }
        while i < s.count, s[i].properties.isWhitespace || s[i] == "\u{3000}" { i += 1 }
        // An opening bracket right after the label also separates it: 转自《北京科技报》, 出自[…].
        if i < s.count, "《[【（(「".unicodeScalars.contains(s[i]) { hadColon = true }
        // Without a colon the value must follow with a space ("记者 唐小晴") to count.
        if !hadColon, i == start { return nil }
        // `作者：记者王敬照`, `作者：《中国企业家》记者 林涛`: the role (and its outlet) before the name.
        if !oneWord, hadColon { i = afterRole(s, from: i) }
        // `来源于2007年03月22日《中国气象报》`: the day the paper printed it, then the paper in its brackets.
        if oneWord, startsDate(s, at: i), let date = DateParser.first(in: String(scalars: s[i...])), date.start == 0 {
            var j = i + date.end
            while j < s.count, s[j].properties.isWhitespace || s[j] == "\u{3000}" { j += 1 }
            if j < s.count, s[j] == "《" { i = j }
        }
        var value = String.UnicodeScalarView()
        var lastWasSpace = false
        var sawSeparator = false
        while i < s.count {
            let c = s[i]
            // A translated name followed by the original: `周思博 (Joel Spolsky)`, `迈克尔·布朗斯基（Michael Bronski）` (its
            // brackets as printed).
            if c == "(" || c == "（", !value.isEmpty, let (original, end) = latinInBrackets(s, from: i) {
                value.append(contentsOf: (c == "（" ? "（\(original)）" : " (\(original))").unicodeScalars)
                i = end
                break
            }
            // `光明网-《光明日报》`: a paper named after its site keeps its brackets.
            if oneWord, c == "《", let last = value.last, last == "-" || last == "－",
               let close = s[i...].firstIndex(of: "》"), close - i <= 20 {
                value.append(contentsOf: s[i...close])
                i = close + 1
                continue
            }
            if "()（）[]【】|｜<>《》“”\"".unicodeScalars.contains(c) && !value.isEmpty { break }
            if "()（）[]【】《》“”\"".unicodeScalars.contains(c) { i += 1; continue }
            // `&` joins the last two names of a list (`叨叨姐、胡一刀&李小飞刀`) but belongs to a single
            // forum name (`放飞&心情`).
            // Outlets listed with the enumeration comma stay one value: `抖音黑板报、南方都市报`.
            if oneWord, c == "、", !value.isEmpty, !lastWasSpace {
                value.append(c)
                i += 1
                continue
            }
            // A paper and its site joined by a dot, in links of their own: `上海证券报 · 中国证券网`.
            if oneWord, c == "·" || c == "・", !value.isEmpty {
                var j = i + 1
                while j < s.count, s[j].properties.isWhitespace || s[j] == "\u{3000}" { j += 1 }
                guard j < s.count, CharacterClass.isHan(s[j].value), !startsStopLabel(s, at: j), !startsDate(s, at: j) else { break }
                // The dot as printed (`腾讯房产・长沙站`).
                value.append(c)
                lastWasSpace = false
                i = j
                continue
            }
            if Self.nameSeparators.contains(c) || ((c == "&" || c == "＆") && sawSeparator) {
                sawSeparator = true
                lastWasSpace = true
                i += 1
                continue
            }
            if c.properties.isWhitespace || c == "\u{3000}" || c == "\u{A0}" {
                lastWasSpace = true
                i += 1
                continue
            }
            // `记者郭倩、实习记者陈涵旸`, `记者 陈子垤 通讯员 阚淼`: the next writer with a role of their own.
            if !oneWord, !value.isEmpty, let next = afterWriterRole(s, from: i, glued: !lastWasSpace) {
                i = next
                lastWasSpace = true
                continue
            }
            // `来源：天维网编译`, `来源：3DM编译`: the outlet that translated it, 编译 glued on and closing the field, is the
            // source as printed; `来源：新华社 编译：张三` labels the translator. So is a channel named for collecting
            // (`来源：新浪收藏`), where a 收藏 button would stand apart (a link of its own reads after a space).
            if oneWord, !lastWasSpace, !value.isEmpty,
               let mark = Self.gluedClosingWords.first(where: { matches(s, at: i, $0) }),
               i + mark.count == s.count || s[i + mark.count].properties.isWhitespace || s[i + mark.count] == "\u{3000}" {
                value.append(contentsOf: mark)
                break
            }
            if startsStopLabel(s, at: i) || startsDate(s, at: i) { break }
            // `来源：访问量：199`: a word right before a colon is the next field's label, the field is empty.
            if oneWord, c == ":" || c == "：", !lastWasSpace, !value.isEmpty { return nil }
            if c == ":" || c == "：" || c == "。" { break }
            if lastWasSpace, !value.isEmpty {
                // An outlet's name of capitalised Latin words (`转载自：Beijing Resistance`) is one value.
                // So is a Chinese outlet's name with its Latin brand closing the line (`来源：律动 BlockBeats`).
                // `来源：Cult of Mac`: a short word joining two capitalised ones, read with the one after it.
                if oneWord, let end = latinConnector(value, s, from: i) {
                    value.append(" ")
                    value.append(contentsOf: s[i..<end])
                    i = end
                    continue
                }
                if oneWord, !continuesLatinName(value, s, from: i), !latinBrandClosing(value, s, from: i) { break }
                // A two-character name printed with a space inside: `赵 培`.
                if !oneWord, value.count == 1, CharacterClass.isHan(value.first!.value), hanRun(s, from: i) == 1 {
                    lastWasSpace = false
                    value.append(c)
                    i += 1
                    continue
                }
                // A two-character name padded with a space after another name: `王乐文 方 敏`.
                if !oneWord, hanRun(s, from: i) == 1, i + 2 < s.count, s[i + 1] == " " || s[i + 1] == "\u{3000}",
                   hanRun(s, from: i + 2) == 1, i + 3 == s.count || !CharacterClass.isHan(s[i + 3].value) {
                    value.append(" ")
                    value.append(c)
                    value.append(s[i + 2])
                    i += 3
                    lastWasSpace = false
                    continue
                }
                // A second word after a space: keep it only if it looks like another name, or
                // it is the family name of a Latin one (`Mahdhi Rezvi`).
                if !oneWord, !looksLikeName(s, from: i) && !continuesLatinName(value, s, from: i) { break }
                // `作者：李兆清　江蘇南通　職員`: four characters after a name are a place (or an office), not a second name,
                // unless they open with a compound surname.
                if !oneWord, hanRun(s, from: i) == 4, s[i - 1].properties.isWhitespace || s[i - 1] == "\u{3000}", !ClosingBylines.hasCompoundSurname(String(scalars: s[i..<(i + 4)])) { break }
                value.append(" ")
            }
            lastWasSpace = false
            value.append(c)
            i += 1
            if value.count > 40 { return nil }
        }
        let out = String(value)
        // Leftover markup (`size="20"`) is not a name.
        return out.isEmpty || out.containsBytes("=") ? nil : out
    }

    /// Label words that end a source's name when glued on and closing the field (`天维网编译`, `新浪收藏`).
    private static let gluedClosingWords = ["编译", "編譯", "收藏"].map { Array($0.unicodeScalars) }

    private static let roleWords: [[Unicode.Scalar]] = ["本报记者", "特约记者", "见习记者", "实习记者", "记者", "記者", "通讯员", "特约评论员", "评论员"]
        .map { Array($0.unicodeScalars) }

    /// The roles of the writers a byline lists one after another (`实习生 宗璐璐 记者 刘昕璐`).
    private static let writerRoles: [[Unicode.Scalar]] = ["本报记者", "本報記者", "本报见习记者", "本報見習記者", "本报实习记者", "本報實習記者",
                                                          "本报实习生", "本報實習生", "特约记者", "特約記者", "见习记者", "見習記者",
                                                          "实习记者", "實習記者", "记者", "記者", "实习生", "實習生",
                                                          // `（记者 董非 通讯员 高志强 向雨航）`: the correspondents the reporter wrote it with.
                                                          "本报通讯员", "本報通訊員", "通讯员", "通訊員"]
        .map { Array($0.unicodeScalars) }
    private static let writerRoleStarts = Set(writerRoles.map { $0[0] })

    /// The index of the name after a writer's role word at `i` (`实习记者陈涵旸`, `记者 刘昕璐`), or nil.
    /// Glued to the name before (`记者/佟晓宇实习记者/林意荃`), only a role of three characters or more: `记者` after a
    /// name may be part of the sentence.
    private static func afterWriterRole(_ s: [Unicode.Scalar], from i: Int, glued: Bool = false) -> Int? {
        guard i < s.count else { return nil }
        guard writerRoleStarts.contains(s[i]) else {
            // `每经记者 段思瑶、骆一帆 每经实习记者 黄辛旭、蘧毛毛`: the outlet's short name glued before a rank's role
            // (three characters or more: `记者` after a word may be part of a sentence).
            guard !glued else { return nil }
            var k = i
            while k < s.count, k - i < 4, CharacterClass.isHan(s[k].value), !writerRoleStarts.contains(s[k]) { k += 1 }
            guard k > i + 1, k < s.count, writerRoles.contains(where: { $0.count >= 3 && matches(s, at: k, $0) }) else { return nil }
            return afterWriterRole(s, from: k, glued: true)
        }
        for role in writerRoles where matches(s, at: i, role) {
            if glued, role.count < 3 { return nil }
            var k = i + role.count
            while k < s.count, s[k].properties.isWhitespace || s[k] == "\u{3000}" || s[k] == "/" || s[k] == "／" { k += 1 }
            return k < s.count && looksLikeName(s, from: k) ? k : nil
        }
        return nil
    }

    /// The index after a role word (and an outlet in 《》 before it) at `i`, or `i` when there is none.
    private static func afterRole(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        if j < s.count, s[j] == "《", let close = s[j...].firstIndex(of: "》"), close - j <= 20 {
            j = close + 1
            while j < s.count, s[j].properties.isWhitespace || s[j] == "\u{3000}" { j += 1 }
        }
        // `撰稿/新京报记者王姝`: an outlet's name glued to the role; any name glued to it when a space
        // sets the writer's name apart (`作者：南方周末记者 师小涵`).
        if j < s.count, CharacterClass.isHan(s[j].value) {
            var end = j
            while end < s.count, end - j < 10, CharacterClass.isHan(s[end].value) { end += 1 }
            // No role word starts another, so the first place one matches names the role too.
            if end - j >= 4, let (k, role) = (j + 2..<end).lazy.compactMap({ k in
                roleWords.first { k + $0.count < s.count && matches(s, at: k, $0) }.map { (k, $0) }
            }).first {
                let after = s[k + role.count]
                if after.properties.isWhitespace || after == "\u{3000}" || SourceCleaner.namesOutlet(String(scalars: s[j..<k])) { j = k }
            }
        }
        for role in roleWords where j + role.count < s.count && matches(s, at: j, role) {
            var k = j + role.count
            while k < s.count, s[k].properties.isWhitespace || s[k] == "\u{3000}" || s[k] == ":" || s[k] == "：" { k += 1 }
            if k < s.count, CharacterClass.isHan(s[k].value) || s[k].properties.isAlphabetic { return k }
        }
        return i
    }

    private static func startsStopLabel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count, let labels = stopLabelsByFirst[s[i]] else { return false }
        for l in labels {
            // `评论员` is a role before a name, not the 评论 widget.
            if matches(s, at: i, l), !(l == commentLabel && i + 2 < s.count && s[i + 2] == "员") { return true }
        }
        return false
    }

    /// The stop labels as scalars, by their first: most positions open none.
    private static let stopLabelsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] =
        Dictionary(grouping: stopLabels.map { Array($0.unicodeScalars) }, by: { $0[0] })
    private static let commentLabel = Array("评论".unicodeScalars)

    private static func startsDate(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var digits = 0
        var j = i
        while j < s.count, s[j].properties.numericType != nil, digits < 5 {
            digits += 1
            j += 1
        }
        // A year followed by its separator: `2019-`, `2019年`; not `1905电影网`.
        return digits == 4 && j < s.count && "-/.年－／．".unicodeScalars.contains(s[j])
    }

    /// The marks a byline line may open with: `■本报记者 徐瑞哲`, `◎记者王明`.
    static let lineMarks = Set("□■◎●▲◆★".unicodeScalars)

    /// The Han characters of a name glued after a role, without a report's ending glued after it
    /// (`記者鄧厚仁報道` → 3).
    private static func nameRun(_ s: [Unicode.Scalar], from i: Int) -> Int {
        let run = hanRun(s, from: i)
        guard run >= 4 else { return run }
        let end = String(scalars: s[(i + run - 2)..<(i + run)])
        return reportEndings.contains(end) ? run - 2 : run
    }

    private static func hanRun(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count, CharacterClass.isHan(s[j].value) { j += 1 }
        return j - i
    }

    /// `(Joel Spolsky)` at `i`: the Latin text inside and the index after the closing bracket.
    private static func latinInBrackets(_ s: [Unicode.Scalar], from i: Int) -> (String, Int)? {
        var j = i + 1
        var inner = String.UnicodeScalarView()
        while j < s.count, s[j] != ")" && s[j] != "）" {
            let c = s[j]
            guard c.isASCII, c.properties.isAlphabetic || c == " " || c == "." || c == "-" || c == "'" else { return nil }
            inner.append(c)
            j += 1
            if inner.count > 40 { return nil }
        }
        let text = String(inner).collapsingWhitespace
        guard j < s.count, text.unicodeScalars.contains(where: \.properties.isAlphabetic) else { return nil }
        return (text, j + 1)
    }

    /// The end of `of Mac` at `i` after `Cult`: a joining word (`of`, `the`, `and`, `for`) between capitalised words of a
    /// Latin outlet's name, and the word after it; nil otherwise.
    private static func latinConnector(_ value: String.UnicodeScalarView, _ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard let first = value.first, first.value >= 0x41, first.value <= 0x5A, value.allSatisfy({ $0.isASCII }) else { return nil }
        for word in ["of", "the", "and", "for", "de"] {
            let w = Array(word.unicodeScalars)
            guard matches(s, at: i, w), i + w.count + 1 < s.count, s[i + w.count] == " " else { continue }
            let k = i + w.count + 1
            guard s[k].value >= 0x41, s[k].value <= 0x5A else { return nil }
            var end = k + 1
            while end < s.count, s[end].properties.isAlphabetic, s[end].isASCII { end += 1 }
            return end - k >= 2 ? end : nil
        }
        return nil
    }

    /// `value` ends in a capitalised Latin word and a capitalised Latin word starts at `i`.
    private static func continuesLatinName(_ value: String.UnicodeScalarView, _ s: [Unicode.Scalar], from i: Int) -> Bool {
        func isUpper(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }
        func isLower(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }
        var lastWord = value.split(separator: " ").last.map(Array.init) ?? []
        if lastWord.count > 3, lastWord[lastWord.count - 1] == "s", lastWord[lastWord.count - 2] == "’" || lastWord[lastWord.count - 2] == "'" {
            lastWord.removeLast(2)
        }
        // (`O'Grady`, `O’Brien`: an apostrophe after the first capital.)
        func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }
        // (`GaFai`, `McDonald`: capitals inside a word that starts as a name does.)
        guard lastWord.count >= 2, isUpper(lastWord[0]), isLower(lastWord[1]), lastWord.dropFirst().allSatisfy({ isLower($0) || isUpper($0) }),
              i + 1 < s.count, isUpper(s[i]),
              isLower(s[i + 1]) || (isApostrophe(s[i + 1]) && i + 3 < s.count && isUpper(s[i + 2]) && isLower(s[i + 3])) else { return false }
        var j = isLower(s[i + 1]) ? i + 1 : i + 3
        while j < s.count, isLower(s[j]) || isUpper(s[j]) { j += 1 }
        // A possessive (`Simon Willison’s Weblog`).
        if j + 1 < s.count, isApostrophe(s[j]), s[j + 1] == "s" { j += 2 }
        return j == s.count || s[j].properties.isWhitespace || s[j] == "\u{3000}" || nameSeparators.contains(s[j]) || ")）]】」".unicodeScalars.contains(s[j])
    }

    /// `律动 BlockBeats`: after a name of Han characters only (2–8), one capitalised Latin word of three letters or more
    /// that ends the text.
    private static func latinBrandClosing(_ value: String.UnicodeScalarView, _ s: [Unicode.Scalar], from i: Int) -> Bool {
        func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        guard (2...8).contains(value.count), value.allSatisfy({ CharacterClass.isHan($0.value) }),
              i < s.count, s[i].value >= 0x41, s[i].value <= 0x5A else { return false }
        var j = i
        while j < s.count, isLetter(s[j]) { j += 1 }
        var k = j
        while k < s.count, s[k].properties.isWhitespace || s[k] == "\u{3000}" { k += 1 }
        return j - i >= 3 && k == s.count
    }

    /// A short run of Han characters (2–4) or a Latin word, followed by a space or the end.
    private static func looksLikeName(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        var j = i, han = 0
        while j < s.count, CharacterClass.isHan(s[j].value) {
            han += 1
            j += 1
        }
        // `南市報導`, `上海报道`: where the reporter filed from, not a name.
        if han >= 3, let last = String(scalars: s[(j - 2)..<j]) as String?,
           placeEndings.contains(last) {
            return false
        }
        // `深圳、惠州报道`: the first of the places a report was filed from.
        if han == 2 || han == 3, j < s.count, s[j] == "、" {
            var k = j + 1
            while k < s.count, CharacterClass.isHan(s[k].value) { k += 1 }
            if k - j > 3, placeEndings.contains(String(scalars: s[(k - 2)..<k])) { return false }
        }
        // `记者 王文博 班娟娟 北京 上海报道`: a city the reporters filed from, standing apart before the last one.
        if (2...4).contains(han), filingPlaces.contains(String(scalars: s[i..<j])) { return false }
        // `每经编辑 陈旭` after the writers: the outlet glued to the next field's label (an editor's), no name.
        if j > i + 1, (i + 1..<j).contains(where: { startsStopLabel(s, at: $0) }) { return false }
        if han >= 2 && han <= 4 {
            // `【作者：梁倩 班娟娟】`: the bracket the credit is printed in closes the last name.
            return j == s.count || s[j].properties.isWhitespace || s[j] == "\u{3000}" || ")）】]〕」".unicodeScalars.contains(s[j])
                || nameSeparators.contains(s[j]) || s[j] == "&" || s[j] == "＆"
        }
        return false
    }

    // Not `&`: forum names use it inside one name (`放飞&心情`).
    static let nameSeparators: Set<Unicode.Scalar> = [",", "，", "、", ";", "；", "/", "／"]

    /// `南京军区福州总医院 吴志 林晋`: the writers' institution, then their names (a health paper's or a
    /// journal's byline under the headline). The names alone.
    static func namesAfterUnit(_ text: String) -> String? {
        let words = text.collapsingWhitespace.split(separator: " ")
        guard words.count >= 2, words.count <= 6, let unit = words.first, unit.count >= 4,
              unitEndings.contains(where: { unit.hasByteSuffix($0) }) || isSchoolClass(unit) else { return nil }
        return namesOnly(words.dropFirst().joined(separator: " "))
    }

    /// (And a department or the writer's post there: `武汉大学人民医院临床心理科 汤世明`, `南开大学校长 陈雨露`.)
    private static let unitEndings = ["医院", "大学", "学院", "研究所", "研究院", "研究中心", "疾控中心", "卫生院", "保健院",
                                      "科", "系", "校长", "院长", "所长", "主任", "教授", "研究员", "医师", "书记", "大學", "醫院", "學院"]

    /// A school class a pupil's piece is signed with: `初三（6）班`, `高二(3)班`, `七年级2班`.
    private static func isSchoolClass(_ unit: Substring) -> Bool {
        unit.hasByteSuffix("班") && unit.count <= 10
            && ["初一", "初二", "初三", "初四", "高一", "高二", "高三", "年级", "年級"].contains(where: { unit.contains($0) })
    }

    /// A line that is nothing but one to five personal names: the byline under a headline
    /// (`胡平`, `赵延东、风笑天`, `（袁源）`). Returns them joined by spaces.
    /// With `padded`, a two-character name set to the width of three (`王  倩`, `王　倩`) reads as one name (not
    /// everywhere: `◎简 介` is a heading spaced out).
    static func namesOnly(_ text: String, padded allowPadding: Bool = false) -> String? {
        var names: [String] = []
        var current = String.UnicodeScalarView()
        // A surname alone, waiting for a given name of one character after the padding.
        var padded: Unicode.Scalar?
        func close(bySpace: Bool = false) -> Bool {
            guard !current.isEmpty else { return true }
            if current.count == 1, let surname = padded {
                padded = nil
                current.insert(surname, at: current.startIndex)
            } else if current.count == 1, allowPadding, bySpace, padded == nil, ClosingBylines.isCommonSurname(current.first!) {
                padded = current.first
                current = String.UnicodeScalarView()
                return true
            } else if padded != nil {
                return false
            }
            let n = current.count
            // Chinese personal names are two or three characters; four-character runs are
            // mostly phrases (打印本页) rather than compound surnames.
            guard n >= 2, n <= 3 else { return false }
            names.append(String(current))
            current = String.UnicodeScalarView()
            return true
        }
        for c in text.unicodeScalars {
            if CharacterClass.isHan(c.value) {
                current.append(c)
            } else if c.properties.isWhitespace || c == "\u{3000}" {
                guard close(bySpace: true) else { return nil }
            } else if nameSeparators.contains(c) || "（）()[]【】".unicodeScalars.contains(c) {
                guard close() else { return nil }
            } else {
                return nil
            }
        }
        guard close(), padded == nil, (1...5).contains(names.count) else { return nil }
        // `近日，` opening a text set a clause a line: one word before a comma is the sentence's start, not a byline.
        if names.count == 1, let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }), last == "，" || last == "," { return nil }
        // Keep the page's own enumeration comma: 赵延东、风笑天.
        return names.joined(separator: text.containsBytes("、") ? "、" : " ")
    }

    /// The names after a paper's own-news mark opening the text: `本报讯 瞿婧宇 实习生 杨欣薇 《梅兰芳》剧组…`
    /// → 瞿婧宇 杨欣薇. Each name stands alone between spaces (a role word such as 记者 or 实习生 may stand
    /// between them or be glued before one) and has a common surname, or is glued after its role; the article's text
    /// follows.
    static func namesAfterNewsMark(_ text: String) -> String? {
        // Every mark ends in 讯 / 訊: most lines are answered by one byte search.
        guard text.containsBytes("讯") || text.containsBytes("訊") else { return nil }
        if let names = namesInBracketAfterMark(text) { return names }
        let t = text.collapsingWhitespace
        // Another outlet's own-news mark (`南都讯`, `新京报讯`) holds names only after a role (`南都讯 记者麻乐 实习生高程程`).
        let opening = t.prefix { $0 != " " }
        let ownMark = newsMarks.first(where: { t.hasBytePrefix($0) })
        guard let mark = ownMark ?? ((3...6).contains(opening.count) && (opening.hasByteSuffix("讯") || opening.hasByteSuffix("訊"))
                                     && opening.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) ? String(opening) : nil) else { return nil }
        var rest = t.dropFirst(mark.count)
        // `大江网讯 实习生吴梦丽、记者喻云亮报道：1月15日，…`: the byline runs to 报道, its writers listed with `、`.
        var reported = false
        if let ending = reportEndings.lazy.compactMap({ rest.prefix(30).firstByteRange(of: $0) }).first,
           rest[ending.upperBound...].first.map({ "：:，, ".contains($0) }) ?? true {
            rest = rest[..<ending.lowerBound]
            reported = true
        }
        let words = rest.split(whereSeparator: { $0 == " " || (reported && $0 == "、") }).prefix(9)
        guard words.count >= (reported ? 1 : 2) else { return nil }
        var names: [String] = []
        for word in reported ? words[...] : words.dropLast() {
            var w = String(word)
            let role = newsRoles.first(where: { w.hasBytePrefix($0) })
            if let role { w = String(w.dropFirst(role.count)) } else if ownMark == nil, names.isEmpty { break }
            if w.isEmpty { continue }
            guard (2...3).contains(w.count), w.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
                  role != nil || ClosingBylines.plausibleNames(w) else { break }
            names.append(w)
        }
        return names.isEmpty ? nil : names.joined(separator: " ")
    }
    /// `腾讯科技讯（无忌）北京时间1月17日消息`, `本报讯（记者 王明 通讯员 李华）`: the writers in the bracket right after an
    /// own-news mark opening the text (a pen name too: the place is the byline's).
    private static func namesInBracketAfterMark(_ text: String) -> String? {
        let s = Array(text.prefix(40).unicodeScalars)
        var i = 0
        while i < s.count, lineMarks.contains(s[i]) || s[i].properties.isWhitespace || s[i] == "\u{3000}" { i += 1 }
        let start = i
        // (`腾讯科技讯`: the mark's 讯 is the one before the bracket.)
        while i + 1 < s.count, CharacterClass.isHan(s[i].value), !((s[i] == "讯" || s[i] == "訊") && (s[i + 1] == "（" || s[i + 1] == "(")) { i += 1 }
        guard (2...8).contains(i - start), i + 1 < s.count, s[i] == "讯" || s[i] == "訊", s[i + 1] == "（" || s[i + 1] == "(",
              let close = s[(i + 2)...].firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        var inner = String(scalars: s[(i + 2)..<close])
        for role in newsRoles { inner = inner.replacingBytes(role, with: " ") }
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "，" || $0 == "\u{3000}" }).map(String.init)
        guard (1...4).contains(words.count),
              words.allSatisfy({ (2...4).contains($0.count) && $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }),
              words.count > 1 ? ClosingBylines.plausibleNames(words.joined(separator: " ")) : !notPenNames.contains(words[0]) else { return nil }
        return words.joined(separator: " ")
    }
    /// Words a bracket after a news mark holds that name nobody: a desk's note, the kind of item.
    private static let notPenNames: Set<String> = ["综合", "綜合", "综述", "綜述", "视频", "視頻", "图文", "圖文", "组图", "組圖", "快讯", "快訊",
                                                  "更新", "滚动", "滾動", "编辑", "編輯", "特稿", "专稿", "專稿"]
    private static let newsMarks = ["本报讯", "本報訊", "本刊讯", "本刊訊", "本网讯", "本網訊", "本台讯", "本台訊"]
    /// Role words before a reporter's name on a news byline (longest first where one holds another).
    static let newsRoles = ["本报记者", "本刊记者", "特约记者", "见习记者", "实习记者", "记者", "記者", "实习生", "實習生", "通讯员", "通訊員"]

    /// `新华社北京5月19日电（刘艺、杨吉）`: the names in the bracket after a dateline's 电, joined by spaces.
    static func namesAfterDateline(_ text: String) -> String? {
        let head = String(text.prefix(50))
        // `本报北京5月10日电 记者王明、李华报道：`: the reporters after the dateline, up to 报道.
        if let names = reportersAfterDateline(head) { return names }
        for mark in ["电（", "电(", "電（", "電(", "电 （", "电 ("] {
            guard let range = head.firstByteRange(of: mark) else { continue }
            let rest = head[range.upperBound...]
            guard let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
            // `（奚晓蕾 中青报·中青网记者王烨捷）`: a reporter's outlet before the role word is no name.
            let inner = String(rest[..<close]).split(whereSeparator: { $0 == " " || $0 == "、" }).map { (word: Substring) -> String in
                String((word.lastByteRange(of: "记者") ?? word.lastByteRange(of: "記者")).map { word[$0.upperBound...] } ?? word)
            }.filter { !$0.isEmpty }.joined(separator: " ")
            guard let names = namesOnly(inner) else { return nil }
            return names.replacingBytes("、", with: " ")
        }
        return nil
    }

    /// `本报北京5月10日电 记者王明报道：`, `…电  记者 王明 李华报道`: the names between the dateline's 记者
    /// and 报道. The dateline may end in 讯 (`本报北京6月13日讯 记者张三报道`), and the reporters may be posted
    /// abroad and listed by post (`综合驻斯科普里记者刘力航、张雨萌，驻雅典记者刘咏秋报道`): each post's 记者 and
    /// its names, the posts parted by a comma.
    static func reportersAfterDateline(_ text: String) -> String? {
        let head = String(text.prefix(50))
        guard head.containsBytes("记者") || head.containsBytes("記者") else { return nil }
        let line = Array(head.collapsingWhitespace.unicodeScalars)
        // The dateline's 电 or 讯 is the one the reporters follow (not the 电 of `中央电视台`).
        for mark in line.indices where "电電讯訊".unicodeScalars.contains(line[mark]) {
            var i = mark + 1
            if i < line.count, line[i] == " " { i += 1 }
            if i + 1 < line.count, line[i] == "综" || line[i] == "綜", line[i + 1] == "合" { i += 2 }
            guard i + 1 < line.count, postStarts.contains(line[i]), let names = reporters(in: line, from: i) else { continue }
            return names
        }
        return nil
    }

    /// How a reporter's post can open: a role's first character, or 驻 (a post abroad).
    private static let postStarts = Set(newsRoles.map { $0.unicodeScalars.first! } + ["驻", "駐"])

    /// The reporters' posts from `i` up to 报道: `驻雅典记者刘咏秋`, `记者王明、李华`, parted by commas.
    private static func reporters(in line: [Unicode.Scalar], from i: Int) -> String? {
        guard let ending = (i..<max(i, line.count - 1)).first(where: { (line[$0] == "报" || line[$0] == "報") && (line[$0 + 1] == "道" || line[$0 + 1] == "導") })
        else { return nil }
        var names: [String] = []
        for post in String(scalars: line[i..<ending]).split(whereSeparator: { $0 == "，" || $0 == "," }) {
            // `驻雅典记者`: a post abroad before the role; `本报记者`: the paper's own; `实习生李四`, `通讯员 王五`: other writers.
            guard let role = newsRoles.compactMap({ post.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            let before = String(post[..<role.lowerBound]).trimmingBytes(" ")
            guard before.isEmpty || before == "本报" || before == "本報"
                || ((before.hasBytePrefix("驻") || before.hasBytePrefix("駐")) && (2...9).contains(before.count)
                    && before.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) })) else { return nil }
            var after = String(post[role.upperBound...])
            for other in newsRoles { after = after.replacingBytes(other, with: " ") }
            let words = after.split(whereSeparator: { $0 == " " || $0 == "、" })
            guard !words.isEmpty, words.allSatisfy({ (2...3).contains($0.count) && $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } })
            else { return nil }
            names += words.map(String.init)
        }
        let joined = names.joined(separator: " ")
        guard !names.isEmpty, ClosingBylines.plausibleNames(joined) else { return nil }
        return joined
    }

    /// `（中央社記者溫貴香台北21日電）`, `新华社记者王敬照北京5月1日电`: the reporter named inside a
    /// dateline, between 记者 and the place the report was filed from. Name and place are written
    /// together; a name is taken as three characters when at least two are left for the place, else
    /// two (`记者王超上海电`), and only with a common surname.
    static func reporterInDateline(_ text: String) -> String? {
        let head = Array(text.prefix(60).unicodeScalars)
        var i = 0
        while i + 1 < head.count {
            defer { i += 1 }
            guard (head[i] == "记" || head[i] == "記"), head[i + 1] == "者" else { continue }
            var end = i + 2
            while end < head.count, CharacterClass.isHan(head[end].value), head[end] != "電", head[end] != "电" { end += 1 }
            let run = Array(head[(i + 2)..<end])
            // Then the day (`21日`) or nothing, then 电/電.
            var k = end
            while k < head.count, ("0"..."9").contains(head[k]) || ("０"..."９").contains(head[k]) { k += 1 }
            if k > end { guard k < head.count, head[k] == "日" else { continue }; k += 1 }
            // (`29日專電`: a special report, filed by the agency's own reporter abroad.)
            if k < head.count, head[k] == "專" || head[k] == "专" { k += 1 }
            guard k < head.count, head[k] == "電" || head[k] == "电", (4...8).contains(run.count) else { continue }
            // The name's length from where a known place begins (`王明台東縣`, `洪學廣高雄`), else from what is left for the
            // place: a place of one character is rare.
            func placeStarts(at start: Int) -> Bool {
                start + 2 <= run.count && AuthorCleaner.places.contains(String(scalars: run[start..<(start + 2)]))
            }
            let length = placeStarts(at: 2) ? 2 : placeStarts(at: 3) ? 3 : run.count - 3 >= 2 ? 3 : 2
            guard run.count - length <= 5 else { continue }
            let name = String(scalars: run[..<length])
            if ClosingBylines.plausibleNames(name) { return name }
        }
        return nil
    }

    /// The agency opening a dateline: `新华社北京5月9日电`, `（中央社記者溫貴香台北21日電）`, `中国网5月20日电`
    /// → 新华社, 中央社, 中国网. Two to five characters ending as an outlet's name does, then within a few
    /// characters (记者 and a name, a place) a day and 电.
    static func agencyInDateline(_ text: String) -> String? {
        var head = Array(text.prefix(40).unicodeScalars)
        while let first = head.first, first == "（" || first == "(" || first == "【" || first == " " { head.removeFirst() }
        var run = 0
        while run < head.count, run < 6, CharacterClass.isHan(head[run].value) { run += 1 }
        for length in stride(from: min(5, run), through: 2, by: -1) {
            let name = String(scalars: head[..<length])
            guard ["社", "网", "網", "报", "報", "台", "臺"].contains(where: name.hasByteSuffix) else { continue }
            // `本报北京5月10日电`, `本台讯`: this paper, named nowhere.
            if name.hasBytePrefix("本") { return nil }
            // `中央社台北13日電`: the place after the agency (台北, 台中) does not make it a station (…台).
            if name.hasByteSuffix("台") || name.hasByteSuffix("臺"), name.dropLast().contains(where: { "社网網报報".contains($0) }) { continue }
            // A day and 电 within the next 16 characters: `北京5月9日电`, `記者溫貴香台北21日電`.
            var k = length
            let limit = min(head.count, length + 16)
            while k < limit {
                if head[k] == "日", k > length, ("0"..."9").contains(head[k - 1]) || ("０"..."９").contains(head[k - 1]),
                   k + 1 < head.count, head[k + 1] == "电" || head[k + 1] == "電"
                    || (k + 2 < head.count && (head[k + 1] == "專" || head[k + 1] == "专") && (head[k + 2] == "電" || head[k + 2] == "电")) {
                    return name
                }
                k += 1
            }
        }
        return nil
    }

    /// `【环球时报综合报道】据…`, `【环球时报】…`: an outlet in the bracket opening the text, alone or before
    /// 报道 / 综合报道 / 讯, or before its writer's name (`【財訊快報／陳孟朔】`); `【本报讯】` names no outlet.
    static func outletInOpeningBracket(_ text: String) -> String? {
        let head = Array(text.prefix(24).unicodeScalars)
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["【": "】", "[": "]", "〔": "〕", "［": "］", "（": "）", "(": ")"]
        guard let open = head.first, let pair = pairs[open], let close = head.firstIndex(of: pair), close > 2
        else { return nil }
        // `（东方网）一模一样的长相…`: a round bracket holds the outlet's name alone, whatever else it may annotate, and
        // opens a paragraph that goes on (alone, `（联合早报）` under a photo credits the photo).
        if open == "（" || open == "(" {
            guard close + 1 < head.count else { return nil }
            let inside = String(scalars: head[1..<close]).collapsingWhitespace
            guard (3...8).contains(inside.count), !inside.hasBytePrefix("本"), inside.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
                  SourceCleaner.endsAsOutlet(inside) else { return nil }
            return inside
        }
        var inside = String(scalars: head[1..<close]).collapsingWhitespace
        // `【財訊快報／陳孟朔】`: the outlet before its writer.
        if let pair = outletAndWriter(inside) { return pair.outlet }
        // `【台灣醒報記者李宛儒台北報導】`: the outlet whose reporter filed it.
        if reporterAfterOutlet(inside) != nil, let role = reporterLabel.names.lazy.compactMap({ inside.firstByteRange(of: $0) }).first {
            let outlet = String(inside[..<role.lowerBound]).collapsingWhitespace
            if (2...8).contains(outlet.count), !outlet.hasBytePrefix("本"), SourceCleaner.endsAsOutlet(outlet) { return outlet }
        }
        for tail in ["综合报道", "综合報導", "报道", "報導", "讯", "訊"] where inside.hasByteSuffix(tail) {
            inside = String(inside.dropLast(tail.count))
            break
        }
        guard (2...8).contains(inside.count), !inside.hasBytePrefix("本"), inside.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
              SourceCleaner.endsAsOutlet(inside) else { return nil }
        return inside
    }

    /// WeChat's card over a reposted article: `以下文章来源于新周刊 ，作者何驰` → `何驰` (the writer of the
    /// original, not the account that reposted it). The name runs to the end of the line.
    static func writerOnRepostCard(_ text: String) -> String? {
        // (Any note that the text was taken from somewhere: `本文由G.P.A经授权转载自一席（ID：yixiclub），作者袁硕。`)
        guard text.unicodeScalars.count <= 80, text.containsBytes("来源于") || text.containsBytes("來源於")
                || SourceCleaner.reprintMarkers.contains(where: text.containsBytes) else { return nil }
        guard let label = ["，作者", ",作者", "， 作者", ", 作者"].compactMap({ text.lastByteRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        var name = String(text[label.upperBound...]).collapsingWhitespace
        if name.hasByteSuffix("。") { name = String(name.dropLast()) }
        guard (1...20).contains(name.count), !name.contains(" ") else { return nil }
        return name
    }

    /// The author in a bracketed credit closing a paragraph: `……。（本文来源：经济日报 作者：中国国际经济
    /// 交流中心…研究员徐占忱）` → everything between `作者：` and the closing bracket, for `AuthorCleaner`.
    static func creditedAuthor(inClosing text: String) -> String? {
        guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), text.distance(from: open, to: text.endIndex) <= 120 else { return nil }
        let credit = text[text.index(after: open)...]
        guard let label = credit.firstByteRange(of: "作者：") ?? credit.firstByteRange(of: "作者:") else { return nil }
        let rest = credit[label.upperBound...]
        guard let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        let value = String(rest[..<close]).collapsingWhitespace
        return value.isEmpty ? nil : value
    }

    /// How a reporter's line ends when it names where the report was filed (`上海报道`, `台北報導`).
    static let reportEndings = ["报道", "報導", "报导", "報道"]
    private static let placeEndings = reportEndings + ["电讯", "電訊"]
    /// The cities (and regions) reporters most often file from, as a filing line prints them apart from the names
    /// before `…报道` (`宁波 北京报道`): the capitals, the largest cities and the places across the straits.
    static func isFilingPlace(_ word: String) -> Bool { filingPlaces.contains(word) }
    private static let filingPlaces: Set<String> = [
        "北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "长沙", "郑州", "济南", "青岛", "宁波",
        "厦门", "福州", "沈阳", "大连", "哈尔滨", "长春", "石家庄", "太原", "呼和浩特", "合肥", "南昌", "南宁", "海口", "三亚", "贵阳",
        "昆明", "拉萨", "兰州", "西宁", "银川", "乌鲁木齐", "苏州", "无锡", "东莞", "佛山", "珠海", "惠州", "温州", "雄安", "香港", "澳门",
        "台北", "高雄", "台中", "臺北", "臺中", "北京市", "上海市", "天津市", "重庆市",
    ]

    /// The slashes a byline sets between outlet, reporter and desk: `聯合晚報╱記者楊正海╱即時報導`.
    static let bylineSlashes: Set<Character> = ["／", "/", "╱", "∕"]

    /// Whether the bytes of one of `bylineSlashes` are in `text`, as they must be for a character of them to be; most
    /// lines are answered without reading their characters.
    static func holdsBylineSlash(_ text: String) -> Bool {
        bylineSlashes.contains { text.containsBytes(String($0)) }
    }

    /// The reporter in a bracket opening a paragraph that ends as a report does:
    /// `〔記者巫其倫／台北報導〕`, `【记者 王超/北京报道】`, `【王家俊／台北報導】`,
    /// `【聯合晚報╱記者楊正海╱即時報導】`.
    static func reporterInOpeningBracket(_ text: String) -> String? {
        let head = Array(text.prefix(40).unicodeScalars)
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["〔": "〕", "【": "】", "[": "]", "［": "］", "（": "）", "(": ")"]
        guard let open = head.first, let pair = pairs[open], let close = head.firstIndex(of: pair) else { return nil }
        let inside = String(scalars: head[1..<close])
        if let found = reporterBeforeDesk(inside) ?? writerAfterMark(inside) ?? reporterAfterOutlet(inside) ?? outletAndWriter(inside)?.writer {
            return found
        }
        // `【看中国2024年5月18日讯】（看中国记者杨天资综合报导）`: the news mark's bracket, then the reporter's, whose
        // outlet is the one the mark names.
        guard ["讯", "訊", "电", "電"].contains(where: inside.hasByteSuffix) else { return nil }
        let after = Array(text.unicodeScalars.dropFirst(close + 1).prefix(40))
        guard let second = after.first, let secondPair = pairs[second], let secondClose = after.firstIndex(of: secondPair) else { return nil }
        let outlet = String(scalars: inside.unicodeScalars.prefix { CharacterClass.isHan($0.value) })
        return reporterAfterOutlet(String(scalars: after[1..<secondClose]), outlet: outlet)
    }

    /// `中廣新聞／楊菁惠`, `【台灣醒報／林歆芳】`: an outlet and its writer filling a short line of their own (a meta line's
    /// byline slot).
    static func outletSlashWriter(_ text: String) -> (outlet: String, writer: String)? {
        guard holdsBylineSlash(text), !text.hasMoreVisibleScalars(than: 24) else { return nil }
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 24, line.contains(where: bylineSlashes.contains) else { return nil }
        return outletAndWriter(line.trimmingBytes("【】[]"))
    }

    /// `財訊快報／陳孟朔` in the bracket opening the text: the outlet and its writer on the two sides of a slash.
    private static func outletAndWriter(_ inside: String) -> (outlet: String, writer: String)? {
        let halves = inside.split(whereSeparator: bylineSlashes.contains).map { String($0).collapsingWhitespace }
        guard halves.count == 2, SourceCleaner.endsAsOutlet(halves[0]), let writer = ClosingBylines.personalName(halves[1]) else { return nil }
        return (halves[0], writer)
    }

    /// `环球时报记者陈欣`, `本报记者 王超` filling the bracket: the names after 记者, when what comes
    /// before it is an outlet (or 本报) and the names fill the rest.
    /// `(武汉晚报记者 杨京 实习生 魏凡 崔婷)`: interns listed after the reporters with their role are writers too;
    /// `看中国记者杨天资综合报导`, `新纪元周刊记者李佳采访报导`: how the report was made closes the bracket.
    private static func reporterAfterOutlet(_ inside: String, outlet: String? = nil) -> String? {
        let trimmed = inside.collapsingWhitespace
        for label in reporterLabel.names {
            guard let range = trimmed.firstByteRange(of: label) else { continue }
            let before = String(trimmed[..<range.lowerBound]).collapsingWhitespace
            guard before.isEmpty || before == "本报" || SourceCleaner.endsAsOutlet(before) || (outlet.map { before == $0 && $0.count >= 2 } ?? false) else { return nil }
            var names = String(trimmed[range.upperBound...]).collapsingWhitespace
            for ending in ["综合报导", "綜合報導", "综合报道", "綜合報道", "采访报导", "採訪報導", "采访报道", "採訪報道"] + reportEndings
            where names.hasByteSuffix(ending) && names.count > ending.count + 1 {
                names = String(names.dropLast(ending.count)).collapsingWhitespace
                break
            }
            // `［千龙网记者陈艳6月10日报道］`: the day of the report between the name and 报道.
            names = withoutClosingMonthDay(names)
            // `台灣醒報記者李宛儒台北報導`: the city the report was filed from, glued after the name.
            if !names.contains(" "), (4...7).contains(names.count),
               let place = (2...4).lazy.map({ String(names.suffix($0)) }).first(where: { filingPlaces.contains($0) }),
               (2...3).contains(names.count - place.count) {
                names = String(names.dropLast(place.count))
            }
            // Names only: two to four characters each, nothing else after them.
            let words = names.split(whereSeparator: { $0 == " " || $0 == "、" }).filter { !internRoles.contains(String($0)) }
            guard !words.isEmpty, words.allSatisfy({ (2...4).contains($0.count) }),
                  let clean = AuthorCleaner.clean(words.joined(separator: " ")), ClosingBylines.plausibleNames(clean) else { return nil }
            return clean
        }
        return nil
    }

    /// `陈艳6月10日` → `陈艳`: a month and day (`6月10日`) closing the text dropped.
    static func withoutClosingMonthDay(_ text: String) -> String {
        var s = Array(text.unicodeScalars)
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
        guard s.last == "日" else { return text }
        var k = s.count - 1
        var digits = 0
        while k > 0, isDigit(s[k - 1]), digits < 2 { k -= 1; digits += 1 }
        guard (1...2).contains(digits), k > 0, s[k - 1] == "月" else { return text }
        k -= 1
        digits = 0
        while k > 0, isDigit(s[k - 1]), digits < 2 { k -= 1; digits += 1 }
        guard (1...2).contains(digits), k >= 2 else { return text }
        s.removeSubrange(k...)
        return String(scalars: s).collapsingWhitespace
    }

    private static let internRoles = Set(ClosingBylines.internRoles)

    /// `文/观察者网 张菁娟` opening the text in brackets: the names after the writer's mark, past
    /// the outlet printed before them.
    private static func writerAfterMark(_ inside: String) -> String? {
        let trimmed = inside.collapsingWhitespace
        guard trimmed.hasBytePrefix("文"), let value = self.value(after: writerMarks, in: trimmed) else { return nil }
        let words = value.split(separator: " ").drop { SourceCleaner.endsAsOutlet(String($0)) }
        return words.isEmpty ? nil : AuthorCleaner.clean(words.joined(separator: " "))
    }

    private static let writerMarks: Labels = ["文/", "文／", "文｜", "文|", "文︱", "文丨", "文 /", "文 ／", "文 ｜", "文 |", "文 ︱", "文 丨"]

    /// `記者王鼎鈞／台北報導`, `新頭殼newtalk2014.10.24 金名/高雄報導`: a short line naming the
    /// reporter before the desk or place they filed from.
    static func reporterOnFilingLine(_ text: String) -> String? {
        text.unicodeScalars.count <= 48 ? reporterBeforeDesk(text) : nil
    }

    /// The names just before the last slash when what follows it is a desk or a place's report
    /// (`台北報導`, `即時報導`): each after its role (`編譯茅毅、記者謝守真`), else the last word (an
    /// outlet or a date may come first); or the name glued to the report after a desk
    /// (`國際中心／許元馨報導`).
    private static func reporterBeforeDesk(_ text: String) -> String? {
        // Every report ending (报道, 報導 …) holds 报 or 報.
        guard text.containsBytes("报") || text.containsBytes("報") else { return nil }
        let inner = text.collapsingWhitespace
        guard let ending = reportEndings.first(where: inner.hasByteSuffix), let slash = inner.lastIndex(where: bylineSlashes.contains) else { return nil }
        let after = inner[inner.index(after: slash)...]
        guard after.count <= 8 else { return nil }
        var before = inner[..<slash]
        if let previous = before.lastIndex(where: bylineSlashes.contains) { before = before[before.index(after: previous)...] }
        let people = before.split(separator: "、").map { person -> String in
            var name = Substring(person)
            if let role = bylineRoles.compactMap({ name.lastByteRange(of: $0) }).max(by: { $0.upperBound < $1.upperBound }) {
                name = name[role.upperBound...]
            } else if let space = name.lastIndex(of: " ") {
                name = name[name.index(after: space)...]
            }
            return String(name).collapsingWhitespace
        }
        let names = people.joined(separator: " ")
        if people.allSatisfy({ (1...4).contains($0.count) && !deskNames.contains(where: $0.hasByteSuffix) }), ClosingBylines.plausibleNames(names) {
            return names
        }
        let glued = String(after.dropLast(ending.count))
        return (2...3).contains(glued.count) && deskNames.contains(where: before.hasByteSuffix) && ClosingBylines.plausibleNames(glued) ? glued : nil
    }

    /// The roles a bracketed byline names its people by.
    private static let bylineRoles = ["記者", "记者", "編譯", "编译", "特派員", "特派员", "實習記者", "实习记者", "通訊員", "通讯员"]
    /// Newsroom desks that sign before the reporter (`國際中心／許元馨報導`).
    private static let deskNames = ["中心", "組", "组", "部", "新聞", "新闻"]

    /// `电影网讯（编译/Rita）秋昌民导演…`, `本报讯（作者：张三）`: a labelled credit in the bracket that
    /// follows a dateline's 讯 or 电 at the opening of the article.
    static func creditAfterDateline(_ text: String) -> String? {
        // `本报讯 （记者陈翔 …）`: a space may stand between the dateline and its bracket.
        let head = Array(text.collapsingWhitespace.prefix(60).unicodeScalars)
        func opens(_ k: Int) -> Bool { k < head.count && (head[k] == "（" || head[k] == "(") }
        // (`网易娱乐1月17日报道(文/小易)`: a report's dateline ends in 报道.)
        guard let dateline = head.prefix(30).indices.first(where: { k in
            (head[k] == "讯" || head[k] == "訊" || head[k] == "电" || head[k] == "電"
                || (k > 0 && (head[k - 1] == "报" && head[k] == "道" || head[k - 1] == "報" && head[k] == "導")))
                && (opens(k + 1) || (k + 1 < head.count && head[k + 1] == " " && opens(k + 2)))
        }) else { return nil }
        let mark = head[dateline + 1] == " " ? dateline + 1 : dateline
        guard let close = head[(mark + 1)...].firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        if close > mark + 2, let names = jointCredits(String(scalars: head[(mark + 2)..<close])) { return names }
        if let found = value(after: authorLabels, in: String(scalars: head[(mark + 1)...close])) { return found }
        // `河北新闻网讯（河北日报记者马利）`: the reporter's own outlet glued before 记者 and the name. (Not
        // `（奚晓蕾 中青报·中青网记者王烨捷）`: a writer before the outlet is one of several credits.)
        guard close > mark + 2 else { return nil }
        let inside = String(scalars: head[(mark + 2)..<close])
        guard let role = reporterLabel.names.lazy.compactMap({ inside.firstByteRange(of: $0) }).first,
              !inside[..<role.lowerBound].contains(" ") else { return nil }
        return reporterAfterOutlet(inside)
    }

    /// `新华网张改萍 中国气象网记者颜昕`: reporters of two outlets reporting together, each name after its outlet (and
    /// 记者); the names, when every part reads so.
    static func jointCredits(_ inside: String) -> String? {
        let parts = inside.collapsingWhitespace.split(separator: " ").map(String.init)
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        var names: [String] = []
        for part in parts {
            var outlet = part, name = ""
            if let role = reporterLabel.names.lazy.compactMap({ part.firstByteRange(of: $0) }).first {
                outlet = String(part[..<role.lowerBound]); name = String(part[role.upperBound...])
            } else if let glued = AuthorCleaner.outletGluedToName(part) {
                (outlet, name) = glued
            }
            guard outlet.count >= 2, SourceCleaner.endsAsOutlet(outlet), let person = ClosingBylines.personalName(name), person == name else { return nil }
            names.append(name)
        }
        return names.joined(separator: " ")
    }

    /// `乐居财经 李奕和 发自广州`, `本报记者 张三 李四 发自北京`: a short line opening the article that
    /// names the reporters and where they filed from; the names are the words just before `发自`.
    static func namesFiledFrom(_ text: String) -> String? {
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 40, let filed = line.firstByteRange(of: "发自") ?? line.firstByteRange(of: "發自") else { return nil }
        // Where from: a place of a few characters ends the line.
        let place = String(line[filed.upperBound...]).trimmingBytes(" ")
        guard (2...8).contains(place.unicodeScalars.count), !place.containsBytes(" "),
              place.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) else { return nil }
        var words = line[..<filed.lowerBound].split(separator: " ").map(String.init)
        // The names: the last words before it that read as names (the outlet or role before them goes).
        var names: [String] = []
        while let last = words.last, let name = ClosingBylines.personalName(AuthorCleaner.clean(last) ?? "") {
            names.insert(name, at: 0)
            words.removeLast()
        }
        return names.isEmpty ? nil : names.joined(separator: " ")
    }

    /// `金彧 宓迪 | 来源：新京报`: the writers' names before a bar on the line that labels the source.
    static func namesBeforeLabelledSource(_ text: String) -> String? {
        guard text.containsBytes("|") || text.containsBytes("｜") || text.containsBytes("丨") else { return nil }
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "｜" || $0 == "丨" }).map { String($0).collapsingWhitespace }
        guard parts.count >= 2, parts.count <= 4, parts.dropFirst().contains(where: { value(after: sourceLabels, in: $0) != nil }),
              value(after: sourceLabels, in: parts[0]) == nil, let names = namesOnly(parts[0]) else { return nil }
        return names
    }

    /// `来源：新京报 2015-1-2 许路阳`: a reprint's credit, the outlet, the day it ran there and its writer, on the line
    /// that labels the source: the name after the date.
    static func writerAfterSourceDate(_ text: String) -> String? {
        guard text.utf8.count <= 160, text.countBytes(of: sourceLabelMarks, stopAt: 1) > 0,
              text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 40, let date = DateParser.first(in: line), value(after: sourceLabels, in: line) != nil else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard date.end < scalars.count else { return nil }
        let rest = String(scalars: scalars[date.end...]).collapsingWhitespace
        return ClosingBylines.personalName(rest)
    }

    /// Bytes every source label holds one of: a cheap test before the label is looked for.
    private static let sourceLabelMarks = PhraseList(["源", "来自", "來自", "出处", "出處", "转自", "载自", "出自", "轉自", "載自"])

    /// A caption that ends crediting a photograph (`…记者 郑启文 摄`, `张三/摄影`, `李四 供图`).
    static func isPhotoCredit(_ text: String) -> Bool {
        // `……拍摄于北京帽儿胡同 图本刊记者 姜晓明`, `图/记者 王明`: the picture's mark before the photographer's role, closing a caption.
        if text.containsBytes("记者") || text.containsBytes("記者"), let mark = text.lastByteRange(of: "图") ?? text.lastByteRange(of: "圖"),
           text.distance(from: mark.upperBound, to: text.endIndex) <= 16, !text[..<mark.lowerBound].hasByteSuffix("文"), !text[..<mark.lowerBound].hasByteSuffix("文/") {
            let role = text[mark.upperBound...].drop { "/／:： ".contains($0) }
            if ["本刊记者", "本报记者", "记者", "本刊記者", "本報記者", "記者"].contains(where: role.hasBytePrefix) { return true }
        }
        // Every credit names 摄 / 攝 or 供图 / 供圖: most paragraphs are answered by one byte search.
        guard text.containsBytes("摄") || text.containsBytes("攝") || text.containsBytes("供图") || text.containsBytes("供圖") else { return false }
        // `（記者林調遜／攝影）`: the credit may close inside a bracket.
        var t = text.collapsingWhitespace
        // `…摄（下同）`: the credit covers the pictures below too.
        for same in ["（下同）", "(下同)"] where t.hasByteSuffix(same) { t = String(t.dropLast(same.count)) }
        t = t.trimmingBytes("）)】〕]」。 ")
        // `文/摄`, `文并摄`, `文、图`: the writer took the photographs too.
        guard !["文/摄", "文／摄", "文 / 摄", "文并摄", "文、摄", "文/图", "文／图", "文、图"].contains(where: { t.contains($0) }) else { return false }
        return ["摄", "摄影", "攝", "攝影", "供图", "供圖"].contains(where: t.hasByteSuffix)
    }

    /// `中央纪委国家监委网站 王卓 陆丽环`: the outlet, then its writers' names, alone on a short line
    /// at the head of the text (no 记者 between them).
    static func namesAfterOutlet(_ text: String) -> String? {
        outletAndNames(text)?.names
    }

    /// The outlet and the names of `namesAfterOutlet`. With `anyOutlet` (the line sits in an element
    /// named for the source: `<div class="source">人民日报中央厨房 韩庆 董志雯</div>`) the first word
    /// need not end as an outlet's name does.
    static func outletAndNames(_ text: String, anyOutlet: Bool = false) -> (outlet: String, names: String)? {
        // An outlet of up to 16 characters, five names of up to three, their separators and a place's report
        // ending: a longer line is text (most lines are answered here, before any copy).
        guard !text.hasMoreVisibleScalars(than: 64) else { return nil }
        var words = text.collapsingWhitespace.split(separator: " ").map(String.init)
        // `凤凰卫视 王恳 周铭吉 北京报道`: where they reported from closes the line.
        if let last = words.last, last.count <= 8, reportEndings.contains(where: last.hasByteSuffix) { words.removeLast() }
        guard words.count >= 2, words.count <= 5, let outlet = words.first, (3...16).contains(outlet.count),
              outlet.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
              anyOutlet || SourceCleaner.outletSuffixes.contains(where: outlet.hasByteSuffix), ClosingBylines.personalName(outlet) == nil,
              let names = namesOnly(words.dropFirst().joined(separator: " ")),
              ClosingBylines.plausibleNames(names) else { return nil }
        return (outlet, names)
    }

    /// `聯合報／ 記者沈能元／台北即時報導`, `自由時報記者王明／台北報導`: the outlet its reporter writes for,
    /// printed before the reporter's role on the byline; or before its translator's, who may come first
    /// (`聯合報／編譯茅毅、記者謝守真／綜合報導`, `經濟日報／編譯林聰毅／綜合外電`).
    static func outletBeforeReporter(_ text: String) -> String? {
        guard text.countBytes(of: reporterOrTranslator.phrases, stopAt: 1) > 0, text.unicodeScalars.count <= 60,
              let role = reporterOrTranslator.names.compactMap({ text.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        // The last word before the role: a date may open the line (`2023-08-28 21:50 聯合報／ 記者…`).
        func isSeparator(_ c: Unicode.Scalar) -> Bool { bylineSlashes.contains(Character(c)) || "|｜丨".unicodeScalars.contains(c) }
        let before = String(text[..<role.lowerBound]).trimmingScalars { $0.properties.isWhitespace || isSeparator($0) }
        var outlet = String(before.split(separator: " ").last ?? "").trimmingScalars { isSeparator($0) || lineMarks.contains($0) || "【[（(".unicodeScalars.contains($0) }
        // `据海南日报客户端丨记者黄媛艳`: according to the outlet.
        if outlet.hasBytePrefix("据") || outlet.hasBytePrefix("據") { outlet = String(outlet.dropFirst()) }
        let after = text[role.upperBound...].drop { $0 == " " || $0 == "\u{3000}" }
        guard (2...12).contains(outlet.count), outlet.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
              !outlet.hasBytePrefix("本"), SourceCleaner.endsAsOutlet(outlet), ClosingBylines.personalName(outlet) == nil,
              after.prefix(2).unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }), after.count >= 2 else { return nil }
        return outlet
    }

    private static let reporterOrTranslator: Labels = ["記者", "记者", "編譯", "编译"]

    /// `石佳/中国青年报`: a reporter and outlet on one short line.
    static func nameAndOutlet(_ text: String) -> (author: String, source: String)? {
        guard text.containsBytes("/") || text.containsBytes("／") else { return nil }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "／" }).map { String($0).collapsingWhitespace }
        guard parts.count == 2, let name = namesOnly(parts[0]), !name.containsBytes(" "),
              SourceCleaner.outletSuffixes.contains(where: parts[1].hasByteSuffix), parts[1].count <= 12 else { return nil }
        return (name, parts[1])
    }

    /// `ggjjzhzz 发表于 2005-9-15 11:46:00`, `张三 发布于 2024-05-10 10:00`: who posted, then when: a blog's or forum's post line.
    /// The word before the mark, when the mark is followed by the date.
    /// A forum's first post reads the same with the badge it carries: `我知道自己帅 (27级) 楼主 2018-10-21 22:57`.
    static func posterBeforeDate(_ text: String) -> String? {
        guard text.countBytes(of: posterMarks, stopAt: 1) > 0 else { return nil }
        let t = text.collapsingWhitespace
        guard t.unicodeScalars.count <= 60,
              let mark = posterMarkWords.compactMap({ t.firstByteRange(of: $0) }).first,
              t[..<mark.lowerBound].hasByteSuffix(" "),  // a name apart from the mark, not `文章发表于` in a sentence
              let date = DateParser.first(in: String(t[mark.upperBound...])), date.start <= 2 else { return nil }
        // The member's level beside the name (`(27级)`, `Lv.5`) is no part of it.
        let before = t[..<mark.lowerBound].split(separator: " ").filter { word in
            !((word.hasBytePrefix("(") || word.hasBytePrefix("（")) && (word.hasByteSuffix("级)") || word.hasByteSuffix("级）"))) && !word.lowercased().hasBytePrefix("lv")
        }
        // `人民网 发布于 2024-05-10`: the outlet that published, not a writer.
        guard let name = before.last, before.count <= 2, readsAsPosterName(String(name)) else { return nil }
        return String(name)
    }

    /// `jioushan182·2019-11-20·352 次阅读`, `jrcloud • 2020 年 09 月 13 日`, `笙歌 / 二零二四年 十月 三日 / 约 1.4k 字`: a blog's post line, the writer's name
    /// opening it and a dot between it and the date. Not an outlet (`新华社·2019-11-20`).
    static func nameDotDate(_ text: String) -> String? {
        guard text.unicodeScalars.count <= 60, text.unicodeScalars.contains(where: isNameDot) else { return nil }
        let t = text.collapsingWhitespace
        guard let dot = t.firstIndex(where: { $0.unicodeScalars.count == 1 && isNameDot($0.unicodeScalars.first!) }) else { return nil }
        let name = String(t[..<dot]).trimmingBytes(" ")
        guard readsAsPosterName(name), !name.contains(" "), DateParser.first(in: name) == nil,
              let date = DateParser.first(in: String(t[t.index(after: dot)...])), date.start <= 1 else { return nil }
        return name
    }

    /// The marks between a poster's name and the date: `·`, `•`, `・`, `∙`, `/`, `／` (a switch, not a set hashed per character).
    private static func isNameDot(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xB7, 0x2022, 0x30FB, 0x2219, 0x2F, 0xFF0F: true
        default: false
        }
    }

    /// `于 2020-04-20 由 安言 发布`: posted by the name between 由 and 发布.
    static func postedBy(_ text: String) -> String? {
        guard text.containsBytes("由"), text.containsBytes("发布") || text.containsBytes("發布"), text.unicodeScalars.count <= 40,
              DateParser.first(in: text) != nil else { return nil }
        let words = text.collapsingWhitespace.split(separator: " ")
        guard let by = words.firstIndex(of: "由"), by + 2 < words.count, ["发布", "發布"].contains(words[by + 2]) else { return nil }
        return String(words[by + 1])
    }

    /// `posted on 2010-12-29 23:19 陈刚 阅读(6866) 评论(0) 编辑 收藏`, `posted @ 2024-05-09 14:45 好看的hk 阅读(430)`: the foot a
    /// .Text blog (BlogJava, 博客园) prints under a post, the day, the writer and the counters; the writer.
    static func postFootName(_ text: String) -> String? {
        guard let first = text.utf8.first, first == UInt8(ascii: "p") || first == UInt8(ascii: "P"), text.utf8.count <= 300 else { return nil }
        let line = text.collapsingWhitespace
        guard ["posted on ", "posted @ ", "posted @"].contains(where: { line.lowercased().hasBytePrefix($0) }),
              let date = DateParser.first(in: line), date.start <= 10,
              let words = SourceCleaner.words(in: line, after: date) else { return nil }
        // Past the time of day to the name; the counters (or nothing) after it.
        let rest = words.drop { word in word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":") } }
        guard let name = rest.first.map(String.init), readsAsPosterName(name), DateParser.first(in: name) == nil,
              rest.count == 1 || postFootCounters.contains(where: rest[rest.index(after: rest.startIndex)].hasBytePrefix) else { return nil }
        return name
    }

    private static let postFootCounters = ["阅读", "閱讀", "评论", "評論", "浏览", "瀏覽", "Views", "views", "Comments", "comments", "编辑", "編輯"]

    /// `本帖最后由 哞菇 于 2021-4-12 15:58 编辑`: the notice a forum (Discuz!) prints on a post its poster edited; the name.
    static func editedBy(_ text: String) -> String? {
        guard text.containsBytes("本帖") else { return nil }
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 60 else { return nil }
        for (opening, at) in [("本帖最后由 ", " 于 "), ("本帖最後由 ", " 於 ")] {
            guard let start = line.firstByteRange(of: opening), line.distance(from: line.startIndex, to: start.lowerBound) <= 2,
                  let end = line[start.upperBound...].firstByteRange(of: at), line.hasByteSuffix("编辑") || line.hasByteSuffix("編輯") else { continue }
            let name = String(line[start.upperBound..<end.lowerBound]).collapsingWhitespace
            return (1...24).contains(name.count) ? name : nil
        }
        return nil
    }

    /// `by 班傑明．陳`, `Posted by Ben Chen on 2020-09-03`: an English byline; the name after `by`, when it reads
    /// as one (two to ten Han characters, a dot between given name and surname allowed, or one to three capitalised
    /// Latin words), up to a date (`Jul 27th, 2009` from its month), a separator or `on`.
    static func englishByline(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), "bBpPwW".unicodeScalars.contains(first) else { return nil }
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 60 else { return nil }
        let lower = line.lowercased()
        guard let prefix = ["posted by ", "written by ", "by "].first(where: { lower.hasBytePrefix($0) }) else { return nil }
        var name = String(line.dropFirst(prefix.count))
        if let on = name.firstByteRange(of: " on ") { name = String(name[..<on.lowerBound]) }
        // `Posted by Qiu Juntao Jul 27th, 2009`: a date spelt with the month's name ends the name before its month.
        if let date = DateParser.first(in: name) { name = String(scalars: name.unicodeScalars.prefix(date.start)) }
        if let cut = name.firstIndex(where: { $0.isNumber || "|｜,，@/（(".contains($0) }) { name = String(name[..<cut]) }
        name = name.trimmingBytes(" ·・•-–—")
        // After `Posted by` a blog's or forum's login name reads as it is registered (`zt`, `hkliya`).
        if prefix != "by ", (2...20).contains(name.count), name.first!.isLetter,
           name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }) { return name }
        return readsAsName(name) ? name : nil
    }

    /// Two to ten Han characters (a dot between given name and surname allowed), or one to three capitalised Latin words.
    private static func readsAsName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        let han = scalars.filter { CharacterClass.isHan($0.value) }.count
        let hanName = (2...10).contains(han) && scalars.allSatisfy { CharacterClass.isHan($0.value) || "．·・•".unicodeScalars.contains($0) }
        let words = name.split(separator: " ")
        let latinName = (1...3).contains(words.count) && words.allSatisfy { word in
            word.first!.isUppercase && word.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "." || $0 == "-" || $0 == "'") }
        }
        return hanName || latinName
    }

    /// `Author, 李雨梦`, `Author: Ben Chen`, `Authors: 王明`: an English label and the name after it, alone on the line (the
    /// BBC's byline list labels each field so: `Author, …`, `Role, …`).
    static func englishAuthorLabel(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), first == "A" || first == "a" else { return nil }
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 40 else { return nil }
        for label in ["Authors", "Author"] where line.lowercased().hasBytePrefix(label.lowercased()) {
            let rest = line.dropFirst(label.count)
            guard let mark = rest.first, ",:：，".contains(mark) else { return nil }
            let name = String(rest.dropFirst()).trimmingBytes(" ")
            return readsAsName(name) ? name : nil
        }
        return nil
    }

    /// `tyoy99999 于 2018/3/17 21:15:04 发布在 凯迪社区 > 娱乐八卦`: the poster, 于 (on) and the time, then what was done
    /// (发布, 发表) and where; the name stands apart before 于. A post edited since reads `crispsea 已于 2024-11-19 16:21:47 修改`.
    static func posterOnDate(_ text: String) -> String? {
        guard text.containsBytes("于 ") || text.containsBytes("於 "), text.unicodeScalars.count <= 80 else { return nil }
        let t = text.collapsingWhitespace
        guard let mark = [" 于 ", " 於 ", " 已于 ", " 已於 "].lazy.compactMap({ t.firstByteRange(of: $0) }).first else { return nil }
        let rest = String(t[mark.upperBound...])
        guard let date = DateParser.first(in: rest), date.start == 0 else { return nil }
        let after = String(scalars: Array(rest.unicodeScalars)[date.end...]).trimmingBytes(" ")
        guard ["发布", "发表", "發布", "發表", "發佈", "修改", "編輯", "编辑"].contains(where: after.hasBytePrefix) else { return nil }
        let name = String(t[..<mark.lowerBound])
        guard readsAsPosterName(name), !name.contains(" ") else { return nil }
        return name
    }

    /// A poster's name on a post line: 2 to 24 characters, no label's colon, no outlet's ending (`人民网 发布于 …`).
    private static func readsAsPosterName(_ name: String) -> Bool {
        (2...24).contains(name.unicodeScalars.count) && !name.contains(where: { $0 == ":" || $0 == "：" }) && !SourceCleaner.endsAsOutlet(name)
            // `出发时间 / 2014-04-12`: a field's label before its date (a travel note's facts), no name.
            && !timeLabelEnds.contains(where: name.hasByteSuffix)
    }

    private static let timeLabelEnds = ["时间", "時間", "日期"]

    private static let posterMarkWords = ["发表于", "發表於", "发布于", "發布於", "發佈於", "楼主"]
    private static let posterMarks = PhraseList(posterMarkWords)

    /// `[ 邓钧元 ]——(2014-6-16) / 已阅10332次`: a bracketed name opening a meta line, its date right after it.
    static func bracketedNameBeforeDate(_ text: String) -> String? {
        guard text.containsBytes("[") || text.containsBytes("【") else { return nil }
        let line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 60, let open = line.first, open == "[" || open == "【",
              let close = line.firstIndex(where: { $0 == "]" || $0 == "】" }),
              let date = DateParser.first(in: String(line[line.index(after: close)...])), date.start <= 4,
              let names = namesOnly(String(line[line.index(after: line.startIndex)..<close])),
              // (`[已注销] 2016-08-26 20:30:44` over a comment: an account deleted since.)
              ClosingBylines.plausibleNames(names) else { return nil }
        return names
    }

    /// `2013/05/05 | 田晶 | 阅读次数：2894`: a person's name (a common surname) in the slot after the date of a meta line,
    /// set off by bars on both sides as the line's fields are.
    /// `2024-10-15 李志民`: or the name alone after the day (no time: a post's stamp, `2011-01-02 12:00:00 马甲`, names
    /// its poster's alias) that opens a short meta line.
    static func personAfterDate(_ text: String) -> String? {
        if text.unicodeScalars.count <= 30, let date = DateParser.first(in: text), date.start == 0, date.hour == nil,
           let words = SourceCleaner.words(in: text, after: date), let name = ClosingBylines.personalName(String(words[0])),
           // (`2012/1/17 蔡崇梧 報導`: the reporter and the report's word.)
           words.count == 1 || words.count == 2 && reportEndings.contains(String(words[1])) {
            return name
        }
        guard text.unicodeScalars.count <= 60, text.containsBytes("|") || text.containsBytes("｜"),
              let word = SourceCleaner.wordAfterDate(in: text), let name = ClosingBylines.personalName(word) else { return nil }
        let line = text.collapsingWhitespace.replacingBytes("｜", with: "|").replacingBytes(" ", with: "")
        return line.contains("|\(name)|") ? name : nil
    }

    /// `张三 2023-09-01 07:02`, `陳嘉宏 2023年09月01日 07:02:00`, `2023-09-01 07:02 张三`, `2020-02-13 By 亞小安`: a line of
    /// only a person's name and the date (its time of day beside it), as a blog or a column prints it under the headline;
    /// the name. Not an outlet (`新华网 2019-12-10`) nor an account's handle, which no surname marks.
    static func personBesideDate(_ text: String) -> String? {
        guard text.unicodeScalars.count <= 40, let date = DateParser.first(in: text) else { return nil }
        let before = String(scalars: text.unicodeScalars.prefix(date.start)).collapsingWhitespace
        let after = (SourceCleaner.words(in: text, after: date) ?? []).drop { word in word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":") } }
        if before.isEmpty {
            if after.count == 2, after.first!.lowercased() == "by", readsAsName(String(after.last!)) { return String(after.last!) }
            return after.count == 1 ? ClosingBylines.personalName(String(after.first!)) : nil
        }
        guard after.isEmpty, !before.contains(" ") else { return nil }
        return ClosingBylines.personalName(before)
    }

    /// `emperor2023-07-09 23:30:40`, `TRIPP MICKLE2023年9月13日`, `李大兴2018-06-11 16:28`: a name run into the date, as a
    /// scraper's text prints a meta line's two elements (the writer's, the time's) without a space between them; the name.
    /// A Latin handle or a surname-marked name, not an outlet (`新华网2019-…`), a label or a word of the page's furniture
    /// (`发布于2019-…`, `Updated2019-…`).
    static func nameRunIntoDate(_ text: String) -> String? {
        // Not a sentence opening with a name and a date (`孙静雅2013年4月3日因参加…，引起网友关注。`, a caption).
        guard text.unicodeScalars.count <= 60, !text.unicodeScalars.contains(where: { "，。！？；、,;".unicodeScalars.contains($0) }),
              let date = DateParser.first(in: text), date.start >= 2 else { return nil }
        let scalars = Array(text.unicodeScalars)
        let joint = scalars[date.start - 1]
        guard joint.properties.isAlphabetic || CharacterClass.isHan(joint.value) else { return nil }
        let before = String(scalars: scalars[..<date.start]).collapsingWhitespace
        guard before.split(separator: " ").count <= 3 else { return nil }
        if let name = ClosingBylines.personalName(before) { return name }
        guard let first = before.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic, (2...30).contains(before.unicodeScalars.count),
              before.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || " ._-".unicodeScalars.contains($0)) }),
              !before.lowercased().split(separator: " ").contains(where: { metaWords.contains(String($0)) }) else { return nil }
        return before
    }
    private static let metaWords: Set<String> = ["posted", "updated", "published", "date", "time", "created", "modified", "edited", "on", "at",
                                                 "by", "last", "home", "news", "blog", "post", "posts", "archive", "archives", "categories",
                                                 "category", "tags", "tag", "about", "views", "comments", "read", "more", "copyright", "since",
                                                 "from", "to", "and", "the", "of", "in", "edition", "update", "version", "v", "page", "back", "next", "prev",
                                                 "previous", "top", "menu", "search", "share", "login", "sign", "print", "email"]

    /// `2004年7月16日08:19 [ 黄宇 ]`: a bracketed name right after the date of a meta line.
    static func bracketedNameAfterDate(_ text: String) -> String? {
        guard text.containsBytes("[") || text.containsBytes("【") || text.containsBytes("(") || text.containsBytes("（"),
              let date = DateParser.first(in: text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard date.end < scalars.count else { return nil }
        let rest = String(scalars: scalars[date.end...]).collapsingWhitespace
        guard let open = rest.first, open == "[" || open == "【" || open == "(" || open == "（",
              let close = rest.firstIndex(where: { $0 == "]" || $0 == "】" || $0 == ")" || $0 == "）" }) else { return nil }
        return namesOnly(String(rest[rest.index(after: rest.startIndex)..<close]))
    }
}
