import Testing
@testable import ArticleExtraction

/// Where portal pages keep the publication date: meta tags, `<time>`, JSON-LD, script variables and
/// the time box next to the headline. Each page is a minimal copy of how such sites print it.
@Suite("Date signals")
struct DateSignalTests {
    let extractor = ArticleExtractor()

    /// A page whose visible text holds no date: only `head` says when it was published.
    func page(head: String = "", beforeBody: String = "", afterBody: String = "") -> String {
        """
        <html><head><meta charset="utf-8"><title>政协委员建言乡村振兴_新闻中心</title>\(head)</head><body>
        <div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
        <h1>政协委员建言乡村振兴</h1>
        \(beforeBody)
        <div class="article-content">
        <p>政协委员围绕乡村振兴深入调研，提出加强产业扶持、完善基础设施和培养本土人才的具体建议。</p>
        <p>委员们认为，要把巩固拓展脱贫攻坚成果同乡村振兴有效衔接，推动农业农村高质量发展。</p>
        </div>
        \(afterBody)
        </body></html>
        """
    }

    /// A zero timestamp (`1970-01-01T08:00:00+08:00`, a Typecho feed's or a template's empty date) dates nothing: the
    /// page's own date wins, and with none the page has no date.
    @Test func aZeroTimestampIsNoDate() throws {
        let zero = #"<meta property="article:published_time" content="1970-01-01T08:00:00+08:00">"#
        #expect(try extractor.extract(html: page(head: zero)).date == nil)
        #expect(try extractor.extract(html: page(head: zero, beforeBody: "<div class=\"time\">2021-03-05 10:20</div>")).date == "2021-03-05T10:20")
        #expect(DateParser.all(in: "更新于 1970-01-01 00:00，发布于 2019年5月4日").map(\.iso) == ["2019-05-04"])
        #expect(DateParser.all(in: "1970年1月2日").map(\.iso) == ["1970-01-02"])
    }

    /// Dev set pages (wave 39): 南方+ keeps the date in an empty element's attribute for a script to print
    /// (`<span class="pubtime" data-time="2022-09-21 08:00"></span>`); a TRS government template writes it with a script
    /// after its label (`发布时间：<script>var pubdata='2018年02月13日'; document.write(pubdata)</script>`).
    @Test func datesScriptsPrintFromAnAttributeOrAfterALabel() throws {
        let attribute = #"<div class="info"><span>记者 </span><span class="author" data-author="崔璨"></span><span class="pubtime" data-time="2022-09-21 08:00"></span></div>"#
        #expect(try extractor.extract(html: page(beforeBody: attribute)).date == "2022-09-21T08:00")
        let script = "<div class=\"toolbar\">发布时间：\n<script type=\"text/javascript\">\n var  pubdata='2018年02月13日';\n if(pubdata!=''){ document.write(pubdata); }\n</script> 字体：<span>小</span></div>"
        #expect(try extractor.extract(html: page(beforeBody: script)).date == "2018-02-13")
        // A Unix time in the attribute is read only beside a printed day (see yearlessStamp); a script elsewhere dates nothing.
        #expect(try extractor.extract(html: page(beforeBody: #"<span class="pubtime" data-time="1663718400"></span>"#)).date == nil)
        #expect(try extractor.extract(html: page(afterBody: "<script>var str_2 = '2017-05-24';</script>")).date == nil)
    }

    /// A page that prints no date anywhere (the dev set's 浦东电视台, 热血时报, 网易号 pages, wave 39): the day in the address
    /// of its first picture that gives one; a date the page prints still wins.
    @Test func thePicturesAddressDatesAPageThatPrintsNone() throws {
        let picture = #"<p><img src="http://image.example.cn/image_temp/cms/2020/03/27/b826eaa4.jpg"></p>"#
        let html = page().replacingOccurrences(of: #"<div class="article-content">"#, with: #"<div class="article-content">"# + picture)
        #expect(try extractor.extract(html: html).date == "2020-03-27")
        let relative = page().replacingOccurrences(of: #"<div class="article-content">"#, with: #"<div class="article-content"><p><img src="/image/2023-11-09/thumb/1172.jpg"></p>"#)
        #expect(try extractor.extract(html: relative).date == "2023-11-09")
        let printed = page(beforeBody: "<div class=\"time\">2021-03-05 10:20</div>").replacingOccurrences(of: #"<div class="article-content">"#, with: #"<div class="article-content">"# + picture)
        #expect(try extractor.extract(html: printed).date == "2021-03-05T10:20")
        #expect(try extractor.extract(html: page()).date == nil)
    }

    /// A press release that prints no date line: the dateline opening its first paragraph dates it, however long
    /// the paragraph; a date the first sentence comes to later does not.
    @Test func aPressReleasesOpeningDateline() throws {
        func page(_ first: String) -> String {
            """
            <html><head><meta charset="utf-8"><title>华为发布新一代解决方案</title></head><body>
            <h1>华为发布新一代解决方案</h1><div class="article-content"><p>\(first)华为今天在阿姆斯特丹发布新一代解决方案，帮助运营商以更低成本建设网络，提升用户体验，并与多家运营商签署合作协议。</p>
            <p>华为表示，将继续加大研发投入，与全球合作伙伴共同推动产业健康发展，为用户创造更大价值。</p></div></body></html>
            """
        }
        #expect(try extractor.extract(html: page("[阿姆斯特丹，2012年10月19日] ")).date == "2012-10-19")
        #expect(try extractor.extract(html: page("2016年8月8日，")).date == "2016-08-08")
        #expect(try extractor.extract(html: page("小美与小强于2011年7月1日离婚。")).date == nil)
        #expect(DateParser.openingDateline("一、 自2019年1月1日至2022年12月31日，企业通过公益性社会组织…") == nil)
        #expect(DateParser.openingDateline("中国深圳，2019年3月5日——华为今天发布…")?.iso == "2019-03-05")
    }

    /// An old Discuz thread: the poster's profile beside the post (`注册: 2008-11-1`) dates the member;
    /// the post's time (`2012-7-10 10:33 PM`) is below it.
    @Test func aPostersRegistrationDateIsNotThePosts() throws {
        let profile = "<table><tr><td>念念珊瑚</td></tr><tr><td>发帖: 231 篇</td></tr><tr><td>注册: 2008-11-1</td></tr><tr><td>状态: 离线</td></tr></table>"
        let date = try extractor.extract(html: page(beforeBody: profile, afterBody: "<div>2012-7-10 10:33 PM</div>")).date
        #expect(date?.hasPrefix("2012-07-10T22:33") == true, "\(date ?? "nil")")
        // A PHPWind-style profile sets the label and the date in boxes of their own (blind batch 59).
        let boxes = "<dl><dt>发帖：</dt><dd>2</dd><dt>注册日期：</dt><dd>2012-10-19</dd></dl><div>楼主发表于：2012-10-20 10:48 只看楼主</div>"
        let posted = try extractor.extract(html: page(beforeBody: boxes)).date
        #expect(posted?.hasPrefix("2012-10-20T10:48") == true, "\(posted ?? "nil")")
    }

    /// A sina blog: the headline and its time box, the tags (in `<h3>`s), then a photo note and the headline
    /// again opening the text, which the title is read from. The note's day (`2023年12月10日`) is a sentence
    /// just above that line, not the post's date.
    @Test func aSentenceAboveARepeatedHeadlineIsNoDateLine() throws {
        let html = """
            <html><head><title>与跨性别者的网友交流_吴幼坚_新浪博客</title></head><body>
            <div class="articalTitle"><h2 class="titName">与跨性别者的网友交流</h2><span class="time">(2023-12-13 22:06:06)</span></div>
            <div class="articalTag"><table><tr><td class="blog_tag"><span>标签：</span><h3>吴幼坚</h3><h3>同志母亲</h3><h3>情感</h3></td>
            <td class="blog_class"><span>分类：</span><a href="/s/articlelist_1.html">出柜话题</a></td></tr></table></div>
            <div class="articalContent">
            <div><b>本文照片由退休编辑吴幼坚2023年12月10日、13日摄于广州东山湖公园。图为游艇慢慢驶近白鹭。</b></div>
            <div><p><b>与跨性别者的网友交流</b></p>
            <p>一位邮购《彩虹》的读者，原以男同性恋者身份与我通信，后来自述是跨性别者，这是他的来信。</p>
            <p>我大约在2007年的时候，通过一家颇有名气的医院网站搜索到，该院有位医生做变性手术，就过去咨询，当时并没有见到医生本人。</p>
            <p>其实，我从小就被大家叫假女孩，喜欢洋娃娃、电子琴，也喜欢穿裙子，喜欢和女同学玩，觉得亲近。</p>
            </div></div></body></html>
            """
        let date = try extractor.extract(html: html).date
        #expect(date?.hasPrefix("2023-12-13") == true, "\(date ?? "nil")")
    }

    @Test func theDayInThePagesAddress() throws {
        #expect(DateParser.inURL("http://app.why.com.cn/epaper/webpc/qnb/html/2018-09/24/content_70335.html") == "2018-09-24")
        #expect(DateParser.inURL("http://shareapp.cyol.com/cmsfile/News/201810/31/share145147.html") == "2018-10-31")
        #expect(DateParser.inURL("http://book.263.net/20050302/00464959.html") == "2005-03-02")
        #expect(DateParser.inURL("https://www.chinanews.com/cul/2019/04-27/8821843.shtml") == "2019-04-27")
        #expect(DateParser.inURL("http://www.dahe.cn/xwzx/zz/t20071017_1174552.htm") == "2007-10-17")
        // Article numbers and query strings are no dates.
        #expect(DateParser.inURL("http://news.ycwb.com/content_30348096.htm") == nil)
        #expect(DateParser.inURL("http://example.com/a.html?d=20190427") == nil)
        #expect(DateParser.inURL("http://example.com/12371003/index.html") == nil)
        // A page without a printed date takes it; a printed date wins.
        let html = #"<html><head><link rel="canonical" href="http://example.com/2018-09/24/content_1.html"><title>高校月饼又现大PK</title></head><body><h1>高校月饼又现大PK</h1><p>中秋将至，多所高校推出印有校徽的月饼，受到师生和校友的欢迎，不少人专门寄给外地的亲友品尝。</p></body></html>"#
        #expect(try ArticleExtractor().extract(html: html).date == "2018-09-24")
        let dated = html.replacingOccurrences(of: "<h1>高校月饼又现大PK</h1>", with: "<h1>高校月饼又现大PK</h1><div>2018-09-23 10:00</div>")
        #expect(try ArticleExtractor().extract(html: dated).date?.hasPrefix("2018-09-23") == true)
    }

    @Test(arguments: [
        #"<meta property="article:published_time" content="2019-09-07T15:10:53+08:00">"#,
        #"<meta name="publishdate" content="2019-09-07 15:10:53">"#,
        #"<meta name="PubDate" content="2019-09-07 15:10:53">"#,
        #"<meta name="pubdate" content="2019-09-07 15:10:53">"#,
        #"<meta name="publish_time" content="2019-09-07 15:10:53">"#,
        #"<meta itemprop="datePublished" content="2019-09-07T15:10:53+08:00">"#,
    ])
    func metaTags(_ head: String) throws {
        #expect(try extractor.extract(html: page(head: head)).date == "2019-09-07T15:10:53")
    }

    @Test func aDateAndTimeInNeighbouringElements() throws {
        // `<span>2005.08.26</span>05:39`: the text runs the day into the hour; the element boundary parts them.
        let box = #"<figure><h2 class="weibo_user">上海证券报网络版</h2><time class="weibo_time"><span class="weibo_time_day">2005.08.26</span>05:39</time></figure>"#
        #expect(try extractor.extract(html: page(beforeBody: box, afterBody: "<p>2005年8月25日</p>")).date == "2005-08-26T05:39")
    }

    /// A government page: the disclosure table (索引号, 发布机构, dates) above the headline, related
    /// items with their own dates between headline and body, the CMS's meta date, a date in the text.
    func governmentPage(table: String) -> String {
        """
        <html><head><meta charset="utf-8"><title>某某县2022年国民经济和社会发展统计公报 | 某某县人民政府</title>
        <meta name="PubDate" content="2023-08-16 10:33:59"></head><body>
        <div class="nav"><a href="/">首页</a> &gt; <a href="/tj">统计数据</a></div>
        <dl class="xxgk"><dd><label>索 引 号：</label><div>014742224A/2023-0043406</div></dd>
        <dd><label>发布机构：</label><div>某某县统计局</div></dd>\(table)</dl>
        <h1>某某县2022年国民经济和社会发展统计公报</h1>
        <div class="reldocs"><h3>关联稿件：</h3><ul><li><a href="/a/1.html">图文解读：《某某县2022年国民经济和社会发展统计公报》</a> <span class="time">2023-07-12</span></li></ul></div>
        <div class="article-content">
        <p>某某县统计局（2023年4月12日）</p>
        <p>2022年，全县上下坚持稳中求进工作总基调，全县经济运行呈现稳中向好的良好态势，主要指标好于预期。</p>
        <p>初步核算，全年实现地区生产总值三百亿元，按可比价计算，同比增长百分之五，三次产业结构持续优化。</p>
        </div></body></html>
        """
    }

    @Test func aGovernmentDisclosureTableDatesTheDocument() throws {
        #expect(try extractor.extract(html: governmentPage(table: "<dd><label>生成日期：</label><div>2023-05-11</div></dd>")).date == "2023-05-11")
        #expect(try extractor.extract(html: governmentPage(table: "<dd><label>发文日期：</label><div>2023-04-18</div></dd>")).date == "2023-04-18")
        // Written and published: the published date.
        let both = "<dd><label>成文日期：</label><div>2022年01月27日</div></dd><dd><label>发布日期：</label><div>2022年01月28日</div></dd>"
        #expect(try extractor.extract(html: governmentPage(table: both)).date == "2022-01-28")
        // Without the table, the related item's date is not the document's.
        #expect(try extractor.extract(html: governmentPage(table: "")).date != "2023-07-12")
    }

    /// The disclosure fields under the headline, in a table or on one line: published before written; and a field's
    /// value in the cell after its label (`主题分类：` `林业`) is no byline.
    @Test func disclosureFieldsUnderTheHeadline() throws {
        func notice(_ fields: String) -> String {
            """
            <html><head><title>某某县人民政府关于做好秋冬季森林防火工作的通知_某某县人民政府</title></head><body>
            <div class="nav"><a href="/">首页</a></div><h1>某某县人民政府关于做好秋冬季森林防火工作的通知</h1>\(fields)
            <div class="content"><p>各乡镇人民政府，县政府各部门：为切实做好今年秋冬季森林防火工作，有效预防和遏制森林火灾发生，现将有关事项通知如下。</p>
            <p>一、提高思想认识。各地各部门要充分认识做好森林防火工作的重要性，切实加强组织领导，落实各项防控措施。</p></div></body></html>
            """
        }
        let table = notice("<table><tr><td>主题分类：</td><td>林业</td></tr><tr><td>发文机关：</td><td>某某县人民政府办公室</td><td>成文日期：</td>"
                           + "<td>2019年09月05日</td></tr><tr><td>发文字号：</td><td>某政发〔2019〕12号</td><td>发布日期：</td><td>2019年09月07日</td></tr></table>")
        let article = try extractor.extract(html: table)
        #expect(article.date == "2019-09-07")
        #expect(article.author == nil)
        let line = notice("<div class=\"info\">发文机关：某某县人民政府办公室 成文日期：2019年09月05日 发布日期：2019年09月07日</div>")
        #expect(try extractor.extract(html: line).date == "2019-09-07")
        // A written date alone still dates it.
        let written = notice("<div class=\"info\">发文机关：某某县人民政府办公室 主题分类：林业 成文日期：2019年09月05日</div>")
        #expect(try extractor.extract(html: written).date == "2019-09-05")
    }

    @Test func theUpdateTimeOnlyWhenNothingElseDatesThePage() throws {
        // 百家号 prints `10-09 18:45` without a year; its head keeps the update time.
        let head = #"<meta itemprop="dateUpdate" content="2018-10-09 18:45:08">"#
        #expect(try extractor.extract(html: page(head: head, beforeBody: "<div class=\"info\">10-09 18:45</div>")).date == "2018-10-09T18:45:08")
        // A published time wins over it.
        let both = head + #"<meta itemprop="datePublished" content="2018-10-08T09:00:00+08:00">"#
        #expect(try extractor.extract(html: page(head: both)).date == "2018-10-08T09:00:00")
    }

    @Test func timeElement() throws {
        let html = page(beforeBody: #"<time datetime="2019-09-07T15:10:53+08:00"></time>"#)
        #expect(try extractor.extract(html: html).date == "2019-09-07T15:10:53")
    }

    @Test(arguments: [
        #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"政协委员建言乡村振兴","datePublished":"2019-09-07T15:10:53+08:00","dateModified":"2019-09-08T10:00:00+08:00"}</script>"#,
        #"<script>var publish_time = "2019-09-07 15:10:53";</script>"#,
        #"<script>window.DATA = {pubtime: '2019/09/07 15:10:53', source: '新京报'};</script>"#,
        #"<script>var articleInfo = {"publishTime":"2019-09-07 15:10:53"};</script>"#,
        #"<script>var BASE_DATA = { articleInfo: { publish_time: 1567840253 } };</script>"#,
        #"<script>var x = {"pubDate":"2019\/09\/07 15:10:53"};</script>"#,
    ])
    func scriptsAndJSONLD(_ script: String) throws {
        #expect(try extractor.extract(html: page(head: script)).date == "2019-09-07T15:10:53")
    }

    @Test func scriptKeysAreWholeWords() {
        #expect(ScriptDates.first(in: Array(#"var republish_time = "2019-09-07";"#.utf8)) == nil)
        #expect(ScriptDates.first(in: Array(#"var publish_timezone = "2019-09-07";"#.utf8)) == nil)
        #expect(ScriptDates.first(in: Array(#"var publish_time = "soon";"#.utf8)) == nil)
        #expect(ScriptDates.unixDate(1_567_840_253) == "2019-09-07T15:10:53")
        #expect(ScriptDates.unixDate(1_567_840_253_000 / 1000) == "2019-09-07T15:10:53")
        #expect(ScriptDates.unixDate(12345) == nil)
    }

    @Test func printedDateBeatsMetaTags() throws {
        // The date printed next to the headline is the one readers see; the meta tag is a fallback.
        let html = page(head: #"<meta name="publishdate" content="2019-09-08">"#,
                        beforeBody: #"<div class="info"><span class="time">2019-09-07 15:10:53</span></div>"#)
        #expect(try extractor.extract(html: html).date == "2019-09-07T15:10:53")
    }

    @Test func dateBoxBeatsRelatedItemsWhenNoHeadlineIsShown() throws {
        // The headline is only in <title>; before the body come a list of other articles with their
        // dates, then the article's own time box; after it, dated comments.
        let html = """
            <html><head><title>政协委员建言乡村振兴_新闻中心</title></head><body>
            <div class="top">2020年12月1日 星期二</div>
            <div class="side"><div><a href="/a">委员调研农村公路建设</a> 2019-08-30</div>
            <div><a href="/b">社情民意信息工作会召开</a> 2019-08-28</div></div>
            <div class="meta"><span class="time">2019-09-07 15:10:53</span> <span class="src">新京报</span></div>
            <div class="article-content">
            <p>政协委员围绕乡村振兴深入调研，提出加强产业扶持、完善基础设施和培养本土人才的具体建议。</p>
            <p>委员们认为，要把巩固拓展脱贫攻坚成果同乡村振兴有效衔接，推动农业农村高质量发展。</p>
            </div>
            <div class="comment"><div class="comment-item">网友甲 2019-09-09 08:00 说得好</div></div>
            </body></html>
            """
        #expect(try extractor.extract(html: html).date == "2019-09-07T15:10:53")
    }

    @Test func datesOfOtherItemsNextToTheHeadlineAreSkipped() throws {
        let html = page(beforeBody: """
            <div class="bar"><span class="time">最新推荐文章于 2024-05-07 22:12:13 发布</span></div>
            <div class="bar"><a href="/u">某某</a><span class="time">于 2024-05-06 15:47:53 发布</span></div>
            """)
        #expect(try extractor.extract(html: html).date == "2024-05-06T15:47:53")
    }

    @Test func relativeDateWithTheFullDateInItsTitle() throws {
        let html = page(beforeBody: #"<div class="meta"><a data-tooltip="2024-05-13 18:25:18">创建于 <span title="2024-05-13 18:25:18">1周前</span></a></div>"#)
        #expect(try extractor.extract(html: html).date == "2024-05-13T18:25:18")
    }

    @Test func weChatPublicationTime() throws {
        #expect(try extractor.extract(html: page(head: #"<script>var ct = "1659274471"; var nickname = "掌上绥德";</script>"#)).date
            == "2022-07-31T21:34:31")
        // `ct` alone is too short a name to trust with anything but a Unix time.
        #expect(ScriptDates.first(in: Array(#"var ct = "2019-09-07";"#.utf8)) == nil)
        #expect(ScriptDates.first(in: Array(#"var act = "1659274471";"#.utf8)) == nil)
    }

    /// Pool pages (wave 45): a blog theme's sidebar lists recent posts with their `<time>`s, a theme's related posts
    /// carry theirs, a comment list dates each comment: none dates the article, so the meta tag's date wins over them.
    /// A `<time>` in the article's own box stays first, even inside a box a theme names for its sidebar.
    @Test func timesOfOtherItemsYieldToTheMetaTags() throws {
        let meta = #"<meta property="article:published_time" content="2022-11-25T00:16:09.000Z">"#
        for box in [#"<div class="card-widget card-recent-post">"#, #"<div class="ct-related-posts">"#, #"<ol class="commentlist">"#, "<aside>"] {
            let close = box.hasPrefix("<ol") ? "</ol>" : box.hasPrefix("<aside") ? "</aside>" : "</div>"
            let html = page(head: meta, afterBody: box + #"<time datetime="2024-07-02T02:22:49.000Z">2024-07-02</time>"# + close)
            #expect(try extractor.extract(html: html).date == "2022-11-25T00:16:09", "\(box)")
        }
        let time = #"<p class="post-meta">发表于 <time datetime="2022-11-26T08:00:00+08:00"></time></p>"#
        #expect(try extractor.extract(html: page(head: meta, beforeBody: time)).date == "2022-11-26T08:00:00")
        let wrapped = """
            <html><head><meta charset="utf-8"><title>政协委员建言乡村振兴_新闻中心</title>\(meta)</head><body>
            <div class="theiaStickySidebar"><h1>政协委员建言乡村振兴</h1>\(time)<div class="article-content">
            <p>政协委员围绕乡村振兴深入调研，提出加强产业扶持、完善基础设施和培养本土人才的具体建议。</p>
            <p>委员们认为，要把巩固拓展脱贫攻坚成果同乡村振兴有效衔接，推动农业农村高质量发展。</p></div></div></body></html>
            """
        #expect(try extractor.extract(html: wrapped).date == "2022-11-26T08:00:00")
    }

    /// Dev set (wave 45, sina's games channel): the meta line prints the day and time without the year, the outlet glued
    /// on (`02月24日 10:20新浪游戏`); the first full date on the page is a related item's. The printed day wins, in that
    /// date's year, and the word after it names the outlet. A diary's entries, each stamped so, date nothing.
    @Test func aDayPrintedWithoutItsYearUnderTheHeadline() throws {
        let related = #"<div class="related"><h3>兰陵美酒郁金香 剑网3秦风COS</h3><p><span>2017-02-21 17:57:28</span></p></div>"#
        let article = try extractor.extract(html: page(beforeBody: "<p>02月24日 10:20新浪游戏</p>", afterBody: related))
        #expect(article.date == "2017-02-24T10:20")
        #expect(article.source == "新浪游戏")
        let diary = try extractor.extract(html: page(beforeBody: "<p>4月16日 14:03</p><p>4月17日 18:41</p>", afterBody: related))
        #expect(diary.date == "2017-02-21T17:57:28")
        for (text, stamp) in [("02月24日 10:20新浪游戏", "2-24 10:20"), ("澎湃新闻 05-28 19:56", "5-28 19:56"), ("5月6日 01:03", "5-6 1:3")] {
            let found = try #require(DateParser.yearlessStamp(in: text), "\(text)")
            #expect("\(found.month)-\(found.day) \(found.hour ?? -1):\(found.minute ?? -1)" == stamp)
        }
        for text in ["2017-02-24 10:20", "2017年02月24日 10:20", "02月24日", "比分 3-1", "1-12 号楼", "12/05-28 19:56", "2019.05-28 19:56"] {
            #expect(DateParser.yearlessStamp(in: text) == nil, "\(text)")
        }
    }

    /// Dev set (wave 47, thepaper's page of the day): the yearless stamp is the only date on the page. It takes the year of
    /// the latest month the text tells of, or the next year when the stamp's month comes before that month.
    @Test func aYearlessStampTakesTheYearTheTextTellsOf() throws {
        func stamped(_ stamp: String, told: String) -> String {
            page(beforeBody: "<p>澎湃新闻 \(stamp)</p>", afterBody: "").replacingOccurrences(
                of: "推动农业农村高质量发展。</p>", with: "推动农业农村高质量发展。</p><p>\(told)</p>")
        }
        let told = "作为国内首起跨性别者平等就业权纠纷案，该案曾于2019年12月3日一审开庭，2020年1月，法院一审驳回了小马的诉讼请求。"
        #expect(try extractor.extract(html: stamped("05-28 19:56", told: told)).date == "2020-05-28T19:56")
        #expect(try extractor.extract(html: stamped("01-08 19:56", told: "作为国内首起跨性别者平等就业权纠纷案，该案曾于2019年12月3日一审开庭。")).date == "2020-01-08T19:56")
        // No year in the text: no date.
        #expect(try extractor.extract(html: page(beforeBody: "<p>澎湃新闻 05-28 19:56</p>")).date == nil)
    }

    @Test func commentAndListBoxesAreNotDateBoxes() throws {
        let tree = try #require(HTMLTree.parse(utf8: Array("""
            <html><body><div class="comment-list"><span class="time">2019-09-09</span></div>
            <div class="article-info"><span class="pubtime">2019-09-07</span></div></body></html>
            """.utf8)))
        let analysis = PageAnalysis(tree: tree)
        let boxed = analysis.blocks.map { analysis.inDateBox($0) }
        #expect(analysis.blocks.map(\.text) == ["2019-09-09", "2019-09-07"])
        #expect(boxed == [false, true])
    }

    /// A government letter's page: the disclosure table names the title (printed over lines below
    /// it), and the date under the signing body stays with the text.
    @Test func aDisclosureTableTitleAndTheSignatureDate() throws {
        let html = """
            <html><body><table><tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2006年10月18日</td></tr>
            <tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅对全国政协十届四次会议第4626号提案的答复</td></tr>
            <tr><td><b>发文字号：</b></td><td>国办函〔2006〕82号</td><td><b>发布日期：</b></td><td>2018年12月24日</td></tr></table>
            <div class="content"><p>国务院办公厅对全国政协十届四次会议<br>第4626号提案的答复</p><p>国办函〔2006〕82号</p><p>王超斌委员：</p>
            <p>您提出的《关于设立总理热线电话的提案》收悉。经研究，答复如下：推进政务公开，实行科学民主决策是政府工作的一项基本制度。</p>
            <p>总的来看，国务院及有关部门与人民群众联系的方式和沟通渠道日益增多，反映社情民意的渠道是畅通的。</p>
            <p>国务院办公厅</p><p>二〇〇六年十月十八日</p></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "国务院办公厅对全国政协十届四次会议第4626号提案的答复")
        #expect(article.paragraphs.suffix(2) == ["国务院办公厅", "二〇〇六年十月十八日"])
    }

    /// A diary post quoting a day of its own (`2024.1.10` on a line of its text) under a headline dated above it:
    /// the quoted day is no meta line when the page's meta tags (or its `<time>` element) publish the post on
    /// another day; it still is when they agree (a UTC time a day off counts as agreeing) or say nothing.
    @Test func aQuotedDayInTheTextIsNotTheMetaLine() throws {
        func page(_ published: String, tag: String = "span") -> String {
            """
            <html><head><meta charset="utf-8"><title>2024 年终总结 - 菲兹克斯喵</title>\(published)</head><body>
            <div class="meta"><span>菲兹克斯喵</span> <\(tag)>2025年1月10日 上午</\(tag)></div>
            <div class="mt-1"><span>3.7k 字</span> <span>32 分钟</span></div><h1>2024 年终总结</h1>
            <div class="post"><p>之前一直在准备期末考试，一直拖到回家的高铁上才开始写这个年度总结，感觉今年变化很大。</p>
            <p>1 月 10 号，我在每日学习总结里面写的是：</p><p>2024.1.10</p>
            <p>开始做去年省队培训的试卷，今天完成一套半，还没有对答案，但是觉得这种限时完成的练习很有用。</p></div></body></html>
            """
        }
        let meta = { (time: String) in "<meta property=\"article:published_time\" content=\"\(time)\">" }
        #expect(try extractor.extract(html: page(meta("2025-01-10T01:40:42.000Z"))).date == "2025-01-10")
        #expect(try extractor.extract(html: page(meta("2024-01-09T16:40:42.000Z"))).date == "2024-01-10")
        #expect(try extractor.extract(html: page("")).date == "2024-01-10")
        #expect(try extractor.extract(html: page("", tag: "time")).date == "2025-01-10")
        #expect(try #require(DateParser.first(in: "1970-01-02")).dayNumber == 1)
        #expect(try #require(DateParser.first(in: "2000-03-01")).dayNumber - (try #require(DateParser.first(in: "2000-02-28"))).dayNumber == 2)
    }

    /// Blind batch 131 (xueqiu.com-wu5): a day and time printed without the year (`发布于05-16 19:12`) in an element that
    /// keeps the moment in milliseconds since 1970 dates the page, when the moment falls on the printed day and minute
    /// in China; a stamp of another minute does not.
    @Test func aYearlessTimeWithItsMomentInAnAttribute() throws {
        func stamped(_ value: String) throws -> String? {
            try extractor.extract(html: page(beforeBody: #"<div class="subtitle"><span class="source">来自雪球</span><a class="time" href="/1/2" data-created_at="\#(value)">发布于05-16 19:12</a></div>"#)).date
        }
        #expect(try stamped("1558005120000") == "2019-05-16T19:12:00")
        #expect(try stamped("1558005120") == "2019-05-16T19:12:00")
        #expect(try stamped("1558005180000") == nil)
    }
}
