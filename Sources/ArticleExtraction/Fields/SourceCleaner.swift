/// Tidies the outlet named as an article's source (来源).
enum SourceCleaner {
    static func clean(_ raw: String) -> String? {
        // `<meta name="source" content="来源：海外网">`: the label before the outlet goes.
        var value = AuthorCleaner.withoutLeadingLabel(raw.collapsingWhitespace, labels: labels)
        if AuthorCleaner.templateMarks.contains(where: value.containsBytes) { return nil }
        // `光明网-《光明日报》` keeps the paper's brackets; elsewhere they only wrap the name.
        let keepsTitle = value.contains("-《") || value.contains("－《")
        let brackets: Set<Character> = keepsTitle ? ["[", "]", "【", "】", "「", "」", "(", ")", "（", "）"]
            : ["《", "》", "[", "]", "【", "】", "「", "」", "(", ")", "（", "）"]
        value = String(value.filter { !brackets.contains($0) })
        value = value.collapsingWhitespace
        // `综合抖音黑板报、南方都市报`: the role word is not part of the outlet.
        for role in ["综合自", "综合", "整合自", "整合", "编译自", "编译"] where value.hasBytePrefix(role) && value.count >= role.count + 2 {
            value = String(value.dropFirst(role.count))
            break
        }
        if value.hasByteSuffix("、") { value.removeLast() }
        // `新浪体育讯`, `东方卫视转`: a dateline's news mark (讯) or a repost's (转) after an outlet's name.
        for mark in ["讯", "訊", "转", "轉"] where value.hasByteSuffix(mark) && value.count >= 4 {
            let outlet = String(value.dropLast())
            if endsAsOutlet(outlet, orChannel: true) { value = outlet }
            break
        }
        // `来源：人民网-文化频道 原创稿` (people.com.cn's meta source): the outlet, then its mark for its own reports.
        if value.hasByteSuffix(" 原创稿") { value = String(value.dropLast(4)) }
        // `来源：-`: punctuation names nothing.
        guard value.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return nil }
        // "转载"/"本站" name no outlet ("网络" names one only vaguely: `isVague`).
        // One character names no outlet (`来源： 网`: a template's field left as its suffix).
        if value.unicodeScalars.count < 2 || ["转载", "本站", "本网", "本網", "原创", "未知", "网友投稿", "转载文章"].contains(value) { return nil }
        // `来源：资料图` under a photo: a file picture, no outlet.
        if ["资料图", "资料图片", "资料照片", "資料圖", "資料圖片", "資料照片"].contains(value) { return nil }
        // `（来源：受访者）` under a photo: the person interviewed supplied it, no outlet.
        if ["受访者", "受訪者", "受访者供图", "受訪者提供", "受访者提供", "网友供图", "网友提供", "读者供图", "读者提供"].contains(value) { return nil }
        // `视频链接`, `原文链接`: an attachment's or a link's caption (`<div class="source">视频链接</div>`), no outlet.
        if value.hasByteSuffix("链接") || value.hasByteSuffix("連結") || value.hasByteSuffix("鏈接") { return nil }
        // `2018-12-26 <script>…</script>人已阅读`: a reading counter whose number a script fills in, no outlet.
        if value.count <= 6, ["阅读", "閱讀", "浏览", "瀏覽", "点击", "點擊", "次播放"].contains(where: value.hasByteSuffix) { return nil }
        // `277字`, `10`: a post's length or a bare number beside the date, no outlet.
        if value.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == "字" || $0 == " " || $0 == "," }) { return nil }
        // `本报讯`, `本台记者`: a dateline's or a byline's opening (this paper), not an outlet's name.
        if value.hasBytePrefix("本"), ["讯", "訊", "记者", "記者"].contains(where: value.containsBytes) { return nil }
        return value
    }

    /// `本文系转载自微信公众号「差评」`, `本文来源于微信公众号“某某观察”`, `本文来自微信公众号：塔门（ID：DT-Tamen），作者：…`:
    /// the account a text was taken from, named in quotes or after a colon after 公众号 on a line that says so (转载自,
    /// 来源于, 来自, 转自, 源自); else nil.
    private static let labels = ["来源", "來源", "出处", "出處", "Source", "source"]

    static func reprintedAccount(in text: String) -> String? {
        guard text.containsBytes("公众号"), text.unicodeScalars.count <= 80,
              reprintMarkers.contains(where: { text.containsBytes($0) }),
              let mark = text.firstByteRange(of: "公众号") else { return nil }
        let afterMark = text[mark.upperBound...].drop { $0 == " " }
        let rest = afterMark.drop { $0 == "：" || $0 == ":" }.drop { $0 == " " }
        let pairs: [Character: Character] = ["「": "」", "“": "”", "\"": "\"", "《": "》", "【": "】", "『": "』"]
        let before = text[..<mark.lowerBound]
        // Whether the line says it came from the account (`来自微信公众号`, not `转自某杂志，微信公众号`).
        let fromTheAccount = reprintMarkers.contains(where: { before.hasByteSuffix($0) || before.hasByteSuffix($0 + "微信") })
        // After a colon, unquoted, when the line says it came from the account: the name runs to a comma or a space,
        // without its `（ID：…）`.
        if rest.startIndex != afterMark.startIndex, let first = rest.first, pairs[first] == nil {
            guard fromTheAccount else { return nil }
            var name = String(rest.prefix { !"，,；;。 ".contains($0) })
            name = withoutAccountID(name)
            return (1...20).contains(name.count) ? name : nil
        }
        // Glued on, unquoted, in the note's bracket (`（全文转自微信公众号欧阳干的小宇宙）`): the name runs to the bracket's end.
        if let first = rest.first, pairs[first] == nil {
            guard fromTheAccount, let close = rest.firstIndex(where: { "）)".contains($0) }) else { return nil }
            let name = String(rest[..<close]).collapsingWhitespace
            return (2...20).contains(name.count) && !name.contains(where: { "，,；;。 ".contains($0) }) ? name : nil
        }
        guard let open = rest.first, let close = pairs[open],
              let end = rest.dropFirst().firstIndex(of: close) else { return nil }
        let name = String(rest[rest.index(after: rest.startIndex)..<end]).collapsingWhitespace
        return (1...20).contains(name.count) ? name : nil
    }

    /// `塔门（ID：DT-Tamen）` → `塔门`: an account's name without the ID printed after it.
    private static func withoutAccountID(_ name: String) -> String {
        guard let id = ["（ID", "(ID", "（id", "(id", "（微信号", "(微信号"].lazy.compactMap({ name.firstByteRange(of: $0) }).first else { return name }
        return String(name[..<id.lowerBound])
    }

    /// The words saying a text was taken from somewhere (`转载自`, `来源于`, `来自`).
    static let reprintMarkers = ["转载自", "来源于", "来自", "转自", "源自", "來自", "轉載自"]

    /// `（本文由「工商時報」授權轉載）`, `本文经南方周末授权转载`, `本文来源亿欧，经亿欧授权发布`: the outlet that let the text
    /// be reprinted, named after 由 or 经 at the opening of the line, of its bracket or of its clause; else nil.
    static func authorizedReprint(in text: String) -> String? {
        guard text.utf8.count <= 600, text.containsBytes("授"),
              let mark = ["授權轉載", "授权转载", "授權刊登", "授权刊登", "授权发布", "授權發布"].lazy.compactMap({ text.firstByteRange(of: $0) }).first
        else { return nil }
        // `本文由G.P.A经授权转载自一席（ID：yixiclub）`: the text came from the outlet after 自, whoever was let reprint it.
        let after = text[mark.upperBound...]
        if after.first == "自" {
            var name = String(after.dropFirst().prefix { !"，,。；;）)".contains($0) })
            name = withoutAccountID(name)
            name = name.trimmingBytes(" 「」“”\"《》『』【】").collapsingWhitespace
            // (Not the writer's own account: `转载自其微博`, `转载自作者的公众号`.)
            return (2...20).contains(name.count) && !name.containsBytes("公众号")
                && !["其", "作者", "该", "該", "他", "她"].contains(where: name.hasBytePrefix) ? name : nil
        }
        let before = text[..<mark.lowerBound]
        let opening = before.lastIndex(where: { "（(，,；;。".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
        guard let by = before[opening...].firstIndex(where: { $0 == "由" || $0 == "经" || $0 == "經" }),
              before.distance(from: opening, to: by) <= 4 else { return nil }
        let name = String(before[before.index(after: by)...]).trimmingBytes(" 「」“”\"《》『』【】").collapsingWhitespace
        return (2...20).contains(name.count) ? name : nil
    }

    /// `（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）`, `本文转自新京报。`: the outlet a note opening its line (or
    /// its bracket) says the text came from, named right after the words without a colon, to the clause's end; else nil.
    static func statedOrigin(in text: String) -> String? {
        guard text.utf8.count <= 300 else { return nil }
        let t = Substring(text.collapsingWhitespace).drop { "（(【[ ".contains($0) }
        guard let mark = originMarks.first(where: { t.hasBytePrefix($0) }) else { return nil }
        let rest = t.dropFirst(mark.count).drop { $0 == " " }
        guard let first = rest.first, !"：:，,".contains(first) else { return nil }
        let name = String(rest.prefix { !"，,。；;）)】]".contains($0) }).trimmingBytes(" 「」“”\"《》『』").collapsingWhitespace
        guard (2...20).contains(name.count), !["公众号", "投稿", "作者", "网友", "读者", "網友", "讀者"].contains(where: { name.containsBytes($0) })
        else { return nil }
        return name
    }

    private static let originMarks = ["本文来自", "本文来源于", "本文转自", "本文转载自", "本文來自", "本文來源於", "本文轉自", "本文轉載自"]

    /// `来源：网络`: the page says only that the text came from the internet. That is what it prints
    /// under the label, so the source when nothing else is named; any outlet named elsewhere wins.
    static func isVague(_ value: String) -> Bool {
        value == "网络" || value == "互联网" || value == "網絡" || value == "網路"
    }

    /// Self-media platforms: the place an account posted to, not an outlet.
    static let platforms: Set<String> = [
        "网易号", "百家号", "搜狐号", "头条号", "企鹅号", "大风号", "快传号", "一点号", "澎湃号", "新浪看点", "看点", "公众号",
        "微信公众号", "抖音号", "快手号", "凤凰号", "新浪号", "趣头条", "百度", "今日头条", "网易", "搜狐", "新浪", "腾讯", "微博",
        "新浪微博", "知乎", "简书", "网易新闻", "腾讯新闻", "搜狐新闻", "百家号作者",
    ]

    static func isPlatform(_ value: String) -> Bool {
        platforms.contains(value)
    }

    /// Whether a line's `来自` names the app or browser a post was sent from (`来自Android客户端`,
    /// `来自 360安全浏览器`, `来自 微博发布平台专业版`), not an outlet.
    static func namesPostingApp(in line: String) -> Bool {
        let chars = Array(line)
        guard let label = chars.indices.dropLast().first(where: { (chars[$0] == "来" || chars[$0] == "來") && chars[$0 + 1] == "自" }) else { return false }
        let word = String(chars[(label + 2)...].drop { $0.isWhitespace }.prefix { !$0.isWhitespace && $0 != "|" && $0 != "｜" })
        // (`来自 豆瓣App`: 豆瓣's groups print the app as a link after the poster's time.)
        return ["客户端", "客戶端", "浏览器", "瀏覽器", "专业版", "网页版", "手机版", "iPhone", "iPad", "Android", "HD", "App", "APP"].contains(where: word.hasByteSuffix)
    }

    /// The first 《…》 title in a line.
    static func bookTitle(in text: String) -> String? {
        guard let open = text.firstIndex(of: "《"), let close = text[open...].firstIndex(of: "》") else { return nil }
        let inner = String(text[text.index(after: open)..<close]).collapsingWhitespace
        return inner.isEmpty ? nil : inner
    }

    static let outletSuffixes = ["网", "网站", "官网", "报", "社", "台", "卫视", "衛視", "电视", "電視", "新闻", "日报", "晚报", "周刊", "周报", "月刊", "季刊", "客户端", "频道", "杂志", "在线", "之声", "传媒",
                                 "網", "網站", "官網", "報", "臺", "新聞", "週刊", "週報", "雜誌", "頻道", "之聲", "傳媒"]

    /// Whether a name reads as an outlet (a paper, site, station or a portal's channel: 新京报,
    /// 新浪财经, 搜狐娱乐) rather than a person or a self-media account (小王老师, NBA广角).
    static func namesOutlet(_ value: String) -> Bool {
        isPlatform(value) || endsAsOutlet(value, orChannel: true) || portals.contains(where: PageAnalysis.simplified(value).hasBytePrefix)
    }

    /// Whether a name ends as an outlet's does (新京报, 千龙网, 東森新聞; with `orChannel` also a portal's
    /// channel, 新浪娱乐), read in simplified characters.
    static func endsAsOutlet(_ value: String, orChannel: Bool = false) -> Bool {
        var simple = PageAnalysis.simplified(value)
        // `第一财经APP`, `新京报 App`: the outlet's app is the outlet.
        if let app = appMarks.first(where: simple.hasByteSuffix), simple.count > app.count + 1 {
            simple = String(simple.dropLast(app.count)).trimmingBytes(" ")
        }
        return outletSuffixes.contains(where: simple.hasByteSuffix) || (orChannel && channelSuffixes.contains(where: simple.hasByteSuffix))
    }

    /// How an outlet's app is named after the outlet (`第一财经APP`).
    static let appMarks = ["APP", "App", "app"]

    /// A portal's or outlet's channel: 财经, 科技, 娱乐 …
    static let channelSuffixes = ["财经", "科技", "娱乐", "体育", "汽车", "时报", "时评", "观察", "视点", "资讯", "快讯", "传媒", "媒体",
                                  "出版社", "电视", "广播", "通讯", "研究院", "中心", "局", "委员会", "政府", "协会", "学会", "大学", "学院"]
    /// Portals and agencies whose name opens their channels' names (新浪…, 人民…).
    static let portals = ["新浪", "搜狐", "腾讯", "网易", "凤凰", "人民", "新华", "央视", "中新", "光明", "中国", "环球", "澎湃", "财新"]

    /// The word right after the date (and time) on a meta line, when it names an outlet, and a personal name right
    /// after it (`2009年08月25日 新京报 郭思远 查看评论`: an old portal's meta line, the writer or the one who entered
    /// the reprint, the page's only byline).
    static func outletAfterDate(in text: String) -> (outlet: String, name: String?)? {
        guard let words = wordsAfterDate(in: text), let word = wordAfterDate(words),
              outletSuffixes.contains(where: (clean(word) ?? word).hasByteSuffix) else { return nil }
        guard let at = words.firstIndex(where: { $0.hasByteSuffix(word) }), at + 1 < words.count, at <= 2 else { return (word, nil) }
        let next = String(words[at + 1])
        return (word, ClosingBylines.personalName(next) ?? ClosingBylines.transliteratedName(next))
    }

    /// `2013-12-26 09:46  布加迪编译  51CTO.com`: after the date, the writer's name with what they did glued on (编译,
    /// 整理, 撰文), then the outlet: the outlet and the writer.
    static func outletAfterCredit(in text: String) -> (outlet: String, name: String)? {
        guard let words = wordsAfterDate(in: text), words.count >= 2 else { return nil }
        let credit = String(words[words.startIndex]), next = String(words[words.startIndex + 1])
        guard let role = creditRoles.first(where: { credit.hasByteSuffix($0) }), credit.count > role.count,
              let name = ClosingBylines.personalName(String(credit.dropLast(role.count))) ?? AuthorCleaner.clean(String(credit.dropLast(role.count))),
              name.count <= 4, !next.contains(where: { $0 == ":" || $0 == "：" }),
              let outlet = clean(next), namesOutlet(outlet) || outlet.contains(".") else { return nil }
        return (outlet, name)
    }
    private static let creditRoles = ["编译", "編譯", "整理", "撰文", "撰稿", "供稿"]

    /// The outlet printed before the date on a meta line: one word that names an outlet (`第一财经
    /// 2019-01-26 19:02:59`, `每日经济新闻 2018-12-08`), or an outlet and its writers' names
    /// (`上海教育新闻网 金寒草 2020-06-15`, the names returned too).
    static func outletBeforeDate(in text: String) -> (outlet: String, names: String?)? {
        guard let date = DateParser.first(in: text) ?? DateParser.yearlessStamp(in: text), date.start >= 2 else { return nil }
        // Past a link tag in brackets after the outlet (`环球时报 [微博]`: its microblog) and separators.
        let before = withoutBracketedTags(String(scalars: Array(text.unicodeScalars)[..<date.start])).collapsingWhitespace
        let words = before.split(separator: " ").filter { word in !word.allSatisfy { slotSeparators.contains($0) } && !isEditionTag(word) }
        // `東森新聞╱東森新聞 2012-01-17 16:04`, `欣傳媒╱記者丁彥伶／台北報導 2012-01-17`: the outlet, a slash, then its writer
        // or desk: the outlet before the slash.
        if let first = words.first, let slash = first.firstIndex(where: BylineParser.bylineSlashes.contains), slash > first.startIndex,
           let outlet = clean(String(first[..<slash])), (2...16).contains(outlet.count), endsAsOutlet(outlet),
           outlet.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }), ClosingBylines.personalName(outlet) == nil {
            return (outlet, nil)
        }
        if words.count >= 2, let pair = BylineParser.outletAndNames(words.joined(separator: " ")) {
            return clean(pair.outlet).map { ($0, pair.names) }
        }
        // `21世纪网何漪 2011-12-15 23:46:41`, `金投热点网整合 2019-4-9`: the outlet with its writer's name or its role run
        // on without a space (two elements printed together): the outlet, and the writer.
        if words.count == 1, let glued = outletRunIntoWriter(String(words[0])) { return glued }
        // The outlet after the section's link (`军事要闻 环球时报 2014-01-07 08:28`): the last word alone,
        // unless a label or a role comes before it (`相关阅读： 上海交通大学2018年11月14日献血名单`, `记者 新京报`).
        guard let last = words.last, !words.dropLast().contains(where: { $0.contains(where: { $0 == ":" || $0 == "：" }) }),
              words.count == 1 || BylineParser.value(after: BylineParser.authorLabels, in: words.joined(separator: " ")) == nil,
              let word = clean(String(last)), (2...16).contains(word.count),
              // `第一财经APP 2017-10-13 11:00:00`: the outlet's app. `中青在线－中国青年报 2010-05-08`: a site, a dash, its paper.
              word.unicodeScalars.dropLast(appMarks.contains(where: word.hasByteSuffix) ? 3 : 0).allSatisfy({ CharacterClass.isHan($0.value) || $0 == "·" || $0 == "－" }),
              word.first != "－", word.last != "－",
              namesOutlet(word), !word.hasByteSuffix("中心"),  // a desk (`編譯中心 2014-12-13`) signs the piece
              ClosingBylines.personalName(word) == nil else { return nil }
        return (word, nil)
    }

    /// `21世纪网何漪` → (21世纪网, 何漪), `金投热点网整合` → (金投热点网, nil): an outlet named by its ending, then a
    /// surname-marked name or a compiler's role, run together; else nil.
    static func outletRunIntoWriter(_ word: String) -> (outlet: String, names: String?)? {
        let scalars = Array(word.unicodeScalars)
        guard (4...20).contains(scalars.count), !scalars.contains(where: { $0 == ":" || $0 == "：" }) else { return nil }
        for role in ["整合", "综合", "綜合", "编译", "編譯", "整理"] where word.hasByteSuffix(role) {
            let rest = String(scalars: scalars.dropLast(2))
            return endsAsOutlet(rest) && ClosingBylines.personalName(rest) == nil ? (rest, nil) : nil
        }
        for length in 2...3 where scalars.count - length >= 2 {
            let name = String(scalars: scalars.suffix(length)), rest = String(scalars: scalars.dropLast(length))
            guard endsAsOutlet(rest), ClosingBylines.personalName(name) == name,
                  rest.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) })
            else { continue }
            return (rest, name)
        }
        return nil
    }

    /// `(三湘都市报)`, `（新华网）`: a line that is only an outlet's name in brackets (named by its ending); else nil.
    static func bracketedOutletAlone(_ text: String) -> String? {
        let line = text.collapsingWhitespace
        guard let open = line.first, let close = line.last, (open == "(" && close == ")") || (open == "（" && close == "）") else { return nil }
        let name = String(line.dropFirst().dropLast()).collapsingWhitespace
        guard (2...12).contains(name.count), name.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }), endsAsOutlet(name),
              ClosingBylines.personalName(name) == nil else { return nil }
        return name
    }

    /// `澎湃新闻官方帐号`: an account's name with the badge a platform (百家号, 新浪看点, 企鹅号) prints after it: the
    /// account's name; else nil.
    static func badgedAccount(_ value: String) -> String? {
        guard let badge = accountBadges.first(where: value.hasByteSuffix), value.count >= badge.count + 2 else { return nil }
        return String(value.dropLast(badge.count))
    }
    private static let accountBadges = ["官方账号", "官方帐号", "官方帳號"]

    /// A line that is one outlet's name and nothing else (`环球网`, `西安新闻网-西安晚报`): no label, no date, no space.
    static func outletAlone(_ text: String) -> String? {
        let line = text.collapsingWhitespace
        guard !line.containsBytes(" "), !line.contains(where: { $0 == ":" || $0 == "：" }), DateParser.first(in: line) == nil,
              let word = clean(line), (2...16).contains(word.count), !isBracketedTag(line),
              word.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || $0 == "-" || $0 == "·" }),
              !word.hasByteSuffix("中心"), !word.hasByteSuffix("讯"), !word.hasByteSuffix("訊"),  // a desk, a dateline's opening (`澎湃讯`)
              // By its ending, or a portal's or agency's short name (`央视`, not a subhead opening `中国高校…`).
              endsAsOutlet(word, orChannel: true) || isPlatform(word) || word.count <= 6 && portals.contains(where: PageAnalysis.simplified(word).hasBytePrefix)
        else { return nil }
        return word
    }

    /// A paper's page and section after its name (`大公報 A12：評論 2023-04-24`, `A05版`, `第03版：要闻`): no outlet, no name.
    static func isEditionTag(_ word: Substring) -> Bool {
        var rest = word.drop { $0 == "第" }
        if let letter = rest.first, letter.isASCII, letter.isLetter { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return false }
        rest = rest.dropFirst(digits.count).drop { $0 == "版" }
        if rest.isEmpty { return word.count > digits.count }
        // A section after the colon (`A12：評論`), not a time's minutes (`20:06`).
        return (rest.first == "：" || rest.first == ":") && rest.dropFirst().contains { $0.unicodeScalars.contains { CharacterClass.isHan($0.value) } }
            && !rest.contains { $0.isNumber }
    }

    /// A short word wholly in brackets (`[微博]`, `【专题】`): a link's or a column's tag, not a name.
    static func isBracketedTag(_ text: String) -> Bool {
        let t = text.collapsingWhitespace
        return t.count <= 8 && (t.hasBytePrefix("[") && t.hasByteSuffix("]") || t.hasBytePrefix("【") && t.hasByteSuffix("】"))
    }

    /// The text without short words in brackets (`[…]`, `【…】`) that do not end as an outlet's name
    /// (`环球时报 [ 微博 ] 2014-01-07` → `环球时报   2014-01-07`).
    static func withoutBracketedTags(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "【" }) {
            out += rest[..<open]
            let close: Character = rest[open] == "[" ? "]" : "】"
            // An outlet in brackets (`[人民日报]（ 2019年12月19日 04 版）`) stays.
            guard let end = rest[open...].firstIndex(of: close), isBracketedTag(String(rest[open...end])),
                  !endsAsOutlet(String(rest[rest.index(after: open)..<end]).collapsingWhitespace) else {
                out.append(rest[open])
                rest = rest[rest.index(after: open)...]
                continue
            }
            out += " "
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// What an outlet did to the text, printed after its name in the meta line's bracket.
    private static let bracketStatus: Set<String> = ["原创", "原創", "转载", "轉載", "独家", "獨家", "首发", "首發", "编译", "編譯"]

    /// `手机中国【原创】作者：…`: the outlet opening a meta line with what it did in brackets glued after it (its own piece,
    /// an exclusive), not a person.
    static func outletWithStatus(in text: String) -> String? {
        let line = text.collapsingWhitespace
        guard let open = line.firstIndex(where: { $0 == "【" || $0 == "[" }), line.distance(from: line.startIndex, to: open) <= 12,
              let close = line[open...].firstIndex(where: { $0 == "】" || $0 == "]" }),
              bracketStatus.contains(String(line[line.index(after: open)..<close]).collapsingWhitespace) else { return nil }
        let word = String(line[..<open]).collapsingWhitespace
        guard (2...12).contains(word.count), !word.contains(" "),
              word.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || ($0.isASCII && $0.properties.isAlphabetic) }),
              ClosingBylines.personalName(word) == nil, let outlet = clean(word) else { return nil }
        return outlet
    }

    /// What sits between the date and the next word of a meta line.
    private static let slotSeparators: Set<Character> = ["·", "•", "・", "|", "｜", "丨", "/", "-", "－", "—", "–"]

    /// The paper's page (`01版`, `（2019年09月16日 01版）`) or a count (`4687人阅读`, `20次`): digits, then
    /// 版, 人 or 次 (`21CN娱乐`, `39健康网` are outlets).
    static func isPageOrCount(_ word: String) -> Bool {
        let rest = word.drop { $0.isASCII && $0.isNumber }
        guard rest.count < word.count, let next = rest.first else { return false }
        return next == "版" || next == "人" || next == "次"
    }

    /// Words of a forum thread's buttons (`只看该作者`, `只看楼主`, `倒序浏览`, `阅读模式`, `电梯直达`).
    private static let forumButtonWords = ["只看", "楼主", "樓主", "倒序", "阅读模式", "閱讀模式", "电梯直达", "電梯直達"]

    /// The first word after the date (and time) of a line: `2016年05月25日10:10 新浪财经` → 新浪财经.
    static func wordAfterDate(in text: String) -> String? {
        wordsAfterDate(in: text).flatMap(wordAfterDate)
    }

    /// The words after the first date on a line (or a day and time printed without the year, `02月24日 10:20新浪游戏`),
    /// whitespace collapsed; nil when it has no date or nothing follows it.
    private static func wordsAfterDate(in text: String) -> [Substring]? {
        (DateParser.first(in: text) ?? DateParser.yearlessStamp(in: text)).flatMap { words(in: text, after: $0) }
    }

    /// The words after `date` (found in `text`), whitespace collapsed; nil when nothing follows it.
    static func words(in text: String, after date: DateParser.Found) -> [Substring]? {
        let scalars = Array(text.unicodeScalars)
        guard date.end < scalars.count else { return nil }
        return String(scalars: scalars[date.end...]).collapsingWhitespace.split(separator: " ")
    }

    private static func wordAfterDate(_ all: [Substring]) -> String? {
        // Past a time of day (`03:18`) and a separator (`2019-10-06 · 西湖之声`, `| 新华网`) to the first word.
        var words = all.drop { word in
            word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":") } || word.allSatisfy { slotSeparators.contains($0) }
        }
        // `2023-09-12 08:40:41 [ 中关村在线 原创 ]`: the outlet in brackets with what it did (not a tag: `[ 档案 ]`).
        if let open = words.first, open == "[" || open == "【", words.count >= 4,
           Self.bracketStatus.contains(String(words[words.startIndex + 2])), ["]", "】"].contains(words[words.startIndex + 3]) {
            words = words.dropFirst()
        }
        guard var slot = words.first.map(String.init) else { return nil }
        // `人气 83`, `阅读 1024`: a counter's label and its count.
        // (`已经有超过 16,954 枚同步控阅读本文`: the count may be grouped by commas.)
        if let next = words.dropFirst().first, next.first?.isNumber == true, next.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ",") }) { return nil }
        // A button and its count (`亮了 (1)`, `点赞(23)`) is no outlet.
        if let next = words.dropFirst().first ?? slot.firstIndex(where: { $0 == "(" || $0 == "（" }).map({ slot[$0...] }),
           next.first == "(" || next.first == "（", next.dropFirst().first?.isNumber == true { return nil }
        // A labelled field is no outlet's slot, except who posted the page (`发布人：-东方网`).
        if let colon = slot.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            guard BylineParser.posterLabels.names.contains(String(slot[..<colon])) else { return nil }
            slot = String(slot[slot.index(after: colon)...]).trimmingBytes("-－—–")
        }
        // `2022-10-02 23:02 来自Android客户端`: the app a post was sent from; `来自人民网` names the outlet.
        if slot.hasBytePrefix("来自") || slot.hasBytePrefix("來自") {
            if namesPostingApp(in: words.joined(separator: " ")) { return nil }
            slot = String(slot.dropFirst(2))
        }
        // `发表于 2024-5-10 10:20:33 | 只看该作者`: a forum's buttons beside the post's date.
        if forumButtonWords.contains(where: slot.containsBytes) { return nil }
        guard let word = clean(slot), word.count >= 2, word.count <= 16, !isPageOrCount(word),
              word.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) }) else { return nil }
        return word
    }
}

/// Resolves a link found on a page against the page's URL, without Foundation.
enum URLResolver {
    static func resolve(_ link: String, against base: String) -> String {
        if link.hasBytePrefix("http://") || link.hasBytePrefix("https://") || link.hasBytePrefix("data:") { return link }
        guard let schemeEnd = base.firstIndex(of: ":"), base[schemeEnd...].hasBytePrefix("://") else { return link }
        let scheme = base[..<schemeEnd]
        if link.hasBytePrefix("//") { return "\(scheme):\(link)" }
        let afterScheme = base.index(schemeEnd, offsetBy: 3)
        let pathStart = base[afterScheme...].firstIndex(of: "/") ?? base.endIndex
        let origin = base[..<pathStart]
        if link.hasBytePrefix("/") { return origin + link }
        var path = base[pathStart...]
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        let directory = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        var segments: [Substring] = []
        for part in (directory + link).split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if part == ".." { if !segments.isEmpty { segments.removeLast() } } else if part != "." { segments.append(part) }
        }
        return origin + "/" + segments.joined(separator: "/")
    }
}
