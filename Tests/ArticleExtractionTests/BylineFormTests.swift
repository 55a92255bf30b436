import Testing
@testable import ArticleExtraction

/// The forms Chinese pages print their meta line, dateline and closing credit in, each placed where pages put it
/// (between headline and text, opening the text, closing it), and what the fields read from it. Written while probing
/// the extractor with them (wave 23); each row is a form some page prints.
@Suite("Byline forms")
struct BylineFormTests {
    let extractor = ArticleExtractor()

    enum Place: Sendable { case info, opening, closing }

    func article(_ line: String, at place: Place) throws -> Article {
        let info = place == .info ? line : ""
        let opening = place == .opening ? "<p>\(line)</p>" : ""
        let closing = place == .closing ? "<p>\(line)</p>" : ""
        let html = """
            <html><head><meta charset="utf-8"><title>外贸向好态势进一步巩固_新闻中心</title></head><body>
            <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
            <h1>外贸向好态势进一步巩固</h1>
            <div class="info">\(info)</div>
            <div class="article">\(opening)
            <p>海关总署发布数据显示，前4个月我国货物贸易进出口总值同比增长，外贸质升量稳的积极因素不断增多。</p>
            <p>专家表示，随着一系列稳外贸政策落地见效，外贸企业订单回暖，全年外贸有望保持稳中向好态势。</p>\(closing)
            </div><div class="footer">版权所有 新闻中心</div></body></html>
            """
        return try extractor.extract(html: html)
    }

    /// A line as a page prints it, and the source and author it should give.
    typealias Form = (line: String, source: String?, author: String?)

    func check(_ form: Form, at place: Place) throws {
        let article = try article(form.line, at: place)
        #expect(article.source == form.source, "\(form.line)")
        #expect(article.author == form.author, "\(form.line)")
    }

    static let metaLines: [Form] = [
        ("来源：人民日报 | 作者：王明 | 2024-05-10", "人民日报", "王明"),
        ("2024年05月10日 10:00　来源：人民网－人民日报", "人民网－人民日报", nil),
        ("【来源：新华社】 2024-05-10", "新华社", nil),
        ("文章来源：中国新闻网 作者：王明 李华 2024-05-10", "中国新闻网", "王明 李华"),
        ("作者：本报记者 王明 2024-05-10", nil, "王明"),
        ("2024-05-10 10:00 来源：澎湃新闻 记者 王明 通讯员 李华", "澎湃新闻", "王明 李华"),
        ("2024/05/10 10:00 中国日报网", "中国日报网", nil),
        ("[来源：中国政协网] [作者：王明] [时间：2024-05-10]", "中国政协网", "王明"),
        ("2024-05-10 10:00:00　作者：王明　来源：人民政协网", "人民政协网", "王明"),
        ("【作者】王明 【来源】新华网 【时间】2024-05-10", "新华网", "王明"),
        ("文 | 王明 来源 | 新华网 2024-05-10", "新华网", "王明"),
        ("作者:王明&nbsp;&nbsp;来源:新华网&nbsp;&nbsp;日期:2024-05-10", "新华网", "王明"),
        ("<span>发布时间：2024-05-10</span> <span>来　源：新华社</span> <span>作&nbsp;&nbsp;者：王明</span>", "新华社", "王明"),
        ("撰稿人：王明 发布日期：2024-05-10", nil, "王明"),
        // A post's credits, each role before its mark: the writer's, not the editor's, and not the picture's credit.
        ("2024-05-10 文字｜王明 编辑｜李华", nil, "王明"),
        ("2024-05-10 文字 | 王明  编辑 | 李华", nil, "王明"),
        ("2024-05-10 文字/王明 张强 图片/李华", nil, "王明 张强"),
        ("2024-05-10 10:00 记者 王明 李华 发自北京", nil, "王明 李华"),
        ("2024-05-10 10:00 本报讯（记者 王明）", nil, "王明"),
        ("来源：本报 2024-05-10", "本报", nil),
        // A forum post's line: what the poster did after the name, the thread's buttons after the date.
        ("楼主：王明 发表于 2024-05-10 10:20", nil, "王明"),
        ("王明 发表于 2024-5-10 10:20:33 | 只看该作者", nil, "王明"),
        ("王明 发布于 2024-05-10 10:00", nil, "王明"),
        ("人民网 发布于 2024-05-10 10:00", nil, nil),
        // A column's or a blog's line: the writer's name and the date, nothing else.
        ("王明 2024-05-10 10:20", nil, "王明"),
        ("陳嘉宏 2024年05月10日 07:02:00", nil, "陳嘉宏"),
        ("2024-05-10 10:20 王明", nil, "王明"),
        ("<span>2024-05-10</span> By 王明", nil, "王明"),
        ("新华网 2024-05-10 10:20", "新华网", nil),
        ("2024-05-10 10:20 首页", nil, nil),
        // A scraper's text runs the name into the date (`<span>emperor</span><span>2023-07-09</span>` flattened): a handle or
        // a surname-marked name; not a navigation link's word, not an outlet.
        ("emperor2023-07-09 23:30:40", nil, "emperor"),
        ("TRIPP MICKLE2023年9月13日", nil, "TRIPP MICKLE"),
        ("Back2018-03-18", nil, nil),
        ("新华网2024-05-10 10:20", "新华网", nil),
        // yam.com's meta line (2012): the outlet, a slash, its writer or desk or the outlet again, then the date.
        ("東森新聞╱東森新聞 2012-01-17 16:04", "東森新聞", nil),
        ("欣傳媒╱記者丁彥伶／台北報導 2012-01-17 17:43", "欣傳媒", "丁彥伶"),
        ("台灣好新聞╱台 2012-01-17 18:43", "台灣好新聞", nil),
        // The outlet and its role run together before the date (金投网, 2019).
        ("金投热点网整合 2019-4-9 15:17:55", "金投热点网", nil),
        // Hong Kong and Taiwan: the outlet before the reporter's role, the vertical colon `︰`.
        ("聯合報／ 記者沈能元／台北即時報導", "聯合報", "沈能元"),
        ("<time>2023-08-28 21:50</time> <span>聯合報／ 記者<a href=\"/r\">沈能元</a>／台北即時報導</span>", "聯合報", "沈能元"),
        // A translator before the reporter, each after their role.
        ("<time>2023-08-28 01:05</time> <span class=\"article-content__author\">聯合報／編譯<a href=\"/r/1\">茅毅</a>、記者<a href=\"/r/2\">謝守真</a>／綜合報導</span>",
         "聯合報", "茅毅 謝守真"),
        ("<time>2023-08-28 01:05</time> <span>中央社／編譯王明／華盛頓報導</span>", "中央社", "王明"),
        ("自由時報記者王明／台北報導", "自由時報", "王明"),
        ("記者朱真楷／台北報導", nil, "朱真楷"),
        ("據海南日報客戶端丨記者黃媛艷", "海南日報客戶端", "黃媛艷"),
        ("作者︰王明", nil, "王明"),
        ("來源︰信報", "信報", nil),
        ("来源：新京报 2015-1-2 许路阳", "新京报", "许路阳"),
        // An outlet named in capitalised Latin words is one value.
        ("<span>转载自：</span> <a href=\"javascript:;\">Beijing Resistance</a> <span class=\"time\">2016-07-11</span>", "Beijing Resistance", nil),
    ]

    @Test(arguments: metaLines)
    func aMetaLineUnderTheHeadline(_ form: Form) throws {
        try check(form, at: .info)
    }

    static let openings: [Form] = [
        ("新华社北京5月10日电（记者王明、李华）海关总署10日发布数据显示，前4个月我国货物贸易进出口总值同比增长，外贸稳中向好。", "新华社", "王明 李华"),
        ("本报北京5月10日电 记者王明报道：海关总署10日发布数据显示，前4个月我国货物贸易进出口总值同比增长。", nil, "王明"),
        ("本报北京5月10日讯 记者王明，实习生李华报道：海关总署10日发布数据显示，前4个月我国货物贸易进出口总值同比增长。", nil, "王明 李华"),
        ("新华社北京5月10日电 综合驻华盛顿记者王明、李华，驻伦敦记者张强报道：美国和英国10日发布数据显示，两国货物贸易进出口总值同比增长。",
         "新华社", "王明 李华 张强"),
        ("【环球网报道 记者 王明】海关总署10日发布数据显示，前4个月我国货物贸易进出口总值同比增长，外贸稳中向好。", nil, "王明"),
        ("本报记者 王明 李华 北京报道", nil, "王明 李华"),
        ("■ 记者 王明 实习生 李华", nil, "王明 李华"),
        ("記者鄧厚仁報道", nil, "鄧厚仁"),
        ("记者王明报道", nil, "王明"),
        ("聯合報／ 記者沈能元／台北即時報導", "聯合報", "沈能元"),
    ]

    @Test(arguments: openings)
    func aDatelineOrBylineOpeningTheText(_ form: Form) throws {
        try check(form, at: .opening)
    }

    static let closings: [Form] = [
        ("（记者 王明）", nil, "王明"),
        ("（本报记者 王明 李华）", nil, "王明 李华"),
        ("（来源：人民日报）", "人民日报", nil),
        ("（本文来源：经济日报 作者：王明）", "经济日报", "王明"),
        ("（作者系中国人民大学教授）", nil, nil),
        ("（作者单位：中国社会科学院）", nil, nil),
        ("（本文作者王明，系中国人民大学教授）", nil, "王明"),
        ("文字：王明 图片：李华", nil, "王明"),
        ("本文转自：人民日报", "人民日报", nil),
        ("記者︰脫芷晴", nil, "脫芷晴"),
        ("■記者蔡少玲", nil, "蔡少玲"),
        ("（節錄）", nil, nil),
        // The text's end, not its writer.
        ("（全文完）", nil, nil),
        // A university's post credits: the copywriter writes it; editors and reviewers do not.
        ("文案：王明 编辑：李华 审核：张强", nil, "王明"),
        // A reprint's credit: the outlet, the day it ran there, its writer.
        ("来源：新京报 2015-1-2 许路阳", "新京报", "许路阳"),
        ("[转载自 Beijing Resistance]", "Beijing Resistance", nil),
    ]

    @Test(arguments: closings)
    func aCreditClosingTheText(_ form: Form) throws {
        try check(form, at: .closing)
    }

    /// Byline lines opening or closing the text are read, not kept as text.
    @Test(arguments: ["聯合報／ 記者沈能元／台北即時報導", "記者鄧厚仁報道", "記者︰脫芷晴", "■記者蔡少玲"])
    func aBylineLineIsNoText(_ line: String) throws {
        for place in [Place.opening, .closing] {
            let article = try article(line, at: place)
            #expect(!article.text.contains(line), "\(line) at \(place)")
            #expect(article.text.hasPrefix("海关总署发布数据显示"), "\(line) at \(place)")
        }
    }

    /// A caption or a sentence opening with a name and a date is no name run into a date.
    @Test func aSentenceIsNoNameRunIntoTheDate() {
        #expect(BylineParser.nameRunIntoDate("孙静雅2013年4月3日因参加三亚海天盛筵曝出不雅照，引起网友关注。") == nil)
        #expect(BylineParser.nameRunIntoDate("Alison Krauss1971年7月23日生于伊利诺伊州迪尔莱克。") == nil)
        #expect(BylineParser.nameRunIntoDate("发布于2024-05-10") == nil)
        #expect(BylineParser.nameRunIntoDate("Posted on2024-05-10") == nil)
        #expect(BylineParser.nameRunIntoDate("李大兴2018-06-11 16:28") == "李大兴")
    }
}
