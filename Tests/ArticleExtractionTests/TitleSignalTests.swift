import Testing
@testable import ArticleExtraction

/// Headlines the `<title>` does not give away: a `<title>` naming only the site or section, an
/// account's name, brackets and icon-font characters around the headline, two-line headings.
@Suite("Title signals")
struct TitleSignalTests {
    let extractor = ArticleExtractor()

    func title(head: String, top: String) throws -> String? {
        let html = """
            <html><head><meta charset="utf-8">\(head)</head><body>
            <div class="nav"><a href="/">首页</a> <a href="/news">新闻动态</a></div>
            \(top)
            <div class="article">
            <p>县政协组织委员深入乡镇开展专题调研，围绕农村人居环境整治提出意见建议，推动问题逐项解决。</p>
            <p>调研组一行先后走访了多个村庄，实地察看垃圾收运、污水处理和厕所改造情况，听取基层意见。</p>
            </div>
            </body></html>
            """
        return try extractor.extract(html: html).title
    }

    /// 中国新闻网's mobile pages (the ICE2602 crawl, wave 39): `og:title` names only the site (`中国新闻网`), printed again in
    /// the time box under the headline, while the `<title>` is the headline: the headline, and the site's name is the source.
    @Test func anOpenGraphTitleNamingOnlyTheSiteIsNoHeadline() throws {
        let head = "<title>上海交大团队突破关键技术助力特高压电网建设</title><meta property='og:title' content='中国新闻网'/>"
        let top = #"<div class="title">上海交大团队突破关键技术助力特高压电网建设</div><div class="pubtime"><div>中国新闻网</div><div>2019-09-11 12:06:39</div></div>"#
        #expect(try title(head: head, top: top) == "上海交大团队突破关键技术助力特高压电网建设")
        // With an empty `<title>` too, the headline in the page.
        #expect(try title(head: "<title></title><meta property='og:title' content='中国新闻网'/>", top: top) == "上海交大团队突破关键技术助力特高压电网建设")
        // A script template's field the page was saved before filling (`{{videoInfo.title}}`) is no headline.
        #expect(try title(head: "<title></title>", top: "<h1 class=\"title\">{{videoInfo.title}}</h1>") == nil)
        // An `og:title` holding a headline the stale `<title>` does not share still wins.
        let other = "<title>首页</title><meta property='og:title' content='县政协开展人居环境整治专题调研'/>"
        #expect(try title(head: other, top: "<h1>县政协开展人居环境整治专题调研</h1>") == "县政协开展人居环境整治专题调研")
    }

    /// 中国社会科学网 (the ICE2602 crawl, wave 39): the headline's element and the subtitle's beside it in one box, the
    /// `<title>` giving the headline alone before the site: the headline. A breadcrumb opening with the site's name is
    /// not cut to it, and a heading the `<title>` gives whole stays whole.
    @Test func aSubtitleTheTitleLeavesOut() throws {
        let top = #"<div class="f-main-left-Title"><span class="TitleFont">聚焦设计教育理念，应对未来重大挑战</span> <span class="TitleFontFu">设计教育理念国际研讨会在上海交通大学召开</span></div><div>2019年11月25日 10:19 来源：中国社会科学网</div>"#
        #expect(try title(head: "<title>聚焦设计教育理念，应对未来重大挑战-中国社会科学网</title>", top: top) == "聚焦设计教育理念，应对未来重大挑战")
        #expect(try title(head: "<title>聚焦设计教育理念，应对未来重大挑战设计教育理念国际研讨会在上海交通大学召开-中国社会科学网</title>", top: top)
                == "聚焦设计教育理念，应对未来重大挑战 设计教育理念国际研讨会在上海交通大学召开")
    }

    /// uho優活健康網 (dev set, wave 39): the headline printed as the last crumb of a breadcrumb in the `<h1>`, the `<title>` giving
    /// it as its first part: the headline; a heading that is no breadcrumb stays as it is.
    @Test func aHeadingPrintedAsABreadcrumb() throws {
        let head = "<title>菸害防制新法3年　青少年吸菸仍嚴重？ - uho優活健康網</title>"
        let top = #"<h1><a href="/">uho優活健康網</a> 〉<a href="/news">檢視火線新聞</a> 〉菸害防制新法3年　青少年吸菸仍嚴重？</h1>"#
        #expect(try title(head: head, top: top) == "菸害防制新法3年 青少年吸菸仍嚴重？")
        #expect(try title(head: head, top: "<h1>菸害防制新法3年　青少年吸菸仍嚴重？</h1>") == "菸害防制新法3年 青少年吸菸仍嚴重？")
    }

    /// A magazine's headline box prints the reporters' line under the headline and its `<title>`
    /// repeats both (`持续加固中央八项规定堤坝 本刊记者 侯逸宁 黄月--中国纪检监察杂志`): the line of
    /// names is the byline, not the headline.
    /// A forum or blog heading that prints the board's or the blog's name before the headline, which the
    /// `<title>` gives as a part of its own: the headline alone.
    /// A summary box repeating the headline behind an ornament of empty quotes (`<span class="lq">“</span><span class="rq">”</span>`):
    /// the ornament is no part of the headline.
    @Test(arguments: ["“” Mission Day Beijing 圆满结束", "「」Mission Day Beijing 圆满结束", "Mission Day Beijing 圆满结束 -"])
    func anOrnamentAroundTheHeadlineGoes(_ line: String) {
        #expect(TitleFinder.stripDecoration(line) == "Mission Day Beijing 圆满结束")
    }

    @Test func aBoardOrBlogNameBeforeTheHeadlineIsNotPartOfIt() throws {
        let html = """
            <html><head><title>卢安克――自由人性的光辉映照出中国社会的黑暗_天涯杂谈_天涯社区</title></head><body>
            <div class="nav"><a href="/">天涯论坛</a> &gt; <a href="/free">天涯杂谈</a></div>
            <h1>『天涯杂谈』卢安克――自由人性的光辉映照出中国社会的黑暗</h1>
            <div class="post"><p>作者：某网友 发表日期：2012-3-4 10:20:00</p>
            <p>卢安克在广西的山村里教书十多年，他的教育方式和他对孩子们的理解，引起了很多人的讨论和反思。</p>
            <p>他说，孩子们需要的不是被教育，而是被理解，这句话让很多家长和老师都陷入了长久的沉默和思考。</p>
            </div></body></html>
            """
        #expect(try extractor.extract(html: html).title == "卢安克――自由人性的光辉映照出中国社会的黑暗")
        #expect(TitleFinder.withoutSectionBefore("翼世界夢想領域～笨蛋 的空間～五月狀況概敘", reference: "五月狀況概敘 - 翼世界夢想領域～笨蛋 的空間～ - 無名小站") == "五月狀況概敘")
        // A heading the <title> repeats whole, or one whose opening words are not a part of the <title>, stays.
        #expect(TitleFinder.withoutSectionBefore("国务院常务会议部署稳就业", reference: "国务院常务会议部署稳就业_国务院_中国政府网") == "国务院常务会议部署稳就业")
        #expect(TitleFinder.withoutSectionBefore("人民日报评论：坚持稳中求进", reference: "坚持稳中求进_人民日报") == "人民日报评论：坚持稳中求进")
    }

    @Test func theReportersLineUnderTheHeadlineIsNoHeadline() throws {
        let html = """
            <html><head><title>持续加固中央八项规定堤坝&nbsp;本刊记者&nbsp; 侯逸宁&nbsp; 黄月--中国纪检监察杂志</title></head><body>
            <div class="main_right3"><div class="Article_61">
            <div class="tit"><p>持续加固中央八项规定堤坝&nbsp;</p><p><span>本刊记者&nbsp; 侯逸宁&nbsp; 黄月</span></p></div>
            <div class="page_con"><div class="first"><a href="/">返回首页</a></div><div class="pre">上一页</div><div class="count">1</div></div>
            <div class="content">
            <p>　　新时代的徙木立信之举，必须常抓不懈、久久为功；长期有效的铁规矩、硬杠杠，必须一抓到底、一刻不松。</p>
            <p>　　<strong>重点纠治形式主义官僚主义，旗帜鲜明扫除实现新时代新征程党的使命任务“大敌”</strong></p>
            <p>　　形式主义、官僚主义是党和国家事业发展的大敌，2023年各级纪检监察机关对纠治形式主义、官僚主义积弊立场坚如磐石。</p>
            <p>　　各级纪检监察机关紧盯违规收送礼品礼金、公款旅游等不正之风，持续加大监督检查力度。邵明敏/摄</p>
            </div></div></div></body></html>
            """
        let article = try extractor.extract(html: html)
        #expect(article.title == "持续加固中央八项规定堤坝")
        #expect(article.author == "侯逸宁 黄月")
        #expect(TitleFinder.isReporterLine("本报记者 张三、李四"))
        #expect(!TitleFinder.isReporterLine("记者节里的故事"))
        #expect(!TitleFinder.isReporterLine("记者 手记：在一线"))
        #expect(!TitleFinder.isReporterLine("记者 张三李四王五赵六钱七"))
    }

    @Test func aHeadingThatIsTheWholeTitleEvenWithADateInIt() throws {
        // The <title> repeated whole by a heading that holds a date: the headline, not a bold line of the text.
        let top = #"<h2 class="rich_media_title">语音 | 早安武汉〔2018.3.19 周一〕</h2><div class="article"><p><strong>【全国两会】</strong></p></div>"#
        #expect(try title(head: "<title>语音 | 早安武汉〔2018.3.19 周一〕</title>", top: top) == "语音 | 早安武汉〔2018.3.19 周一〕")
        // A dated line that is not the whole <title> stays no headline.
        #expect(try title(head: "<title>县政协开展专题调研_新闻动态</title>", top: "<h1>县政协开展专题调研</h1><h2>2018.3.19 县政协</h2>")
            == "县政协开展专题调研")
        // All of the <title> before its separator and the site's name (no `og:site_name` to say which part that is):
        // the headline, not a linked year in the side menu (a CMS newsletter, a school's weekly schedule).
        let menu = #"<ul class="side"><li><h5><a href="/a/2013/">2013</a></h5></li><li><h5><a href="/a/2012/">2012</a></h5></li></ul>"#
        #expect(try title(head: "<title>5/4/2013 北美崔哥CUAA成立义演 &amp; 高层次人才洽谈会-CUASIA</title>",
                          top: menu + "<h2>5/4/2013 北美崔哥CUAA成立义演 &amp; 高层次人才洽谈会</h2>") == "5/4/2013 北美崔哥CUAA成立义演 & 高层次人才洽谈会")
        #expect(try title(head: "<title>第17周工作安排（2010年6月14－20日）_深圳中学</title>",
                          top: "<div>深圳中学</div><div class=\"title\">第17周工作安排（2010年6月14－20日）</div>") == "第17周工作安排（2010年6月14－20日）")
        // A short headline in an <h1> that is the <title>'s first part, below a banner sharing a longer run with the <title>.
        #expect(try title(head: "<title>面纱-歌德-短篇小说</title>", top: "<h2>歌德短篇小说</h2><div>短篇小说 » 经典 » 面纱</div><h1><a href=\"/a/1\">面纱</a></h1>") == "面纱")
        #expect(try title(head: "<title>碎碎念 - 安言的个人博客</title>", top: "<h5><a href=\"/\">安言的个人博客</a></h5><h1>碎碎念</h1>") == "碎碎念")
        // The same in an element named for the headline (blind batch 43: a Hexo Material theme's `article-headline-p`).
        // A trail of links ending on the headline (blind batch 52: a campus site's group thread).
        #expect(try title(head: "<title>过来人讲述军训故事 - 军训集中营 - 话题 - 舍内网</title>",
                          top: "<div class=\"bbscontenttit\"><a href=\"/tag-50.html\">话题</a> &gt; <font>过来人讲述军训故事</font></div>") == "过来人讲述军训故事")
        #expect(try title(head: "<title>前记 | 手艺人</title>", top: "<p class=\"article-headline-p\">前记</p><div><strong>xiaoge</strong> <span>Sep 03, 2016</span></div>") == "前记")
        #expect(TitleFinder.opens("标题-站名", with: "标题"))
        #expect(!TitleFinder.opens("标题二-站名", with: "标题"))
    }

    @Test func sectionOnlyTitleLeavesTheHeadlineToThePage() throws {
        #expect(try title(head: "<title>首页 - 新闻动态</title>", top: "<h1>县政协开展农村人居环境专题调研</h1>") == "县政协开展农村人居环境专题调研")
        #expect(try title(head: "<title>-铜雀历史网</title>", top: "<h1>疫情一刀切政策怎么投诉举报</h1>") == "疫情一刀切政策怎么投诉举报")
        #expect(try title(head: "<title>首页</title>", top: #"<div class="article-title">县政协开展农村人居环境专题调研</div>"#)
            == "县政协开展农村人居环境专题调研")
        // `<title>` and `og:title` naming the site only: the description, a headline printed on a line of its own (公視's
        // old news pages); not a description the page does not print, nor one that reads as a sentence.
        let siteOnly = #"<title>公共電視台 新聞網</title><meta property="og:site_name" content="公視新聞網"><meta property="og:title" content="公視新聞網">"#
        #expect(try title(head: siteOnly + #"<meta property="og:description" content="中市衛生局 突擊檢查傳統市場">"#,
                          top: "<table><tr><td>中市衛生局 突擊檢查傳統市場</td></tr></table>") == "中市衛生局 突擊檢查傳統市場")
        #expect(try title(head: siteOnly + #"<meta property="og:description" content="中市衛生局 突擊檢查傳統市場">"#,
                          top: "<table><tr><td>公視新聞網</td></tr></table>") != "中市衛生局 突擊檢查傳統市場")
        #expect(try title(head: siteOnly + #"<meta property="og:description" content="衛生局突擊檢查傳統市場。">"#,
                          top: "<table><tr><td>衛生局突擊檢查傳統市場。</td></tr></table>") != "衛生局突擊檢查傳統市場。")
        #expect(TitleFinder.namesOnlySite("首页 - 新闻动态", siteName: nil))
        #expect(TitleFinder.namesOnlySite("某某县人民政府门户网站", siteName: nil))
        #expect(!TitleFinder.namesOnlySite("县政协开展专题调研_新闻动态", siteName: nil))
        // Traditional characters: a `<title>` left with the site's name only (`- 星島日報網頁`).
        #expect(TitleFinder.namesOnlySite("- 星島日報網頁", siteName: nil))
        #expect(TitleFinder.namesOnlySite("中央通訊社網站", siteName: nil))
        // A section or the hour after the headline, which the <title> does not carry.
        #expect(TitleFinder.withoutTrailingTag("廉署貪污舉報今年跌11% (港聞)", reference: "廉署貪污舉報今年跌11% - 星島日報網頁") == "廉署貪污舉報今年跌11%")
        #expect(TitleFinder.withoutTrailingTag("又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】", reference: "又傳酒駕釀禍 少婦被撞陷昏迷 - 自由時報電子報") == "又傳酒駕釀禍 少婦被撞陷昏迷")
        // A forum question's points (CSDN's heading), which the <title> leaves out; a longer bracket stays.
        #expect(TitleFinder.withoutTrailingTag("我是否真的热爱编程 [问题点数：100分]", reference: "我是否真的热爱编程-CSDN论坛-CSDN.NET") == "我是否真的热爱编程")
        #expect(TitleFinder.withoutTrailingTag("会议召开（全国政协十三届常委会第十次会议举行）", reference: "会议召开_政协网") == "会议召开（全国政协十三届常委会第十次会议举行）")
        // Kept when the <title> carries it too, or does not confirm the rest.
        #expect(TitleFinder.withoutTrailingTag("改革开放四十年回顾（上）", reference: "改革开放四十年回顾（上）_新闻中心") == "改革开放四十年回顾（上）")
        #expect(TitleFinder.withoutTrailingTag("改革开放四十年回顾（上）", reference: "某某网") == "改革开放四十年回顾（上）")
    }

    @Test func aPostsPermalinkIsItsHeadline() throws {
        // The <title> names the blog; the post's headline is a link to the page itself, above the text.
        let head = #"<title>China-Pub blog--洞庭一叶</title><link rel="canonical" href="http://blog.example.com/more.asp?name=dt&id=22546">"#
        let top = """
            <div class="side"><b>Blog信息</b><div>Blog名:洞庭一叶</div></div>
            <table><tr><td><b><a href="blog.asp?name=dt&subjectid=516">[湖湘文化]</a><a href="more.asp?name=dt&id=22546">陈天华《警世钟》</a></b></td></tr></table>
            """
        #expect(try title(head: head, top: top) == "陈天华《警世钟》")
        // A link to another page is no headline.
        let other = top.replacingOccurrences(of: "more.asp?name=dt&id=22546", with: "more.asp?name=dt&id=1")
        #expect(try title(head: head, top: other) != "陈天华《警世钟》")
        #expect(TitleFinder.comparable("https://www.Example.com/a/b/#top") == "http://example.com/a/b")
        #expect(TitleFinder.comparable("https://www.Example.com/a/b/") == "http://example.com/a/b")
        #expect(TitleFinder.comparable("http://example.com/新闻/1.html#评论") == "http://example.com/新闻/1.html")
    }

    @Test func theEPaperTemplatesHeadlineCell() throws {
        // 引题 in a `font02` cell above the `font01` headline: the headline.
        let top = """
            <table><tr><td class="font02" align="center">“沿着周总理的足迹”全国微电影大赛颁奖</td></tr>
            <tr><td class="font01" align="center" style="color: #0205FF;">《爷爷的徽章》获得一等奖</td></tr>
            <tr><td class="font02" align="center"></td></tr></table>
            """
        #expect(try title(head: "<title>现代快报多媒体数字报刊平台</title>", top: top) == "《爷爷的徽章》获得一等奖")
    }

    @Test func aMenuLinkNamingTheSectionLosesToTheHeadline() throws {
        // The <title> names the site and the section; the section is a link in the menu, the
        // headline a "title" block above the body.
        let top = """
            <ul class="menu"><li><a href="/">首页</a></li><li class="active"><a href="/list">辟谣文章</a></li><li><a href="/v">科普视频</a></li></ul>
            <div class="rumor-title">徒手抓子弹真的存在吗？</div>
            """
        #expect(try title(head: "<title>科普中国-辟谣文章</title>", top: top) == "徒手抓子弹真的存在吗？")
    }

    @Test func aGovernmentArticleTitleBeatsATitleNamingTheOffice() throws {
        // Government sites' `<meta name="ArticleTitle">` under a `<title>` holding only the office's name.
        let head = #"<title>某某市金融监督管理局</title><meta name="ArticleTitle" content="某某市金融监督管理局行政处罚信息公开表（某金罚决字〔2024〕5号）">"#
        let top = #"<div class="logo">某某市金融监督管理局</div><div class="article-title">某某市金融监督管理局行政处罚信息公开表（某金罚决字〔2024〕5号）</div>"#
        #expect(try title(head: head, top: top) == "某某市金融监督管理局行政处罚信息公开表（某金罚决字〔2024〕5号）")
        // The headline printed on two lines, the document number on the second, in brackets or not.
        for second in ["（某金罚决字〔2024〕5号）", "某金罚决字〔2024〕5号"] {
            let twoLines = "<div class=\"logo\">某某市金融监督管理局</div><div class=\"article-title\"><div>某某市金融监督管理局行政处罚信息公开表</div><div>\(second)</div></div>"
            #expect(try title(head: head, top: twoLines) == "某某市金融监督管理局行政处罚信息公开表（某金罚决字〔2024〕5号）")
        }
        #expect(TitleFinder.joined("标题", "副题", in: "标题 副题") == nil)
        // A headline's first line in a heading of its own, the <title> printing the two together.
        #expect(try title(head: "<title>管理制度良好 BRI成全球最盈利银行之一 | Shangbao Indonesia</title>",
                          top: "<h1>管理制度良好</h1><h1>BRI成全球最盈利银行之一</h1>") == "管理制度良好 BRI成全球最盈利银行之一")
        #expect(try title(head: "<title>BRI成全球最盈利银行之一 | Shangbao Indonesia</title>",
                          top: "<h1>管理制度良好</h1><h1>BRI成全球最盈利银行之一</h1>") == "BRI成全球最盈利银行之一")
        #expect(TitleFinder.joined("标题", "副题", in: "标题(副题)") == "标题(副题)")
        // An ArticleTitle that does not hold the <title> leaves the <title> the reference.
        let other = #"<title>县政协开展农村人居环境专题调研_新闻动态</title><meta name="ArticleTitle" content="新闻动态">"#
        #expect(try title(head: other, top: "<h1>县政协开展农村人居环境专题调研</h1>") == "县政协开展农村人居环境专题调研")
    }

    @Test func aHeadlineBrokenOverLinesIsReadWhole() throws {
        // Three lines of one heading broken with <br>, the <title> printing them together, the og:title another
        // wording (the reference then): the <title> still joins the lines.
        #expect(try title(head: "<title>教大查譏蔡若蓮標語 鎖定兩男　閉路電視畫面流出 學生會憂製造白色恐怖 | 蘋果日報 | 要聞港聞</title>"
                            + "<meta property=\"og:title\" content=\"教大民主牆令校長好痛心　閉路離奇流出咩居心？\">",
                          top: "<h1> 教大查譏蔡若蓮標語<br/>鎖定兩男　閉路電視畫面流出<br/>學生會憂製造白色恐怖 </h1>")
                == "教大查譏蔡若蓮標語 鎖定兩男 閉路電視畫面流出 學生會憂製造白色恐怖")
        // Two lines, the <title> printing only the second: the second.
        #expect(try title(head: "<title>全国微电影大赛在江苏淮安启动--人民网</title>",
                          top: "<h1>沿着周总理的足迹&nbsp;不忘初心<br>全国微电影大赛在江苏淮安启动</h1>") == "全国微电影大赛在江苏淮安启动")
    }

    @Test func anOpeningH1BeatsALongerSummaryTheTitleGoesOnWith() throws {
        // The <title> glues the summary (the first subhead, cut short) to the headline; the subhead, in
        // the body far from the h1 (author box, tags between), shares the longer run with it.
        let head = "<title>县政协开展农村人居环境专题调研委员们走村入户，听取群众对垃圾收运和厕 - 某某网</title>"
        let top = """
            <h1>县政协开展农村人居环境专题调研</h1>
            <div class="author">张三</div><div class="tags">调研</div><div class="stats">阅读 120</div><div>关注</div><div>收藏</div>
            <div class="content"><p>本月以来，县政协围绕农村人居环境整治组织专题调研，分三个小组深入十二个行政村，与村干部和群众面对面交流。</p>
            <h4>委员们走村入户，听取群众对垃圾收运和厕所改造的意见</h4>
            <p>调研组认为，垃圾收运体系基本建成，但偏远村庄收运频次不足，部分改厕户使用率不高，需要因地制宜完善。</p></div>
            """
        #expect(try title(head: head, top: top) == "县政协开展农村人居环境专题调研")
    }

    @Test func ogTitleWhenTheTitleNamesSomethingElse() throws {
        let head = #"<title>钧正平工作室</title><meta property="og:title" content="县政协开展农村人居环境专题调研">"#
        #expect(try title(head: head, top: #"<h2>县政协开展农村人居环境专题调研</h2><div>原创 钧正平工作室</div>"#) == "县政协开展农村人居环境专题调研")
        // No og:title: a short <title> matching an account line loses to the heading above it.
        #expect(try title(head: "<title>钧正平工作室</title>", top: #"<h1>县政协开展农村人居环境专题调研</h1><div>原创 钧正平工作室</div>"#)
            == "县政协开展农村人居环境专题调研")
    }

    @Test func labelledLinesAreNoHeadline() throws {
        #expect(try title(head: "<title>首页</title>", top: #"<div class="title">来源： 科普中国</div>"#) != "来源： 科普中国")
        #expect(TitleFinder.startsWithFieldLabel("来源： 科普中国-科学原理"))
        #expect(TitleFinder.startsWithFieldLabel("作者：张三"))
        #expect(!TitleFinder.startsWithFieldLabel("来源不明的消息引发热议"))
    }

    @Test func aBadgeBeforeTheHeadlineIsCut() throws {
        #expect(try title(head: "<title>特朗普出手，跨性别拳击冠军终于被封杀_参赛_女子_体育</title>",
                          top: #"<h1><span class="original-logo">原创</span> <span>特朗普出手，跨性别拳击冠军终于被封杀</span></h1>"#)
            == "特朗普出手，跨性别拳击冠军终于被封杀")
        // A word of the headline that the <title> leaves out is no badge; a badge the <title> carries stays.
        #expect(TitleFinder.withoutBadge("世界顶尖科学家集群与中国院士团相约滴水湖", reference: "顶尖科学家集群与中国院士团相约滴水湖_央广网")
            == "世界顶尖科学家集群与中国院士团相约滴水湖")
        #expect(TitleFinder.withoutBadge("独家专访某某公司的董事长", reference: "独家专访某某公司的董事长_财经")
            == "独家专访某某公司的董事长")
    }

    @Test func advertiserBracketAndIconCharacters() throws {
        #expect(try title(head: "<title>县政协开展农村人居环境专题调研_新闻</title>", top: "<h1>[某某化妆品]县政协开展农村人居环境专题调研</h1>")
            == "县政协开展农村人居环境专题调研")
        // A bracket the <title> carries is part of the headline.
        #expect(TitleFinder.withoutAdvertiser("【赛马娘】情人节赠礼", reference: "【赛马娘】情人节赠礼 - 专栏") == "【赛马娘】情人节赠礼")
        // A forum's tag before a bar (douban's group topics), when the <title> prints the headline alone.
        #expect(try title(head: "<title>发现男朋友异装癖怎么办</title>", top: "<h1>提问/求助｜发现男朋友异装癖怎么办</h1>")
            == "发现男朋友异装癖怎么办")
        #expect(TitleFinder.withoutAdvertiser("两会｜代表委员谈民生", reference: "两会｜代表委员谈民生_新闻") == "两会｜代表委员谈民生")
        #expect(TitleFinder.withoutAdvertiser("一个很长很长的栏目名称｜标题在这里", reference: "标题在这里") == "一个很长很长的栏目名称｜标题在这里")
        #expect(try title(head: "<title>县政协开展农村人居环境专题调研</title>", top: "<h1>\u{E61C}县政协开展农村人居环境专题调研</h1>")
            == "县政协开展农村人居环境专题调研")
    }

    @Test func aGallerysPictureCounterIsNoPartOfTheHeadline() throws {
        #expect(try title(head: "<title>2012年最适合午夜的尖叫电影_中娱图片</title>", top: "<h1>2012年最适合午夜的尖叫电影<span>(<span>1</span>/22)</span></h1>")
            == "2012年最适合午夜的尖叫电影")
        // A counter the <title> carries stays, and so does a bracket that counts nothing.
        #expect(TitleFinder.withoutPictureCount("调研报告(1/3)", reference: "调研报告(1/3)_新闻") == "调研报告(1/3)")
        #expect(TitleFinder.withoutPictureCount("2024年工作要点（二）", reference: "") == "2024年工作要点（二）")
        #expect(TitleFinder.withoutPictureCount("比分(/3)", reference: "") == "比分(/3)")
    }

    @Test func aCountGluedToTheHeadlineIsDropped() throws {
        #expect(try title(head: "<title>第二章 失乡号的船长_小说</title>", top: #"<h1>第二章 失乡号的船长<span class="count">241</span></h1>"#)
            == "第二章 失乡号的船长")
        // Digits that are the headline's own stay.
        #expect(try title(head: "<title>政协委员展望2024_新闻</title>", top: "<h1>政协委员展望2024</h1>") == "政协委员展望2024")
    }

    @Test func twoLineHeadingTakesItsSecondLine() throws {
        #expect(try title(head: "<title>新闻动态</title>", top: "<h1>聚焦乡村振兴<br>县政协开展农村人居环境专题调研</h1>") == "县政协开展农村人居环境专题调研")
    }

    @Test func aBlockSharingOnlyTheSitesNameIsNoHeadline() throws {
        // `<title>评论——中央纪委国家监委网站</title>`: the byline naming the site is not the headline.
        let top = #"<h2 class="tit">广安观潮丨科学精准打好作风建设持久战</h2><p style="text-align:center">中央纪委国家监委网站 李鹃</p>"#
        #expect(try title(head: "<title>评论——中央纪委国家监委网站</title>", top: top) == "广安观潮丨科学精准打好作风建设持久战")
        #expect(TitleFinder.withoutSiteName("评论——中央纪委国家监委网站", siteName: nil) == "评论—")
        #expect(TitleFinder.withoutSiteName("县政协开展专题调研_新闻中心_某某网", siteName: nil) == "县政协开展专题调研_新闻中心")
        #expect(TitleFinder.withoutSiteName("某某网", siteName: nil) == "某某网")
    }

    /// Blind batches 126 and 128 (nju.edu.cn-wp9, shkjb.com-ws6, xjtu.edu.cn-wp4): a `——` subtitle on the line under the
    /// headline is part of it only when the `<title>` prints it too; a headline broken before its bracket into two
    /// paragraphs (which the parser sets outside the `<h1>`) is read whole when the `<title>` opens with the two, but a
    /// 引题 over the headline is not joined however the `<title>` runs them together.
    @Test func aSubtitleLineAndAHeadlineBrokenBeforeItsBracket() throws {
        let top = "<h1>场馆内办科普吸引观众10万人次</h1><div>——科技节明星项目“科学之夜”国庆节收官记</div>"
        #expect(try title(head: "<title>场馆内办科普吸引观众10万人次</title>", top: top) == "场馆内办科普吸引观众10万人次")
        #expect(try title(head: "<title>场馆内办科普吸引观众10万人次——科技节明星项目“科学之夜”国庆节收官记</title>", top: top)
                == "场馆内办科普吸引观众10万人次 ——科技节明星项目“科学之夜”国庆节收官记")
        // The subtitle repeated at the top of the text matches the <title> longer than the headline's first line does.
        let repeated = "<div class=\"h-title\">亲切关怀 巨大鼓舞<br />——中俄元首观看青少年冰球赛引起热烈反响</div>"
            + "<div class=\"article\"><p>新华社北京6月8日电 题：亲切关怀 巨大鼓舞</p><p>——中俄元首观看青少年冰球赛引起热烈反响</p></div>"
        #expect(try title(head: "<title>亲切关怀 巨大鼓舞——中俄元首观看青少年冰球赛引起热烈反响-新华网</title>", top: repeated)
                == "亲切关怀 巨大鼓舞 ——中俄元首观看青少年冰球赛引起热烈反响")
        let broken = "<h1><p>西安交通大学与法国SKEMA商学院合作举办创业与创新</p><p>（大数据与人工智能管理）硕士学位教育项目毕业典礼举行</p></h1>"
        #expect(try title(head: "<title>西安交通大学与法国SKEMA商学院合作举办创业与创新（大数据与人工智能管理）硕士学位教育项目毕业典礼举行-新闻网</title>",
                          top: broken) == "西安交通大学与法国SKEMA商学院合作举办创业与创新（大数据与人工智能管理）硕士学位教育项目毕业典礼举行")
        let kicker = "<p>奋进新征程 建功新时代</p><p>锲而不舍纠“四风”树新风</p>"
        #expect(try title(head: "<title>奋进新征程 建功新时代锲而不舍纠“四风”树新风——头条</title>", top: kicker) == "锲而不舍纠“四风”树新风")
    }

    @Test func aLinkedColumnUnderTheHeadlineIsNoSubtitle() throws {
        let top = #"<h2>钱学森：爱国奋斗的知识分子典范</h2><small>— <a href="/agfd/index.html">爱国奋斗</a></small>"#
        #expect(try title(head: "<title>钱学森：爱国奋斗的知识分子典范</title>", top: top) == "钱学森：爱国奋斗的知识分子典范")
    }

    /// `标题</br>副题`: browsers read the stray end tag as a line break, and so does the extractor: the
    /// line the `<title>` carries is the headline, the other no body text, the meta line under both still read.
    @Test func aHeadingBrokenByAStrayBrEndTag() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>樊嘉院士团队在《细胞》杂志发表新成果_学校要闻_复旦大学</title></head><body>
            <h1>樊嘉院士团队在《细胞》杂志发表新成果</br>中国学者国际上率先揭示肝癌分子特征全景和个性化诊治新策略</h1>
            <h2>来源：附属中山医院 发布时间：2019-10-11</h2>
            <div class="article">
            <p>肝癌是我国发病率第四位、死亡率第二位的恶性肿瘤，全球每年超过一半的新发和死亡肝癌病例发生在中国。</p>
            <p>樊嘉院士等通过团队合作，利用159例手术切除的肝癌样本，全面检测和分析了基因突变谱和蛋白质组。</p>
            </div></body></html>
            """
        for page in [html, html.replacingOccurrences(of: "</br>", with: "<BR/>"), html.replacingOccurrences(of: "</br>", with: "</BR >")] {
            let article = try extractor.extract(html: page)
            #expect(article.title == "樊嘉院士团队在《细胞》杂志发表新成果")
            #expect(article.date?.hasPrefix("2019-10-11") == true)
            #expect(article.source == "附属中山医院")
            #expect(!article.paragraphs.contains { $0.contains("中国学者国际上率先揭示") })
        }
    }

    /// A blog whose `<title>` puts its name first (`我的北极世界 - 心情，不是一成不变的`) and prints that name over a
    /// link home in an `<h1>`: the post's own heading is the headline. Unlinked, the first part printed whole
    /// still wins against a later part (a forum's headline over its board's name).
    @Test func theSitesNameLinkedHomeIsNotTheTitlesOpeningPart() throws {
        func page(_ banner: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>我的北极世界 - 心情，不是一成不变的</title></head><body>
            <header><h1>\(banner)</h1><ul><li><a href="/">首页</a></li><li><a href="/guestbook">留言本</a></li></ul></header>
            <article><h1>心情，不是一成不变的</h1><div class="meta">admin 3年前 (2020-09-09) 未分类</div>
            <div class="content"><p>很多时候，我们心如明镜，懂得能够拥有一份美丽的心情，是人间至美。</p>
            <p>心情不是一成不变的，它随着天气、境遇和身边的人悄悄改变，我们能做的是学会照顾它。</p></div></article></body></html>
            """
        }
        #expect(try extractor.extract(html: page("<a href=\"/\">我的北极世界</a>")).title == "心情，不是一成不变的")
        #expect(try extractor.extract(html: page("我的北极世界")).title == "我的北极世界")
    }

    /// A school site prints its section in an `<h2>` and the piece's short headline in an `<h3>` that is the
    /// `<title>`'s first part (`觉醒-苏州市第一初级中学`): the headline, however short, not the section.
    @Test func aShortHeadingThatIsTheTitlesFirstPart() throws {
        func page(_ tag: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>觉醒-苏州市第一初级中学</title></head><body>
            <ul><li><a href="/a">教师发展</a></li><li><a href="/b">学生佳作</a></li></ul><h2>学生佳作</h2>
            <div class="pos">当前位置：<a href="/">网站首页</a> -> <a href="/k">教育科研</a> -> 学生佳作 -> 正文</div>
            <\(tag)>觉醒</\(tag)><p>信息来源：发布日期：2022-11-20</p>
            <div class="content"><p>百年前的中国，积贫积弱，山河破碎，人民在苦难中挣扎，仁人志士上下求索。</p>
            <p>如今我们有安定的环境，优质的教育，都是国家无私的给予，在党的领导下咱们越来越富裕。</p></div></body></html>
            """
        }
        #expect(try extractor.extract(html: page("h3")).title == "觉醒")
    }

    /// A company site prints the headline in its box with the date in an element of its own after it
    /// (`<div class="title">标题<span>添加时间：2016-11-22</span></div>`), under the section's name in a
    /// "title" box of its own that the `<title>` also names (`标题_新闻资讯_某公司`): the headline, without the date.
    @Test func aHeadlineWithItsDateInAnElementOfItsOwn() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>2019-2022年期间全球乙烯供应将出现短缺_新闻资讯_河北华强科技开发有限公司</title></head><body>
            <ul class="nav"><li><a href="index.htm">首页</a></li><li><a href="news.php.htm">新闻资讯</a></li></ul>
            <div class="mainConTitle">新闻资讯<span class="position">当前位置：<a href="index.htm">首页</a>>新闻资讯</span></div>
            <div class="title">2019-2022年期间全球乙烯供应将出现短缺<span>添加时间：2016-11-22</span></div>
            <div class="con">　　11月10日，亚洲化学大会在新加坡召开，负责全球烯烃业务的副总裁表示，2019-2022年期间全球乙烯供应将出现短缺。<br />
            　　因为期间全球乙烯新增需求将超过新增产能，北美新增产能将主要面向出口市场，亚洲仍将是最大的进口地区。</div>
            </body></html>
            """
        let article = try extractor.extract(html: html)
        #expect(article.title == "2019-2022年期间全球乙烯供应将出现短缺")
        #expect(article.date?.hasPrefix("2016-11-22") == true)
        // A blog's heading: the headline and the date in spans of their own, the date printed as the reader's day.
        let blog = """
            <html><head><meta charset="utf-8"><title>《越读者》读书笔记 | 陌羽蕲moyuqi'凡凌轩</title></head><body>
            <ul><li><a href="/">Home</a></li><li><a href="/archives">Archives</a></li></ul>
            <h3 class="blog-title">
              <span class="blog-title-fl">
                 《越读者》读书笔记
              </span>
              <span class="blog-title-fr"><time datetime="2012-12-08T18:53:13.000Z"><a href="/2012/12/09/notes/">2012/12/09</a></time></span>
            </h3>
            <div class="content"><p>P7 大学生正是通过读书，进入民族和人类文明的文化殿堂，吸取前人创造的知识和智慧，丰富自己的精神世界。</p>
            <p>P9 在太功利的社会里，如果预先决定未来的职业，再把受教育完全当作为职业做准备，那么教育就失去了它的意义。</p></div></body></html>
            """
        let post = try extractor.extract(html: blog)
        #expect(post.title == "《越读者》读书笔记")
        #expect(post.date == "2012-12-09")
    }

    /// An association's `<title>` names only the site (`中国临床心电学学会 | 某公司`); above the article's bold
    /// headline the page prints its sections' names in headings: one a menu link also prints (`<h3>新闻公告</h3>`),
    /// one over a list of links (`<h3>合作伙伴</h3>`). Section names, not the headline.
    @Test func aSectionHeadingIsNotTheHeadline() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>中国临床心电学学会 | 无锡闻心电子科技有限公司</title></head><body>
            <dl><dt><a href="index.asp">网站首页</a></dt><dt><a href="news.asp">新闻公告</a></dt><dt><a href="contact.asp">联系我们</a></dt></dl>
            <div class="leftside"><div><h3>新闻公告</h3><ul><li><a href="news.asp?None=17">协会动态 >></a></li><li><a href="news.asp?None=16">行业动态 >></a></li></ul></div>
            <div><h3>合作伙伴</h3><ul><li><a href="http://a.example/">中华医学会</a></li><li><a href="http://b.example/">医药生物协会</a></li></ul></div></div>
            <div class="content"><div class="contit"><h3>新闻公告</h3><span><a href="index.asp">首页</a> > 新闻公告</span></div>
            <div class="connt"><table><tr><td align="center"><strong style="font-size:16px">中国临床心电学会第十二届学术年会侧记</strong></td></tr>
            <tr><td align="center">发布者：柳海霞&nbsp;&nbsp;发布时间：2016/12/12 13:54:35&nbsp;&nbsp;点击：19</td></tr>
            <tr><td><p>　　金秋送爽，硕果飘香。8月18—24日，中国临床心电学会第十二届学术年会在山东省济宁市隆重召开，约500多人参加了此次盛会。会议内容包括心电学新进展、心电学领域指南、共识解读、心电图与临床、精彩心电图病例分析等。</p>
            <p>　　除丰富的学术内容外，此次大会上还举行了中国心电史料陈列馆揭牌仪式，中国心电技术创新联盟宣告成立，进一步开创了我国心电学事业发展的新局面。此外，大会还举行了《心电图学》第二版新书发布仪式。</p>
            <p>　　心电图是临床医学中一种重要的诊断技术，自1903年荷兰莱顿大学教授发明弦线式心电图机应用于临床，至今已114周年。我国自20世纪70年代末开始引进心电图机，在心血管疾病诊断中发挥了重要作用。</p>
            <p>　　目前我国还未设立心电医学研究所，陈清启教授以独到的眼光，在国内首创成立了中国心电医学研究所，此次会议期间也举行了揭牌仪式。研究所研发了多维心电图诊断仪，目前已申报专利。</p></td></tr></table></div></div>
            <div class="footnav"><a href="index.asp">网站首页</a> <a href="about.asp">协会概况</a> <a href="news.asp">新闻公告</a> <a href="contact.asp">联系我们</a></div>
            </body></html>
            """
        #expect(try extractor.extract(html: html).title == "中国临床心电学会第十二届学术年会侧记")
    }

    /// A blog under a `<title>` naming only the blog prints the post's short headline in an `<h1>` and lists the
    /// post again among its latest posts below the text: that link is the post's own, not a menu naming a section.
    @Test func aShortHeadlineListedAmongTheLatestPostsIsStillTheHeadline() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>阿班的大腦深處</title></head><body>
            <ul><li><a href="/">首頁</a></li><li><a href="/archives/">歸檔文章</a></li><li><a href="/categories/">分類們</a></li></ul>
            <article><h1>在加第一年</h1><p>by 班傑明．陳</p><p>Posted on 2020-09-03</p>
            <p>在不知不覺中，默默的已經在加拿大生活了一年，日子在緊湊的日常中一天一天的過去，留下的，僅剩腦中一段一段的回憶。</p>
            <p>去年剛抵達的時候，初秋的涼風中帶著一股新鮮的味道，在多倫多的一切顯得如此的陌生，一個像台北一樣的城市。</p></article>
            <aside><h5>最新文章</h5><ul><li><a href="/2020/09/03/first-year-in-canada/">在加第一年</a></li>
            <li><a href="/2019/07/31/goodbye-taipei/">再見，台北</a></li><li><a href="/2019/06/14/starting-point/">起點</a></li></ul></aside>
            </body></html>
            """
        #expect(try extractor.extract(html: html).title == "在加第一年")
    }

    /// A headline printed cut short (`…押一付一...`) is completed from a labelled title line (`标题：…`) or the `<title>`'s
    /// part that goes on; one that ends in an ellipsis the `<title>` prints too stays as printed.
    @Test func aHeadlineCutShortIsCompleted() throws {
        func page(title: String, heading: String, extra: String = "") -> String {
            """
            <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
            <h1>\(heading)</h1>\(extra)<p>2021-04-12 15:58</p>
            <div class="content"><p>房子位于4号线新宫站附近，步行五分钟即到，小区环境安静，交通便利，生活设施齐全，适合上班族。</p>
            <p>主卧带独立阳台，采光很好，家具家电齐全，拎包入住，押一付一，无中介费服务费，有意者请私信联系。</p></div></body></html>
            """
        }
        let labelled = "<table><tr><td><strong>标题：</strong>【4号线-新宫】主卧带阳台1800 首月减500押一付一无中介费服务费</td></tr></table>"
        #expect(try extractor.extract(html: page(title: "【4号线-新宫】主卧带阳台1800 首月减500押一付一...", heading: "【4号线-新宫】主卧带阳台1800 首月减500押一付一...", extra: labelled)).title
                == "【4号线-新宫】主卧带阳台1800 首月减500押一付一无中介费服务费")
        #expect(try extractor.extract(html: page(title: "联想thinkplus护眼灯评测：打动日本人的匠心之作_thinkplus-联想社区", heading: "联想thinkplus护眼灯评测：打动日本人的匠心之作 ...")).title
                == "联想thinkplus护眼灯评测：打动日本人的匠心之作")
        #expect(try extractor.extract(html: page(title: "站在历史地标听党课：交大两位学生党员牺牲了……-上海频道", heading: "站在历史地标听党课：交大两位学生党员牺牲了……")).title
                == "站在历史地标听党课：交大两位学生党员牺牲了……")
    }

    /// Blind batch 163 (wave 38): a topic's link opening the heading before a colon (`<h1><a href="…/catid=885">跨性别政策</a>: 万斯…</h1>`,
    /// westca.com) is no part of the headline when the `<title>` gives the rest alone; a speaker before a colon stays.
    @Test func aTopicLinkBeforeTheHeadlineIsNotPartOfIt() throws {
        #expect(try title(head: "<title>万斯暗示中上层白人孩子或为进名校成为跨性别者 | 加西网 (温哥华门户网)</title>",
                          top: #"<h1><a href="News/catid=885/lang=schinese.html">跨性别政策</a>: 万斯暗示中上层白人孩子或为进名校成为跨性别者</h1>"#)
                == "万斯暗示中上层白人孩子或为进名校成为跨性别者")
        // The same words, not a link: a speaker or a column the headline keeps.
        #expect(try title(head: "<title>万斯暗示中上层白人孩子或为进名校成为跨性别者 | 加西网</title>",
                          top: "<h1>跨性别政策: 万斯暗示中上层白人孩子或为进名校成为跨性别者</h1>")
                == "跨性别政策: 万斯暗示中上层白人孩子或为进名校成为跨性别者")
        // A `<title>` that names the topic too keeps it in the headline.
        #expect(try title(head: "<title>跨性别政策: 万斯暗示中上层白人孩子或为进名校成为跨性别者 | 加西网</title>",
                          top: #"<h1><a href="/topic/1">跨性别政策</a>: 万斯暗示中上层白人孩子或为进名校成为跨性别者</h1>"#)
                == "跨性别政策: 万斯暗示中上层白人孩子或为进名校成为跨性别者")
    }

    /// Blind batch 181 (wave 38): a documentation theme links every heading to itself with a mark (Hugo's
    /// `<a class="anchor" href="#…">#</a>`, Sphinx's `¶`): the mark is no part of the headline.
    @Test func aHeadingsPermalinkMarkIsNotPartOfIt() throws {
        #expect(try title(head: "<title>什么是性别认同？ | Trans in Academia! 文章资料库</title>",
                          top: ##"<h1 id="x">什么是性别认同？ <a class="anchor" href="#%e4%bb%80">#</a></h1>"##) == "什么是性别认同？")
        #expect(try title(head: "<title>农村人居环境整治调研 - 文档</title>",
                          top: ##"<h1>农村人居环境整治调研<a class="headerlink" href="#id1" title="Permalink">¶</a></h1>"##) == "农村人居环境整治调研")
        // A link to a section that says something stays (`<a href="#comments">评论</a>`).
        #expect(try title(head: "<title>外贸向好态势 - 财经</title>", top: ##"<h1>外贸向好态势 <a href="#c">C#</a></h1>"##) == "外贸向好态势 C#")
    }

    /// Dev set (wave 46: 香港科技大學, 人民网, 全现在): the whole `<title>` taken for the headline (printed so in the `<h1>`, or
    /// no line holding less) keeps the site's name after its last separator; the name goes, the section a double hyphen
    /// sets apart with it.
    @Test func theSitesNameAfterTheWholeTitleTakenForTheHeadline() throws {
        #expect(TitleFinder.withoutSiteName("專家系列：擁抱人工智能還是保持警惕？ | 香港科技大學", reference: "專家系列：擁抱人工智能還是保持警惕？ | 香港科技大學")
                == "專家系列：擁抱人工智能還是保持警惕？")
        #expect(TitleFinder.withoutSiteName("财景故事：机电安装行业的“王牌”经理--财经--人民网", reference: "财景故事：机电安装行业的“王牌”经理--财经--人民网")
                == "财景故事：机电安装行业的“王牌”经理")
        #expect(TitleFinder.withoutSiteName("寻找可橙：跨性别女孩的自救行动-全现在官方网站", reference: "寻找可橙：跨性别女孩的自救行动-全现在官方网站")
                == "寻找可橙：跨性别女孩的自救行动")
        // A part that names no site stays (a hyphen inside a name, a subtitle); so does a headline that is less than the `<title>`.
        #expect(TitleFinder.withoutSiteName("新冠疫苗与COVID-19", reference: "新冠疫苗与COVID-19") == "新冠疫苗与COVID-19")
        #expect(TitleFinder.withoutSiteName("长江之歌 - 一首老歌的故事", reference: "长江之歌 - 一首老歌的故事") == "长江之歌 - 一首老歌的故事")
        #expect(TitleFinder.withoutSiteName("财景故事：机电安装行业的“王牌”经理", reference: "财景故事：机电安装行业的“王牌”经理--财经--人民网")
                == "财景故事：机电安装行业的“王牌”经理")
        let page = """
        <html><head><title>專家系列：擁抱人工智能還是保持警惕？ | 香港科技大學</title></head><body>
        <h1>專家系列：擁抱人工智能還是保持警惕？ | 香港科技大學</h1>
        <p>「機器有思考能力嗎？」早於上世紀四十年代，計算機科學先驅艾倫圖靈已提出上述問題，至今仍然引起廣泛討論。</p>
        <p>近年人工智能發展一日千里，科大多位教授從不同角度分享他們對這項技術的看法，以及社會應該如何應對。</p></body></html>
        """
        #expect(try ArticleExtractor().extract(html: page).title == "專家系列：擁抱人工智能還是保持警惕？")
    }

    /// Dev set (wave 46: 解放牛网, 基督日报): a headline set in a plain block, its second part on the next line, the `<title>`
    /// printing the two apart by a space; not a byline the `<title>` carries too, and not under a headline set in a heading.
    @Test func aPlainHeadlinesSecondPartOnTheNextLine() throws {
        func page(_ headline: String, _ next: String, title: String) -> String {
            """
            <html><head><title>\(title)</title></head><body>\(headline)\(next)
            <div>晨报讯 龙年将至，不少市民已经提前安排好了春节出游计划。日前，途牛旅游网针对价格、热点、出游方式等消费者最为关心的出游问题在网民中进行了调查。</div>
            <div>调查显示，六成受调者选择自助游，三成选择跟团游，其余的人表示还没有想好，要看假期的天气和机票的价格再做决定。</div></body></html>
            """
        }
        let title = "途牛发布春节出游调查报告 六成受调者选择自助游 消费_新闻中心_解放牛网"
        #expect(try extractor.extract(html: page("<div class=\"title\">途牛发布春节出游调查报告</div>", "<div>六成受调者选择自助游</div>", title: title)).title
                == "途牛发布春节出游调查报告 六成受调者选择自助游")
        #expect(try extractor.extract(html: page("<h1>途牛发布春节出游调查报告</h1>", "<div>六成受调者选择自助游</div>", title: title)).title
                == "途牛发布春节出游调查报告")
        #expect(try extractor.extract(html: page("<div class=\"title\">持续加固中央八项规定堤坝</div>", "<div>本刊记者 侯逸宁 黄月</div>",
                                                 title: "持续加固中央八项规定堤坝 本刊记者 侯逸宁 黄月_中央纪委国家监委网站")).title
                == "持续加固中央八项规定堤坝")
    }
}
