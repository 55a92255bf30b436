/// Recognises the lines reprint sites wrap around an article: font-size and print widgets,
/// share bars, "follow our WeChat account", editor credits, previous/next links, related-article
/// headings and copyright footers. Only short lines are judged: a real paragraph that happens to
/// mention 版权所有 is kept.
enum NoiseFilter {
    /// Phrases that mark a short line as page furniture.
    static let furniture = [
        "放大字体", "缩小字体", "字体：", "字体:", "字号：", "字号:", "【字体", "【大 中 小】", "默认字号", "打印本页", "打印此文",
        "关闭窗口", "【打印】", "【关闭】", "关注微信公众号", "微信公众号", "扫一扫", "扫描二维码", "分享到", "分享至", "一键分享",
        "责任编辑", "【编辑】", "编辑：", "编辑:", "责编", "上一篇", "下一篇", "上篇：", "下篇：", "上篇:", "下篇:", "上一条", "下一条", "返回顶部", "返回首页", "版权所有",
        "Copyright", "copyright", "©", "当前位置", "您的位置", "你的位置", "我要评论", "网友评论", "发表评论", "评论区", "点击数",
        "浏览次数", "阅读次数", "阅读数(", "阅读数（", "阅读数：", "阅读数:", "不感兴趣", "点击：", "收藏本文", "加入收藏", "推荐给朋友", "举报", "免责声明", "转载请注明", "原标题",
        "ICP备", "ICP证", "公网安备", "违法和不良信息", "APP下载", "客户端下载", "参与讨论", "登录", "注册",
        // Keyword and tag lines, a post's place, a portal's way back, app promotions.
        "关键词：", "关键字：", "關鍵字：", "關鍵詞：", "标签：", "標籤：", "发布于：", "發佈於：", "IP属地", "返回搜狐", "下载APP", "下載APP",
        // Video players' controls and messages.
        "播放速度", "倍速", "循环播放", "跳过片头", "视频播放失败", "错误代码", "切换到高清", "建议WIFI", "建议在WIFI", "00:00/00:00",
        "视频加载失败",
        // A self-media account's prompts around the article: follow, scan a code, thanks for sharing; the staff
        // credits printed with bars (`编辑|张维纳 语音|徐佳 剪辑|李春`).
        "点击上方蓝字", "点击蓝字关注", "点击上方“", "点击上方\"", "长按二维码", "长按识别", "识别二维码", "二维码领取", "扫码关注",
        "感谢关注", "编辑|", "编辑｜", "责编|", "责编｜", "校读|", "校对|", "校对｜", "投稿|", "投稿｜", "监制|", "监制｜", "编审|", "编审｜",
        "策划|", "策划｜", "下方二维码", "二维码关注",
        // The suicide-prevention notice Taiwan papers print under such news (`《蘋果》關心你`, the hotlines).
        "再給自己一次機會", "自殺防治", "自殺解決不了問題", "生命線協談", "生命線：1995", "張老師專線", "安心專線", "》關心你", "關心您：",
    ]

    /// Notices a platform or site prints under every article, at any length: not the article.
    private static let disclaimers = PhraseList([
        "仅提供信息存储服务", "The content above", "未经授权不得转载", "未经许可不得转载", "未经授权，不得转载", "未经许可，不得转载",
        "版权归原作者所有", "如有侵权", "如涉及版权", "本文为自媒体", "不代表本站观点", "不代表本网观点", "不代表本平台观点",
        "如若转载", "请注明出处", "不得轉載", "請註明出處", "請注明出處", "严禁转载", "嚴禁轉載", "禁止转载", "禁止轉載",
        "并不意味着赞同其观点", "不构成投资建议",
        // A WordPress theme's line under every post (`本文由四川人物网发布，不代表四川人物网立场，转载联系作者并注明出处：…`),
        // a platform's (`仅代表作者观点，不代表新华号的立场及观点`), a forum's under its comments.
        "联系作者并注明出处", "仅代表作者观点", "仅代表作者本人观点", "只代表其个人观点",
        // A news app's line under its accounts' posts (`…仅代表该入驻单位观点，“上观新闻”仅为信息发布平台…`).
        "仅为信息发布平台", "僅為信息發布平台",
    ])

    /// A platform's or site's notice (`特别声明：以上内容…本平台仅提供信息存储服务。`), a paragraph of
    /// up to 300 characters.
    static func isDisclaimer(_ block: TextBlock) -> Bool {
        block.counts.content <= 300 && block.text.countBytes(of: disclaimers, stopAt: 1) > 0
    }

    /// A call to click in brackets (`…火热进行中！【点击投票】Pick你心目中的商业领袖`, `【点击或扫码即可下载安装】`):
    /// a portal's or an app's promotion in a paragraph of its own, at up to 150 characters.
    /// So is a call to download, subscribe or follow that ends with its link (`立即下載經濟日報App：https://bit.ly/…`,
    /// `訂閱Telegram最新優惠：https://…`), at up to 100 characters.
    static func isPromotion(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 150 else { return false }
        if block.text.countBytes(of: promotions, stopAt: 1) > 0 { return true }
        guard block.counts.content <= 100, block.text.countBytes(of: calls, stopAt: 1) > 0,
              let link = block.text.split(whereSeparator: { $0 == " " || $0 == "：" }).last else { return false }
        return link.hasBytePrefix("http://") || link.hasBytePrefix("https://") || link.hasBytePrefix("bit.ly/")
    }

    private static let promotions = PhraseList(["【点击", "【點擊", "[点击", "[點擊"])
    private static let calls = PhraseList(["下载", "下載", "订阅", "訂閱", "关注", "關注", "加入"])

    private static let furniturePhrases = PhraseList(furniture)
    private static let metaLabels = PhraseList(["来源", "作者", "发布", "时间", "日期", "编辑", "点击", "浏览", "记者", "稿源", "出处", "阅读",
                                                "來源", "發布", "時間", "編輯", "記者", "瀏覽",
                                                // Who posted, as a forum prints it by the date (`来自: 弘贤`).
                                                "来自:", "来自：", "來自:", "來自：",
                                                // Where the poster was, as platforms print it since 2022 (`IP属地:福建 … 2024-08-06 22:09`).
                                                "IP属地", "IP屬地"])

    /// Headings after which the rest of a page is other articles.
    static let endMarkers = [
        "相关新闻", "相关阅读", "相关文章", "相关链接", "相关报道", "相关推荐", "延伸阅读", "推荐阅读", "热点推荐", "猜你喜欢",
        "更多精彩", "热门推荐", "精彩推荐", "热门文章", "往期回顾", "今日推荐", "编辑推荐", "版权声明", "版權聲明",
        "反侵权公告", "版权公告", "免责声明", "免責聲明", "相关专题", "相關專題", "相關新聞", "相關閱讀", "相關文章", "相關報導", "延伸閱讀", "推薦閱讀", "熱門推薦", "更多新聞",
    ] + citationHeadings

    /// Headings of a closing list of the works cited (`参考资料：` over `[1] Janine, F. …`): no text.
    static let citationHeadings = ["参考资料", "参考文献", "參考資料", "參考文獻"]

    /// A short line that heads a list of works cited (`参考资料：`, `【参考文献】`).
    static func isCitationsHeading(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 8 else { return false }
        let text = Substring(block.text).drop { "【[■● ".contains($0) }
        return citationHeadings.contains { text.hasBytePrefix($0) }
    }

    /// `[1] Janine, F. …`, `［1］郝伟…`, `1.李璞主编…`: a line that opens with a citation's number.
    static func opensWithCitationNumber(_ text: String) -> Bool {
        var s = Substring(text).drop { $0 == " " }
        let bracketed = s.first == "[" || s.first == "［"
        if bracketed { s = s.dropFirst() }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let after = s.dropFirst(digits.count).first else { return false }
        return bracketed ? (after == "]" || after == "］") : (after == "." || after == "、" || after == "．")
    }

    static func isFurniture(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 60 else { return false }
        if block.counts.content <= 12, isHomeLink(block.text) { return true }
        if block.counts.content <= 4, buttons.contains(block.text.trimmingBytes(" |｜")) { return true }
        // A WeChat article's meta line (`Original 赵传文 维客笔记`, `原创 赵传文 维客笔记`): the tag, the writer, the account.
        if block.counts.content <= 30, block.text.hasBytePrefix("Original ") || block.text.hasBytePrefix("原创 ") { return true }
        if isPlaybackSpeed(block.text) { return true }
        return block.text.countBytes(of: furniturePhrases, stopAt: 1) > 0
    }

    /// A line that only credits the writer or the outlet (`文｜何驰`, `作者：占悦`, `撰文 | 孟亚旭`,
    /// `来源：央视新闻客户端`, `（编译：刘志浩）`): the byline, read into the fields, not text. Not a
    /// picture's credit (`图片来源：…`), which the text may keep under its picture, nor an interview's
    /// line (`记者：…？`).
    static func isCreditLine(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 30, !hasSentenceEnd(block.text) else { return false }
        if reportersOnly(block.text) != nil || markedNames(block.text) != nil { return true }
        func isLineMark(_ c: Character) -> Bool { BylineParser.lineMarks.contains(c.unicodeScalars.first!) }
        let opening = Substring(block.text).drop { $0 == " " || $0 == "\u{3000}" }
        // A credit set off by a line mark (`■文字编辑 张小小`) needs no colon after its label.
        let marked = opening.first.map(isLineMark) ?? false
        let text = opening.drop { "（(【[ ".contains($0) || isLineMark($0) }
        guard let lead = text.unicodeScalars.first, creditLabelLeads.contains(lead),
              let label = creditLabels.first(where: { text.hasBytePrefix($0) }) else { return false }
        let rest = text.dropFirst(label.count).drop { $0 == " " || $0 == "\u{3000}" }
        let value: Substring
        if let separator = rest.first, "：:︰｜|丨︱/／".contains(separator) {
            value = rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
        } else if marked, rest.count < text.count - label.count {
            value = rest
        } else {
            return false
        }
        return value.contains { $0.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false }
    }

    /// `□杜亮`, `■张三 李四`, `◎汤朔梅`: a byline's mark, then only the writers' names (a paper's byline opening the text);
    /// the names. Not a caption's mark (`▲余静赣` under a portrait).
    static func markedNames(_ text: String) -> String? {
        let line = text.collapsingWhitespace
        guard let mark = line.unicodeScalars.first, bylineMarks.contains(mark), line.unicodeScalars.count <= 16,
              let names = BylineParser.namesOnly(String(line.unicodeScalars.dropFirst()).collapsingWhitespace),
              ClosingBylines.plausibleNames(names) else { return nil }
        return names
    }

    private static let bylineMarks = Set("□■◎●".unicodeScalars)

    /// A credit's or the page time's label alone on its line, its value on the next (`作者：` / `曹扬`, `摄影：`,
    /// `供稿单位：`, `发布时间：`): a template that sets label and value in boxes of their own.
    static func isMetaLabelAlone(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 6, block.text.utf8.count <= 40, block.text.containsBytes("：") || block.text.containsBytes(":") else { return false }
        var text = Substring(block.text).drop { "（(【[ ".contains($0) }
        while let last = text.last, " ）)】]".contains(last) { text = text.dropLast() }
        guard let last = text.last, last == "：" || last == ":" else { return false }
        return metaLabelsAlone.contains(String(text.dropLast()).trimmingBytes(" "))
    }

    private static let metaLabelsAlone: Set<String> = Set(creditLabels).union([
        "摄影", "攝影", "图片", "圖片", "图", "供稿", "供稿单位", "编辑", "編輯", "责任编辑", "責任編輯", "责编", "审核", "審核", "校对",
        "发布时间", "發布時間", "发布日期", "时间", "時間", "日期",
    ])

    /// The names of a line that only names reporters: `■本报记者 徐瑞哲`, `川报观察记者 林凌 李媛莉`,
    /// `红网时刻新闻记者 杨艳 长沙报道`, `本报实习生 刘国栋 周炜`, `记者黄苏娟 殷文静 摄影乐涛` (an outlet
    /// before the first role, names of two to four characters after each, a place's `报道` last); else nil.
    static func reportersOnly(_ text: String) -> String? {
        // Most lines name no role: one byte scan says so before any string work.
        guard text.countBytes(of: reporterRolePhrases, stopAt: 1) > 0 else { return nil }
        var line = Substring(text.collapsingWhitespace).drop { "（(【[ ".contains($0) || BylineParser.lineMarks.contains($0.unicodeScalars.first!) }
        while let last = line.last, "）)】] ".contains(last) { line = line.dropLast() }
        guard let first = reporterRoles.compactMap({ (role: String) in line.firstByteRange(of: role) }).min(by: { $0.lowerBound < $1.lowerBound }),
              line.distance(from: line.startIndex, to: first.lowerBound) <= 10 else { return nil }
        var names: [Substring] = []
        let opening = line[..<first.lowerBound]
        // `朱隽、记者杨帆摄影报道`, `（黄婕 记者王春）`: the paper's own writers named before the reporter, in a list.
        if opening.hasByteSuffix("、") || (opening.hasByteSuffix(" ") && ClosingBylines.personalName(String(opening)) != nil
                                             && !SourceCleaner.endsAsOutlet(String(opening.dropLast()))) {
            let listed = opening.dropLast().split(whereSeparator: { $0 == "、" || $0 == " " })
            guard listed.allSatisfy({ (2...3).contains($0.count) && $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }) else { return nil }
            names = listed
        } else {
            // The outlet may stand apart from the role by a slash: `聯合報／ 記者沈能元／台北即時報導`.
            guard String(opening).trimmingScalars(where: { $0 == " " || BylineParser.bylineSlashes.contains(Character($0)) })
                .unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) else { return nil }
        }
        var rest = line[first.lowerBound...]
        // `长沙报道`, `北京报道`, `／台北即時報導`: where the report was filed; `摄影报道`, with the photographs.
        if let ending = BylineParser.reportEndings.first(where: { rest.hasByteSuffix($0) }) {
            rest = rest.dropLast(ending.count)
            if let photos = ["摄影", "攝影"].first(where: { rest.hasByteSuffix($0) }) { rest = rest.dropLast(photos.count) }
            if let space = rest.lastIndex(where: { $0 == " " || BylineParser.bylineSlashes.contains($0) }),
               rest.distance(from: space, to: rest.endIndex) <= 5 { rest = rest[..<space] }
        }
        var words = rest.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "，" })
        // `■记者 陈菲茜 文`: the writer's mark after the name.
        if words.count >= 2, let last = words.last, last == "文" || last == "摄" || last == "攝" { words.removeLast() }
        for word in words {
            var name = word
            while let role = reporterRoles.first(where: { name.hasBytePrefix($0) }) { name = name.dropFirst(role.count) }
            if name.isEmpty { continue }
            guard (2...4).contains(name.count), name.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) else { return nil }
            names.append(name)
        }
        let joined = names.joined(separator: " ")
        return !names.isEmpty && ClosingBylines.plausibleNames(joined) ? joined : nil
    }

    /// (`□新派特约评论员 齐晓军 闫轶哲`: a commentator's role, the outlet's name before it.)
    private static let reporterRoles = ["见习记者", "特约记者", "记者", "記者", "通讯员", "實習生", "实习生", "特约评论员", "评论员", "摄影", "摄"]
    private static let reporterRolePhrases = PhraseList(["记者", "記者", "通讯员", "實習生", "实习生", "评论员", "摄影"])

    /// Labels of a writer's or an outlet's credit, longer first where one begins another.
    private static let creditLabels = ["作者单位", "作者", "撰文", "撰稿", "执笔", "文案", "文字编辑", "文字編輯", "图片编辑", "圖片編輯", "文", "记者", "記者",
                                       "通讯员", "编译", "来源", "來源", "出处", "稿源", "监制", "美编", "转自", "轉自"]
    private static let sentenceEnds = PhraseList(["。", "？", "！", "?", "!"])

    static func hasSentenceEnd(_ text: String) -> Bool { text.countBytes(of: sentenceEnds, stopAt: 1) > 0 }

    /// A link back to the site's front page: `返回首页`, `返回腾讯网首页>>`, `【返回人民网首页】`, `返回网站主页`.
    static func isHomeLink(_ text: String) -> Bool {
        let core = text.trimmingBytes(" >»›<«‹【】[]")
        return core.hasBytePrefix("返回") && (core.hasByteSuffix("首页") || core.hasByteSuffix("主页")) && core.unicodeScalars.count <= 12
    }

    /// A paragraph with a link back to the front page glued after its last sentence (`…仍将持续。返回腾讯网首页>>`,
    /// the link inside the article's last `<p>`): the paragraph without it.
    static func withoutHomeLinkTail(_ text: String) -> String {
        guard text.utf8.count > 12, text.containsBytes("返回"), let start = text.lastByteRange(of: "返回")?.lowerBound,
              start > text.startIndex, "。！？!?”」)）".contains(text[text.index(before: start)]),
              isHomeLink(String(text[start...])) else { return text }
        return String(text[..<start])
    }

    /// A BBS post's closing lines glued after its text (`…八卦呢 -- ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4 ※ 文章網址: …`,
    /// `※ 来源:·水木社区 newsmth.net·[FROM: 1.2.3.*]`): the signature separator and the station's stamp go.
    static func withoutBBSSignature(_ text: String) -> String {
        guard text.containsBytes("※"), let stamp = bbsStamps.compactMap({ text.firstByteRange(of: $0)?.lowerBound }).min() else { return text }
        var kept = text[..<stamp]
        while let last = kept.last, last == " " || last == "\n" { kept = kept.dropLast() }
        if kept.hasByteSuffix("--") { kept = kept.dropLast(2) }
        let out = String(kept).collapsingWhitespace
        return out.isEmpty ? text : out
    }

    private static let bbsStamps = ["※ 發信站", "※ 发信站", "※ 來源:", "※ 来源:", "※發信站", "※发信站"]

    /// Buttons alone on a line (`推薦`, `分享|`): too common inside text to be furniture phrases.
    /// A video player's menus too: picture quality, live, ads, its own notices.
    private static let buttons: Set<String> = [
        "推荐", "推薦", "分享", "赞", "讚", "收藏", "评论", "評論", "打赏", "打賞",
        "广告", "廣告", "直播", "收起", "展开", "高清", "超清", "标清", "蓝光", "流畅", "设置成功",
    ]

    /// A player's speed menu: `2.0X`, `1.75x`, `0.5倍`.
    static func isPlaybackSpeed(_ text: String) -> Bool {
        // At most four digits or points and the mark (`1.25X`, `2倍`), with some spaces.
        guard text.utf8.count <= 32 else { return false }
        var scalars = Substring(text.trimmingBytes(" ")).unicodeScalars[...]
        guard let last = scalars.last, last == "X" || last == "x" || last == "倍" else { return false }
        scalars = scalars.dropLast()
        guard (1...4).contains(scalars.count), let first = scalars.first, first != "." else { return false }
        return scalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "." }
    }

    /// An embedded video's figures: `播放：1661`, `时长：0'23''`, `播放次数: 3.2万`.
    static func isPlayerFigure(_ text: String) -> Bool {
        // Every label holds 播 or 长/長: most lines are answered from their bytes, before any trimming.
        guard text.utf8.count <= 40, text.containsBytes("播") || text.containsBytes("长") || text.containsBytes("長") else { return false }
        let line = text.trimmingBytes(" ")
        guard let label = ["播放次数", "播放量", "播放", "时长", "時長"].first(where: line.hasBytePrefix) else { return false }
        let value = line.dropFirst(label.count).drop { $0 == ":" || $0 == "：" || $0 == " " }
        return !value.isEmpty && value.unicodeScalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || "'\".:：万次 ".unicodeScalars.contains($0) }
    }

    /// The blocks of videos embedded in the text (a portal's player with its playlist): each figure line
    /// (`播放：1661`), the short line naming its video just above it, and a `来源：` line beside it (the
    /// video's outlet, not the article's).
    static func playerBlocks(_ blocks: [TextBlock]) -> Set<Int> {
        var marked = Set<Int>()
        for i in blocks.indices where blocks[i].counts.content <= 8 && (blocks[i].text.containsBytes("播") || blocks[i].text.containsBytes("视频"))
            && playerLines.contains(blocks[i].text.trimmingBytes(" ")) {
            marked.insert(i)
        }
        for i in blocks.indices where isPlayerFigure(blocks[i].text) {
            marked.insert(i)
            if i > 0, blocks[i - 1].counts.content <= 30, !isPlayerFigure(blocks[i - 1].text),
               let last = blocks[i - 1].text.unicodeScalars.last, !"。！？!?".unicodeScalars.contains(last) {
                marked.insert(i - 1)
            }
            for j in max(0, i - 2)...min(blocks.count - 1, i + 2) where blocks[j].counts.content <= 20
                && BylineParser.value(after: BylineParser.sourceLabels, in: blocks[j].text, oneWord: true) != nil {
                marked.insert(j)
            }
        }
        return marked
    }

    /// A player's own lines: its playlist's heading and its state.
    private static let playerLines: Set<String> = ["正在播放", "自动播放下一条", "推荐视频：", "推荐视频:", "相关视频", "播放列表"]

    static func isEndMarker(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 12, let first = block.text.unicodeScalars.first else { return false }
        // Past the marks a heading is dressed in: `【相关新闻】`, `== 相关新闻 ==`, `■ 延伸阅读`. (A line opening with
        // none of them keeps its first character, whatever follows, so the character-wise drop is skipped.)
        let text = endMarkerDressing.unicodeScalars.contains(first)
            ? Substring(block.text).drop { endMarkerDressing.contains($0) } : Substring(block.text)
        guard let lead = text.unicodeScalars.first, endMarkerLeads.contains(lead) else { return false }
        return endMarkers.contains { text.hasBytePrefix($0) }
    }

    /// The first characters of `creditLabels`: a line opening with none of them is no credit line.
    private static let creditLabelLeads = Set(creditLabels.compactMap(\.unicodeScalars.first))

    private static let endMarkerDressing = "【[=-—·■□●◆★▲▶> "
    /// The first characters of `endMarkers`: a line opening with none of them is no end marker.
    private static let endMarkerLeads = Set(endMarkers.compactMap(\.unicodeScalars.first))

    /// The heading of a comment list: `已有1件评论`, `《标题》已有3条评论`, `共 12 条评论`, `网友评论`, `發表評論`.
    /// What follows is readers' text, even when a long comment outweighs the article.
    static func isCommentHeading(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 40, block.text.containsBytes("论") || block.text.containsBytes("論") else { return false }
        // `热门评论点击查看更多`: the link to the whole list after the heading.
        var scalars = Array(block.text.unicodeScalars)
        if let more = Self.moreLinks.first(where: block.text.hasByteSuffix) { scalars.removeLast(more.unicodeScalars.count) }
        while let last = scalars.last, last == ":" || last == "：" || last == " " || last == "）" || last == ")" || last == "(" || last == "（" || last.properties.numericType != nil {
            scalars.removeLast()
        }
        let text = String(scalars: scalars)
        guard text.hasByteSuffix("评论") || text.hasByteSuffix("評論") else { return false }
        if commentHeadings.contains(text) { return true }
        // A count before the word: `1件评论`, `12 条评论`.
        var rest = scalars.dropLast(2)
        if let unit = rest.last, "件条條个個则則".unicodeScalars.contains(unit) { rest = rest.dropLast() } else { return false }
        while rest.last == " " { rest = rest.dropLast() }
        guard rest.last?.properties.numericType != nil else { return false }
        while let last = rest.last, last.properties.numericType != nil { rest = rest.dropLast() }
        return rest.last != "第"  // `第12件评论` is one comment, not the list's count
    }

    private static let moreLinks = ["点击查看更多", "點擊查看更多", "查看更多", "查看全部", "更多"]

    private static let commentHeadings: Set<String> = [
        "发表评论", "網友評論", "网友评论", "全部评论", "评论列表", "最新评论", "热门评论", "精彩评论", "读者评论", "发表評論", "發表評論",
        "全部評論", "最新評論", "熱門評論", "讀者評論",
    ]

    /// Labels that open a page's own summary.
    static let summaryLabels = ["核心提示", "内容提要", "内容摘要", "摘要", "导读", "导语", "提要"]

    /// Labels of a key-points box, whose points follow it as a list (`划重点：`).
    private static let keyPointLabels = ["划重点", "劃重點"]
    private static let labelsAlone = summaryLabels + keyPointLabels

    /// What follows a summary's label opening the line (`核心提示：…` → `…`, `【导读】` → ``), or nil
    /// when the line opens with none of `labels`.
    private static func afterSummaryLabel(_ text: String, labels: [String]) -> Substring? {
        var text = Substring(text)
        if text.hasBytePrefix("【") || text.hasBytePrefix("[") { text = text.dropFirst() }
        guard let label = labels.first(where: { text.hasBytePrefix($0) }) else { return nil }
        return text.dropFirst(label.count).drop { ":：】] ".contains($0) }
    }

    /// A summary's or key points' label alone on its line (`划重点：`, `核心提示：`), the points below it.
    static func isSummaryLabelAlone(_ block: TextBlock) -> Bool {
        block.counts.content <= 6 && afterSummaryLabel(block.text, labels: labelsAlone)?.isEmpty == true
    }

    /// The summary text when the block is one (`核心提示：…`), else nil.
    static func summary(in block: TextBlock) -> String? {
        guard let rest = afterSummaryLabel(block.text, labels: summaryLabels), !rest.isEmpty else { return nil }
        return String(rest)
    }

    /// Lines whose date belongs to something else: the newest recommended article, the last reply
    /// (`最新推荐文章于 2024-05-07 22:12:13 发布`). An update time (更新时间) may be the article's only date: kept.
    /// A forum poster's profile dates the member (`注册: 2008-11-1`, `最后登录`), not the post.
    private static let otherDatePhrases = PhraseList(["最新推荐", "推荐文章", "最后回复", "最新回复", "注册:", "注册：", "註冊:", "註冊：",
                                                      "注册时间", "註冊時間", "注册日期", "註冊日期", "最后登录", "最後登錄", "加入时间", "上次登录"])

    static func datesSomethingElse(_ block: TextBlock) -> Bool {
        block.counts.content <= 60 && block.text.countBytes(of: otherDatePhrases, stopAt: 1) > 0
    }

    /// Such a label alone in its box, the date in the next (a profile's `<dt>注册日期：</dt><dd>2012-10-19</dd>`).
    static func labelsSomethingElsesDate(_ block: TextBlock) -> Bool {
        block.counts.content <= 8 && datesSomethingElse(block)
    }

    /// A line whose time label names an event (`决赛时间：2026年3月28日8:30-13:00。`, `2、报名起止时间：…`,
    /// `直播时间：…`, `截止日期：…`): a notice's text, not the page's meta line, which prints its own time bare
    /// (`时间：`) or as when it was published, updated, entered (`发布时间：`, `更新日期：`, `录入时间：`).
    static func datesAnEvent(_ text: String) -> Bool {
        guard text.countBytes(of: timeLabelPhrases, stopAt: 1) > 0 else { return false }
        let scalars = Array(text.unicodeScalars.prefix(40))
        func pair(_ k: Int) -> String { String(scalars: scalars[k..<k + 2]) }
        for k in 2..<max(2, scalars.count - 2) where timeLabels.contains(pair(k)) {
            var after = k + 2
            while after < scalars.count, scalars[after] == " " { after += 1 }
            guard after < scalars.count, scalars[after] == "：" || scalars[after] == ":" else { continue }
            guard CharacterClass.isHan(scalars[k - 1].value), CharacterClass.isHan(scalars[k - 2].value) else { return false }
            return !pageTimeWords.contains(pair(k - 2))
        }
        return false
    }

    private static let timeLabels: Set<String> = ["时间", "時間", "日期"]
    private static let timeLabelPhrases = PhraseList(["时间", "時間", "日期"])
    /// What a page's own time is the time of.
    private static let pageTimeWords: Set<String> = [
        "发布", "發布", "发表", "發表", "更新", "录入", "錄入", "上传", "上傳", "提交", "创建", "修改", "编辑", "編輯", "添加",
        "出版", "发稿", "發稿", "刊发", "刊發", "发文", "成文", "印发", "生成", "采集", "採集", "登记", "发帖", "發帖", "回复",
        "回覆", "文章", "信息", "新闻", "新聞", "稿件", "公开", "公開", "撰写", "撰寫", "写作", "寫作", "最后", "最後", "操作",
    ]

    /// A short line carrying the date and byline labels above or below an article.
    static func isMetaLine(_ block: TextBlock) -> Bool {
        guard block.counts.content <= 80 else { return false }
        // A sentence of the text that dates something and says 发布 (`…签署命令，发布《规定》，自2022年2月10日起施行。`).
        if block.counts.content > 40, block.text.containsBytes("。"), block.text.containsBytes("，") { return false }
        let labelCount = block.text.countBytes(of: metaLabels)
        if labelCount == 1, datesAnEvent(block.text) { return false }
        let hasDate = DateParser.first(in: block.text) != nil
        if hasDate && (labelCount >= 1 || block.counts.content <= 24) { return true }
        // The portal's address printed beside the date (`http://www.sina.com.cn 2012年01月12日09:30 中国网`) is no text.
        if hasDate, block.counts.content <= 60, block.text.containsBytes("http") {
            let rest = block.text.split(separator: " ").filter { !$0.hasBytePrefix("http") }.joined(separator: " ")
            if rest.count <= 24, DateParser.first(in: rest) != nil { return true }
        }
        // Without a date it reads (one a script writes, `发布时间：1699522538778`): two labels on a short line, or
        // four on a longer one (`发布时间：… 来源：欧洲时报 作者：文耕编译 浏览次数：评论：0`).
        return (labelCount >= 2 && block.counts.content <= 50) || labelCount >= 4
    }
}
