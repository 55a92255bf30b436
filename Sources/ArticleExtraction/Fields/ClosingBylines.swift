import TopicsICU
/// Bylines printed away from the meta line: at the end of the article (`（记者 张倩）`, `（袁源）`),
/// glued to a credit mark (`记者马俊峰/文`, `蔡雪婧/摄`), or the issuing body that signs a notice
/// above its date (落款).
enum ClosingBylines {
    /// Role words that precede names inside a closing bracket.
    private static let roles = ["本报记者", "总台记者", "特约记者", "见习记者", "实习记者", "记者", "本报实习生", "实习生", "通讯员", "特约评论员",
                                "评论员", "本报", "本報記者", "特約記者", "見習記者", "實習記者", "記者", "實習生", "通訊員", "本報"]

    /// Who edited, checked or produced the piece: the end of a closing credit's writers.
    private static let editorMarks = BylineParser.editorLabels.names + ["校对", "审核", "审校", "审稿", "监制", "编审"]
    /// Credits for the pictures after the writer's in a closing bracket.
    private static let pictureMarks = ["图片制作", "制图", "摄影", "摄像", "图片", "视频"]
    /// The mark after the name of who made the pictures (`史貝貝/圖`).
    private static let pictureMakerMarks = ["/图", "/圖", "／图", "／圖", "/摄", "/攝"]
    /// The writer's mark opening a closing credit (`文 莫涛`, `文/莫涛`, `撰文：…`, `实习编译：王国宁`: who translated a piece wrote it).
    static let writerMarks = ["撰文：", "撰文:", "撰文", "实习编译：", "实习编译:", "编译：", "编译:", "编译/", "编译／", "编译 ", "編譯 ", "文/", "文／", "文｜", "文|",
                                      "文：", "文:", "文 "]

    /// `……廖爱晚说。文/张知依`, `……送醫挽回一命。報導．攝影╱韓旭爾`: the writer's mark and name set after the paragraph's last
    /// sentence, no bracket around them (蘋果日報's lead, a feature's close; `…。報導╱林明佳、張佩玉`). A photographer alone
    /// (`攝影╱…`) wrote nothing.
    static func writerAfterLastSentence(_ text: String) -> String? {
        // The mark, the name and the sentence's end all sit in the paragraph's last few characters: a slash (`/`, `／`
        // EF BC 8F, `╱` E2 95 B1) among its last bytes, or no credit.
        guard text.utf8.count >= 30 else { return nil }
        let lastBytes = Array(text.utf8.suffix(48))
        guard lastBytes.indices.contains(where: { i in
            lastBytes[i] == 0x2F || (i >= 2 && (lastBytes[i] == 0x8F && lastBytes[i - 1] == 0xBC && lastBytes[i - 2] == 0xEF
                                                || lastBytes[i] == 0xB1 && lastBytes[i - 1] == 0x95 && lastBytes[i - 2] == 0xE2))
        }) else { return nil }
        let line = String(scalars: text.unicodeScalars.suffix(32)).collapsingWhitespace
        guard let slash = line.lastIndex(where: { "/／╱".contains($0) }) else { return nil }
        let name = String(line[line.index(after: slash)...])
        var before = line[..<slash]
        guard let mark = sentenceWriterMarks.first(where: { before.hasByteSuffix($0) }) else { return nil }
        before = before.dropLast(mark.count)
        guard let end = before.last, "。！？」”".contains(end), let names = BylineParser.namesOnly(name), plausibleNames(names) else { return nil }
        return names.replacingBytes("、", with: " ")
    }

    private static let sentenceWriterMarks = ["報導．攝影", "報導·攝影", "报道·摄影", "撰文", "報導", "报道", "文"]

    /// Names in the bracket that ends a paragraph: `……的决心。（常书香 马丹阳 ）`.
    /// `wholeBlock` is true when the bracket is all the paragraph holds.
    static func trailingNames(_ text: String) -> (names: String, wholeBlock: Bool)? {
        var scalars = Array(text.collapsingWhitespace.unicodeScalars)
        // Past the mark a paper ends an article with (`……奥运会。（李佳寅）▲`): the marks a byline line opens with.
        while let last = scalars.last, BylineParser.lineMarks.contains(last) || last == " " { scalars.removeLast() }
        guard let last = scalars.last, last == "）" || last == ")", let open = matchingOpen(scalars) else { return nil }
        var inner = String(scalars: scalars[(open + 1)..<(scalars.count - 1)]).collapsingWhitespace
        // `（来源：中国日报网 信莲 编辑：北风）`: the writer after the outlet in the source's note.
        if let label = ["来源：", "来源:", "來源：", "來源:"].first(where: inner.hasBytePrefix) {
            var note = String(inner.dropFirst(label.count))
            if let editor = editorMarks.compactMap({ note.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                note = String(note[..<editor.lowerBound])
            }
            let words = note.collapsingWhitespace.split(separator: " ")
            // (`（来源：腾讯房产・长沙站 文/牛蕊）`: a portal's channel, the writer's mark before the name.)
            var writers = words.dropFirst().joined(separator: " ")
            if let mark = writerMarks.first(where: writers.hasBytePrefix) { writers = String(writers.dropFirst(mark.count)) }
            if words.count >= 2, SourceCleaner.endsAsOutlet(String(words[0])) || SourceCleaner.portals.contains(where: words[0].hasBytePrefix),
               let names = BylineParser.namesOnly(writers), plausibleNames(names) {
                return (names.replacingBytes("、", with: " "), open == 0)
            }
        }
        // `……（谢艳红）（来源：本网）`: the source's note after the writer's bracket.
        if open > 0, ["来源", "來源", "稿源"].contains(where: inner.hasBytePrefix) {
            return trailingNames(String(scalars: scalars[..<open])).map { ($0.names, false) }
        }
        if let names = stationReporters(inner) { return (names, open == 0) }
        // `（文 莫涛 编辑 韩小强）`, `（记者 林艳 图片制作/王慧）`: who edited it or made its pictures
        // closes the credit; the writer comes before.
        if let editor = (editorMarks + pictureMarks).compactMap({ inner.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            inner = String(inner[..<editor.lowerBound])
        }
        var marked = false
        for mark in writerMarks where inner.hasBytePrefix(mark) {
            inner = String(inner.dropFirst(mark.count))
            marked = true
            break
        }
        // `（广报全媒体记者贺涵甫）`, `（央视记者 刘骁骞）`: the outlet's name before the role word is no name.
        if let role = roles.compactMap({ inner.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           role.lowerBound > inner.startIndex, personalName(String(inner[..<role.lowerBound])) == nil {
            inner = String(inner[role.lowerBound...])
        }
        // `（記者 李慧婷/文 通訊員 史貝貝/圖）`: each name marked with what it made; the pictures' maker, and the role
        // before it, is no writer.
        if pictureMakerMarks.contains(where: inner.containsBytes) {
            var words = inner.collapsingWhitespace.split(separator: " ").map(String.init)
            if let photo = words.firstIndex(where: { w in pictureMakerMarks.contains(where: w.hasByteSuffix) }) {
                words.removeSubrange((photo > 0 && roles.contains(words[photo - 1]) ? photo - 1 : photo)...)
            }
            inner = words.map { w in ["/文", "／文"].first(where: w.hasByteSuffix).map { String(w.dropLast($0.count)) } ?? w }.joined(separator: " ")
        }
        for role in roles { inner = inner.replacingBytes(role, with: " ") }
        // `（本社记者：马寻轩）`: the colon after the role.
        if let mark = inner.first(where: { $0 != " " }), mark == "：" || mark == ":" {
            inner = String(inner.drop { $0 == " " || $0 == "：" || $0 == ":" })
        }
        // `（姚峰 上海报道）`: the place of reporting is not a name.
        inner = inner.replacingBytes("／", with: " ").replacingBytes("/", with: " ")
        // `（陳奕華報導）`: a name the report ending is glued to stays.
        inner = inner.split(separator: " ").compactMap { word -> Substring? in
            guard let ending = BylineParser.reportEndings.first(where: { word.hasByteSuffix($0) }) else { return word }
            let stem = word.dropLast(ending.count)
            return (2...3).contains(stem.count) && personalName(String(stem)) != nil && !BylineParser.isFilingPlace(String(stem)) ? stem : nil
        }.joined(separator: " ")
        // `（中央纪委国家监委网站 斯凌整理）`, `（李艳 撰稿）`, `（茅艳雯 文）`: who compiled or wrote it, and the outlet before
        // the names (文 set apart: glued on it ends a name, 王文).
        for role in ["整理", "撰稿", " 文"] where inner.hasByteSuffix(role) {
            inner = String(inner.dropLast(role.count)).collapsingWhitespace
            break
        }
        // `（县人社局杨熙）`: the writer's office glued before the name.
        if let name = officeSignedName(inner) { inner = name }
        // `(春城晚报王劲松)`: the outlet's name glued before its writer's.
        if !inner.contains(" "), (5...14).contains(inner.count), inner.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
           let cut = inner.lastIndex(where: { "报報社网網台".contains($0) }), inner.distance(from: inner.startIndex, to: cut) >= 2,
           case let name = String(inner[inner.index(after: cut)...]), (2...3).contains(name.count),
           SourceCleaner.endsAsOutlet(String(inner[...cut])), let person = personalName(name) {
            return (person, open == 0)
        }
        // A name the writer's mark announces (`（文/风之影）`) may be a pen name, whatever its first character.
        // `（钟 欣）`: a two-character name padded to the width of three.
        // (`（新浪国际 张成普 刘国伟）`: a portal's channel before the writers.)
        let portalChannel = inner.split(separator: " ").first.map { first in SourceCleaner.portals.contains(where: first.hasBytePrefix) } ?? false
        guard let names = BylineParser.outletAndNames(inner, anyOutlet: portalChannel)?.names ?? BylineParser.namesOnly(inner, padded: true).flatMap({ marked || plausibleNames($0) ? $0 : nil })
        else { return nil }
        // `（刘艺、杨吉）`: the writers of a closing credit are listed with spaces, as a dateline's are.
        return (names.replacingBytes("、", with: " "), open == 0)
    }

    /// `民視新聞陳韻平、郭文海台北報導`, `新唐人亞太電視黃定國、林秋霞台灣新竹採訪報導`: a station's name glued before its
    /// reporters, listed with `、`, the place they reported from and the report's ending glued after the last.
    static func stationReporters(_ inner: String) -> String? {
        guard !inner.contains(" "), let ending = ["採訪報導", "采访报道", "報導", "报道"].first(where: inner.hasByteSuffix) else { return nil }
        let parts = String(inner.dropLast(ending.count)).split(separator: "、").map(String.init)
        guard (2...4).contains(parts.count), parts.allSatisfy({ $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }),
              let first = parts.first, let last = parts.last,
              let cut = ["新聞", "新闻", "電視", "电视", "電台", "电台", "報", "报", "台", "臺", "網", "网"].compactMap({ first.lastByteRange(of: $0) })
                .max(by: { $0.upperBound < $1.upperBound }),
              SourceCleaner.endsAsOutlet(String(first[..<cut.upperBound]), orChannel: true),
              case let opener = String(first[cut.upperBound...]), (2...3).contains(opener.count), personalName(opener) != nil,
              (4...7).contains(last.count) else { return nil }
        // The last name, then the place: two characters when a known place follows them, else three.
        let two = String(last.prefix(2)), three = String(last.prefix(3))
        let closing = BylineParser.isFilingPlace(String(last.dropFirst(2))) ? two : three
        let names = [opener] + parts.dropFirst().dropLast() + [closing]
        guard names.allSatisfy({ (2...3).contains($0.count) && personalName($0) != nil }) else { return nil }
        return names.joined(separator: " ")
    }

    /// Whether the text ends with a bracket whose credit opens with the writer's mark (`（文/郑思琳）`).
    static func endsWithMarkedCredit(_ text: String) -> Bool {
        // Most paragraphs end with no bracket: their last bytes say so before any copy.
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }), last == "）" || last == ")" else { return false }
        let t = text.collapsingWhitespace
        guard t.last == "）" || t.last == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }), t.distance(from: open, to: t.endIndex) <= 16 else { return false }
        let inner = t[t.index(after: open)...]
        return ["文/", "文／", "文：", "文:"].contains(where: inner.hasBytePrefix)
    }

    /// The bracket opening the one that closes `scalars`, past brackets nested inside it (`(责编：余悦（实习生）、张希)`).
    private static func matchingOpen(_ scalars: [Unicode.Scalar]) -> Int? {
        var depth = 0
        for k in stride(from: scalars.count - 1, through: 0, by: -1) {
            let c = scalars[k]
            if c == "）" || c == ")" { depth += 1 }
            if c == "（" || c == "(" {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }

    /// `（作者：聂伟，系中国教育科学研究院副研究员、博士；本文系…阶段性成果）`: the writer's note closing an opinion piece,
    /// the name after 作者 and before the comma that says who they are (what follows names their posts, not them).
    static func authorNote(_ text: String) -> String? {
        guard text.containsBytes("作者") else { return nil }
        let t = text.collapsingWhitespace
        guard t.hasByteSuffix("）") || t.hasByteSuffix(")"),
              let label = ["（作者：", "（作者:", "(作者：", "(作者:"].compactMap({ t.lastByteRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let rest = t[label.upperBound...]
        guard let stop = rest.firstIndex(where: { "，,；;）)".contains($0) }), "，,".contains(rest[stop]) else { return nil }
        return personalName(String(rest[..<stop]).collapsingWhitespace)
    }

    /// The reporter's credit printed at the end of the last paragraph, after its last sentence:
    /// `…所以我已经把这个电视节忘了。 本报记者 孟丽`, `…正在进行中。记者 王芳 李强`. Only after a
    /// sentence's end, and only names with a common surname.
    static func closingReporter(_ text: String) -> String? {
        guard text.containsBytes("者") else { return nil }  // 记者, 記者 (perhaps across a line break)
        // (`…福建的媳妇。”\u{E5F1}本报记者黄世宏`: a private-use character, a glyph of the page's font, between.)
        let t = TitleFinder.withoutPrivateUse(text).collapsingWhitespace
        // `…的外包装。 本报记者 来扬摄`: a caption's photographer.
        guard !["摄", "攝", "摄影", "攝影"].contains(where: t.hasByteSuffix),
              let role = t.lastByteRange(of: "记者") ?? t.lastByteRange(of: "記者") else { return nil }
        // `本报记者 李敬欣 王芷荭 实习生 宋延娜`: an intern's role between the names.
        let names = String(t[role.upperBound...]).split(separator: " ")
            .map { word in internRoles.first(where: { word.hasBytePrefix($0) && word.count > $0.count }).map { word.dropFirst($0.count) } ?? word }
            .filter { !internRoles.contains(String($0)) }.joined(separator: " ")
        guard !names.isEmpty, names.unicodeScalars.count <= 16,
              names.split(separator: " ").allSatisfy({ (2...3).contains($0.count) && $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }),
              plausibleNames(names) else { return nil }
        // What stands before the role: the end of a sentence, then at most an outlet's own word (本报, 新华社).
        var before = String(t[..<role.lowerBound]).trimmingBytes(" ")
        for outlet in ["本报", "本報", "本台", "本刊", "本网", "本網"] where before.hasByteSuffix(outlet) {
            before = String(before.dropLast(outlet.count)).trimmingBytes(" ")
            break
        }
        // Or the outlet's name (`……岑主任最后强调。成都商报记者 王蓟`).
        if let end = before.lastIndex(where: { "。！？”」』!?".contains($0) }), case let outlet = before[before.index(after: end)...],
           (2...8).contains(outlet.count), outlet.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
           SourceCleaner.outletSuffixes.contains(where: outlet.hasByteSuffix) {
            before = String(before[...end])
        }
        guard let last = before.last, "。！？”」』!?".contains(last) else { return nil }
        return names
    }
    /// An intern's or a trainee's role, before a name (`实习生 宋延娜`) or in brackets after it (`朴姝颖（实习）`).
    static let internRoles = ["实习生", "實習生", "实习记者", "實習記者", "见习记者", "見習記者"]

    /// `本文由 @宗瀚zone 原创发布于人人都是产品经理。未经许可，禁止转载。`: the writer's handle in a closing copyright
    /// note, before what they did (原创, 发布, 授权).
    static func handleInCopyrightNote(_ text: String) -> String? {
        guard text.unicodeScalars.count <= 120, let mark = text.firstByteRange(of: "本文由") else { return nil }
        let rest = text[mark.upperBound...].drop { $0 == " " }
        guard rest.first == "@" || rest.first == "＠" else { return nil }
        let after = rest.dropFirst()
        guard let act = ["原创", "原創", "发布", "發布", "授权", "授權"].compactMap({ after.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let handle = String(after[..<act.lowerBound]).collapsingWhitespace
        guard (1...20).contains(handle.count), !handle.contains(where: { " ，,。；;".contains($0) }) else { return nil }
        return handle
    }

    /// `本文来源21世纪经济报道，作者白杨，原标题《…》` closing the text: the writer the reprint note names, between commas.
    static func writerInReprintNote(_ text: String) -> String? {
        let t = text.collapsingWhitespace
        guard t.unicodeScalars.count <= 120, ["本文来源", "本文来自", "本文转自", "本文转载自", "文章来源", "本文來源", "本文來自", "本文轉自"].contains(where: t.hasBytePrefix),
              let mark = t.firstByteRange(of: "，作者") ?? t.firstByteRange(of: ",作者") else { return nil }
        let rest = t[mark.upperBound...].drop { $0 == "：" || $0 == ":" || $0 == " " }
        let name = String(rest.prefix { !"，,。；;（( ".contains($0) })
        guard (2...4).contains(name.count), name.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) || name.allSatisfy(\.isASCII),
              rest.dropFirst(name.count).first.map({ "，,。；;（( ".contains($0) }) ?? true else { return nil }
        return name
    }

    /// `希望之聲國際廣播電台張翠報導`, `新唐人亞太電視黃定國、林秋霞台灣新竹採訪報導。` closing the text: a station's or paper's
    /// name, its reporters glued on (the last one's place after the name), then the report's word.
    static func outletReporterLine(_ text: String) -> String? {
        var line = text.collapsingWhitespace
        guard line.unicodeScalars.count <= 40 else { return nil }
        if line.hasByteSuffix("。") { line.removeLast() }
        guard let ending = BylineParser.reportEndings.first(where: line.hasByteSuffix) else { return nil }
        line.removeLast(ending.count)
        for how in ["採訪", "采访", "綜合", "综合"] where line.hasByteSuffix(how) {
            line.removeLast(how.count)
            break
        }
        let s = Array(line.unicodeScalars)
        guard s.allSatisfy({ CharacterClass.isHan($0.value) || $0 == "、" }) else { return nil }
        // The longest outlet's name the names follow.
        for k in stride(from: min(s.count - 2, 16), through: 2, by: -1) {
            let outlet = String(scalars: s[..<k])
            guard SourceCleaner.endsAsOutlet(outlet) else { continue }
            var names: [String] = []
            for part in String(scalars: s[k...]).split(separator: "、") {
                // A name and the place glued after it: three characters when two are left for the place, else two.
                let length = part.count <= 3 ? part.count : (part.count - 3 >= 2 ? 3 : 2)
                names.append(String(part.prefix(length)))
            }
            // (`…林秋霞台` ends as a station's name too: a shorter outlet may leave names.)
            guard !names.isEmpty, names.allSatisfy({ $0.count >= 2 }), plausibleNames(names.joined(separator: " ")) else { continue }
            return names.joined(separator: " ")
        }
        return nil
    }

    /// `徐勇（新华社供本报特稿）`, `李京慧/乐然（路透社，法新社）`: a closing line that is a name, or names between slashes, and
    /// in brackets where the text came from.
    static func nameBeforeSourceNote(_ text: String) -> String? {
        let t = text.collapsingWhitespace
        guard t.unicodeScalars.count <= 30, let last = t.last, last == "）" || last == ")",
              let open = t.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let note = t[t.index(after: open)...].dropLast()
        guard ["稿", "供", "报道", "来源", "社", "报"].contains(where: { note.contains($0) }) else { return nil }
        let names = t[..<open].split(whereSeparator: { $0 == "/" || $0 == "／" }).map { personalName(String($0)) }
        guard (1...4).contains(names.count), names.allSatisfy({ $0 != nil }) else { return nil }
        return names.compactMap { $0 }.joined(separator: " ")
    }

    /// `孙燕供稿`, `（孙燕 供稿）` alone on the closing line: who supplied the text (an office's correspondent) wrote it.
    static func suppliedBy(_ text: String) -> String? {
        var t = text.collapsingWhitespace
        guard t.unicodeScalars.count <= 10, t.hasByteSuffix("供稿") || t.hasByteSuffix("供稿）") || t.hasByteSuffix("供稿)") else { return nil }
        if let first = t.first, first == "（" || first == "(", let last = t.last, last == "）" || last == ")" { t = String(t.dropFirst().dropLast()) }
        guard t.hasByteSuffix("供稿") else { return nil }
        return personalName(String(t.dropLast(2)).trimmingBytes(" "))
    }

    /// `县人社局杨熙`, `道真自治县人事劳动争议仲裁院冯波` (a line closing a government site's item): an office's
    /// name (`organisation`) glued before one personal name, which is the writer's.
    static func officeSignedName(_ text: String) -> String? {
        // Thirty-six characters at most besides spaces (an office of thirty, a name of three, each perhaps a CR LF): a
        // longer line, a paragraph, is answered without splitting it.
        guard !text.hasMoreVisibleScalars(than: 36) else { return nil }
        // `武汉大学人民医院临床心理科  汤世明`, `中国心理学会会员、心理咨询师 马志国`: the writer's office or title, a space, the name.
        let words = text.split(separator: " ")
        if words.count >= 2, let last = words.last, (2...3).contains(last.count), let name = personalName(String(last)) {
            let office = words.dropLast().joined()
            return (4...30).contains(office.count) && office.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || $0 == "、" })
                && (organisationSuffixes + signerEnds).contains(where: office.hasByteSuffix) ? name : nil
        }
        let s = Array(text.unicodeScalars)
        guard (6...30).contains(s.count), s.allSatisfy({ CharacterClass.isHan($0.value) }) else { return nil }
        for length in [3, 2] {
            let office = String(scalars: s[..<(s.count - length)])
            // At least three characters before the name (six in all, the name three at most).
            guard organisationSuffixes.contains(where: office.hasByteSuffix) else { continue }
            if let name = personalName(String(scalars: s[(s.count - length)...])) { return name }
        }
        return nil
    }

    /// Whether a slash and `mark` stand together in the bytes, as they must for `markedName` to read a name: most lines
    /// are answered without decoding them.
    static func mayHoldMarkedName(_ text: String, mark: Unicode.Scalar) -> Bool {
        text.containsBytes("/" + String(mark)) || text.containsBytes("／" + String(mark))
    }

    /// A line of the writer's mark and the names (`► 文 观察者网 杨蓉`, `文 杨蓉`, `撰文：王明`) opening the text: the names,
    /// past a bullet and the outlet before them; else nil.
    static func writerLine(_ text: String) -> String? {
        let line = text.collapsingWhitespace.trimmingBytes("►▶▸■●◆•· ")
        guard line.unicodeScalars.count <= 30, let mark = writerMarks.first(where: line.hasBytePrefix) else { return nil }
        let rest = String(line.dropFirst(mark.count)).collapsingWhitespace
        if let names = BylineParser.outletAndNames(rest)?.names { return names.replacingBytes("、", with: " ") }
        guard let names = BylineParser.namesOnly(rest), plausibleNames(names) else { return nil }
        return names.replacingBytes("、", with: " ")
    }

    /// The name glued before a credit mark: `记者马俊峰/文` → 马俊峰, `蔡雪婧/摄` → 蔡雪婧.
    static func markedName(_ text: String, mark: Unicode.Scalar) -> String? {
        guard mayHoldMarkedName(text, mark: mark) else { return nil }
        let s = Array(text.unicodeScalars)
        var i = 1
        while i + 1 < s.count {
            defer { i += 1 }
            guard s[i] == "/" || s[i] == "／", s[i + 1] == mark else { continue }
            var start = i
            while start > 0, CharacterClass.isHan(s[start - 1].value) { start -= 1 }
            var run = Array(s[start..<i])
            // `…报记者马俊峰`: the name follows the role word.
            let role = lastIndex(of: ["记", "者"], in: run)
            if let role { run = Array(run[(role + 2)...]) }
            let name = String(scalars: run)
            guard (2...3).contains(run.count), plausibleNames(name) else { continue }
            // `经济观察报 王保平 马衍伟/文`: the names set apart before it write with it.
            var names = [name]
            while role == nil, start > 1, s[start - 1] == " " || s[start - 1] == "\u{3000}" || s[start - 1] == "\u{A0}" {
                var end = start - 1
                while end > 0, s[end - 1] == " " || s[end - 1] == "\u{3000}" || s[end - 1] == "\u{A0}" { end -= 1 }
                var first = end
                while first > 0, CharacterClass.isHan(s[first - 1].value) { first -= 1 }
                let word = String(scalars: s[first..<end])
                guard (2...3).contains(end - first), plausibleNames(word) else { break }
                names.insert(word, at: 0)
                start = first
            }
            return names.joined(separator: " ")
        }
        return nil
    }

    /// The issuing body signing a notice: a short line naming an organisation, directly above a
    /// line that is only a date (`吉林省人民政府` / `2022年1月27日`).
    static func signatory(_ line: String, above dateLine: String) -> String? {
        guard let name = organisation(line), let date = DateParser.first(in: dateLine),
              dateLine.collapsingWhitespace.unicodeScalars.count - (date.end - date.start) <= 2 else { return nil }
        return name
    }

    /// A line that only names an organisation (`政协陇南市委员会`, `吉林省人民政府`): 4–24 Han
    /// characters ending in an organisation's word.
    static func organisation(_ line: String) -> String? {
        // At most 24 characters besides the spaces around them (cheaper to count than to collapse).
        var visible = 0
        for s in line.unicodeScalars where !CharacterClass.isSpace(s.value) && s.value >= 0x20 && s.value != 0x7F {
            visible += 1
            if visible > 24 { return nil }
        }
        let name = line.collapsingWhitespace
        guard (4...24).contains(name.unicodeScalars.count), name.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
              organisationSuffixes.contains(where: name.hasByteSuffix) else { return nil }
        return name
    }

    /// A department or a writer's title closing the office before a signed name (`…临床心理科`, `…心理咨询师`).
    private static let signerEnds = ["科", "系", "所", "医院", "大学", "学院", "咨询师", "医师", "教师", "律师", "会员"]
    static let organisationSuffixes = [
        "政府", "委员会", "办公厅", "办公室", "委员会办公室", "政协", "人大常委会", "局", "厅", "委", "部", "院", "署",
        "中心", "协会", "学会", "联合会", "工作组", "指挥部", "领导小组",
    ]

    private static func lastIndex(of pair: [Unicode.Scalar], in run: [Unicode.Scalar]) -> Int? {
        guard run.count >= 2 else { return nil }
        for k in stride(from: run.count - 2, through: 0, by: -1) where run[k] == pair[0] && run[k + 1] == pair[1] { return k }
        return nil
    }

    /// The one personal name `text` holds (two or three characters, a common surname, not an
    /// outlet), or nil.
    static func personalName(_ text: String) -> String? {
        guard let name = BylineParser.namesOnly(text), !name.containsBytes(" "), plausibleNames(name) else { return nil }
        return name
    }

    /// `罗谢尔•托普兰斯基`: a foreign name written in Chinese characters, its parts set apart by a dot.
    static func transliteratedName(_ word: String) -> String? {
        let dots: Set<Character> = ["•", "·", "・", "．"]
        let parts = word.split(whereSeparator: dots.contains)
        guard (2...4).contains(parts.count), (4...16).contains(word.count),
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }),
              // Written with the characters transliteration uses (斯, 尔, 克 …), not a place and a district (`中国•北京`).
              word.filter({ transliterationCharacters.contains($0) }).count >= 2 else { return nil }
        return word
    }
    private static let transliterationCharacters = Set("斯尔爾克特娜丽麗亚亞德普兰蘭基夫姆伊奥奧安罗羅莱萊杰傑诺諾维維拉卡马馬塔萨薩尼科布鲁魯格里汉漢森蒂艾埃瑞达達索")

    /// Every name starts with a common surname and none is an outlet (`新华社`) or a note (`待续`).
    static func plausibleNames(_ names: String) -> Bool {
        names.split(whereSeparator: { $0 == " " || $0 == "、" }).allSatisfy { name in
            guard let first = name.unicodeScalars.first else { return false }
            let compound = name.unicodeScalars.count >= 3 && compoundSurnames.contains(String(name.prefix(2)))
            return (compound || isCommonSurname(first))
                && !SourceCleaner.outletSuffixes.contains(where: { name.hasByteSuffix($0) })
        }
    }

    /// The writers' names alone on a line of their own closing the text, outside links and brackets: two or three
    /// names with common surnames (`王  倩 宋晓华`); one word alone there is as often a caption's name, a button
    /// (`关注`) or a sign-off (`初心`).
    static func namesAlone(_ block: TextBlock) -> String? {
        guard block.counts.content <= 10, block.linkContent == 0, !block.text.contains(where: { "（）()[]【】".contains($0) }),
              let names = BylineParser.namesOnly(block.text, padded: true), (2...3).contains(names.split(separator: " ").count), plausibleNames(names),
              AuthorCleaner.clean(names) == names,
              // `党办 郭彤阳`: an office (办, 处, 科 …) and its writer, not two names.
              !names.split(separator: " ").contains(where: { $0.count == 2 && officeEndings.contains($0.unicodeScalars.last!) }) else { return nil }
        return names
    }

    private static let officeEndings = Set("办处科室局委部院所厅".unicodeScalars)

    /// One of the common surnames; traditional characters (溫, 陳, 張) are read as their simplified forms.
    static func isCommonSurname(_ c: Unicode.Scalar) -> Bool {
        surnames.contains(c) || surnames.contains(Unicode.Scalar(SimplifiedChinese.simplify(c.value)) ?? c)
    }

    /// The common single-character surnames (well over 95 % of the population).
    private static let surnames = Set(
        """
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔\
        钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊\
        葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝\
        路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全\
        佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢\
        劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都\
        普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀\
        衣信展阴昝智幸奉植衡富尧闭由洪赖
        """.unicodeScalars)

    /// The name opens with a compound surname (`欧阳`, `司马`).
    static func hasCompoundSurname(_ name: some StringProtocol) -> Bool {
        name.count >= 3 && compoundSurnames.contains(String(name.prefix(2)))
    }

    private static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "西门",
    ]
}
