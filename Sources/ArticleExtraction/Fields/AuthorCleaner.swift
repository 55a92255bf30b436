/// Tidies a name found as an article's author, and refuses what is no name at all: a link, a
/// widget or section word (`分享`, `评论`, `已编辑`), a role word on its own.
enum AuthorCleaner {
    /// Words that stand where a byline would and are no one's name.
    static let notNames = Set<String>([
        "分享", "版权", "精华", "已编辑", "编辑", "首页", "主题", "管理", "管理员", "关注", "关注者", "被浏览", "评论", "微信", "原创",
        "不喜欢", "喜欢", "举报", "收藏", "打印", "小字型", "大字型", "中字型", "字型", "字体", "网友", "匿名", "佚名", "未知", "本站",
        "小编", "阅读", "点击", "回复", "楼主", "发表", "浏览", "来源", "作者", "记者", "关于作者", "更多", "查看",
        // A profile link's word (`[档案]` beside `[博客]`), a co-author list's role (`主作者`).
        "档案", "檔案", "主作者", "共同作者", "合著者",
        "单位", "简介", "單位", "簡介", "目录", "目錄",
        // A table's column heads (a schedule's `时间` / `地点` / `内容`).
        "时间", "日期", "地点", "内容", "备注", "序号", "姓名", "時間", "地點", "內容", "備註", "编者按", "編者按",
        // What a closing bracket says of the text (`（節錄）`, an excerpt; `（待续）`), not who wrote it.
        "节录", "節錄", "摘录", "摘錄", "节选", "節選", "待续", "待續", "全文", "附全文", "完", "全文完", "正文",
        // A site's links on a line of their own (`主页`, `投稿`).
        "主页", "主頁", "投稿",
        // A download page's edition line beside the app's name.
        "官方版", "最新版", "免费版", "正式版", "安卓版", "电脑版", "手机版", "评分", "評分",
        // A day of the week in brackets closing a line (`活动时间：2017年5月13日（周六）`).
        "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六",
        "星期日", "星期天", "週一", "週二", "週三", "週四", "週五", "週六", "週日",
        // A note box's label and a section's heading opening a post (`注意`, `说明`, `前言`).
        "注意", "说明", "說明", "提示", "信息", "引用", "警告", "注释", "註釋", "摘要", "前言", "引言", "导语", "導語", "导读", "導讀", "序言", "后记",
        "後記", "附录", "附錄", "致谢", "致謝", "背景", "概述", "概要", "总结", "總結", "结论", "結論", "结语", "結語", "小结", "小結",
        "自序", "代序", "序", "跋",
        // A blog's meta-line labels (`发表于 2018-06-01 | 分类于感悟`).
        "分类于", "分類於", "发表于", "發表於", "更新于", "更新於", "发布于", "發佈於",
        // A time of day after a date (`2025年1月10日 上午`).
        "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "清晨", "深夜",
        // A school's grade or class heading a list.
        "年级", "年級", "班级", "班級",
        // A credit's role alone (`王明 文/图` read from its slash, `专访 | 苏有慧` an interview's writer, `通过 U.S. Mission China`
        // WordPress's "by").
        "图", "文", "摄", "图文", "圖", "攝", "专访", "專訪", "采访", "採訪", "访谈", "訪談", "通过", "通過", "调查", "調查",
        "网易", "搜狐", "新浪", "腾讯", "百度", "转载", "互联网", "网络", "综合", "整合", "编译", "图片", "视频", "专栏", "订阅",
        "微博", "积分", "文档", "关于", "帖子", "介绍", "设置", "登录", "注册", "社区", "首頁", "分享至", "帳號", "发表于", "發表於",
        "账号", "帐号", "密码", "登錄", "註冊", "字級", "字级", "字號", "字号", "用戶", "用户", "報導", "报道", "點擊數", "点击数",
        "編輯", "列印", "友善列印", "瀏覽數", "浏览数", "上一页", "下一页", "上一篇", "下一篇", "上一頁", "下一頁", "返回", "問答", "问答",
        "昵称", "暱稱", "用户名", "用戶名",
        // A blog's navigation and its tip box (`归档`, `标签`, `关于我`, `支付宝`), an encyclopaedia's read-aloud button (`播报`), a
        // feedback link.
        "归档", "歸檔", "标签", "標籤", "关于我", "關於我", "支付宝", "支付寶", "微信支付", "打赏", "打賞", "赞赏", "讚賞", "播报", "播報",
        "反馈", "反饋", "意见反馈", "意見反饋",
        // A dialog's close button, a mail link, a how-to's step heading.
        "关闭", "關閉", "发邮件", "發郵件", "发送邮件", "步骤", "步驟",
        // An encyclopaedia's fact box labels (百度百科's `中文名`, `外文名`).
        "中文名", "外文名", "别名", "別名",
        // English labels of the same slots (Elementor's `Author : TWNIC`).
        "Author", "author", "AUTHOR", "Authors", "Writer", "Editor", "By", "by", "Par", "par", "Posted", "Source", "Date", "Categories", "Category", "Tags",
        // App banners and a video or gallery page's tabs: `打开 APP`, `简介`, `精选`, `图集`.
        "打开", "打開", "下载", "下載", "简介", "簡介", "精选", "精選", "图集", "圖集", "相册", "相冊", "搜索", "加载中", "載入中",
        "公告", "看过", "询价", "亮了", "点赞", "赞",
        // A photo's caption line under the headline (`剧照`, `资料图`), not a byline.
        "剧照", "劇照", "海报", "海報", "截图", "截圖", "资料图", "資料圖", "资料图片", "資料圖片", "配图", "配圖", "组图", "組圖", "示意图", "示意圖",
    ]).union(places)

    /// A portal's channels and a post's category tag on a line of their own (`游戏` under the headline, `动态` heading a
    /// part of the text): a section, no one's name (though a magazine may be called so: not among the `notNames` the
    /// outlet's slot is checked against).
    static let sections: Set<String> = [
        "动态", "動態", "要闻", "要聞", "新闻", "新聞", "资讯", "資訊", "游戏", "遊戲", "科技", "财经", "財經", "娱乐", "娛樂", "体育",
        "體育", "汽车", "汽車", "教育", "健康", "时尚", "時尚", "文化", "旅游", "旅遊", "房产", "房產", "国际", "國際", "国内", "國內",
        "社会", "社會", "军事", "軍事", "专题", "專題", "生活", "科学", "科學", "数码", "數碼", "手机", "手機", "影视", "影視", "音乐", "音樂",
    ]

    /// Where the poster was (a platform's IP location printed bare beside the date: `<span>上海</span>`), where a
    /// report was filed (`李立達／台北`): the provinces and the largest cities, no person.
    static let places: Set<String> = [
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
        "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
        "香港", "澳门", "广州", "深圳", "武汉", "成都", "杭州", "南京", "西安", "海外",
        "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "新竹", "基隆", "嘉義", "彰化", "屏東", "宜蘭", "花蓮",
        "台東", "臺東", "苗栗", "南投", "雲林", "澎湖", "金門", "澳門",
    ]

    private static let ordinalCounters: Set<Character> = ["版", "期", "届", "屆", "次", "章", "节", "節", "集", "篇", "号", "號", "卷", "回", "条", "條", "场", "場", "轮", "輪", "批", "季"]
    private static let chineseNumerals: Set<Character> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "两", "兩"]

    /// Role words before a name: `文丨政能亮特约评论员 韩涵` → 韩涵, `本报记者 张三` → 张三.
    static let roles = ["特约评论员", "评论员", "本报记者", "特约记者", "见习记者", "实习记者", "记者", "記者", "通讯员", "实习生", "研究员", "撰稿人", "特约撰稿",
                        "实习编辑", "實習編輯", "见习编辑", "見習編輯"]
    /// (`@阿信`: an account's handle, its at-sign no part of the name; `By 亞小安`, 4Gamers' author link.)
    private static let leadingMarks = ["文/", "文／", "文丨", "文|", "文｜", "图/", "图／", "图丨", "文图/", "图文/", "整合/", "编译/", "综合/", "@", "＠",
                                       "By ", "by ", "BY "]
    private static let trailingWords = ["整合", "编译", "综合", "报道", "報道", "報導", "报导", "/文", "／文", "/摄", "／摄", "文/图", "供稿", "撰文", "授权发表", "授权发布", "授权转载", "授權發表", "授權發布", "授權轉載", " 所有"]
    /// How a desk or a dateline's report ends: `即時報導`, `台北報導`, `上報快訊`, `综合报道`.
    private static let deskEnds = BylineParser.reportEndings + ["快訊", "快讯", "即時", "即时", "綜合", "综合", "電", "电", "專訊", "专讯", "特稿", "專稿", "专稿"]
    private static let organisationEnds = ["大学", "学院", "研究院", "研究所", "研究中心", "中心", "公司", "协会", "学会", "委员会", "医院", "学校"]

    static func clean(_ raw: String) -> String? {
        // `楊正海╱即時報導】`: the rest of a bracket the byline stood in.
        var value = withoutRoleNotes(raw.collapsingWhitespace).trimmingBytes("【】〔〕[]")
        // Up to 80 characters: a long affiliation may come before the role and the name
        // (`中国国际经济交流中心世界经济研究部部长、研究员徐占忱`); the name left must be short.
        guard !value.isEmpty, value.unicodeScalars.count <= 80 else { return nil }
        // `{{ .Site.Author.name }}`, `{dede:field.writer/}`: a template's field left unfilled, no name.
        if templateMarks.contains(where: value.containsBytes) { return nil }
        // `责任编辑：��鞴`: a name the page's bytes lost (replacement characters) is no longer a name.
        if value.unicodeScalars.contains("\u{FFFD}") { return nil }
        // `作者: Justlovesmile`, `原文作者：…` (a theme's copyright box read whole): the label before the name goes.
        value = withoutLeadingLabel(value, labels: authorLabels)
        // `Tag: Google Cloud`, `归档: 2016/8`: a blog's list page heading, no name; `来源：RCI`, an outlet.
        if withoutLeadingLabel(value, labels: listLabels) != value { return nil }
        // `陈刚 (www.chengang.com.cn)`: the writer's own site in brackets after the name.
        // `逛吃逛吃的胖子 (福州)`: or the city the member lives in (a travel site's profile).
        if value.last == ")" || value.last == "）", let open = value.lastIndex(where: { $0 == "(" || $0 == "（" }), open > value.startIndex,
           case let inside = value[value.index(after: open)...].dropLast().lowercased(),
           inside.hasBytePrefix("www.") || inside.containsBytes("://") || BylineParser.isFilingPlace(inside.collapsingWhitespace) {
            value = String(value[..<open]).collapsingWhitespace
        }
        let lower = value.lowercased()
        // (`原文作者：https://…` read up to its colon leaves the address's scheme.)
        if lower.containsBytes("://") || lower.hasBytePrefix("www.") || lower == "http" || lower == "https" { return nil }
        // A site's address, alone or beside its name (`NOWnews.com 今日新聞網`, where a reporter's box names no reporter).
        for domain in [".com", ".cn", ".net"] where lower.hasByteSuffix(domain) || lower.containsBytes(domain + " ") { return nil }
        // `.detail_byline`, `#author`: a script's CSS selector for the byline (a reading widget's settings), no name.
        if value.hasBytePrefix(".") || value.hasBytePrefix("#"), value.unicodeScalars.allSatisfy(\.isASCII), !value.containsBytes(" ") { return nil }
        // `1楼`, `[楼主]1楼`: a thread's floor number after the poster's time, no name.
        if value.unicodeScalars.count <= 10, ContentScorer.floorNumber(value) != nil { return nil }
        // `远瞳 · 作家说`: a name and the box's label beside it.
        for separator in [" · ", " | ", " ｜ "] {
            if let range = value.firstByteRange(of: separator) { value = String(value[..<range.lowerBound]) }
        }
        for mark in leadingMarks where value.utf8.starts(with: mark.utf8) {
            value = String(value.dropFirst(mark.count)).collapsingWhitespace
            break
        }
        // (`朱真楷／台北報導`: a name and where the report was filed, the desk read below.)
        let hasDesk = value.contains(where: BylineParser.bylineSlashes.contains)
        for word in trailingWords where value.hasByteSuffix(word) && value.count > word.count + 1
            && !(hasDesk && BylineParser.reportEndings.contains(word)) {
            value = String(value.dropLast(word.count)).collapsingWhitespace
            break
        }
        // `記者林宸誼／即時報導`, `上報快訊／范姜佳鈺`, `巫其倫／台北報導`: a name beside a desk or a
        // place's report; the desk goes.
        value = withoutDesk(value)
        // `何佳/爱白网`: the writer, then the outlet they write for.
        if let pair = BylineParser.nameAndOutlet(value) { value = pair.author }
        // A role word inside: the name follows it. The desk may come after it again
        // (`聯合晚報╱記者邱瓊平/台北報導` → `邱瓊平/台北報導` → 邱瓊平).
        for role in roles {
            guard let range = value.firstByteRange(of: role) else { continue }
            let rest = String(value[range.upperBound...]).collapsingWhitespace
            if !rest.isEmpty { value = withoutDesk(rest) }
            break
        }
        // `CCF 孔令方`, `PEC 潘文能`: a company's initials before the writer's Han name (`【作者：CCF 孔令方】`).
        if let space = value.firstIndex(of: " "), case let initials = value[..<space], (2...6).contains(initials.unicodeScalars.count),
           initials.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }),
           let name = ClosingBylines.personalName(String(value[value.index(after: space)...])) {
            value = name
        }
        // `武汉大学历史学院郭伦`: the affiliation before a personal name.
        if value.unicodeScalars.count > 4, !value.containsBytes(" ") {
            let cut = organisationEnds.compactMap { value.lastByteRange(of: $0)?.upperBound }.max()
            if let cut, let name = ClosingBylines.personalName(String(value[cut...])) { value = name }
        }
        // `方敏北京大学经济学院教授`: a name, then the affiliation and the title.
        if let name = nameBeforeAffiliation(value) { value = name }
        // `上海交通大学校史编委会秘书长 毛杏云`, `王奎明 上海交通大学中国城市治理研究院助理研究员`: a name beside its affiliation.
        if let name = nameBesideAffiliation(value) { value = name }
        // `观察者网 杨蓉`, `新京报陶春 唐毅`: the outlet the writers work for before their names.
        if let names = namesAfterTheirOutlet(value) { value = names }
        // (A full stop closing a footer's name, `Henry Huang.`, is no part of it.)
        // (Initials keep theirs: `S.I.`, `John F.`.)
        let initial = value.utf8.count >= 2 && value.hasByteSuffix(".") && {
            let b = Array(value.utf8.suffix(3))
            let letter = b[b.count - 2]
            return letter >= 0x41 && letter <= 0x5A && (b.count == 2 || b[0] == 0x2E || b[0] == 0x20)
        }()
        value = withoutSymbols(value.trimmingBytes(" |｜/／:：,，、·-."))
        if initial, value.unicodeScalars.last.map({ $0.value >= 0x41 && $0.value <= 0x5A }) == true { value += "." }
        // `2003408019 吴怡然`: a student's or staff number before the name.
        if let space = value.firstIndex(of: " "), value[..<space].count >= 5, value[..<space].allSatisfy({ $0.isASCII && $0.isNumber }) {
            value = String(value[value.index(after: space)...]).collapsingWhitespace
        }
        // `王明 发表于`, `flightclub 发表的`: what the poster did, printed after the name; `乃么卵 原创` (`本文由小黑盒作者：乃么卵
        // 原创`): the piece's status; `具希聆 记者`: the role after the name, as Korean papers print it.
        if value.containsBytes(" ") {
            var words = value.split(separator: " ")
            while words.count > 1, let last = words.last, startsWithAction(String(last)) || trailingMarks.contains(String(last)) { words.removeLast() }
            value = words.joined(separator: " ")
        }
        // `（左四）`, `张立军（左四）` closing a photo's caption: where the person stands in the picture, no name.
        if value.unicodeScalars.contains(where: { $0 == "左" || $0 == "右" || $0 == "中" }) {
            value = value.split(separator: " ").filter { !isPhotoPosition($0) }.joined(separator: " ")
        }
        guard !value.isEmpty, value.unicodeScalars.count <= 40, !notNames.contains(value), !sections.contains(value), !startsWithAction(value),
              // The site's software in the meta author (`北京大学肿瘤医院网站管理系统`), no person.
              !value.hasByteSuffix("系统"), !value.hasByteSuffix("系統") else { return nil }
        // `来自火狐浏览器`, `来自PC浏览器`: the app a post was sent from (Discuz!'s `device_name`).
        if value.hasBytePrefix("来自") || value.hasBytePrefix("來自"), SourceCleaner.namesPostingApp(in: value) { return nil }
        // `本词条由“科普中国”…审核`, `本文由…提供`: the passive's opening cut before its agent, no name.
        if value.hasBytePrefix("本"), value.hasByteSuffix("由") { return nil }
        // `（作者系中国人民大学教授）`, `作者为本报特约评论员`: who the writer is, not a name.
        // (`作者分别为中国城市和小城镇改革发展中心研究员、…`, `作者均系…`: the same for several writers.)
        if value.count >= 4, ["分别为", "分别系", "分別為", "分別係", "均为", "均系", "均為", "均係"].contains(where: value.hasBytePrefix) { return nil }
        if value.count >= 3, value.hasBytePrefix("系") || value.hasBytePrefix("为") || value.hasBytePrefix("係") || value.hasBytePrefix("為"),
           !value.hasBytePrefix("系统"), !value.hasBytePrefix("系統"), !value.hasBytePrefix("系列") { return nil }
        // A sentence (`跟贴昵称修改后，论坛昵称也会变哦`, a comment form's hint) is no name.
        if value.unicodeScalars.contains(where: { "，。！？；".unicodeScalars.contains($0) }) { return nil }
        // A county or province (`雲林縣`) stands where a place is printed, not a name.
        if (3...5).contains(value.count), ["县", "縣", "省"].contains(where: value.hasByteSuffix),
           value.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) { return nil }
        // Punctuation or digits alone are no name.
        guard value.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        // A count beside the byline (`4687人阅读`, `阅读 1.2万`, `320次浏览`, a post's length `885字`, its reading time) is no name.
        if value.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
           counters.contains(where: { value.containsBytes($0) }) { return nil }
        // `王明 李华 发自北京`: where the reporters filed from follows their names.
        if let filed = value.lastByteRange(of: "发自") ?? value.lastByteRange(of: "發自"), filed.lowerBound > value.startIndex,
           value.distance(from: filed.upperBound, to: value.endIndex) <= 6 {
            value = String(value[..<filed.lowerBound]).collapsingWhitespace
        }
        // `第009版`, `（第九期）`, `第三届`: an e-paper's page, an issue or a session's number, not a name; nor a
        // chapter's heading under a regulation's title (`第一章 总则`).
        if let first = value.split(separator: " ").first, first.hasBytePrefix("第"), let counter = first.last, ordinalCounters.contains(counter),
           first.count >= 3, first.dropFirst().dropLast().allSatisfy({ $0.isASCII ? $0.isNumber : chineseNumerals.contains($0) }) { return nil }
        // One name spaced out: `银 燕` (an author box's `银&nbsp;燕`, two characters padded to the width of three), and `曹 子谦` (a
        // school's notice template spacing the surname from the given name) when the single character is a common surname (not
        // a writer's mark: `文 张三`).
        if value.unicodeScalars.count <= 4, case let s = Array(value.unicodeScalars), s.count >= 3, s[1] == " ",
           s.indices.allSatisfy({ $0 == 1 || CharacterClass.isHan(s[$0].value) }),
           s.count == 3 || ClosingBylines.isCommonSurname(s[0]) && !"文图圖摄攝".unicodeScalars.contains(s[0]) {
            value = value.replacingBytes(" ", with: "")
        }
        // A role word alone (`（通讯员）`) names nobody.
        if roles.contains(value) { return nil }
        // `陈高宏口述 唐小丽整理`, `葛剑雄 口述`: names with the role each played after it; the roles go. (Names
        // listed with `、` stay as printed: labels copy them so as often as they join them by a space.)
        if value.containsBytes(" "), !value.containsBytes("、") {
            let names = value.split(separator: " ").map { word -> Substring in
                var name = word
                for role in ["口述", "整理", "撰文", "执笔"] where name.hasByteSuffix(role) { name = name.dropLast(role.count) }
                return name
            }.filter { !$0.isEmpty }
            let joined = names.joined(separator: " ")
            if !names.isEmpty, names.allSatisfy({ (2...4).contains($0.count) && $0.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }),
               ClosingBylines.plausibleNames(joined) { value = joined }
        }
        // A name printed twice (the byline line and the author box, `王春 王春`) is one name.
        if value.containsBytes(" ") {
            let words = value.split(separator: " ")
            var seen = Set<Substring>()
            let names = words.filter { seen.insert($0).inserted }
            if names.count != words.count { value = names.joined(separator: " ") }
        }
        return value
    }

    /// `記者林宸誼／即時報導`, `上報快訊／范姜佳鈺`: of a name and a desk or a place's report on the
    /// two sides of a slash, the name.
    private static func withoutDesk(_ value: String) -> String {
        let halves = value.split(whereSeparator: BylineParser.bylineSlashes.contains).map { String($0).collapsingWhitespace }
        guard halves.count == 2 else { return value }
        // (A place alone stands for its report: `李立達／台北`; who the writer is, `程萍/南京大学社会学院博士生`, no name.)
        // (A column's name of several words, `涵柳／vintage vibe 時尚簡史`, stands beside its writer as a desk does.)
        func isDesk(_ half: String) -> Bool {
            deskEnds.contains(where: half.hasByteSuffix) || places.contains(half)
                || half.count >= 10 && half.containsBytes(" ") && BylineParser.namesOnly(half) == nil
                || half.count >= 5 && organisationEnds.contains(where: { half.containsBytes($0) }) && (titleEnds + studentEnds).contains(where: half.hasByteSuffix)
        }
        let desks = halves.filter(isDesk)
        guard desks.count == 1, let name = halves.first(where: { !isDesk($0) }), !name.isEmpty else { return value }
        return name
    }

    /// `🌏华商君` → `华商君`: pictographs and symbols an account puts around its name are not part of it.
    static func withoutSymbols(_ value: String) -> String {
        func isSymbol(_ s: Unicode.Scalar) -> Bool {
            s.properties.isEmojiPresentation || s.properties.generalCategory == .otherSymbol || s.value == 0xFE0F || s.value == 0x200D
        }
        let scalars = value.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSymbol(first) || isSymbol(last) else { return value }
        return value.trimmingScalars(where: isSymbol).collapsingWhitespace
    }

    /// The words of a read, view or comment count.
    private static let counters = ["阅读", "閱讀", "浏览", "瀏覽", "点击", "點擊", "评论", "評論", "人看过", "次播放", "字", "分钟"]

    /// A student's standing closing an affiliation (`…社会学院博士生`).
    private static let studentEnds = ["博士生", "硕士生", "研究生", "本科生", "学生", "博士後", "博士后", "碩士生", "學生"]
    /// Titles that close an affiliation after a name (`…经济学院教授`).
    private static let titleEnds = ["教授", "研究员", "博士", "讲师", "主任", "院长", "所长", "博导", "学者", "经济师", "分析师", "律师", "医师", "工程师"]
    /// How an institution's name opens: a province or big city, the nation, a well-known university.
    private static let institutionOpenings: Set<String> = [
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
        "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙", "广西", "西藏", "宁夏", "新疆",
        "香港", "澳门", "中国", "中央", "国家", "国务", "全国", "清华", "复旦", "南开", "同济", "武汉", "中山", "厦门", "南京", "西安",
        "华东", "华中", "华南", "西南", "西北", "东北", "对外", "人民", "首都", "深圳", "广州", "杭州", "成都", "苏州", "中科", "社科",
    ]

    /// `方敏北京大学经济学院教授` → 方敏: a personal name glued to an institution (which opens as
    /// institutions do: a place, the nation, a known university) and a title closing it.
    static func nameBeforeAffiliation(_ value: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count >= 8, !value.containsBytes(" "), titleEnds.contains(where: value.hasByteSuffix),
              organisationEnds.contains(where: { value.containsBytes($0) }) else { return nil }
        for length in [2, 3] where scalars.count > length + 2 {
            let opening = String(scalars: scalars[length..<(length + 2)])
            guard institutionOpenings.contains(opening) else { continue }
            return ClosingBylines.personalName(String(scalars: scalars[..<length]))
        }
        return nil
    }

    /// `上海交通大学中国公益发展研究院 苑莉莉` → 苑莉莉, `王奎明 上海交通大学中国城市治理研究院助理研究员` → 王奎明: of two words, one an
    /// institution (and the post held there) of five characters or more, the other a personal name: the name; else nil.
    static func nameBesideAffiliation(_ value: String) -> String? {
        let words = value.split(separator: " ")
        guard words.count == 2 else { return nil }
        func isAffiliation(_ word: Substring) -> Bool {
            word.unicodeScalars.count >= 5 && word.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) }
                && organisationEnds.contains(where: { String(word).containsBytes($0) })
                && (organisationEnds + titleEnds + postEnds).contains(where: word.hasByteSuffix)
        }
        if isAffiliation(words[0]), let name = ClosingBylines.personalName(String(words[1])) { return name }
        if isAffiliation(words[1]), let name = ClosingBylines.personalName(String(words[0])) { return name }
        return nil
    }

    private static let postEnds = ["秘书长", "书记", "会长", "理事长", "主席", "部长", "处长", "科长", "馆长", "校长", "主编", "编辑", "记者"]

    /// `观察者网 杨蓉` → 杨蓉, `新京报陶春 唐毅` → 陶春 唐毅: the writers' names after the outlet they work for, set apart
    /// or glued to the first name (the outlet three characters or more, ending as outlets do); else nil.
    static func namesAfterTheirOutlet(_ value: String) -> String? {
        if let pair = BylineParser.outletAndNames(value) { return pair.names }
        let words = value.split(separator: " ")
        guard let first = words.first, let (outlet, name) = outletGluedToName(String(first)) else { return nil }
        return BylineParser.outletAndNames(([outlet, name] + words.dropFirst().map(String.init)).joined(separator: " "))?.names
    }

    /// `新京报陶春`, `新华网张改萍`: an outlet's name with a personal name glued after it; the two apart.
    static func outletGluedToName(_ word: String) -> (outlet: String, name: String)? {
        guard word.count >= 5, word.count <= 18 else { return nil }
        for cut in stride(from: word.count - 2, through: 3, by: -1) {
            let outlet = word.prefix(cut), name = String(word.dropFirst(cut))
            guard SourceCleaner.outletSuffixes.contains(where: outlet.hasByteSuffix), ClosingBylines.personalName(name) == name else { continue }
            return (String(outlet), name)
        }
        return nil
    }

    /// `财新 胡琪彦、郑子璇（实习）`, `朴姝颖（实习），包志明`: a writer's standing in brackets after the name (an intern's,
    /// a trainee's) is no part of it.
    /// The marks of a template's field left unfilled: Hugo's and Jinja's `{{ … }}`, DedeCMS's `{dede:…}`, PHP's and ASP's tags.
    static let templateMarks = ["{{", "}}", "{dede", "{$", "<%", "<?"]

    /// (`<meta name="author" content="来源：RCI">`: the source's label opening the value says it names an outlet, no writer.)
    private static let listLabels = ["Tag", "Tags", "Category", "Categories", "Archive", "Archives", "标签", "標籤", "分类", "分類", "归档", "歸檔",
                                     "来源", "來源", "稿源", "出处", "出處"]
    private static let authorLabels = ["本文作者", "原文作者", "文章作者", "作者", "作　者", "Author", "author", "AUTHOR"]

    /// `作者: 王明`, `来源：海外网`: `value` without one of `labels` and the colon after it opening it, when something follows.
    static func withoutLeadingLabel(_ value: String, labels: [String]) -> String {
        for label in labels where value.hasBytePrefix(label) {
            let rest = value.utf8.dropFirst(label.utf8.count)
            var after = Substring(rest).drop { $0 == " " }
            guard after.first == ":" || after.first == "：" else { continue }
            after = after.dropFirst().drop { $0 == " " }
            return after.isEmpty ? value : String(after)
        }
        return value
    }

    static func withoutRoleNotes(_ value: String) -> String {
        guard value.countBytes(of: traineeMarks, stopAt: 1) > 0 else { return value }
        var out = value
        for note in roleNotes { out = out.replacingBytes(note, with: "") }
        return out
    }

    private static let traineeMarks = PhraseList(["实习", "實習", "见习", "見習"])
    private static let roleNotes = (ClosingBylines.internRoles + ["实习", "實習", "见习", "見習"]).flatMap { ["（\($0)）", "(\($0))"] }

    /// `发布于北京`, `发表于`, `更新`, `首次发布`, `已编辑` (douban: `2025-09-20 23:31:05 已编辑 澳大利亚`): what a post's meta line
    /// says it did, not who.
    /// Where a person stands in a photo, as its caption says in brackets: `左四`, `右1`, `左起`, `前排左二`, `中`, `左图`.
    static func isPhotoPosition(_ word: Substring) -> Bool {
        var w = word
        for row in ["前排", "后排", "後排", "中排", "第一排", "第二排"] where w.hasBytePrefix(row) { w = w.dropFirst(row.count); break }
        if ["中", "居中", "中间", "中間", "左图", "右图", "左圖", "右圖", "上图", "下图", "上圖", "下圖"].contains(String(w)) { return true }
        guard let side = w.first, side == "左" || side == "右" else { return false }
        var rest = w.dropFirst()
        if rest.first == "起" { rest = rest.dropFirst() }
        return rest.count <= 2 && rest.allSatisfy { $0.isASCII ? $0.isNumber : chineseNumerals.contains($0) }
    }

    static func startsWithAction(_ value: String) -> Bool {
        actions.contains(where: value.hasBytePrefix)
    }

    /// Words printed after a name that are no part of it: the piece's status (`原创`), the writer's role (`记者`).
    private static let trailingMarks: Set<String> = ["原创", "原創", "首发", "首發", "独家", "獨家", "记者", "記者",
                                                      // The next field's label (WordPress's screen-reader `分类`, `标签`).
                                                      "分类", "分類", "标签", "標籤", "标签：", "分类：",
                                                      // A doctor's or teacher's title after the name (`林靜芸 醫師`).
                                                      "医师", "醫師", "医生", "醫生", "教授", "博士", "老师", "老師", "律师", "律師"]

    private static let actions = ["发布", "发表", "發布", "發佈", "發表", "更新", "修改", "编辑于", "已编辑", "已編輯", "已修改", "IP属地", "IP 属地", "联系", "私信", "加关注", "发消息",
                                  "点击", "點擊", "请登录", "請登錄", "首次发布", "首次發布", "最后修改", "最後修改", "最后更新", "最後更新",
                                  // A reading widget's buttons under the headline (`听新闻`, `显示图片`).
                                  "听新闻", "聽新聞", "收听", "收聽", "朗读", "朗讀", "语音播报", "語音播報", "显示图片", "顯示圖片", "隐藏图片",
                                  "隱藏圖片", "无图模式", "無圖模式"]
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingBytes(_ set: String) -> String {
        trimmingScalars(where: set.unicodeScalars.contains)
    }

    /// The string without the leading and trailing code points `drop` holds for.
    func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, drop(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard drop(scalars[last]) else { break }
            end = last
        }
        return start == scalars.startIndex && end == scalars.endIndex ? self : String(self[start..<end])
    }
}
