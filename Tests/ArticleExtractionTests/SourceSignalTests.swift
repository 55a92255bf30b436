import Testing
@testable import ArticleExtraction

/// How portal pages print the outlet (来源): in spans and links glued to their neighbours, in a
/// box named for it, after the date, or behind a platform name.
@Suite("Source signals")
struct SourceSignalTests {
    let extractor = ArticleExtractor()

    /// A minimal article page with `info` printed between headline and body.
    func page(info: String, head: String = "") -> String {
        """
        <html><head><meta charset="utf-8"><title>停车收费引发争议_新闻中心</title>\(head)</head><body>
        <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
        <h1>停车收费引发争议</h1>
        <div class="post_info">
        \(info)
        </div>
        <div class="post_body">
        <p>村民反映，自家院子停车也被要求缴纳资源占用费，他们拨打12345热线讨要说法，相关部门表示将调查核实。</p>
        <p>记者了解到，当地此前并未公开收费依据，村民希望有关部门尽快给出明确答复，依法依规处理。</p>
        </div>
        </body></html>
        """
    }

    func source(_ info: String, head: String = "") throws -> String? {
        try extractor.extract(html: page(info: info, head: head)).source
    }

    /// Dev set (wave 48: 中青在线's meta line, 东方园林's `文章来源：XIAOSHOUBU` over the text's closing credit).
    @Test func aSiteAndItsPaperAndALatinAccountOverAClosingCredit() throws {
        #expect(try source("中青在线－中国青年报 2010-05-08 [打印] [关闭]") == "中青在线－中国青年报")
        let closing = { (label: String) in
            self.page(info: label + " 发布时间：2024-03-09 21:47:56").replacingOccurrences(of: "依法依规处理。</p>", with: "依法依规处理。</p><p>来源：中国水利报 2024年1月30日</p>")
        }
        #expect(try extractor.extract(html: closing("文章来源：XIAOSHOUBU")).source == "中国水利报")
        // A unit's name is the office that reprinted the text: it stays.
        #expect(try extractor.extract(html: closing("文章来源：民政厅机关党委")).source == "民政厅机关党委")
    }

    /// qq.com (2014): the section's link, the outlet, a bracketed link to the outlet's microblog (in an
    /// element named `mbSourceCard`), the time: the outlet, not the microblog; an outlet in brackets stays.
    @Test func anEntityWithoutItsSemicolonGluedToTheOutlet() throws {
        // 中财网: `&nbsp` without `;` between the time and the outlet, which browsers show as a space.
        let article = try extractor.extract(html: page(info: "时间：2016年01月19日 14:07:06&nbsp中财网"))
        #expect(article.source == "中财网")
        #expect(article.date == "2016-01-19T14:07:06")
        // Only before a non-ASCII byte: a URL's `&copy=2` and a closed `&nbsp;` stay as they are.
        let bytes = Array("<a href=\"/a?x=1&copy=2\">&nbsp;中&nbsp中&amp;</a>".utf8)
        #expect(String(decoding: HTMLTree.withLegacyEntitiesClosed(bytes), as: UTF8.self) == "<a href=\"/a?x=1&copy=2\">&nbsp;中&nbsp;中&amp;</a>")
    }

    /// Dev set (wave 45, ifeng's 一点资讯 page): the outlet, the time and the reading widget's `显示图片` button on one line.
    /// The button names neither the outlet nor the writer.
    @Test func aWidgetsButtonAfterTheDate() throws {
        let article = try extractor.extract(html: page(info: "<span>东北网</span> <span>2015-12-16 11:11</span> <a id=\"yidian-toggle-img\">显示图片</a>"))
        #expect(article.source == "东北网")
        #expect(article.author == nil)
        #expect(article.date == "2015-12-16T11:11")
    }

    /// Dev set (wave 45, qq.com 2018): the paper's name alone in brackets closing the text names the outlet when nothing
    /// above named one; the meta line's outlet wins over it (qq.com 2014: `新华网` over a closing `（中安在线）`).
    @Test func aClosingBracketedOutlet() throws {
        func page(info: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>下月起企业职工养老金将迎重大调整_腾讯新闻</title></head><body>
            <h1>下月起企业职工养老金将迎重大调整</h1><div class="info">\(info)</div>
            <div class="content"><p>国务院印发通知，决定建立企业职工基本养老保险基金中央调剂制度，自2018年7月1日起实施。</p>
            <p>专家指出，这一制度有利于均衡地区间企业职工基本养老保险基金负担，实现基本养老保险制度可持续发展。</p>
            <p>(三湘都市报)</p></div></body></html>
            """
        }
        #expect(try extractor.extract(html: page(info: "2018-06-14 07:51")).source == "三湘都市报")
        #expect(try extractor.extract(html: page(info: "<span>新华网</span> 2018-06-14 07:51")).source == "新华网")
        #expect(SourceCleaner.bracketedOutletAlone("（新华网）") == "新华网")
        for line in ["(图)", "（完）", "（王明）", "(记者 王明)", "（本文来源：新华网）"] { #expect(SourceCleaner.bracketedOutletAlone(line) == nil, "\(line)") }
        #expect(SourceCleaner.outletRunIntoWriter("21世纪网何漪")?.outlet == "21世纪网")
        #expect(SourceCleaner.outletRunIntoWriter("21世纪网何漪")?.names == "何漪")
        #expect(SourceCleaner.outletRunIntoWriter("中国人民大学") == nil)
    }

    /// 中時電子報 (2013): `<meta name="source">` names the site itself (its `og:site_name`), the byline the paper the
    /// story ran in; a meta source naming another outlet still wins.
    @Test func theBylinesPaperOverTheSitesOwnNameInTheMetaTag() throws {
        let info = #"<div class="reporter"><a href="/newspapers/2601">中國時報</a> <cite><a href="/reporter/209">陳亭均</a></cite>／綜合報導 <time>2013年11月27日 04:09</time></div>"#
        let site = #"<meta name="source" content="中時電子報"><meta property="og:site_name" content="中時電子報">"#
        #expect(try source(info, head: site) == "中國時報")
        #expect(try source(info, head: #"<meta name="source" content="中廣新聞網"><meta property="og:site_name" content="中時電子報">"#) == "中廣新聞網")
        #expect(try source("<span>2013年11月27日 04:09</span>", head: site) == "中時電子報")
    }

    /// A reading counter whose number a script fills in (`2018-12-26 <script>…</script>人已阅读`) names no outlet; an
    /// outlet after the date still does.
    @Test func aReadingCounterAfterTheDateIsNoOutlet() throws {
        // 北京金桥医院 (a DedeCMS site, 2018): the expert's name, then the date and the counter, in the box under the headline.
        func page(_ line: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>孩子为啥矮小?8大原因解密_北京金桥医院</title></head><body>
            <div class="zjtd_article_tit">孩子为啥矮小?8大原因解密</div>
            <div class="zjtd_article_intro"><div><img id="doctor_img"><div class="threej">三甲</div></div>
            <div><p><span id="zjName">李时莲</span> <span id="jobs"></span></p><p>\(line)</p></div></div>
            <div class="article"><p>村民反映，自家院子停车也被要求缴纳资源占用费，他们拨打12345热线讨要说法，相关部门表示将调查核实。</p>
            <p>记者了解到，当地此前并未公开收费依据，村民希望有关部门尽快给出明确答复，依法依规处理。</p></div></body></html>
            """
        }
        let counter = #"<span>2018-12-26</span> <label><script src="/plus/count.php?view=yes&aid=57"></script></label>人已阅读 "#
        #expect(try extractor.extract(html: page(counter)).source == nil)
        #expect(try extractor.extract(html: page("<span>2018-12-26</span> 次浏览")).source == nil)
        #expect(try extractor.extract(html: page("<span>2018-12-26</span> 北京青年报")).source == "北京青年报")
    }

    /// The account a text was taken from, named in quotes after 公众号 on a line opening or closing it
    /// (`本文系转载自微信公众号「差评」`): the source, not the platform (`微信`).
    @Test func theWeChatAccountATextWasTakenFrom() throws {
        func page(_ line: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>有人把动森玩成了偶像练习生 - 安言的个人博客</title></head><body>
            <h1>有人把动森玩成了偶像练习生</h1><h5>于 2020-04-20 由 安言 发布</h5>
            <div class="post"><p>村民反映，自家院子停车也被要求缴纳资源占用费，他们拨打12345热线讨要说法，相关部门表示将调查核实。</p>
            <p>记者了解到，当地此前并未公开收费依据，村民希望有关部门尽快给出明确答复，依法依规处理。</p><p>\(line)</p></div></body></html>
            """
        }
        #expect(try extractor.extract(html: page("本文系转载自微信公众号「差评」")).source == "差评")
        #expect(try extractor.extract(html: page("本文来源于微信公众号「差评」")).source == "差评")
        #expect(try extractor.extract(html: page("欢迎关注我的微信公众号「安言」")).source == nil)
        #expect(SourceCleaner.reprintedAccount(in: "本文转载自微信公众号“某某观察”") == "某某观察")
        // After a colon, unquoted, with its id in brackets (虎嗅, blind batch 60); not an account named after another outlet.
        #expect(SourceCleaner.reprintedAccount(in: "本文来自微信公众号：塔门（ID：DT-Tamen），作者：张晨阳，编辑：王朝靖") == "塔门")
        #expect(SourceCleaner.reprintedAccount(in: "【本文转自GS乐点杂志，微信公众号：gayspot】") == nil)
    }

    @Test func theOutletBetweenTheSectionAndItsMicroblogLink() throws {
        let info = #"<span><a href="/mil">军事要闻</a></span><span class="color-a-1"><a href="http://huanqiu.com/1">环球时报</a></span>"#
            + #"<span id="mbSourceCard">[<a class="mbSourceCard" href="http://t.qq.com/globaltimes">微博</a>]</span><span class="article-time">2014-01-07 08:28</span>"#
        #expect(try source(info) == "环球时报")
        #expect(SourceCleaner.outletBeforeDate(in: "相关阅读： 上海交通大学2018年11月14日献血名单") == nil)
        #expect(SourceCleaner.outletBeforeDate(in: "[人民日报]（ 2019年12月19日 04 版）")?.outlet == "人民日报")
        #expect(SourceCleaner.withoutBracketedTags("环球时报 [ 微博 ] 2014") == "环球时报   2014")
    }

    /// The outlet in the bracket opening the text (`【环球时报】`, `【环球时报综合报道】`) when nothing else names one;
    /// `【本报讯】` names none.
    @Test func theAccountWeChatsReprintBoxNames() throws {
        // WeChat prints the account a reprinted article was taken from in a box under the text.
        let html = """
            <html><head><meta charset="utf-8"><title>原三元牛奶董事长张福平因病去世</title></head><body>
            <h2 class="rich_media_title">原三元牛奶董事长张福平因病去世</h2>
            <div class="rich_media_content"><p>据悉，原北京三元食品股份有限公司董事长张福平因病医治无效，于7月29日去世，享年59岁。</p>
            <p>张福平曾任北京三元食品股份有限公司董事长，在乳业工作多年，为中国乳业发展做出了贡献。</p></div>
            <a class="original_tool_area" id="copyright_info" href="javascript:void(0);"><p class="tips_global">内容转载自公众号</p>
            <div class="flex_cell"><div class="flex_cell_bd"><div class="profile_nickname">食品观察家</div></div><div class="flex_cell_ft">了解更多</div></div></a>
            </body></html>
            """
        #expect(try extractor.extract(html: html).source == "食品观察家")
    }

    @Test func theOutletInTheBracketOpeningTheText() throws {
        #expect(BylineParser.outletInOpeningBracket("【环球时报】据日本共同社报道，日本政府…") == "环球时报")
        #expect(BylineParser.outletInOpeningBracket("【环球时报综合报道】据中时电子报6日报道") == "环球时报")
        #expect(BylineParser.outletInOpeningBracket("【本报讯】由于去年的进口额高达342.3亿美元") == nil)
        #expect(BylineParser.outletInOpeningBracket("【编者按】本文作者认为") == nil)
        // The outlet and its writer (財訊快報): the outlet is the source, the writer the author.
        #expect(BylineParser.outletInOpeningBracket("【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出") == "財訊快報")
        #expect(BylineParser.reporterInOpeningBracket("【財訊快報／陳孟朔】摩根士丹利最新發布的報告指出") == "陳孟朔")
        // A round bracket: the outlet's name alone opening a paragraph that goes on; not under a photo, not a remark.
        #expect(BylineParser.outletInOpeningBracket("（东方网）一模一样的长相，一模一样的大学和专业") == "东方网")
        #expect(BylineParser.outletInOpeningBracket("（联合早报）") == nil)
        #expect(BylineParser.outletInOpeningBracket("（本报讯）由于去年的进口额") == nil)
        #expect(BylineParser.outletInOpeningBracket("（短视频文化现象观察）近年来") == nil)
        // Who supplied a photo is no outlet; the kind of item glued after the source is no part of it.
        #expect(SourceCleaner.clean("受访者") == nil)
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "发布时间：2025-06-03 来源：浙江监管局文章类型：原创", oneWord: true) == "浙江监管局")
        let html = page(info: "").replacingOccurrences(of: "<p>村民反映", with: "<p>【环球时报】村民反映")
        #expect(try extractor.extract(html: html).source == "环球时报")
    }

    @Test func theOutletJSONLDCreditsAsAuthor() throws {
        let ld = #"<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "北京新浪網"}, "publisher": {"@type": "Organization", "name": "新浪台灣"}}</script>"#
        #expect(try source("<span>2020-01-21 11:12</span>", head: ld) == "北京新浪網")
        // A person credited there is no outlet; a labelled source on the page wins.
        let person = #"<script type="application/ld+json">{"author": {"@type": "Person", "name": "王伟"}}</script>"#
        #expect(try source("<span>2020-01-21 11:12</span>", head: person) == nil)
        #expect(try source("<span>来源：中国新闻网</span>", head: ld) == "中国新闻网")
    }

    @Test func aPaperAndItsSiteJoinedByADot() throws {
        #expect(try source(#"<span class="source">来源：<a href="https://paper.cnstock.com">上海证券报</a>·<a href="https://www.cnstock.com">中国证券网</a></span>"#)
            == "上海证券报·中国证券网")
        // A dot before the date or the next label joins nothing.
        #expect(try source("<span>来源：新华社 · 2019-01-26 19:02</span>") == "新华社")
        #expect(try source("<span>来源：新华社 · 作者：张三</span>") == "新华社")
        // Punctuation alone names no outlet.
        #expect(try source("<span>来源：-</span>") == nil)
    }

    @Test func theOutletThenItsWritersInOneSlot() throws {
        // Before the date, or in an element named for the source: the outlet is the source, the names the author.
        let dated = try extractor.extract(html: page(info: #"<div class="gray9">上海教育新闻网 &nbsp; 金寒草 &nbsp; 2020-06-15 15:04:47</div>"#))
        #expect(dated.source == "上海教育新闻网")
        #expect(dated.author == "金寒草")
        let box = try extractor.extract(html: page(info: #"<div class="source hidden-xs">人民日报中央厨房 韩庆&#32;董志雯&#32;葛俊俊</div>"#))
        #expect(box.source == "人民日报中央厨房")
        #expect(box.author == "韩庆 董志雯 葛俊俊")
        // Two words that are no outlet and names stay unread.
        #expect(SourceCleaner.outletBeforeDate(in: "在线 荐稿 2020-06-15") == nil)
    }

    @Test func anOriginBoxAndADataCredit() throws {
        #expect(try source(#"<div class="time">2018-11-03</div><div class="origin">中国教育在线</div><div class="origin" id="originAuthor">作者：<span></span></div>"#) == "中国教育在线")
        // The 原创 tag is no origin box; a chart's data credit is no source.
        #expect(try source(#"<span class="original">原创</span>"#) == nil)
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "单位：百万美元 数据来源：新加坡统计局", oneWord: true) == nil)
    }

    @Test func thePapersPageIsNoOutlet() throws {
        #expect(SourceCleaner.wordAfterDate(in: "作者：本报记者 唐芊尔《光明日报》（ 2019年09月16日 01版）") == nil)
        #expect(SourceCleaner.wordAfterDate(in: "2019-09-16 4687人阅读") == nil)
        #expect(SourceCleaner.wordAfterDate(in: "2019-09-16 21CN娱乐") == "21CN娱乐")
        #expect(SourceCleaner.wordAfterDate(in: "2019-09-16 39健康网") == "39健康网")
    }

    @Test func theOutletBeforeTheDate() throws {
        #expect(try source(#"<p class="f-cb"><span class="f-fl">第一财经</span> <em class="f-fl">2019-01-26 19:02:59</em></p>"#) == "第一财经")
        #expect(SourceCleaner.outletBeforeDate(in: "每日经济新闻 2018-12-08 10:21")?.outlet == "每日经济新闻")
        // A person, a desk, a label, or an outlet after a role word before the date are no outlet.
        #expect(SourceCleaner.outletBeforeDate(in: "张三 2018-12-08 10:21") == nil)
        #expect(SourceCleaner.outletBeforeDate(in: "編譯中心 2014-12-13 09:33") == nil)
        #expect(SourceCleaner.outletBeforeDate(in: "发布时间：2018-12-08") == nil)
        #expect(SourceCleaner.outletBeforeDate(in: "记者 新京报 2018-12-08") == nil)
    }

    @Test func theAgencyOpeningADateline() throws {
        #expect(BylineParser.agencyInDateline("（中央社記者溫貴香台北21日電）行政院副院長今天表示") == "中央社")
        #expect(BylineParser.agencyInDateline("新华社北京5月9日电 题：积极因素不断增多") == "新华社")
        #expect(BylineParser.agencyInDateline("中国网5月20日电 5月18日晚，古北水镇") == "中国网")
        // No day and 电 close behind: no dateline.
        #expect(BylineParser.agencyInDateline("新华社消息，5月9日，海关总署发布数据") == nil)
        #expect(BylineParser.agencyInDateline("村民反映，自家院子停车也被要求缴纳费用，5日电话") == nil)
        // On a page that names no outlet otherwise.
        let html = page(info: "<span>2024-05-21</span>").replacingOccurrences(of: "<p>村民反映", with: "<p>（中央社記者溫貴香台北21日電）村民反映")
        #expect(try extractor.extract(html: html).source == "中央社")
    }

    @Test func inlineNeighboursAreNotGlued() throws {
        // A link right after the outlet, with no space in the markup.
        #expect(try source(#"2024-05-13 09:16:04　来源: <a href="/m">北青网-北京青年报</a><a class="report">举报</a>"#) == "北青网-北京青年报")
        // Spans on separate source lines: the line break between them is still a boundary.
        #expect(try source("""
            <span class="date">2024-05-13 12:03:10</span>
            <span class="source">来源:<a href="">东方网</a></span>
            <span class="editor">选稿：曾炟</span>
            """) == "东方网")
        #expect(try source(#"<span>来源：<a href="/m">中国新闻网</a></span><span>王帆</span>"#) == "中国新闻网")
    }

    @Test func anOutletClaimingItsOwnPiece() throws {
        // `原创：` before an outlet names the source; before an account or a person it does not.
        #expect(try source("<h4><span>原创：</span><span>39健康网</span><span>2024-04-23 12:27:25</span></h4>") == "39健康网")
        #expect(try source("<h4><span>原创：</span><span>小王老师</span><span>2024-04-23 12:27:25</span></h4>") != "小王老师")
        #expect(try source("<h4><span>原创：</span><span>王建宏</span><span>2024-04-23 12:27:25</span></h4>") != "王建宏")
    }

    @Test func sourceLabelInAChainOfSpans() throws {
        #expect(try source(#"<span class="t">2024-05-13</span><span class="l">来源</span><span>：</span><span><a href="/x">新京报</a></span>"#) == "新京报")
        #expect(try source(#"<span class="l">来源</span><span><a href="/x">新京报</a></span>"#) == "新京报")
    }

    @Test func anOutletIsOneWord() {
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：第一财经日报 网友", oneWord: true) == "第一财经日报")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "时间：2024.05.20 来源：1905电影网 分享到：", oneWord: true) == "1905电影网")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "本文来源于国家统计局 2024-05-11 09:36:26", oneWord: true) == "国家统计局")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "來源：聯合報", oneWord: true) == "聯合報")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：综合抖音黑板报、南方都市报", oneWord: true)
            .flatMap(SourceCleaner.clean) == "抖音黑板报、南方都市报")
        // A picture's credit is not the article's source.
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "天水有轨电车 图片来源：天水融媒", oneWord: true) == nil)
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "视频来源：网络", oneWord: true) == nil)
    }

    /// `来源：网络` says only that the text came from the internet: that is the source when the page names
    /// nothing else, and any outlet named elsewhere wins over it.
    @Test func theInternetAsTheSourceOnlyWhenNothingElseIsNamed() throws {
        #expect(try source("<span>2020-08-26 10:17</span> <span>来源：网络</span>") == "网络")
        #expect(try source(#"<span>2020-08-26 10:17</span> <span>来源：网络</span>"#,
                           head: #"<meta name="source" content="深圳新闻网">"#) == "深圳新闻网")
        #expect(try source("<span>来源：互联网</span> <span>2020-08-26 10:17 新华网</span>") == "新华网")
        #expect(try source("<span>来源：转载</span> <span>2020-08-26</span>") == nil)
    }

    /// The headline found again in a box named for the source names no outlet, nor the account that posted.
    @Test func theHeadlineIsNoOutlet() throws {
        // 西瓜视频 classes its headline `hasSource`: the box named for the source holds the headline.
        let article = try extractor.extract(html: page(info: #"<span>2019-07-10</span><div class="hasSource">停车收费引发争议</div>"#))
        #expect(article.source == nil)
        #expect(article.author == nil)
        #expect(try source("<span>2019-07-10</span>", head: #"<meta name="source" content="北京青年报">"#) == "北京青年报")
    }

    /// `本报讯（记者 王明）` after the date opens a byline, not an outlet's slot; `来源：本报` is printed as the source.
    @Test func thisPapersDatelineIsNoOutlet() throws {
        #expect(try source("<span>2024-05-10 10:00 本报讯（记者 王明）</span>") == nil)
        #expect(SourceCleaner.clean("本报讯记者") == nil)
        #expect(SourceCleaner.clean("本报") == "本报")
        #expect(SourceCleaner.clean("网") == nil)
        #expect(SourceCleaner.clean(" 网") == nil)
    }

    @Test func boxNamedForTheSource() throws {
        #expect(try source(#"<span class="time-source">2016年05月25日10:10 <a href="/">新浪财经</a></span>"#) == "新浪财经")
        #expect(try source(#"<span class="caas-attr-provider">法新社</span> <time datetime="2024-05-20T06:05:02Z">2024年5月20日</time>"#) == "法新社")
        #expect(try source(#"<a class="source" href="/m">每日经济新闻</a> <span class="date">2024年05月10日 00:26</span>"#) == "每日经济新闻")
        // A box named for the source that holds a person is not an outlet.
        #expect(try source(#"<span class="source">张三</span> <span>2024-05-10</span>"#) == nil)
        // The box's lines are lines: the date, the outlet, the byline (京报网), not `17:04音乐周报记者：…`.
        #expect(try source(#"<div class="bjd-article-source"><p>2022-05-18 17:04</p><p>音乐周报</p><p>记者：贾安琪/编译</p></div>"#) == "音乐周报")
    }

    @Test func outletSlotOfTheMetaLineWithoutASuffix() throws {
        #expect(try source(#"<a href="http://www.sina.com.cn">http://www.sina.com.cn</a> 2009年11月09日13:56 <a href="/ent">新浪娱乐</a>"#) == "新浪娱乐")
        // A weekday or a widget word in that slot is no outlet.
        #expect(try source("2019年09月07日 星期六") == nil)
        #expect(try source("2019-09-07 15:10 阅读 1234") == nil)
    }

    @Test func traditionalOutletAfterTheDate() throws {
        #expect(try source(#"<div class="story_info"><span>2019-03-18 23:59</span>聯合報 記者<a href="/r">陳嘉寧</a>／桃園機場報導</div>"#) == "聯合報")
    }

    @Test func closingCreditInBrackets() throws {
        let html = """
            <html><head><title>中法经贸合作迈上新台阶_搜狐</title></head><body><h1>中法经贸合作迈上新台阶</h1>
            <div class="article"><p>中国现已全面放开制造业准入，将加快放宽电信、医疗等服务业准入，中国对外开放的大门将越开越大。</p>
            <p>中法经贸合作将不断迈上新台阶，更多地造福两国人民，为新时代的全球发展注入更多稳定性和正能量。</p>
            <p>（本文来源：经济日报 作者：中国国际经济交流中心世界经济研究部部长、研究员徐占忱）<a href="/">返回搜狐，查看更多</a></p>
            <p>责任编辑：</p></div></body></html>
            """
        #expect(try extractor.extract(html: html).source == "经济日报")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：光明网-《光明日报》2024-05-20 03:15", oneWord: true)
            .flatMap(SourceCleaner.clean) == "光明网-《光明日报》")
    }

    @Test func platformIsTheSourceOnlyWhenNothingElseIs() throws {
        #expect(try source("<span>2024-05-13 09:16</span> <span>来源：网易号</span>") == "网易号")
        #expect(try source("<span>2024-05-13 09:16</span> <span>来源：网易号</span>",
                           head: #"<meta name="source" content="北京青年报">"#) == "北京青年报")
    }

    /// Pool pages of public repositories (wave 39): the meta source keeps its label (海外网's `来源：海外网`) or people.com.cn's
    /// mark for its own reports (`来源：人民网-文化频道 原创稿`); a post's length (`277字`) or a bare number beside the date,
    /// and a template's field left unfilled, name no outlet.
    @Test func labelsMarksLengthsAndTemplatesInTheSource() throws {
        #expect(try source("<span>2022-11-23 17:44</span>", head: #"<meta name="source" content="来源：海外网">"#) == "海外网")
        #expect(try source("<span>2019-06-15</span>", head: #"<meta name="source" content="来源：人民网-文化频道 原创稿">"#) == "人民网-文化频道")
        #expect(SourceCleaner.clean("277字") == nil)
        #expect(SourceCleaner.clean("10") == nil)
        #expect(SourceCleaner.clean("{dede:field.source/}") == nil)
        #expect(SourceCleaner.clean("Source: 36氪") == "36氪")
        // A label alone stays what it was (nothing follows it to keep); an outlet with digits in its name stays.
        #expect(SourceCleaner.clean("36氪") == "36氪")
        #expect(SourceCleaner.clean("1905电影网") == "1905电影网")
        // A dateline's news mark or a repost's after an outlet (`新浪体育讯`, `东方卫视转`) goes; an outlet ending so keeps it.
        #expect(SourceCleaner.clean("新浪体育讯") == "新浪体育")
        #expect(SourceCleaner.clean("东方卫视转") == "东方卫视")
        #expect(SourceCleaner.clean("腾讯") == "腾讯")
        #expect(SourceCleaner.clean("中央社电讯") == "中央社电讯")
    }

    /// A script variable naming the source (`window.global = { source: '…' }`) is the last resort;
    /// values that name no outlet (`default`, a URL) are skipped.
    @Test func theSourceAScriptNames() throws {
        let script = "<script>var cfg = { source: 'default', url: 'https://x.example' }; window.global = { id: '3yW', source: '环球时报新媒体', // 来源\n mp: 0 }</script>"
        #expect(try source("<span>2020-10-08 10:17</span>", head: script) == "环球时报新媒体")
        #expect(try source("<span>2020-10-08 10:17</span>", head: "<script>var a = { source: 'vote' }</script>") == nil)
        // A visible source wins.
        #expect(try source("<span>2020-10-08 10:17</span> <span>来源：新京报</span>", head: script) == "新京报")
    }

    /// `来自` before the app or browser a post was sent from names no outlet; an empty `来源：` before
    /// the next field's label names nothing; of two boxes named for the source, the inner one speaks.
    @Test func postingAppsEmptyFieldsAndNestedSourceBoxes() throws {
        #expect(try source("<span>2022-10-02 23:02</span> <span>来自Android客户端</span>") == nil)
        #expect(try source("<span>7月7日 12:16</span> 来自 <a>360安全浏览器</a>") == nil)
        #expect(try source(#"<div class="head-info_source">来自 微博发布平台专业版</div>"#) == nil)
        #expect(try source("<span>2022-10-02 23:02</span> <span>来源：人民日报客户端</span>") == "人民日报客户端")
        #expect(try source("<div>来源：访问量：199 发布日期：2017-05-15 10:49:00</div>") == nil)
        #expect(try source("<div>来源：新华社 发布日期：2017-05-15 10:49:00</div>") == "新华社")
        let nested = #"<div class="index_sourceTitle"><div class="index_sourceTitleText"><a href="/media/2583">中国新闻网</a></div><div class="index_follow"><div class="index_followText">下载客户端<br>独家抢先看</div></div></div><span>2024年01月25日 18:03:35</span>"#
        #expect(try source(nested) == "中国新闻网")
    }

    /// A blog's repost notice opening the text (`转载声明：本文转载自 Simon Willison’s Weblog，原文链接：…`) names where the
    /// text was taken from; a sentence that comes to 转载自 later names nothing.
    @Test func aBlogsRepostNotice() throws {
        func page(_ first: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>转载：2025 LLM 年度回顾 - 博客</title></head><body>
            <h1>转载：2025 LLM 年度回顾</h1><div class="meta">2026-01-30</div><div class="content"><blockquote><p>\(first)</p></blockquote>
            <p>这是我年度系列的第三篇，回顾过去十二个月大语言模型领域发生的一切，以及我认为最重要的趋势。</p>
            <p>今年是推理模型之年，也是智能体真正开始可用的一年，编程助手的能力提升尤其明显。</p></div></body></html>
            """
        }
        #expect(try ArticleExtractor().extract(html: page("<strong>转载声明</strong>：本文转载自 <a href=\"https://simonwillison.net/\">Simon Willison’s Weblog</a>，原文链接：<a href=\"https://simonwillison.net/2025/\">https://simonwillison.net/2025/</a>")).source == "Simon Willison’s Weblog")
        #expect(try ArticleExtractor().extract(html: page("我读到这篇文章已经很久了，今天终于决定把它转载自己的博客上。")).source == nil)
    }

    /// A closing notice that an outlet let the text be reprinted (`（本文由「工商時報」授權轉載）`, `本文经南方周末授权转载`)
    /// names the source; a sentence about an authorisation does not.
    @Test func anAuthorisedReprintNotice() throws {
        #expect(SourceCleaner.authorizedReprint(in: "（本文由「 工商時報 」授權轉載）") == "工商時報")
        #expect(SourceCleaner.authorizedReprint(in: "本文经南方周末授权转载，版权归原作者所有") == "南方周末")
        #expect(SourceCleaner.authorizedReprint(in: "本文来源亿欧，经亿欧授权发布，版权归原作者所有。申请文章授权请后台回复“转载”") == "亿欧")
        // Reprinted from an outlet by someone it authorised: the outlet after 自, and the writer the note names.
        let note = "本文由G.P.A经授权转载自一席（ID：yixiclub），作者袁硕。"
        #expect(SourceCleaner.authorizedReprint(in: note) == "一席")
        #expect(BylineParser.writerOnRepostCard(note) == "袁硕")
        #expect(SourceCleaner.authorizedReprint(in: "（作者系湖畔大学教务长曾鸣，本文经授权转载自其微博）") == nil)
        #expect(SourceCleaner.authorizedReprint(in: "公司表示，相关产品须经国家药监局授权发布后方可上市销售。") == nil)
        let html = page(info: "<span>2024-10-18 17:34</span>").replacingOccurrences(of: "依法依规处理。</p>", with: "依法依规处理。</p><p>（本文由「<a href=\"https://www.ctee.com.tw/\">工商時報</a>」授權轉載）</p>")
        #expect(try extractor.extract(html: html).source == "工商時報")
    }

    /// Blind batches 72-79 (wave 32): zol's meta line puts the outlet in brackets with what it did
    /// (`2023-09-12 08:40:41 [ 中关村在线 原创 ] 作者：十三号胡同`); a bracketed tag (`[ 档案 ]`) stays no source.
    @Test func anOutletInBracketsWithWhatItDid() throws {
        #expect(SourceCleaner.wordAfterDate(in: "2023-09-12 08:40:41 [ 中关村在线 原创 ] 作者：十三号胡同") == "中关村在线")
        #expect(SourceCleaner.wordAfterDate(in: "2023-11-21 00:29:02 [ 档案 ] [ 旧帖 ]") == nil)
        #expect(try source("2023-09-12 08:40:41 [ <a href=\"/\">中关村在线</a> 原创 ] 作者：十三号胡同") == "中关村在线")
    }

    /// Blind batch 84 (wave 33): a meta line whose date a script writes (`发布时间：1699522538778`) reads no date, and
    /// the same spans printed twice for small screens make it long; four labels still make it the meta line.
    @Test func aMetaLineWithManyLabelsAndNoDateItReads() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>欧洲时报–欧时网-梵蒂冈：跨性别者可以受洗</title></head><body>
            <div class="left"><div class="location"><a href="/index.html">欧洲时报网</a> &gt;&gt; <span>其他</span></div>
            <div class="content_title">梵蒂冈：跨性别者可以受洗</div>
            <div class="content_info">
              <span class="max_screen">发布时间：<i class="content_date">1699522538778</i></span>
              <span class="min_screen"><i class="content_date">1699522538778</i></span>
              <span class="max_screen">来源：<i class="content_resource">欧洲时报</i></span>
              <span class="min_screen"><i class="content_resource">欧洲时报</i></span>
              <span>作者：<i class="content_zuozhe">文耕编译</i></span>
              <span class="max_screen llcount">浏览次数：<i class="content_llcs"></i></span>
              <span>评论：<i class="content_comments_num">0</i></span>
            </div>
            <div class="content_content"><div>
            <p>【欧洲时报11月9日文耕编译】梵蒂冈内部的一个权威机构8日正式宣布：跨性别者可以成为洗礼的教父母、充当婚礼见证人并自己接受洗礼。</p>
            <p>这份三页的问答由该部门负责人签署，并于10月31日得到批准。报道指出，在某些条件下为跨性别者施洗是可能的。</p>
            <p>信仰教义部回复说，原则上也可以考虑让跨性别者担任教父或教母，但当地神父在做出决定时应保持审慎。</p>
            <p style="text-align:right;">（编辑：李祎瑾）</p></div></div></div></body></html>
            """
        let article = try extractor.extract(html: html)
        #expect(article.source == "欧洲时报")
        #expect(article.author == "文耕")
        #expect(NoiseFilter.isMetaLine(PageAnalysis.line("发布时间：1699522538778 1699522538778 来源：欧洲时报 欧洲时报 作者：文耕编译 浏览次数：评论：0")))
        // Two labels on a longer line stay a line of text.
        #expect(!NoiseFilter.isMetaLine(PageAnalysis.line("记者从市交通委获悉来源于民间的建议作者认为应当加快推进停车收费改革并尽快公开收费依据和标准以便监督落实情况")))
    }

    /// Blind batch 93 (skykiwi.com-xf3; 3dmgame.com-yo1 before it): the outlet that translated the piece, 编译 glued on and
    /// closing the field (`来源:天维网编译`), is the source as printed; a translator's label after a space is not part of it.
    /// So is a channel named for collecting (`来源：新浪收藏`).
    @Test func anOutletThatTranslatedThePiece() throws {
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源:天维网编译", oneWord: true) == "天维网编译")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：3DM编译 作者：子龙", oneWord: true) == "3DM编译")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：新华社 编译：张三", oneWord: true) == "新华社")
        // A field cut short one character into the mark reads without running past the text.
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：新华社编", oneWord: true) == "新华社编")
        #expect(try source("作者: Jackie Shan 日期:2019-02-07 15:53 阅读: 来源:天维网编译") == "天维网编译")
        // Blind batch 95 (socang.com-xh6): a channel named for collecting, glued on (`来源：新浪收藏`); a 收藏 button is a link apart.
        #expect(try source("http://www.socang.com　　　2012-06-08 13:10　　　来源：新浪收藏") == "新浪收藏")
        #expect(try source("2012-06-08 13:10 来源：新浪<a href=\"#\" onclick=\"fav()\">收藏</a>") == "新浪")
    }

    /// Blind batches 84 and 96 (peoplemedia.tw-yw2, thepaper.cn-xi4): a closing note that says where the text came from without
    /// a label's colon (`(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)`) names the source; a sentence that only mentions an
    /// origin later, or a note naming a contributor, does not.
    @Test func aClosingNoteSayingWhereTheTextCameFrom() throws {
        #expect(SourceCleaner.statedOrigin(in: "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)") == "澎湃新闻")
        #expect(SourceCleaner.statedOrigin(in: "本文轉載自央廣新聞網。") == "央廣新聞網")
        #expect(SourceCleaner.statedOrigin(in: "（本文来自读者投稿）") == nil)
        #expect(SourceCleaner.statedOrigin(in: "据了解，本文来自一位老读者的来信。") == nil)
        let html = page(info: "<span>2020-06-16 15:02</span>").replacingOccurrences(of: "依法依规处理。</p>", with: "依法依规处理。</p><div>(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)</div>")
        #expect(try extractor.extract(html: html).source == "澎湃新闻")
    }

    /// Blind batch 97 (zhoudaosh.com-xj3): a labelled source that reads like a person's name (`来源：周到`, 周 a surname) is the
    /// outlet when it is the site's own name (`<title>… - 周到</title>`); another such name stays a person (`来源：尹娟`).
    @Test func aSourceThatReadsLikeANameButIsTheSite() throws {
        func page(_ site: String, _ credit: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>不被理解的跨性别者：与母亲争吵半生 - \(site)</title></head><body>
            <h1>不被理解的跨性别者：与母亲争吵半生</h1><div class="time">2021-05-17 10:02</div>
            <div class="article"><p>她在上海生活了二十多年，一直想拿到那个签名，为此和母亲争吵了半生，家里人始终无法理解她的选择。</p>
            <p>去年冬天，母亲终于在医院的表格上签了字，她说那一刻自己等了太久，也第一次觉得被家人真正看见。</p></div>
            <div class="bottomzone"><div class="cameraman">图片：张佳琪</div><div class="source">\(credit)</div></div></body></html>
            """
        }
        #expect(try extractor.extract(html: page("周到", "来源：周到")).source == "周到")
        #expect(try extractor.extract(html: page("上海新闻", "来源：尹娟")).source == nil)
    }

    /// Blind batch 103 (vct.news-xp7, xiaoheihe.cn-xp2): a closing note naming the WeChat account glued on, unquoted, in its
    /// bracket (`（全文转自微信公众号欧阳干的小宇宙）`) names the source; a writer's name keeps no status word after it
    /// (`本文由小黑盒作者：乃么卵 原创`).
    @Test func anAccountGluedOnInAReprintNote() throws {
        #expect(SourceCleaner.reprintedAccount(in: "（全文转自微信公众号欧阳干的小宇宙）") == "欧阳干的小宇宙")
        #expect(SourceCleaner.reprintedAccount(in: "（全文转自微信公众号，有删节）") == nil)
        #expect(AuthorCleaner.clean("乃么卵 原创") == "乃么卵")
        let html = page(info: "<span>2019-08-27 22:38</span>").replacingOccurrences(of: "依法依规处理。</p>", with: "依法依规处理。</p><p>（全文转自微信公众号欧阳干的小宇宙）</p>")
        #expect(try extractor.extract(html: html).source == "欧阳干的小宇宙")
    }

    /// Blind batch 110 (sina.com.cn-xw1, -xw3; sina.com.cn-xs1 before it): sina's mobile page sets the outlet alone on the line
    /// over the dated meta line (`<h2 class="weibo_user">环球网</h2>` over `2018.04.03 10:39`): the meta line's slot, so the
    /// source. Not an account's name in a box named for the author (百家号, 快资讯: the account that posted), nor a subhead
    /// or a dateline's opening there.
    @Test func theOutletAloneOverTheMetaLine() throws {
        func source(_ above: String) throws -> String? {
            try extractor.extract(html: """
                <html><head><meta charset="utf-8"><title>停车收费引发争议_新闻中心</title></head><body>
                <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div><h1>停车收费引发争议</h1>
                <section><div><figcaption><figure>\(above)<time>2018.04.03 10:39</time></figure></figcaption></div><a href="javascript:void(0)">关注</a></section>
                <section class="art_content"><div>
                <p>村民反映，自家院子停车也被要求缴纳资源占用费，他们拨打12345热线讨要说法，相关部门表示将调查核实。</p>
                <p>记者了解到，当地此前并未公开收费依据，村民希望有关部门尽快给出明确答复，依法依规处理。</p>
                </div></section></body></html>
                """).source
        }
        #expect(try source("<h2 class=\"weibo_user\">环球网</h2>") == "环球网")
        #expect(try source("<h2 class=\"weibo_user\">西安新闻网-西安晚报</h2>") == "西安新闻网-西安晚报")
        #expect(try source("<h2 class=\"weibo_user\">央视</h2>") == "央视")
        #expect(try source("<div class=\"author-info__name\">中国新闻网</div>") == nil)
        #expect(try source("<p>中国高校第二届教学学术年会举办</p>") == nil)
        #expect(try source("<p>澎湃讯</p>") == nil)
        #expect(try source("<p>记者 王莉兰</p>") == nil)
        #expect(SourceCleaner.outletAlone("上海证券报") == "上海证券报")
        #expect(SourceCleaner.outletAlone("上海证券报 2018-04-03") == nil)
        #expect(SourceCleaner.outletAlone("来源：环球网") == nil)
    }

    /// Blind batch 110 (sina.com.cn-xw4; qq.com-xi8, baijiahao pages): `新浪娱乐官方账号` where the outlet would be is the
    /// platform's account with its badge, not an outlet: no source, and the account is the author when nothing else names one.
    @Test func anAccountsBadgeWhereTheOutletWouldBe() throws {
        #expect(SourceCleaner.badgedAccount("澎湃新闻官方帐号") == "澎湃新闻")
        #expect(SourceCleaner.badgedAccount("新浪娱乐") == nil)
        #expect(SourceCleaner.badgedAccount("官方账号") == nil)
        let article = try extractor.extract(html: page(info: "<span>新浪娱乐官方账号 2022.01.29 17:54</span>"))
        #expect(article.source == nil)
        #expect(article.author == "新浪娱乐")
        let signed = try extractor.extract(html: page(info: "<span>新浪娱乐官方账号 2022.01.29 17:54</span><span>作者：孟卿</span>"))
        #expect(signed.source == nil)
        #expect(signed.author == "孟卿")
    }

    /// Blind batches 116, 120 and 121 (chinanews.com-wc6, -wi5, sohu.com-wj2): the paper a text was excerpted from, closing
    /// it (`（摘自《北京青年报》/作者：李罡）`, `摘自:生活时报` on the last line), is the source; a book is no outlet, and a
    /// quotation's credit inside the text is not the article's. `来源：本网` (this site) names no outlet.
    @Test func thePaperATextWasExcerptedFrom() throws {
        func closing(_ line: String) -> String {
            page(info: "<span>2001-05-18 10:00</span>").replacingOccurrences(of: "依法依规处理。</p>", with: "依法依规处理。\(line)</p>")
        }
        #expect(try extractor.extract(html: closing("(摘自《北京青年报》/作者：李罡)")).source == "北京青年报")
        #expect(try extractor.extract(html: closing("</p><p>摘自:生活时报")).source == "生活时报")
        #expect(try extractor.extract(html: closing("(摘自《我们的七十年代》，旷晨编著，广西人民出版社)")).source == nil)
        let quoted = page(info: "<span>2001-05-18 10:00</span>").replacingOccurrences(of: "<p>村民反映，", with: "<p>（摘自百度百科）村民反映，")
        #expect(try extractor.extract(html: quoted).source == nil)
        #expect(SourceCleaner.clean("本网") == nil)
    }

    /// Blind batches 130 and 132 (yicai.com-wt1, qq.com-wv2): the outlet's app in the slot before the date
    /// (`第一财经APP 2017-10-13 11:00:00`) is the outlet as printed; the dot joining a site and its channel is kept
    /// as printed (`腾讯房产・长沙站`, not `·`).
    @Test func anOutletsAppAndTheDotAsPrinted() throws {
        #expect(SourceCleaner.outletBeforeDate(in: "第一财经APP 2017-10-13 11:00:00")?.outlet == "第一财经APP")
        #expect(SourceCleaner.outletBeforeDate(in: "抖音APP 2017-10-13 11:00:00") == nil)
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "（来源：腾讯房产・长沙站 文/牛蕊）", oneWord: true) == "腾讯房产・长沙站")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：上海证券报 · 中国证券网", oneWord: true) == "上海证券报·中国证券网")
    }

    /// Blind batch 177 (wave 38): a Traditional Chinese page closes with the outlet it was reprinted from, `- 轉載自 地球圖輯隊`
    /// (t-studio.info): the same label as `转载自`.
    @Test func aReprintLabelInTraditionalCharacters() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>迴轉治療 | T-Studio</title></head><body>
            <h1>迴轉治療在世界各國的現況</h1>
            <div class="post"><p>美國已有二十多個州立法禁止對未成年人進行性傾向扭轉治療，而加拿大、英國、以色列、挪威等國家也正在著手進行相關立法。</p>
            <p>台灣的衛福部則在2018年以函釋的方式，禁止了性傾向扭轉治療，亦即迴轉治療，違者將依醫療法處罰。</p>
            <p>- 轉載自 地球圖輯隊</p></div></body></html>
            """
        #expect(try extractor.extract(html: html).source == "地球圖輯隊")
    }

    /// Dev set (wave 46, 东北新闻网, 温州网): the meta line names the site itself, the text's close the outlet it was taken from.
    @Test func theSitesOwnNameYieldsToTheOutletCreditedAtTheClose() throws {
        let page = """
        <html><head><title>我国餐饮食品安全实施量化分级_国内国际_东北新闻网</title></head><body>
        <h1>我国餐饮食品安全实施量化分级</h1><div class="info">2012-01-12 05:13 东北新闻网</div>
        <div id="text"><p>国家食品药品监督管理局昨天发布指导意见，要求在全国范围内推行餐饮服务食品安全监督量化分级管理制度。</p>
        <p>量化等级分为动态等级和年度等级，动态等级是每次监督检查结果的体现，年度等级是一年来的综合评价结果。</p></div>
        <div class="share">【一键分享】</div><div>(京华时报)</div><div>[责任编辑：冯庆洋]</div></body></html>
        """
        #expect(try extractor.extract(html: page).source == "京华时报")
        // Another site's page naming its own outlet keeps it: the bracket credits no one else.
        let own = page.replacingOccurrences(of: "(京华时报)", with: "(东北新闻网)")
        #expect(try extractor.extract(html: own).source == "东北新闻网")
        // A labelled credit to the site itself yields only to a labelled credit, not to its own bureau in brackets.
        let bureau = page.replacingOccurrences(of: "2012-01-12 05:13 东北新闻网", with: "来源：东北新闻网 2012-01-12 05:13")
            .replacingOccurrences(of: "(京华时报)", with: "（东北新闻网沈阳分社）")
        #expect(try extractor.extract(html: bureau).source == "东北新闻网")
        let labelled = bureau.replacingOccurrences(of: "<div class=\"share\">【一键分享】</div><div>（东北新闻网沈阳分社）</div>", with: "")
            .replacingOccurrences(of: "综合评价结果。</p>", with: "综合评价结果。</p><p>来源：京华时报</p>")
        #expect(try extractor.extract(html: labelled).source == "京华时报")
    }

    /// Dev set (wave 46, 豆瓣's groups): `来自 豆瓣App` after the poster's time names the app the post was sent from.
    @Test func theAppAPostWasSentFromIsNoOutlet() throws {
        #expect(SourceCleaner.namesPostingApp(in: "来自 豆瓣App"))
        #expect(SourceCleaner.namesPostingApp(in: "来自 新华社") == false)
        let page = """
        <html><head><title>主卧带阳台 首月减500</title></head><body><h1>主卧带阳台 首月减500</h1>
        <div class="topic-meta"><span class="from">克利</span> <span class="create-time">2021-03-02 10:12:45</span>
        <span class="via">来自 <a href="/doubanapp/app" title="豆瓣App">豆瓣App</a></span></div>
        <div class="topic-content"><p>主卧带独立阳台，采光很好，步行到地铁站五分钟，周边有超市和菜市场，生活非常方便。</p>
        <p>房租每月一千八，押一付一，首月减五百，无中介费，希望找一位爱干净、作息规律的室友。</p></div></body></html>
        """
        #expect(try extractor.extract(html: page).source == nil)
    }
}
