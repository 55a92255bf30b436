import Testing
@testable import ArticleExtraction

/// What platforms print inside the article's container that is not the article: their notices
/// and video players' controls.
@Suite("Boilerplate signals")
struct BoilerplateSignalTests {
    @Test func platformNoticesAndPlayerControlsAreDropped() throws {
        let html = """
            <html><head><title>苹果要求驳回司法部反垄断诉讼_网易</title></head><body><h1>苹果要求驳回司法部反垄断诉讼</h1>
            <div class="post_body">
            <div class="player"><div>播放速度：2X</div><div>00:00/00:00</div><div>很抱歉，当前视频播放失败</div><div>错误代码：QVS.4100</div></div>
            <p>苹果公司周二表示，计划要求美国法官驳回司法部和多个州提起的反垄断诉讼，称其并未垄断智能手机市场。</p>
            <p>苹果在提交给法院的文件中表示，司法部的诉讼缺乏事实依据，公司将在法庭上积极抗辩，维护自身合法权益。</p>
            <p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
            <p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("苹果公司周二表示") == true)
    }

    /// A thread whose markup names nothing (archive.today's flattened copy of a BBS page) numbers its posts on their
    /// header lines (`… 2018-04-23 13:32:55 [楼主]1楼`, `… 2楼`): the text is floor 1's, the poster no `1楼`.
    @Test func aThreadNumberedByFloorsOnly() throws {
        func post(_ header: String, _ lines: [String]) -> String {
            "<div><div><a href=\"/u\">\(header.split(separator: " ")[0])</a> \(header.split(separator: " ").dropFirst().joined(separator: " "))</div>"
                + lines.map { "<div>\($0)</div>" }.joined() + "<div><a href=\"#r\">回复</a></div></div>"
        }
        let opening = ["我是外国语学院的辅导员。周日下午和晚上，出于对同学的关心，我通过微信和电话联系了她，了解情况。",
                       "今天上午，我和她的妈妈也有过沟通，目前，她还在家里，和妈妈在一起。"]
        // Each reply quotes the opening post, as the board prints it.
        let quote = ["jinsewuduan (超人就是我) 在 ta 的帖子中提到："] + opening
        let html = "<html><head><title>我是辅导员，我来说说昨晚的情况</title></head><body><div>北大未名</div>"
            + "<div>我是辅导员，我来说说昨晚的情况</div><div>"
            + post("jinsewuduan 2018-04-23 13:32:55 [楼主]1楼", opening)
            + post("ChairmanJ 2018-04-23 13:53:54 2楼", ["您真是个负责的好辅导员！虽然室友说她没回宿舍，您出于关心还是带着家长去找了。"] + quote)
            + post("cherryorange 2018-04-23 13:38:59 3楼", ["最怕突然的关心。。。大家都在看着，希望这件事能有一个好的结果。"] + quote)
            + post("TogetherMeiYou 2018-04-23 13:40:17 4楼", ["避重就轻，建议参考数院之前发过的声明，写得清清楚楚，一目了然。"] + quote)
            + "</div></body></html>"
        let thread = try ArticleExtractor().extract(html: html)
        #expect(thread.paragraphs == opening, "\(thread.paragraphs)")
        #expect(thread.author != "1楼")
        #expect(ContentScorer.floorNumber("cherryorange 2018-04-23 13:38:59 12 樓") == 12)
        #expect(ContentScorer.floorNumber("住在12楼") == 12)
        #expect(ContentScorer.floorNumber("高楼") == nil)
    }

    /// A modal box's text (`<div id="modalContent"><p>页面正在加载内容... 请2秒之后重试一次。</p>`) is the page's furniture,
    /// though its name says content: an old company site's short news item beside its links is the text.
    @Test func aModalBoxIsNoText() throws {
        let html = """
            <html><head><title>蒸汽冷凝水回收装置进军国际市场</title></head><body><div class="left">
            <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/about/">公司介绍</a> &gt; <a href="/news/">企业新闻</a> &gt; 正文</div>
            <h1 id="title">2012年下半年蒸汽冷凝水回收装置进军国际市场</h1>
            <p>新闻来源：[<a href="/">北京思赛文</a>] 日期：[13-10-07 09:15:18]</p>
            <p>2012年9月北京思赛文科技有限公司蒸汽<a href="/c/">冷凝水回收</a>成立国际市场拓展部，同年10月与河北三阳盛业玻璃钢有限公司签订越南氧化铝厂的“越南氧化铝650kt/a、远期预留到1200kt/a的工程”蒸汽冷凝水回收装置采购等项目。</p>
            <h2>相关阅读</h2><ul><li><a href="/1">内蒙古伊利实业集团股份有限公司</a> 2015-06-16</li><li><a href="/2">杭州黄米科技有限公司</a> 2015-06-14</li>
            <li><a href="/3">北京航天益森风洞工程技术有限公司</a> 2015-06-14</li></ul></div>
            <div id="modalWindow"><div id="modalContent"><p>页面正在加载内容... 请2秒之后重试一次。</p></div></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.first?.hasPrefix("2012年9月北京思赛文科技有限公司") == true, "\(article.paragraphs)")
        #expect(!article.paragraphs.contains { $0.hasPrefix("页面正在加载") })
    }

    /// A page that goes on with the next article under its own (blind batch 64's pansci.asia-yc2): the text the
    /// page's headline heads is the body, though the next one is longer; across a subhead only (a text in two
    /// boxes), the longer text stays the body.
    @Test func theTextTheHeadlineHeadsBeatsTheNextArticle() throws {
        let own = ["人工智慧的應用早已進入日常生活，從影片推薦到臉部解鎖手機，都可見到它的身影，但它也可能帶來倫理問題與風險。",
                   "第一種是演算法偏誤，也就是模型在某些群體的判斷準確率上總是很差，導致不公平的結果，原因往往出在資料集上。",
                   "第二種是技術偏離原先的使用目的，例如深偽技術原本用來修補圖片，卻被拿去製作假影片，造成名譽上的傷害。",
                   "第三種是同一項技術有善惡兩種用途，人臉辨識可用來保護裝置的使用者，也可用來監控特定的族群。",
                   "最後，讀者若能培養對這些問題的敏銳度，便可發揮公民監督的力量，評估開發者有無善盡避免傷害的責任。"].map { $0 + $0 }
        let next = (1...8).map { "第\($0)段談的是跨物種溝通：科學家用機器學習分析海豚、蝙蝠與大象的聲音，希望有一天能聽懂牠們在說什麼，而這也帶來新的問題。" }
        func page(_ between: String) -> String {
            """
            <html><head><title>AI 也會出差錯？使用人工智慧可能帶來的倫理與風險 - 泛科學</title></head><body>
            <div class="wrap"><div class="main"><h1>AI 也會出差錯？使用人工智慧可能帶來的倫理與風險</h1>
            <div class="entry">\(own.map { "<p>\($0)</p>" }.joined())</div>
            \(between)</div></div>
            <div class="wrap"><div class="main"><div class="title">跨物種溝通即將成真！</div>
            <div class="entry">\(next.map { "<p>\($0)</p>" }.joined())</div></div></div>
            </body></html>
            """
        }
        let links = (1...6).map { "<div><a href=\"/p/\($0)\">熱門文章第\($0)篇：看見蟑螂就害怕？為什麼我們總特別怕牠</a></div>" }.joined()
        let article = try ArticleExtractor().extract(html: page("<div class=\"related\">\(links)</div>"))
        #expect(article.paragraphs == own, "\(article.paragraphs)")
        // Only a subhead between the two parts: no second article, the longer part stays the body.
        let parts = try ArticleExtractor().extract(html: page("<div><strong>延伸閱讀</strong></div>"))
        #expect(parts.paragraphs.suffix(next.count) == next[...], "\(parts.paragraphs)")
        // Blind batches 72-79 (sinchew.com.my-yp1, singtao.ca-yp1): the next story under its own headline and meta line
        // (`2024年11月12日 15:01`), few links between them: the headline's text, and its date, not the next one's.
        let dated = page("<div><strong>延伸閱讀</strong></div><div class=\"time\">2024年11月12日 15:01</div>")
            .replacingOccurrences(of: "<h1>", with: "<div class=\"time\">2024年11月03日 01:25</div><h1>")
        let nextStory = try ArticleExtractor().extract(html: dated)
        #expect(nextStory.paragraphs == own, "\(nextStory.paragraphs)")
        #expect(nextStory.date?.hasPrefix("2024-11-03") == true, "\(nextStory.date ?? "nil")")
    }

    /// A post written as a list, one short line an item (a Hugo blog's `<ul><li>…`), is the text when what scores
    /// without it is a fraction of it; a bulleted list inside an article stays a part of the article, and a menu,
    /// whose items are links, is never text.
    @Test func aPostWrittenAsAListIsTheText() throws {
        let lines = ["应该是中学开始", "有个问题就一直困扰着我", "现实世界的东西都是真实存在的物质", "在空间里真实存在的东西",
                     "不管你感觉到有多大", "它最终是可以被计量的", "但是只要视角足够大", "最终海洋是有边界的",
                     "后来人们也发现天上的星星月亮", "记录片里会告诉我们在宇宙中", "现实存在的这些星体，星系",
                     "未来科技进步了终究是可以达到的", "这个星球也是真实存在的“物质”", "那宇宙的尽头是什么？"]
        let html = """
            <html><head><title>宇宙的尽头是什么 - dboop.com</title></head><body>
            <ul><li><a href="/">首页</a></li><li><a href="/c">分类</a></li><li><a href="/a">归档</a></li><li><a href="/p">关于</a></li></ul>
            <h1>宇宙的尽头是什么</h1><div class="post"><ul>\(lines.map { "<li>\($0)</li>" }.joined())</ul></div>
            <div><h4>51ak</h4><h4>2023/08/23</h4></div>
            <div>扫描上面的二维码，关注我的《数据库工作笔记》公众号</div></body></html>
            """
        let post = try ArticleExtractor().extract(html: html)
        #expect(post.paragraphs == lines, "\(post.paragraphs)")

        let article = """
            <html><head><title>社区开展垃圾分类宣传</title></head><body><h1>社区开展垃圾分类宣传</h1><div class="content">
            <p>日前，社区组织志愿者走进小区，向居民讲解垃圾分类的方法，发放宣传资料三百余份，现场气氛热烈。</p>
            <ul><li>可回收物：纸类、塑料、金属</li><li>有害垃圾：电池、灯管、药品</li><li>厨余垃圾：剩菜、果皮</li></ul>
            <p>志愿者表示，今后将定期开展宣传活动，引导居民养成分类投放的习惯，共同建设美丽家园。</p>
            </div><div class="notice"><ul><li>留言限140字以內，留言将于第二日早上删除</li><li>请遵守法律法规，文明发言</li>
            <li>发言内容仅代表网友个人观点</li><li>本站有权删除违规留言</li><li>如有问题请联系管理员处理</li></ul></div></body></html>
            """
        let read = try ArticleExtractor().extract(html: article)
        #expect(read.paragraphs.first?.hasPrefix("日前，社区组织志愿者") == true, "\(read.paragraphs)")
        #expect(read.paragraphs.contains("有害垃圾：电池、灯管、药品"))
        #expect(!read.paragraphs.contains { $0.hasPrefix("留言限") })
    }

    /// Lines that only credit the writer or the outlet inside the text (`文｜何驰`, `来源：央视新闻客户端`,
    /// `（编译：刘志浩）`) are bylines, read into the fields; an interview's question after `记者：` and a
    /// picture's credit stay.
    @Test func creditLinesInsideTheTextAreBylines() throws {
        let html = """
            <html><head><title>比小学生说烂梗更可怕的，是大人也说</title></head><body><h1>比小学生说烂梗更可怕的，是大人也说</h1>
            <div class="rich_media_content">
            <p>比小学生满口网络烂梗，爱说“包的”更让人担忧的事，是当下语言的贫瘠。</p>
            <section>文｜何驰</section><section>来源｜新周刊（ID：new-weekly）</section>
            <p>江西一位小学老师布置作业时，学生们回敬她一连串网络热梗，她站在讲台上不知如何回应。</p>
            <p>记者：这些热梗是从哪里学来的？</p>
            <p>图片来源：视觉中国</p>
            <p>杭州有家长叮嘱孩子快点写作业，孩子回“那咋了”；提醒“饭菜要凉了”，孩子回“我善”。</p>
            <p>（编译：刘志浩）</p>
            <p>■本报记者 徐瑞哲</p>
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(!article.paragraphs.contains("文｜何驰"), "\(article.paragraphs)")
        #expect(!article.paragraphs.contains { $0.hasPrefix("来源｜") || $0.contains("编译") || $0.contains("徐瑞哲") })
        #expect(article.paragraphs.contains("记者：这些热梗是从哪里学来的？"))
        #expect(article.paragraphs.contains("图片来源：视觉中国"))
        #expect(article.author == "何驰")
        #expect(article.source == "新周刊")
        #expect(NoiseFilter.isCreditLine(PageAnalysis.line("文化：城市的记忆")) == false)
        // A line naming only reporters, with the outlet, their roles and where they filed from.
        #expect(NoiseFilter.reportersOnly("■本报记者 徐瑞哲") == "徐瑞哲")
        #expect(NoiseFilter.reportersOnly("红网时刻新闻记者 杨艳 长沙报道") == "杨艳")
        #expect(NoiseFilter.reportersOnly("青年报实习生 宗璐璐 记者 刘昕璐") == "宗璐璐 刘昕璐")
        // The paper's own writers listed before the reporter; the photographs with the report.
        #expect(NoiseFilter.reportersOnly("朱隽、记者杨帆摄影报道") == "朱隽 杨帆")
        #expect(NoiseFilter.reportersOnly("（黄婕 记者王春）") == "黄婕 王春")
        #expect(NoiseFilter.reportersOnly("川报观察记者 林凌 李媛莉") == "林凌 李媛莉")
        #expect(NoiseFilter.reportersOnly("新华社记者王优玲、何宗渝") == "王优玲 何宗渝")
        #expect(NoiseFilter.reportersOnly("（光明日报全媒体记者曹继军 通讯员魏娜）") == "曹继军 魏娜")
        #expect(NoiseFilter.reportersOnly("记者从市教育局获悉") == nil)
        #expect(NoiseFilter.reportersOnly("记者 刘涛 摄于北京市朝阳区的一处社区医院") == nil)
        #expect(NoiseFilter.isCreditLine(PageAnalysis.line("作者单位：北京大学社会学系")))
    }

    /// A platform's author box (`<div id="article-author">`: the account, its time and a follow
    /// button) sits next to a one-paragraph article; the word `article` in its name does not make it
    /// the article.
    @Test func anAuthorBoxBesideAShortArticleIsNotTheArticle() throws {
        let html = """
            <html><head><title>美国陆军宣布将不再允许跨性别者参军_腾讯新闻</title></head><body><div class="content-article">
            <h1>美国陆军宣布将不再允许跨性别者参军</h1>
            <div id="article-author" class="article-author"><div class="media-info"><a href="/author/1"><p class="media-name">新黄河</p></a>
            <p class="media-meta"><span>2025-02-15 06:51</span><span>发布于山东</span><span>新黄河客户端官方账号</span></p></div>
            <div class="follow-button"><span>+</span><span>关注</span></div></div>
            <div id="article-content"><div class="rich_media_content">
            <p>当地时间2月14日，记者获悉，美国陆军当日在社交媒体上宣布，美国陆军将不再允许跨性别者参军，并将停止为军人执行或协助与性别转换相关的程序。</p>
            <p>来源：央视新闻</p></div></div></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.first?.hasPrefix("当地时间2月14日") == true, "\(article.paragraphs)")
        #expect(!article.paragraphs.contains { $0.contains("关注") || $0.contains("官方账号") })
    }

    /// A page laid out in columns that are list items (观察者网: `<ul class="two-coloum"><li class="left-main">`
    /// holding the headline and the whole article): the article's paragraphs are scored as text, while
    /// entries of a list (the sidebar's summaries, a long reply without a headline) still are not.
    @Test func anArticleInAColumnLaidOutAsAListItem() throws {
        let sentences = ["当选总统特朗普计划通过一项行政命令，调整军队的人事政策，相关部门已经开始评估影响。",
                         "据报道，受影响的现役军人可能接近一万五千人，他们将因医疗原因退伍，这意味着他们不再适合服役。",
                         "分析人士认为，美国武装部队正面临招募新兵方面的问题，几乎所有军种都未能达到征兵目标。"]
        let article = (0..<18).map { k in "<p>\(sentences[k % 3])这是第\(k + 1)段的补充说明，内容与前文相关。</p>" }.joined()
        let side = (0..<6).map { k in "<li><p>相关阅读第\(k + 1)条：一家公司宣布新的计划，并表示将在明年扩大投资，继续推进相关工作。</p></li>" }.joined()
        let reply = "<ul class=\"n-list\"><li class=\"n-list-item\"><div>" + String(repeating: "我觉得这件事情没有那么简单，还要再看看后续的发展，大家不要急着下结论。", count: 30) + "</div></li></ul>"
        let html = """
            <html><head><title>特朗普计划调整军队人事政策_观察者网</title></head><body><div class="content"><div class="main">
            <ul class="two-coloum fix"><li class="left left-main"><h3>特朗普计划调整军队人事政策</h3>
            <div class="time fix"><span>2024-11-25 20:10:10</span><span>来源：观察者网</span></div>
            <div class="content all-txt">\(article)</div></li>
            <li class="right"><ul>\(side)</ul>\(reply)</li></ul></div></div></body></html>
            """
        let extracted = try ArticleExtractor().extract(html: html)
        #expect(extracted.paragraphs.count == 18, "\(extracted.paragraphs)")
        #expect(extracted.paragraphs.first?.hasPrefix("当选总统特朗普") == true)
        #expect(extracted.source == "观察者网")
        #expect(!extracted.paragraphs.contains { $0.contains("相关阅读") || $0.contains("下结论") })
    }

    /// A sibling of the article's element joins it by its text, not by its name: a one-line notice in an
    /// element named `article-notice` (+25 as `article`) is not article, a second part of the text is.
    @Test func aSiblingNamedLikeTheArticleJoinsByItsText() throws {
        let first = (1...10).map { "<p>市政协委员围绕城市更新开展第\($0)次调研，走访了十二个街道，听取居民对加装电梯、停车管理的意见。</p>" }.joined()
        let second = (1...3).map { "<p>调研组第\($0)条建议：完善居民议事协商机制，让群众在改造方案的制定中有更多话语权，并统筹使用资金。</p>" }.joined()
        let html = """
            <html><head><title>市政协开展城市更新专题调研</title></head><body><h1>市政协开展城市更新专题调研</h1>
            <div class="wrap"><div class="article-body">\(first)</div>
            <div class="article-notice">本网欢迎各界投稿，来稿请寄至编辑部邮箱。</div>
            <div class="article-body">\(second)</div></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 13, "\(article.paragraphs)")
        #expect(!article.paragraphs.contains { $0.contains("投稿") })
    }

    /// A template that wraps each half of the text in layers of bare `<div>`s: a wrapper around one element is
    /// the same box, so the element holding both halves gets their score and the article is read whole.
    @Test func bareWrappersAroundTheTextAreOneBox() throws {
        func half(_ n: Int) -> String {
            let paragraphs = (1...8).map { "<p>第\(n)部分第\($0)段：委员们围绕基层治理提出意见，建议完善议事协商机制，推动民生实事落地见效。</p>" }.joined()
            return "<div><div><div><div>" + paragraphs + "</div></div></div></div>"
        }
        let html = """
            <html><head><title>县政协专题协商会</title></head><body><h1>县政协专题协商会</h1>
            <div class="main">\(half(1))\(half(2))</div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 16, "\(article.paragraphs.count)")
    }

    /// A portal's video player embedded at the top of the text, with its playlist (a title, then
    /// `播放：1661`) and the video's `来源：央视网`: none of it is article, and the video's outlet is not
    /// the article's.
    @Test func anEmbeddedPlayersPlaylistIsNotText() throws {
        let playlist = (1...6).map { "<div>马英九视察海巡演习第\($0)集</div><p>播放：\($0 * 1013)</p>" }.joined()
        let html = """
            <html><head><title>台湾海巡办誓师大会_新闻_腾讯网</title></head><body><h1>台湾海巡办誓师大会</h1>
            <div id="Cnt-Main-Article-QQ"><div class="video"><h2><a href="/v">马英九将视察海巡演习</a></h2>
            <p>时长：0'23''</p><p>播放：1661</p><p>来源：央视网</p><div>推荐视频：</div>\(playlist)</div>
            <p>【环球时报综合报道】据中时电子报6日报道，台“海巡署”当天联合北、中、南及澎湖、金门、马祖等11个海巡队，举办誓师大会。</p>
            <p>报道称，近年来，大陆渔船屡屡越界作业，严重冲击海洋资源。据介绍，各海巡队去年共执行驱离渔船1508艘。</p></div>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(!article.paragraphs.contains { $0.contains("播放") || $0.contains("马英九") || $0.contains("央视网") }, "\(article.paragraphs)")
        #expect(article.source != "央视网")
        #expect(NoiseFilter.isPlayerFigure("时长：0'23''") && NoiseFilter.isPlayerFigure("播放次数: 3.2万"))
        #expect(!NoiseFilter.isPlayerFigure("播放：在大屏幕上播放了宣传片"))
    }

    /// A link back to the front page is furniture on its own line and when a portal puts it inside
    /// the article's last paragraph, after the final sentence (qq.com's `返回腾讯网首页>>`); a sentence
    /// that mentions going back to a home page keeps its words.
    @Test func aLinkBackToTheFrontPageIsNotArticleText() throws {
        let html = """
            <html><head><title>数据行业整顿_腾讯新闻</title></head><body><h1>数据行业整顿</h1>
            <div class="content-article">
            <p class="text">监管方从年初就在酝酿针对数据公司的整顿清理，多家第三方数据公司已经暂停了相关业务。</p>
            <p class="text">记者随后返回该网站的首页核实，发现平台已经下线了全部的数据查询服务。</p>
            <p class="text">【返回人民网首页】</p>
            <p class="text">转型之路，道阻且长。可以预见的是，第三方数据行业的整顿仍将持续。<a href="http://www.qq.com/?pref=article"><span>返回腾讯网首页&gt;&gt;</span></a></p>
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 3, "\(article.paragraphs)")
        #expect(article.paragraphs.last == "转型之路，道阻且长。可以预见的是，第三方数据行业的整顿仍将持续。")
        #expect(article.paragraphs.contains("记者随后返回该网站的首页核实，发现平台已经下线了全部的数据查询服务。"))
        #expect(NoiseFilter.isHomeLink("返回网站主页 >>"))
        #expect(!NoiseFilter.isHomeLink("返回家乡看看家里的首页设计"))
        #expect(NoiseFilter.withoutHomeLinkTail("他说要返回首页。") == "他说要返回首页。")
    }

    @Test func anAccountsPromptsAndBarredStaffCreditsAreDropped() throws {
        let html = """
            <html><head><title>早安武汉</title></head><body><h1>早安武汉</h1>
            <div class="rich_media_content">
            <p>Original 赵传文 维客笔记</p>
            <p>点击上方蓝字关注维客笔记</p>
            <p>武汉东湖樱园周末迎来近5万游客，景区提前发布限流预约措施，游客错峰入园，园内秩序井然。</p>
            <p>东湖和武大周边周末实行交通管制，市民可乘坐地铁和公交前往，沿线增开多班次接驳车辆。</p>
            <p>视频加载失败，请刷新页面再试</p>
            <p>编辑|张维纳 语音|徐佳 剪辑|李春</p>
            <p>扫描上方图片二维码领取骑行礼包！</p>
            <p>感谢关注/点赞/分享</p>
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 2, "\(article.paragraphs)")
        #expect(article.paragraphs.first?.hasPrefix("武汉东湖樱园") == true)
    }

    /// A portal's closing widgets: its copyright notice, a read count and a "not interested" menu
    /// of short reasons; what follows the notice, and the short lines after the count, are not text.
    @Test func theSitesNoticeAndFeedbackMenuCloseTheArticle() throws {
        let menu = ["不感兴趣", "广告软文", "重复、旧闻", "文章质量差", "标题夸张、文不对题", "与事实不符", "低俗色情", "疑似抄袭"]
            .map { "<li>\($0)</li>" }.joined()
        func page(_ notice: String) -> String {
            """
            <html><head><title>日本计划取消旅行禁令_环球网</title></head><body><h1>日本计划取消旅行禁令</h1>
            <div class="article">
            <p>据日媒当地时间周四报道称，日本政府计划在下个月取消对中国和其他11个国家和地区的旅行禁令。</p>
            <p>目前，日本政府已对159个国家和地区发出了旅行禁令，建议本国游客如非必要不要前往上述国家和地区。</p>
            \(notice)
            <div class="read">阅读数(6616）</div><ul class="dislike">\(menu)</ul><div>感谢您的反馈，我们将会减少此类文章的推荐</div>
            </div></body></html>
            """
        }
        for notice in ["<p>版权作品，未经环球网 huanqiu.com 书面授权，严禁转载，违者将被追究法律责任。</p>", ""] {
            let article = try ArticleExtractor().extract(html: page(notice))
            #expect(article.paragraphs.count == 2, "\(notice)")
            #expect(!article.text.contains("广告软文") && !article.text.contains("阅读数") && !article.text.contains("严禁转载"))
        }
        // Short lines after a furniture line, with a real paragraph after them, stay.
        let html = page("").replacingOccurrences(of: "<div>感谢您的反馈，我们将会减少此类文章的推荐</div>",
            with: "<p>日本观光厅表示，解禁后将分阶段恢复团体旅游，并对入境游客实施检测，具体办法将在下月公布，各地旅游业者正在做准备。</p>")
        #expect(try ArticleExtractor().extract(html: html).text.contains("日本观光厅表示"))
    }

    @Test func aDialogThePageOpensByScriptIsNoText() throws {
        // A short post, and a report dialog (hidden by the stylesheet until opened) listing long reasons.
        let reasons = (1...10).map { "<div class=\"field\"><label><strong>理由\($0)</strong>：恶意灌水、广告、推广、测试、文不对题、消极内容、人身攻击、挑衅辱骂等内容，请补充说明</label></div>" }.joined()
        let html = """
            <html><head><title>npm 缺失依赖的解决 | 社区</title></head><body><h1>npm 缺失依赖的解决</h1>
            <div class="article-content"><p>每次打开别人新的项目都要安装依赖，各种报错很烦。</p><p>安装 depcheck 检查缺失依赖，再安装缺失的依赖即可。</p></div>
            <div class="ui modal small report"><div class="header">内容举报</div><form>\(reasons)</form></div>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.first?.hasPrefix("每次打开别人新的项目") == true)
        #expect(!article.paragraphs.joined().contains("恶意灌水"))
    }

    @Test func aThreadsArticleIsItsFirstPost() throws {
        // A short opening post followed by long replies in sibling posts (as tianya's `atl-item`): the replies
        // together outweigh the opening post, which is still the article.
        let reply = { (n: Int) in
            """
            <div class="atl-item" id="\(n)"><div class="atl-info"><span>作者：<a href="/u\(n)">网友\(n)</a></span><span>时间：2017-03-24 20:\(10 + n):00</span></div>
            <div class="atl-content"><div class="bbs-content">第\(n)楼回复：我也是从农村出来的，读书的时候家里条件很差，父母起早贪黑供我上学，现在工作了，每个月给家里寄钱，日子一点点好起来了，谢谢楼主分享自己的经历。</div></div></div>
            """
        }
        let html = """
            <html><head><title>我是凤凰女，终于摆脱了农村_天涯论坛</title></head><body><h1>我是凤凰女，终于摆脱了农村</h1>
            <div class="atl-info"><span>作者：楼主</span><span>时间：2017-03-24 20:05:00</span></div>
            <div class="atl-main"><div class="atl-item host-item"><div class="atl-content"><div class="bbs-content clearfix">先介绍一下我现在的基本情况，八零后，一线城市外企上班。<br>我出生在南方的一个农村，从小就知道要靠读书改变命运。</div></div></div>
            \((1...12).map(reply).joined())
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs == ["先介绍一下我现在的基本情况，八零后，一线城市外企上班。", "我出生在南方的一个农村，从小就知道要靠读书改变命运。"])
    }

    /// Blind batch 67 (wave 31): the 楼主 going on in floor after floor, one later floor longer than the opening post
    /// (tianya.cn-yf1): the opening post is the article; a line or two above a long reply is not.
    @Test func theOpeningPostBeatsTheLongestLaterFloor() throws {
        let opening = ["与其穿越到难以适应的古代，追寻什么虚无缥缈的东西，结果一事无成就死在了路上，还不如穿越到近代去，至少观念习俗离我们不远。",
                       "然而，在中国的历史上，想要达成上述这些目标，我们似乎就只能穿越到近代，按照历史教科书上的划分方法，近代开始于鸦片战争。",
                       "如果穿越到清末的话，首先是时间稍微嫌早了一点，很多现代化的生活方式还没有传入，精神生活上也难免显得单调乏味了许多。",
                       "既然如此，就让我们穿越百年时空，到民国年间去走上一遭，浮光掠影地看一看那个时代的风貌吧！"]
        let floor = { (n: Int, text: String) in
            """
            <div class="atl-item" id="\(n)"><div class="atl-info"><span>作者：<a href="/u">剑兰八十一</a></span><span>时间：2014-12-31 19:\(10 + n):00</span></div>
            <div class="atl-content"><div class="bbs-content">\(text)</div></div></div>
            """
        }
        let long = (1...8).map { "第\($0)段：在民国时期，北方各省的乡下总是一片兵荒马乱，民不聊生，盗匪横行，连生命安全都毫无保障，更别提什么生活情趣，实在不是地主们可以安心享受的地方。" }
        func page(_ first: [String]) -> String {
            """
            <html><head><title>大家不要黑民国，穿越过去，挺好的_天涯论坛</title></head><body><h1>大家不要黑民国，穿越过去，挺好的</h1>
            <div class="atl-main"><div class="atl-item host-item"><div class="atl-info"><span>楼主：剑兰八十一</span><span>时间：2014-12-31 19:14:43</span></div>
            <div class="atl-content"><div class="bbs-content">\(first.joined(separator: "<br>"))</div></div></div>
            \(floor(2, "楼主继续更新，大家稍等。"))\(floor(3, long.joined(separator: "<br>")))\(floor(4, "顶一下，写得好。"))
            </div></body></html>
            """
        }
        #expect(try ArticleExtractor().extract(html: page(opening)).paragraphs == opening)
        #expect(try ArticleExtractor().extract(html: page(["先占个座，正文在下面。"])).paragraphs == long)
        // Posts under headlines of their own are a blog's index, not a thread: the longest post stays the text.
        let index = page(opening).replacing("<div class=\"atl-content\">", with: "<h2><a href=\"/p\">一篇文章</a></h2><div class=\"atl-content\">")
        #expect(try ArticleExtractor().extract(html: index).paragraphs == long)
    }

    /// Blind batch 67 (wave 31): a board's print view (Discuz's `[打印本页]`) prints the posts one after another, each
    /// under `作者: 某某 时间: …`, straight into `<body>` under the site's name in an `<h1>`: the first post is the text
    /// and the labelled title the headline. An old board's thread table leaves the opening post's header above the
    /// chosen text: the text before the first reply's header is the opening post.
    @Test func aBoardsPrintViewAndAnOldThreadTable() throws {
        let opening = ["最近灵感爆棚准备开新坑码字了，在开写之前，发一篇文章坚定码字之心，说说我对唯物和唯心两种看法的理解。",
                       "说唯物论前，首先，我们回忆一下日常的生活经验，大家可以看看是否有这样一个现象：人无法无穷往下定义一个东西。",
                       "在中学政治教科书里，介绍马克思的辩证唯物论的时候，会说到唯物和唯心两者的分歧在于物质和意识谁是第一性的。",
                       "回到一开始的现象，人无法无穷往下定义，我们称这种现象为触底，如何解释这个现象，就是唯物和唯心的分野所在。"]
        let replies = ["吊，听君一席话，胜读十年书，楼主写得真好，我要多看几遍才能明白。", "楼主视角独特，支持一下，期待新书早日开坑。",
                       "一直认为哲学这东西有两个作用，一是把简单的事情弄复杂，二是把复杂的事情弄简单。", "智商不够，看糊涂了，还是去看小说吧。"]
        let printView = """
            <html><head><title>小论唯心和唯物（申精啊） - 龙的天空lkong.net - Powered by Discuz!</title></head><body>
            <h1>龙的天空lkong.net</h1><b>标题: </b>小论唯心和唯物（申精啊） <a href="#">[打印本页]</a><hr>
            <b>作者: </b>三个路人 <b>时间: </b>2015-3-26 00:32 <b>标题: </b>小论唯心和唯物（申精啊）<br>\(opening.joined(separator: "<br>"))<hr>
            \(replies.enumerated().map { "<b>作者: </b>网友\($0.offset) <b>时间: </b>2015-3-26 0\($0.offset + 1):48<br>\($0.element)<hr>" }.joined())
            </body></html>
            """
        let thread = try ArticleExtractor().extract(html: printView)
        #expect(thread.title == "小论唯心和唯物（申精啊）")
        #expect(thread.paragraphs == opening, "\(thread.paragraphs)")

        let table = """
            <html><head><title>卢安克――自由人性的光辉_天涯杂谈</title></head><body><table><tr><td>『天涯杂谈』卢安克――自由人性的光辉</td></tr>
            <tr><td>作者：忧楼客 提交日期：2010-1-14 2:40:00 访问：135183 回复：1034</td></tr></table>
            <div class="content">\(opening.map { "<p>\($0)</p>" }.joined())
            \(replies.enumerated().map { "<center>作者：网友\($0.offset) 回复日期：2010-01-14 0\($0.offset + 2):55:04</center><p>\($0.element)</p>" }.joined())
            </div></body></html>
            """
        let old = try ArticleExtractor().extract(html: table)
        #expect(old.paragraphs == opening, "\(old.paragraphs)")
    }

    @Test func anOldBoardsOpeningPostIsFoundByItsNumberedTextBox() throws {
        // An old board (bitunion's Discuz fork): each post a table of its own under an unclassed
        // anchor, no class shared by the posts, only their text boxes numbered `pm_<post id>`. One
        // reply with more commas outscores the short opening post.
        let post = { (n: Int, text: String) in
            """
            <a name="pid\(13264948 + n)"></a><table class="tableborder"><tr><td class="tablerow"><fieldset><legend><b>会员\(n)</b></legend>
            <table><tr><td>注册: 2008-11-1</td></tr></table></fieldset></td>
            <td><div id="pm_\(13264948 + n)" class="t_smallfont">\(text)</div></td></tr>
            <tr><td>2012-7-10 10:\(30 + n) PM</td></tr></table>
            """
        }
        let html = """
            <html><head><title>征人去西藏 7.28起9天 - 北理 FTP 联盟</title></head><body>
            <div>标题: 征人去西藏 7.28起9天</div>
            \(post(1, "4个女生 准备飞到近藏再火车 拉萨一天 然后租车林芝 山南 详细的正在规划中……"))
            \(post(2, "女生。。"))
            \(post(3, "我以为骑车去呢"))
            \(post(4, "爆料，各种系统内美女啊，最好是博士啊，或者85前，还有几个单身哦，欢迎报名"))
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs == ["4个女生 准备飞到近藏再火车 拉萨一天 然后租车林芝 山南 详细的正在规划中……"])
    }

    @Test func aStoryAboveItsCommentsKeepsItsText() throws {
        let comment = { (n: Int) in
            "<div class=\"comment-item\"><span>网友\(n)</span><span>2021-05-0\(n) 10:00</span><p>说得好，支持这样的做法，希望各地都能学习推广，让群众真正得到实惠。</p></div>"
        }
        let html = """
            <html><head><title>我市新建十所学校_新闻</title></head><body><h1>我市新建十所学校</h1><div class="main">
            <div class="text"><p>今年我市计划新建十所中小学校，新增学位一万二千个，缓解城区入学难问题。</p><p>市教育局表示，新建学校将于明年秋季学期投入使用，并同步配齐教师队伍。</p><p>据介绍，十所学校中有六所位于新城区，四所位于老城区改造片区，总投资约二十亿元。</p></div>
            <div class="comments">\((1...5).map(comment).joined())</div>
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.first?.hasPrefix("今年我市计划新建十所中小学校") == true)
        #expect(article.paragraphs.count == 3)
    }

    @Test func aCommentListEndsTheArticle() throws {
        // A blog entry, its comment count, and a reader's comment quoting a whole other article.
        let comment = String(repeating: "花10分钟时间，就能拥有一个自己的私人声音平台，这在以前是无法想象的，如今已成现实。", count: 8)
        let html = """
            <html><head><title>播客热潮迅速蔓延_博客</title></head><body><h1>播客热潮迅速蔓延</h1><div class="post">
            <p>每个人都可以当主持人，任何人都可以通过软件免费下载播客提供的节目，订阅自己喜欢的内容。</p>
            <p>根据搜索的结果，去年九月有关播客的搜索结果还不到二十个，到现在已有八十四万人使用播客。</p>
            <p>作为一个新兴事物，刚刚开始起步的播客自然还面临很多问题。首先，播客的节目内容还不够丰富，目前提供的节目主要以音乐为主，单靠个人力量很难及时更新较高质量的节目。其次，提供音频和视频内容的播客，使本来已经很麻烦的互联网版权问题更加复杂。</p>
            <h3>《播客热潮迅速蔓延》已有1件评论</h3>
            <div class="c"><p>\(comment)</p><p>\(comment)</p></div></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 3)
        #expect(!article.paragraphs.joined().contains("私人声音平台"))
        for heading in ["已有1件评论", "共 12 条评论", "网友评论：", "發表評論", "3条评论 (0)"] {
            #expect(NoiseFilter.isCommentHeading(PageAnalysis.line(heading)), "\(heading)")
        }
        for line in ["专家评论", "评论", "本台评论员文章引发热议和广泛评论", "第12件评论"] {
            #expect(!NoiseFilter.isCommentHeading(PageAnalysis.line(line)), "\(line)")
        }
    }

    /// Dev set (wave 45, sina's mobile page): one paragraph under the headline, then related videos and a comment list
    /// (`热门评论点击查看更多`) whose lines outweigh it. The comments are not the text, and their `<time>`s do not date it.
    @Test func aShortStoryOverAHeavierCommentList() throws {
        let readers = [("ZIPPOCadillac", "遭了，川普是真想救美国"), ("陆锡鑫", "这个算是特朗普新政中比较正常的改变之一了！"), ("聆听霍夫曼", "所以美国是根据总统个人意愿来施行政策的吗？")]
            + (4...8).map { ("网友\($0)", "第\($0)条：所以美国是根据总统个人意愿来施行政策的吗？军队的事情，还是要听专业意见！") }
        let comments = readers.map { reader, text in
            #"<div class="discuss_block"><div class="discuss_userInfo"><b class="discuss_userInfo_id">\#(reader)</b> <span>75</span></div>"#
                + #"<div class="discuss_comm"><b class="discuss_com_txt">\#(text)</b><div class="discuss_com_row"><b class="discuss_info"><time>2025-02-16</time>"#
                + #"<address>北京</address></b><b class="discuss_fun">回复TA</b></div></div></div>"#
        }
        let html = """
            <html><head><title>美国陆军宣布将不再允许跨性别者参军_手机新浪网</title><meta property="article:published_time" content="2025-02-15 06:31:59"></head><body>
            <section class="s_card"><article class="art_box"><h1>美国陆军宣布将不再允许跨性别者参军</h1><div class="weibo_info"><figure><h2 class="weibo_user">央视</h2><time class="weibo_time"><span>02月15日</span>06:31</time></figure><a href="javascript:void(0)">关注</a><div class="listen_tit_info"><mark>听新闻</mark></div></div>
            <section class="art_pic_card art_content"><div class="img_wrapper"><img src="a.jpg"> △美国陆军（资料图）</div><p class="art_p">当地时间2月14日，央视记者获悉，美国陆军当日在社交媒体上宣布，美国陆军将不再允许跨性别者参军，并将停止为军人执行或协助与性别转换相关的程序。（央视记者 刘旭）</p><p class="art_p">此前报道</p></section></article></section>
            <section class="s_card"><h2>相关视频</h2><div><a href="/v1">解放军率先通报美军穿越台海 原因有三</a></div><div><a href="/v2">特朗普称乌克兰同意偿还美国资金</a></div></section>
            <section class="s_card hotCmnt"><h2 class="card_tit">热门评论<span class="card_tit_more">点击查看更多</span></h2><div class="cm_sw"><div class="cm_sw_scroll"><div class="cm_sw_content">\(comments.joined())</div></div></div><h2>众多新闻客户端用户正在参与精彩热评，快快加入吧！</h2></section>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.contains { $0.hasPrefix("当地时间2月14日") })
        #expect(!article.paragraphs.joined().contains("川普"))
        #expect(article.date == "2025-02-15T06:31:59")
        #expect(article.author == "刘旭")
        #expect(NoiseFilter.isCommentHeading(PageAnalysis.line("热门评论点击查看更多")))
        #expect(NoiseFilter.isCommentHeading(PageAnalysis.line("网友评论 更多")))
        #expect(!NoiseFilter.isCommentHeading(PageAnalysis.line("查看更多")))
        // The reading widget's button under the headline is no writer.
        #expect(AuthorCleaner.clean("听新闻") == nil)
        // Nor is a passive's opening cut before its agent (Baidu Baike's `本词条由<a>“科普中国”…</a>审核`).
        #expect(AuthorCleaner.clean("本词条由") == nil)
        #expect(AuthorCleaner.clean("王自由") == "王自由")
        // A report's kind as a subhead under the closing byline (`□快報記者 劉峻` / `記者調查`) adds no name.
        #expect(AuthorCleaner.clean("調查") == nil)
    }

    @Test func anAccountsCreditsAndPromptsAreFurniture() {
        // The staff credits a hospital's 澎湃号 printed under its article, a paper's follow prompt.
        for line in ["监制|夏继山", "编审|王丹琳", "策划｜李明", "更多猛料！欢迎扫描下方二维码关注青岛日报官方微信（qddaily）"] {
            #expect(NoiseFilter.isFurniture(PageAnalysis.line(line)), "\(line)")
        }
        for line in ["监制这部影片的是一位老导演", "他在二维码上做了手脚"] {
            #expect(!NoiseFilter.isFurniture(PageAnalysis.line(line)), "\(line)")
        }
    }

    @Test func aBracketedCallToClickIsAPromotion() throws {
        // sina's quotation box above the text advertising a vote; a paper's app banner under it.
        let html = """
            <html><head><title>北京明年起实施新规_新浪财经</title></head><body><h1>北京明年起实施新规</h1>
            <div class="article-content-left"><div class="new_style_article"><p>“只有潮水退了才知道谁在裸泳”，一张榜单尽显中国经济的“大事”与“大势”！“2018十大经济年度人物评选”火热进行中！【<a href="/zt">点击投票</a>】Pick你心目中的商业领袖</p></div>
            <div class="article"><p>新京报快讯（记者 裴剑飞）今日，北京市人大常委会表决通过新规，明年起正式实施，涉及全市各区。</p>
            <p>新规明确了各方责任，细化了执法程序，并对违法行为设定了相应的处罚标准，以便各部门执行。</p>
            <p>【点击或扫码即可下载安装】</p></div></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 2, "\(article.paragraphs)")
        #expect(article.paragraphs.first?.hasPrefix("新京报快讯") == true)
    }

    @Test func aCallToDownloadOrSubscribeEndingWithItsLinkIsAPromotion() throws {
        // A Hong Kong paper's app and channel invitations under the text; a link named in the text stays.
        let html = """
            <html><head><title>本港新增確診個案_香港經濟日報</title></head><body><h1>本港新增確診個案</h1>
            <div class="article-detail"><p>衞生防護中心今日公布，本港新增確診個案，其中多宗源頭不明，當局呼籲市民減少外出。</p>
            <p>期刊網站：https://www.example.org/journal/current</p>
            <p>實時追蹤香港各地區疫情個案，立即下載經濟日報App：https://bit.ly/2JdOaiS</p>
            <p>訂閱Telegram最新優惠及送禮情報：https://bit.ly/3bebLM</p></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 2, "\(article.paragraphs)")
        #expect(article.paragraphs.last == "期刊網站：https://www.example.org/journal/current")
    }

    @Test func aTextSetInPartsOfOneContentClassIsReadWhole() throws {
        // 纽约时报中文网: the text in parts, each part's paragraphs in a wrapper of its own; a grid's row beside
        // the text (`row-fluid`) is no part of it.
        func part(_ sentences: [String]) -> String {
            "<div class=\"article-partial\"><div class=\"article-body-item col-lg-5\">"
                + sentences.map { "<div class=\"article-paragraph\">\($0)</div>" }.joined() + "</div></div>"
        }
        let html = """
            <html><head><title>中国经济前景_纽约时报中文网</title></head><body><h1>中国经济前景</h1>
            <article class="article-content"><section class="article-body">
            \(part(["第一部分的第一段，经济学家认为中国经济的增长正在放缓，但结构调整仍在继续推进之中。", "第一部分的第二段，消费在经济中的比重逐年上升，服务业成为拉动增长的主要力量。"]))
            \(part(["第二部分的第一段，地方政府的债务问题引起了投资者的关注，监管部门正在出台新的措施。", "第二部分的第二段，房地产市场的调整对地方财政收入产生了明显的影响，各地正在寻找新的收入来源。", "第二部分的第三段，分析人士指出，改革的步伐将决定未来十年的增长前景，外界对此抱有期待。"]))
            \(part(["第三部分的第一段，出口企业面临订单减少的压力，但新兴市场的需求为它们带来了新的机会。"]))
            </section></article>
            <div class="row-fluid"><div class="span9"><small>栏目：</small><a href="/business">商业与经济</a></div></div>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 6, "\(article.paragraphs)")
        #expect(article.paragraphs.first?.hasPrefix("第一部分的第一段") == true)
        #expect(article.paragraphs.last?.hasPrefix("第三部分的第一段") == true)
    }

    @Test func aLeadParagraphInAWrapperOfItsOwnOpensTheText() throws {
        // 明報: the lead in `<div id="upper">`, an ad script, then the rest of the text; a box named as a summary
        // in the same place is not text.
        let rest = (1...16).map { "<p>第\($0)段：被捕男子涉嫌策劃公眾地方擾亂秩序，由探員帶返深水埗警署扣查，其後再被押往西貢的別墅蒐證，警方呼籲市民拾獲財物應交給警方處理。</p>" }.joined()
        func page(lead: String) -> String {
            """
            <html><head><title>深水埗派錢遭警截_明報</title></head><body><h1>深水埗派錢遭警截</h1>
            <article class="txt4">\(lead)<script src="adv.js"></script>
            <div id="lower"><div class="articlelogin">\(rest)</div></div>
            </article></body></html>
            """
        }
        let lead = "【明報專訊】深水埗福榮街周六（15日）發生天降鈔票事件，網名「幣少爺」的男子事前站在超級跑車旁高呼：「錢係可以從天而降嘅！」他昨午再度現身福榮街派錢，聲稱準備前往購買10萬元飯券，警員其後截停車輛將他拘捕，並帶返警署扣查。"
        let read = try ArticleExtractor().extract(html: page(lead: "<div id=\"upper\"><p>\(lead)</p></div>"))
        #expect(read.paragraphs.count == 17, "\(read.paragraphs)")
        #expect(read.paragraphs.first == lead)
        let summary = try ArticleExtractor().extract(html: page(lead: "<div class=\"summary\"><p>\(lead)</p></div>"))
        #expect(summary.paragraphs.count == 16, "\(summary.paragraphs)")
    }

    @Test func aCaptionBesideTheTextIsText() throws {
        // 香港經濟日報: the photo and its caption in paragraphs of their own before the text's box; the caption ends
        // with its credit, not a sentence.
        let html = """
            <html><head><title>本港新增確診個案_香港經濟日報</title></head><body><h1>本港新增確診個案</h1>
            <div class="article-detail-body-container"><p class="article-detail_inline-image"><img src="a.jpg"></p>
            <p class="article-detail_caption"><span>▲</span> 張竹君表示，初步確診男警於粉嶺訓練機地進行培訓。（程志遠攝）</p>
            <p class="note">熱門：消委會派錢（按此）</p>
            <div class="article-detail-content-container"><p>本港第三波新冠肺炎疫情仍然嚴峻，衞生防護中心公布本港今日新增72宗確診個案，其中多宗源頭不明。</p>
            <p>衞生防護中心傳染病處主任張竹君表示，他是一名機動部隊警員，沒有病徵，於粉嶺訓練機地接受培訓。</p>
            <p>她又指，如果涉事警員確診，同組的警員要接受檢疫，其餘警員要接受檢測，訓練機地亦會進行大清洗。</p></div></div>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 4, "\(article.paragraphs)")
        #expect(article.paragraphs.first?.hasPrefix("▲ 張竹君表示") == true)
    }

    @Test func aKeyPointsBoxOpeningTheTextIsASummary() throws {
        // 腾讯《棱镜》: `划重点：` alone on a line, its points in a list, then the article.
        let html = """
            <html><head><title>数据行业被清洗_腾讯新闻</title></head><body><h1>数据行业被清洗</h1>
            <div id="Cnt-Main-Article-QQ"><p class="text">划重点：</p><ol><li>一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理。</li>
            <li>大数据对于现金贷、套路贷而言是命门，没有了数据做支撑，他们就无法放贷。</li></ol>
            <p class="text">擅长清洗数据的第三方数据行业，这次轮到自己被清洗了，多家公司相关负责人被带走调查。</p>
            <p class="text">从9月上旬开始，先是杭州的两家数据公司负责人被带走调查，随后更多平台也被纳入调查行列。</p></div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.count == 2, "\(article.paragraphs)")
        #expect(article.paragraphs.first?.hasPrefix("擅长清洗数据") == true)
    }

    @Test func aPlayersMenusAreFurniture() {
        for line in ["2.0X", "1.75X", "0.75x", "1倍", "高清", "超清", "标清", "设置成功", "广告", "直播"] {
            #expect(NoiseFilter.isFurniture(PageAnalysis.line(line)), "\(line)")
        }
        for line in ["X", ".5X", "12345X", "增长2倍", "高清晰度的卫星图像显示了受灾范围"] {
            #expect(!NoiseFilter.isFurniture(PageAnalysis.line(line)), "\(line)")
        }
    }

    @Test func aSentenceThatDatesAndPublishesIsText() {
        // 发布 and a date in a sentence of the text: not the meta line it resembles.
        let sentence = "央广网北京2月13日消息 据中央广播电视总台中国之声报道，中央军委主席习近平日前签署命令，发布《军队装备试验鉴定规定》，自2022年2月10日起施行。"
        #expect(!NoiseFilter.isMetaLine(PageAnalysis.line(sentence)))
        #expect(NoiseFilter.isMetaLine(PageAnalysis.line("2022-02-13 07:00:00 来源：央广网")))
        #expect(NoiseFilter.isMetaLine(PageAnalysis.line("发布时间：2022年02月13日 来源：央广网 编辑：李楠")))
    }

    /// A notice's line giving an event's time (`决赛时间：…`, `2、报名起止时间：…`) is its text; the page's own time,
    /// bare or as published, updated, entered, is the meta line.
    @Test(arguments: ["决赛时间：2026年3月28日8:30-13:00。", "2、报名起止时间：2011年12月7日至2011年12月14日下午5：30（法定假日除外）。",
                      "直播时间：2019年6月22日19:00~20:00", "截止日期：2021年5月10日", "预展时间 ：2019年10月18日---10月20日"])
    func anEventsTimeIsText(_ line: String) {
        #expect(!NoiseFilter.isMetaLine(PageAnalysis.line(line)))
    }

    @Test(arguments: ["时间：2026-03-26", "发布时间：2026-03-26 10:00", "更新日期：2021年5月10日", "信息发布时间：2019-10-10",
                      "录入时间:2010-1-14 20:43:22", "操作时间:2010-1-14 20:43:22 -- 7041909", "2026-03-26"])
    func thePagesOwnTimeIsAMetaLine(_ line: String) {
        #expect(NoiseFilter.isMetaLine(PageAnalysis.line(line)))
    }

    /// A notice's schedule keeps its time line; a template's credits set as label and value in boxes of their
    /// own (`作者：` / `江倩倩、尹静一`, `供稿单位：` / `国际合作与交流处`) close the text as credits, not text, and the
    /// author is the value box.
    @Test func anEventsTimeStaysAndCreditsInBoxesGo() throws {
        let html = """
        <html><head><title>关于举办能源经济学术创意大赛决赛的通知-教务处</title></head><body>
        <h1>关于举办能源经济学术创意大赛决赛的通知</h1><div class="info">发布时间：2026-03-26</div>
        <div class="content"><p>各学院：</p>
        <p>大赛校选拔赛初赛已于近期结束，选拔赛得到了校内广大师生的积极参与，有效作品七十三个，三十七支队伍进入决赛现场答辩环节。</p>
        <p>一、决赛安排</p><p>决赛时间：2026年3月28日8:30-13:00。</p><p>决赛地点：图书馆报告厅。</p>
        <p>二、其他事项：请各参赛队伍提前半小时到场签到，并携带学生证，按抽签顺序进行答辩。</p>
        <ul class="attach-list"><li><div class="source">视频链接</div><div><a href="/v/1.html">决赛宣传片</a></div></li></ul>
        <div>作者：</div><div>江倩倩、尹静一</div><div>摄影：</div><div>曹扬</div><div>供稿单位：</div><div>国际合作与交流处</div></div>
        <div class="footer">版权所有 教务处</div></body></html>
        """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs.contains("决赛时间：2026年3月28日8:30-13:00。"))
        #expect(article.paragraphs.contains("二、其他事项：请各参赛队伍提前半小时到场签到，并携带学生证，按抽签顺序进行答辩。"))
        #expect(!article.paragraphs.contains { $0.hasPrefix("作者") || $0.hasPrefix("供稿") || $0 == "曹扬" || $0 == "国际合作与交流处" })
        #expect(article.date?.hasPrefix("2026-03-26") == true)
        // The value box is read as printed (its list keeps the comma); a link's caption in a box named
        // `source` is no outlet.
        #expect(article.author == "江倩倩、尹静一")
        #expect(article.source == nil)
    }

    /// `hidden md:grid`, `d-none d-md-block`: hidden on phones only, so shown on the saved desktop page (hk01's
    /// author and date line); `hidden` alone stays hidden.
    @Test(arguments: [("hidden md:grid", "多娜 薯條"), ("d-none d-md-block", "多娜 薯條"), ("hidden", nil), ("d-none md:hidden", nil)])
    func hiddenOnPhonesOnlyIsShown(_ classes: String, _ author: String?) throws {
        let html = """
        <html><head><title>演唱會門票攻略｜香港01</title></head><body><h1>演唱會門票攻略</h1>
        <div class="\(classes)"><span>撰文：</span><span>多娜 薯條</span></div>
        <div class="article"><p>演唱會將於明年一月在啟德主場館舉行，門票分優先及公開發售兩輪，樂迷可按以下攻略購票入場。</p>
        <p>公開發售將於本月十日中午開始，每人每次最多可購買四張門票，座位表及票價已於官方網站公布。</p></div></body></html>
        """
        #expect(try ArticleExtractor().extract(html: html).author == author)
    }

    /// A BBS post (PTT's web front): its meta lines set as a tag and a value without a colon, its text closed by the
    /// signature separator and the station's stamp, then the pushes (推文). The title is the `<title>`'s first part,
    /// not the board printed nearer the text; the date is C's `ctime`; the pushes and the stamp are not the post.
    @Test func aBBSPost() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>[問卦] 有沒有聯俄抗中的八卦 - 看板 Gossiping - 批踢踢實業坊</title></head><body>
        <div id="topbar"><a href="/bbs/">批踢踢實業坊</a> › <a href="/bbs/Gossiping/index.html">看板 Gossiping</a></div>
        <div id="main-content" class="bbs-screen bbs-content">
        <div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">F7mini158 (愛撫夭五八)</span></div>
        <div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">Gossiping</span></div>
        <div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">[問卦] 有沒有聯俄抗中的八卦</span></div>
        <div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">Sun Jan  1 15:43:24 2017</span></div>
        當年冷戰時期，美國人季新吉跟尼克森大統領採行聯中抗蘇的伎倆，現在聯俄抗中的局勢逐漸成形，請問各位該如何看待未來的國際局勢，有沒有相關的八卦呢？

        --
        <span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 223.137.155.254
        </span><span class="f2">※ 文章網址: <a href="https://www.ptt.cc/bbs/Gossiping/M.1483256619.A.753.html">https://www.ptt.cc/bbs/Gossiping/M.1483256619.A.753.html</a>
        </span><div class="push"><span class="hl push-tag">→ </span><span class="f3 hl push-userid">kent</span><span class="f3 push-content">: 都快八國聯軍了</span><span class="push-ipdatetime"> 01/01 15:44
        </span></div><div class="push"><span class="f1 hl push-tag">噓 </span><span class="f3 hl push-userid">ILoveKMT</span><span class="f3 push-content">: 欸欸 俄羅斯使館被驅逐了，這件事大家怎麼看</span><span class="push-ipdatetime"> 01/01 15:44
        </span></div></div></body></html>
        """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "[問卦] 有沒有聯俄抗中的八卦")
        #expect(article.date?.hasPrefix("2017-01-01T15:43") == true)
        #expect(article.author == "F7mini158")
        #expect(article.paragraphs == ["當年冷戰時期，美國人季新吉跟尼克森大統領採行聯中抗蘇的伎倆，現在聯俄抗中的局勢逐漸成形，請問各位該如何看待未來的國際局勢，有沒有相關的八卦呢？"])
        // A board whose name holds an underscore (blind batch 49: `看板 Soft_Job`): one part of the <title>, still not the headline.
        let softJob = html.replacingOccurrences(of: "Gossiping", with: "Soft_Job")
        #expect(try ArticleExtractor().extract(html: softJob).title == "[問卦] 有沒有聯俄抗中的八卦")
        #expect(TitleFinder.titleParts("[請益] 找工作 - 看板 Soft_Job - 批踢踢實業坊") == ["[請益] 找工作", "看板 Soft_Job", "批踢踢實業坊"])
        #expect(TitleFinder.titleParts("找工作_求职_某某网") == ["找工作", "求职", "某某网"])
    }

    /// A BBS post printed as the station wrote it (blind batch 49: PTT's pages before 2008; 水木's header): the header lines open the
    /// text and give the poster, the title and the time; they are not the post's text.
    @Test func aBBSPostsPlainHeader() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>閱讀文章 - 看板 Gossiping - 批踢踢實業坊</title></head><body>
        <div id="topbar"><a href="/bbs/">批踢踢實業坊</a> › <a href="/bbs/Gossiping/index.html">看板 Gossiping</a></div>
        <div id="main-content" class="bbs-screen bbs-content">
        作者: julysecond (還是台灣好) 站內: Gossiping
        標題: Re: 有沒有俄國人的八卦？
        時間: Sat Mar 10 00:07:48 2007

        喔喔~~終於有我可以回答的八卦了(不久前在那住過一陣子)，關於男女比例我有問過那裏的大學生，他說在都市非常不明顯。
        </div></body></html>
        """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "Re: 有沒有俄國人的八卦？")
        #expect(article.author == "julysecond")
        #expect(article.date == "2007-03-10T00:07:48")
        #expect(article.paragraphs.first?.hasPrefix("喔喔~~終於有我可以回答的八卦了") == true)
        let smth = BBSHeader.read("\n发信人: abcde (小明), 信区: Joke\n标  题: 今天的笑话\n发信站: 水木社区 (Sun Mar 11 10:12:00 2007), 站内\n\n正文")
        #expect(smth == BBSHeader(poster: "abcde", title: "今天的笑话", date: "2007-03-11T10:12:00", lastLine: "发信站: 水木社区 (Sun Mar 11 10:12:00 2007), 站内"))
        #expect(BBSHeader.read("作者：张三\n2020-01-01") == nil)
    }

    /// A question page (知乎): the first answer in a card of its own, a longer one in the list below, each in
    /// `ContentItem AnswerItem` boxes that are not siblings. The page's text is the first answer's, its author the
    /// first answer's writer.
    @Test func aQuestionPagesFirstAnswer() throws {
        func answer(_ name: String, _ date: String, _ paragraphs: [String]) -> String {
            """
            <div class="ContentItem AnswerItem"><div class="AuthorInfo AnswerItem-authorInfo AnswerItem-authorInfo--related"><a class="UserLink-link" href="/people/\(name)">\(name)</a></div>
            <div class="RichContent"><span class="RichText ztext">\(paragraphs.map { "<p>\($0)</p>" }.joined())</span>
            <div class="ContentItem-time">编辑于 \(date)</div></div></div>
            """
        }
        let first = ["看到这个报道，一个学材料的人瞬间哭晕！人家研究的是用吸波材料降低生活中的电磁辐射，压根没说用在战机上。",
                     "论文主要想证明丝瓜络复合材料吸收电磁辐射有一定的实用价值，但距离实际运用还有很长的路要走。"]
        let second = (1...6).map { "第\($0)段：雷达通过发射电磁波并接收目标反射的回波来探测目标，隐身技术的核心就是减少反射回去的电磁波能量，吸波材料把电磁能转换成热能消耗掉。" }
        let html = """
        <html><head><title>用丝瓜络制作隐身涂层是什么原理？ - 知乎</title></head><body>
        <h1 class="QuestionHeader-title">用丝瓜络制作隐身涂层是什么原理？</h1>
        <div class="QuestionAuthor"><div class="AuthorInfo AuthorInfo--plain"><a class="UserLink-link" href="/org/guan-cha-zhe-wang">观察者网</a></div></div>
        <div class="Question-mainColumn"><div class="Card AnswerCard"><div class="QuestionAnswer-content">\(answer("知谦", "2025-12-15 21:33", first))</div></div>
        <div class="Card"><div class="List"><div><div class="List-item">\(answer("李四", "2025-12-16 11:26", second))</div></div>
        <div><div class="List-item">\(answer("王五", "2025-12-16 12:00", ["这个问题问得好，等一个专业的回答，先占个坑再说，看看大家怎么说。"]))</div></div></div></div></div>
        </body></html>
        """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs == first)
        // Its writer, not the account that asked: the answer's author line, though styled `--related`.
        #expect(article.author == "知谦")
    }

    /// A CMS's 相关文章 column of linked titles and excerpts (`<dl><dt><a>…</a></dt><dd>…</dd></dl>` twenty times) outweighs
    /// a short article: the excerpts are other articles', not scored as text; one `<dl>` holding them all likewise.
    @Test(arguments: [true, false])
    func aColumnOfLinkedTitlesAndExcerptsIsNoText(_ onePairEach: Bool) throws {
        let pairs = (1...12).map { k in
            "<dt><a href=\"/news/\(k).html\">注册公司须知第\(k)条</a></dt><dd>我们知道，自金税三期上线以来，大数据系统的应用，注册公司之后老板再想用个人账户收支款项是行不通的了，今后的税务稽查第\(k)条 ...</dd>"
        }
        let column = onePairEach ? pairs.map { "<dl>\($0)</dl>" }.joined() : "<dl>" + pairs.joined() + "</dl>"
        let text = ["《关于企业扶贫捐赠所得税税前扣除政策的公告》财政部 税务总局 国务院扶贫办公告2019年第49号",
                    "一、自2019年1月1日至2022年12月31日，企业用于目标脱贫地区的扶贫捐赠支出，准予在计算企业所得税应纳税所得额时据实扣除。"]
        let html = """
        <html><head><title>达丰财务解析企业扶贫捐赠所得税税前扣除政策-河南达丰财务官网</title></head><body>
        <div class="cern_l"><div class="title">相关文章</div><ul>\(column)</ul></div>
        <div class="cern_r2"><div class="title2"><span>达丰财务解析企业扶贫捐赠所得税税前扣除政策</span></div>
        <div class="flect">\(text.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
        """
        #expect(try ArticleExtractor().extract(html: html).paragraphs == text)
    }

    @Test func traditionalEndMarkersAndNotices() throws {
        let end = PageAnalysis.line("延伸閱讀")
        #expect(NoiseFilter.isEndMarker(end))
        // Headings dressed in marks, and the copyright box's heading.
        for line in ["== 相关新闻 ==", "■ 延伸阅读", "【相关阅读】", "版权声明", "反侵权公告：", "免责声明", "> 相关专题："] { #expect(NoiseFilter.isEndMarker(PageAnalysis.line(line)), "\(line)") }
        #expect(!NoiseFilter.isEndMarker(PageAnalysis.line("新闻发布会上")))
        // A mark carrying a combining accent is one character, no mark: nothing is dropped, as before.
        #expect(!NoiseFilter.isEndMarker(PageAnalysis.line("-\u{301}相关新闻")))
        #expect(!NoiseFilter.isEndMarker(PageAnalysis.line("本报相关新闻")))
        #expect(NoiseFilter.isDisclaimer(PageAnalysis.line("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。")))
        #expect(NoiseFilter.isDisclaimer(PageAnalysis.line("原创文章，作者：regengya，如若转载，请注明出处：https://www.regengya.com/")))
        #expect(NoiseFilter.isDisclaimer(PageAnalysis.line("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。")))
        // A WordPress theme's line under every post, a platform's and a forum's notices.
        for line in ["本文由四川人物网发布，不代表四川人物网立场，转载联系作者并注明出处：http://www.scrww.com/zx/sc/151.html",
                     "特别声明：本文为新华网客户端新媒体平台“新华号”账号作者上传并发布，仅代表作者观点，不代表新华号的立场及观点。",
                     "（声明：本文仅代表作者观点，不代表新浪网立场。）", "以上网友发言只代表其个人观点，不代表本站的观点或立场。"] {
            #expect(NoiseFilter.isDisclaimer(PageAnalysis.line(line)), "\(line)")
        }
        #expect(!NoiseFilter.isDisclaimer(PageAnalysis.line("他强调，个别案例并不代表行业整体立场，转载数据时应核实来源。")))
    }

    @Test func keywordLinesButtonsAndAppPromotionsAreFurniture() {
        for line in ["關鍵字：", "关键词：外贸 海关", "发布于：北京市", "返回搜狐，查看更多", "推薦", "分享|", "不用抽 不用搶 現在用APP看新聞 保證天天中獎點我下載APP"] {
            #expect(NoiseFilter.isFurniture(PageAnalysis.line(line)), "\(line)")
        }
        // A paragraph that recommends or shares something is text.
        for line in ["专家推荐市民错峰出行", "分享经济规模持续扩大"] {
            #expect(!NoiseFilter.isFurniture(PageAnalysis.line(line)), "\(line)")
        }
    }

    /// A list article's numbered subheads that link their items (coolshell.cn's `<h3>1. <a href=…>Zend Framework</a></h3>`)
    /// are the text's; a heading of links with no paragraph of its own after it is not.
    @Test func numberedLinkedSubheadsOfAListArticleAreText() throws {
        let items = ["Zend Framework", "Symfony", "CodeIgniter"].enumerated().map { n, name in
            #"<h3>\#(n + 1). <a href="http://example.com/\#(n)">\#(name)</a></h3><p>\#(name) 是一个基于PHP 5 的框架，其提供了一个架构，组件和工具集，可以让你更快地创造你的应用，官网上提供了入门教程。</p>"#
        }.joined()
        let html = """
            <html><head><meta charset="utf-8"><title>22个开源的PHP框架 | 酷 壳</title></head><body>
            <h1>22个开源的PHP框架</h1><div class="entry-content">
            <p>PHP 是一个被广泛使用的来进行Web开发的脚本语言，很多开发团队早就注意到了这点，现在在网上有许多可以信任的框架。</p>
            \(items)<h3><a href="/tag/php">PHP 标签下的更多文章</a></h3></div></body></html>
            """
        let lines = try ArticleExtractor().extract(html: html).text.split(separator: "\n").map(String.init)
        #expect(lines.contains("1. Zend Framework") && lines.contains("3. CodeIgniter"))
        #expect(!lines.contains("PHP 标签下的更多文章"))
    }

    @Test func aParagraphQuotingCopyrightIsKept() throws {
        // Only notices are dropped: an article about copyright keeps its paragraphs.
        let block = TextBlock(text: "法院认定被告未经许可使用原告作品，构成侵权，判令其停止侵权并赔偿经济损失。", fieldText: "", container: 0, firstNode: 0,
                              counts: TextCounts("法院认定被告未经许可使用原告作品，构成侵权，判令其停止侵权并赔偿经济损失。"), linkContent: 0,
                              headingLevel: 0, inListItem: false, emphasized: false)
        #expect(!NoiseFilter.isDisclaimer(block))
    }

    /// WeChat and some portals hide the whole article with `visibility:hidden` until a script lays
    /// it out: a long hidden text is the article a reader sees; a short hidden panel stays out.
    @Test func textHiddenUntilScriptsRunIsRead() throws {
        let paragraphs = ["7月29日上午，在建军节来临之际，县里举行了双拥文艺汇演暨首届最美退役军人表彰大会，三十三名退役军人受到表彰。",
                          "县退役军人事务局局长向大会致词，副局长宣读了关于表彰首届最美退役军人的决定，与会领导为受表彰人员颁发了荣誉证书。",
                          "文艺汇演中，退役军人和消防指战员表演了歌曲、快板和诗朗诵等节目，现场掌声不断，气氛热烈。"]
        let html = """
            <html><head><title>绥德：33名退役军人被表彰</title></head><body><h1>绥德：33名退役军人被表彰</h1>
            <div style="visibility: hidden;"><p>分享到朋友圈</p><p>微信扫一扫关注该公众号</p></div>
            <div class="rich_media_content" id="js_content" style="visibility: hidden;">
            <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p><p>\(paragraphs[2])</p></div>
            <div style="display: none;"><p>隐藏的\(paragraphs[0])</p><p>隐藏的\(paragraphs[1])</p><p>隐藏的\(paragraphs[2])</p></div>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs == paragraphs)
    }

    /// A page that shows no text until a script picks a version (`<div id="pc" style="display: none">`
    /// for desktops beside `<div id="phone" style="display: none">`): the hidden element holding the most
    /// text is read, with its meta line; a page with visible text keeps its hidden copies out.
    @Test func wholePageHiddenUntilAScriptShowsIt() throws {
        let paragraphs = ["走进湖南芷江五郎溪村，映入眼帘的是一栋栋飞檐翘角的侗家房屋，一条条干净整洁的乡村道路，漫山遍野都是金银花。",
                          "五郎溪村党支部始终把党建、发挥党的堡垒作用、调动党员积极性、凝聚群众合力作为全村的中心工作来抓，成效明显。",
                          "二〇一七年，村里发现当地的气候条件特别适合种植羊肚菌，试种获得成功后引进企业，带动一百多户村民增收。"]
        let html = """
            <html><head><title>五郎溪村的蜕变_金羊网</title></head><body>
            <div class="pc" id="pc" style="display: none;"><h1>湖南芷江五郎溪村：贫困村到富民强村的蜕变</h1>
            <div><span id="source_baidu">来源：金羊网</span>　<span id="author_baidu">作者：谢文鑫</span>　<span>发表时间：2019-09-28 17:20</span></div>
            <p>\(paragraphs[0])</p><p>\(paragraphs[1])</p><p>\(paragraphs[2])</p><div>编辑：白茶</div></div>
            <div id="phone" style="display: none;"><h1>五郎溪村的蜕变</h1><p>\(paragraphs[0])</p></div>
            <div style="display:none"><ul><li>旅游</li><li>汽车</li></ul></div>
            </body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "湖南芷江五郎溪村：贫困村到富民强村的蜕变")
        #expect(article.paragraphs == paragraphs)
        #expect(article.source == "金羊网")
        #expect(article.author == "谢文鑫")
        #expect(article.date?.hasPrefix("2019-09-28T17:20") == true)
        // On view only menus, a login form and a list of issues (an e-paper's article cell hidden until a
        // script shows it): the hidden article is read.
        let furnished = html.replacingOccurrences(of: "<body>", with: "<body><div>首页 - 国际日报 - 帮助</div><div>用户名：密码： [注册] [找回密码]</div>"
            + (1...8).map { "<div><a href=\"/\($0)\">·国际日报2014031\($0)期</a></div>" }.joined())
        #expect(try ArticleExtractor().extract(html: furnished).paragraphs == paragraphs)
        // With text of its own on view, a page's hidden elements stay out.
        let shown = html.replacingOccurrences(of: "<body>", with: "<body><p>\(paragraphs[2])又一段看得见的正文，写在隐藏的版本之外，足够长，像一篇文章。</p>")
        #expect(!(try ArticleExtractor().extract(html: shown)).paragraphs.contains(paragraphs[0]))
    }

    /// Dev set (wave 46, a vuepress-theme-reco blog): the title box (headline, writer, date) hidden beside the hidden text,
    /// both shown by a script once the page loads: read with the text. A hidden heading box after the text, or one
    /// holding a text's worth of its own, is not.
    @Test func theTitleBoxHiddenBesideTheHiddenText() throws {
        let html = """
            <html><head><title>外婆占才女</title></head><body><header><a href="/">外婆占才女</a></header>
            <main class="page"><div class="page-title" style="display:none;"><h1>我的外公</h1><hr>
            <div><i class="iconfont reco-account"><span>Zoomla!逐浪CMS发哥</span></i> <i class="iconfont reco-date"><span>2020-04-06</span></i></div></div>
            <div class="theme-reco-content" style="display:none;"><h2>外公，姓汪，名福全。</h2>
            <p>外公个子不高，性格很好，一生听外婆的话，耕得一手好田，他绑过的柴火从来不会松散，村里人都说他是个实在人。</p>
            <p>解放前外公当过保长，为人公道，从不欺负穷人，乡亲们有了纠纷都愿意找他评理，他总是两边劝和。</p>
            <p>外公小时候常给我讲故事，讲天道轮回，讲做人要本分，这些话我一直记在心里，到今天也没有忘记。</p></div>
            <div class="page-nav" style="display:none;"><h3>上一篇</h3></div></main></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "我的外公")
        #expect(article.date == "2020-04-06")
        #expect(article.paragraphs.first == "外公，姓汪，名福全。")
        #expect(article.paragraphs.contains("上一篇") == false)
    }

    /// `附：招生专业及考试科目` closing the text announces the table printed after it: its cells are
    /// the notice's data, kept; a linked table after a line that announces nothing stays out.
    @Test func theTableTheLastLineAnnouncesIsKept() throws {
        func page(last: String, table: String) -> String {
            """
            <html><head><title>研究院2004年博士生招生简章</title></head><body><h1>研究院2004年博士生招生简章</h1>
            <table><tr><td><p>一、培养目标：培养德智体美全面发展，在本门学科上掌握坚实宽广的基础理论和系统深入的专业知识的人才。</p>
            <p>二、报考条件：热爱祖国，品德优良，遵纪守法，勤奋学习，业务优秀，已获本专业或相近专业硕士学位。</p>
            <p>\(last)</p></td></tr></table>
            <table>\(table)</table>
            <div class="footer">版权所有 研究院</div></body></html>
            """
        }
        let data = "<tr><td>050401 艺术学</td><td>01艺术学原理</td><td>刘梦溪</td><td>1、英语或俄语或日语</td></tr><tr><td>050408舞蹈学</td><td>02舞蹈创作</td><td>方李莉</td><td>2、中国舞蹈史</td></tr>"
        let kept = try ArticleExtractor().extract(html: page(last: "附：招生专业及考试科目", table: data))
        #expect(kept.paragraphs.contains("刘梦溪"))
        #expect(kept.paragraphs.last == "2、中国舞蹈史")
        #expect(!kept.paragraphs.contains { $0.contains("版权所有") })
        let plain = try ArticleExtractor().extract(html: page(last: "三、其它：以教育部颁发的招生简章为准。", table: data))
        #expect(!plain.paragraphs.contains("刘梦溪"))
        let linked = try ArticleExtractor().extract(html: page(last: "附：相关阅读", table: #"<tr><td><a href="/a">研究院举办学术讲座</a></td><td><a href="/b">研究院召开工作会议</a></td></tr>"#))
        #expect(!linked.paragraphs.contains { $0.contains("学术讲座") })
    }

    /// A page that opens without `<html>`, `<head>` and `<body>` (a static-site theme's `<!DOCTYPE html><meta
    /// charset="UTF-8"><title>…`): its HTML5 elements (`<nav>`, `<section>`) hold the article, wherever the parser
    /// puts them.
    @Test func aPageWithoutHeadAndBodyTags() throws {
        let html = """
            <!DOCTYPE html>
            <meta charset="UTF-8">
            <title>文摘：浅评 Agentic Thinking 一文 - Daily Life</title>
            <link rel="stylesheet" href="/css/style.css">
            <nav class="main-nav"><a href="/">← 主页</a> <a href="/about/">About</a></nav>
            <section id="wrapper"><article class="post"><header><h1>文摘：浅评 Agentic Thinking 一文</h1>
            <h2 class="headline">Mar 28 2026 <a href="/categories/文摘/">文摘</a></h2></header></article>
            <section id="post-body"><p>转载说明：本文为转载内容，未做评论性改写，仅做排版整理以便存档阅读。</p>
            <p>这篇文章讨论了智能体的思考方式，作者认为推理时间的扩展会改变模型的使用方式和评价标准。</p></section></section>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "文摘：浅评 Agentic Thinking 一文")
        #expect(article.date == "2026-03-28")
        #expect(article.paragraphs.last == "这篇文章讨论了智能体的思考方式，作者认为推理时间的扩展会改变模型的使用方式和评价标准。")
    }

    /// Blind batches 72-79 (sohu.com-yq5, sputniknews.cn-yp1): a video.js player's controls and dialogs (`vjs-…` classes)
    /// and a block of schema.org microdata printed for machines (every child an `itemprop`, a machine-readable
    /// `datePublished` among them, hidden by the stylesheet) are no text; an article whose `itemscope` element holds
    /// its paragraphs keeps them.
    @Test func aPlayersChromeAndMicrodataAreNoText() throws {
        let text = ["英国有200多名跨性别者在过去一年里被全科医生拒绝接受激素替代疗法，这一数字来自一份最新的数据摘要报告。",
                    "报告显示，在这些病例中，有四分之一的人得到了国家医疗服务体系性别诊所的建议，却仍被拒绝开药。",
                    "专家认为，这一现象与近来一份有争议的声明有关，呼吁有关部门尽快出台明确的指引，保障患者的权益。"]
        let player = #"<div class="video-js vjs-default-skin"><video src="/v.mp4"></video><div class="vjs-control-bar"><span class="vjs-control-text">Current Time 0:00</span><span class="vjs-control-text">Duration 1:01</span></div><div class="vjs-modal-dialog"><p class="vjs-modal-dialog-description vjs-control-text">Beginning of dialog window. Escape will cancel and close the window.</p><p>This is a modal window.</p></div></div>"#
        let microdata = #"<div class="article__meta" itemscope itemtype="https://schema.org/Article"><div itemprop="mainEntityOfPage">https://example.cn/20210621/1.html</div><div itemprop="alternateName">某某通讯社</div><div itemprop="datePublished">2021-06-21T22:16+0800</div><div itemprop="dateModified">2022-02-15T21:51+0800</div><div itemprop="copyrightHolder" itemscope itemtype="http://schema.org/Organization"><div itemprop="name">某某通讯社</div><div itemprop="email">feedback@example.cn</div><div itemprop="telephone">+74956456601</div></div></div>"#
        let html = """
            <html><head><title>英国跨性别者就医遭拒_新闻</title></head><body><h1>英国跨性别者就医遭拒</h1>\(microdata)
            <article itemscope itemtype="https://schema.org/NewsArticle"><div itemprop="datePublished">2021-06-21T22:16+0800</div>
            \(player)\(text.map { "<p>\($0)</p>" }.joined())</article></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs == text, "\(article.paragraphs)")
    }

    /// Blind batches 72-79 (sina.com.cn-yr1, a 上观号 post on 新浪看点): the credit `转自：上观新闻` opening the text, the
    /// byline and the editor set off by line marks (`■记者 陈菲茜 文`, `■文字编辑 张小小`) and the app's line under its
    /// accounts' posts (`…“上观新闻”仅为信息发布平台…`) are not text; a paragraph opening with a line mark stays.
    @Test func markedCreditsAndAnAppsNoticeAreNoText() throws {
        let text = ["今年是顾茵茵身为政协委员的第三年，她首次提出了《关于加强中小学生心理健康教育问题的建议》，呼吁社会各方面加强心理健康教育。",
                    "在提案中，顾茵茵从加强专业师资力量、心理课程普及化、丰富中小学生课外生活三方面提出建议，希望让孩子们更多亲近大自然。",
                    "■此外，心理辅导也不应局限于针对有需求的学生，而是要让拥有专业资质的老师更为主动地走进课堂。"]
        let lines = ["转自：上观新闻"] + text + ["■记者 陈菲茜 文", "■文字编辑 张小小",
                     "特别声明：本文经上观新闻客户端的“上观号”入驻单位授权发布，仅代表该入驻单位观点，“上观新闻”仅为信息发布平台，如您认为发布内容侵犯您的相关权益，请联系删除!"]
        let html = """
            <html><head><title>政协委员顾茵茵：加强中小学生心理健康教育_新浪网</title></head><body><h1>政协委员顾茵茵：加强中小学生心理健康教育</h1>
            <div class="article">\(lines.map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.paragraphs == text, "\(article.paragraphs)")
    }

    /// Blind batch 101 (indienova.com-xn4) and the closing lists the conventions drop (cnpolitics.org-yv3, mp.weixin.qq.com-f2):
    /// a heading of works cited over a numbered first entry ends the text, however long the list; the same word heading
    /// prose in the text's first half does not.
    @Test func aListOfWorksCitedEndsTheText() throws {
        func page(_ before: Int, _ after: String) -> String {
            let prose = (0..<before).map { "<p>第\($0 + 1)段：游戏设计是为了创造体验，那么在非传统性别的玩家看来，许多游戏又会带来怎样的体验呢？本文将简单梳理相关的历史。</p>" }
            return "<html><head><meta charset=\"utf-8\"><title>浅谈酷儿化游戏</title></head><body><h1>浅谈酷儿化游戏</h1><div class=\"article\">"
                + prose.joined() + after + "</div></body></html>"
        }
        let references = "<p>参考资料：</p>" + (1...14).map { "<p>[\($0)] Janine, F., Tracy, F., Ford, M. J., &amp; Celia, P. (2007). The hegemonic and the queer in games and play, volume \($0). Retrieved November 26, 2021, from https://example.org/\($0).</p>" }.joined()
        let article = try ArticleExtractor().extract(html: page(6, references))
        #expect(article.paragraphs.count == 6, "\(article.paragraphs.suffix(2))")
        #expect(NoiseFilter.opensWithCitationNumber("［1］郝伟,于欣.精神病学（第7版）[M]"))
        #expect(NoiseFilter.opensWithCitationNumber("1.李璞主编.医学遗传学"))
        #expect(!NoiseFilter.opensWithCitationNumber("2019年，研究者发现"))
        // A heading of that name over prose early in the text stays.
        let early = try ArticleExtractor().extract(html: page(1, "<p>参考资料</p><p>[1] 下面先说明本文参考的资料来源和整理方法，再逐一讨论。</p>" + (0..<6).map { "<p>接下来第\($0 + 1)部分讨论游戏中的角色设计、叙事选择以及玩家社群如何回应这些变化，并给出若干例子。</p>" }.joined()))
        #expect(early.paragraphs.count == 9, "\(early.paragraphs.count)")
    }

    /// 饮水思源's article view (blind batch 182): the header and the post in one `<pre>`, its paragraphs cut at the blank
    /// lines, so the header's block and the post's share the text node; the poster's name linked to the profile.
    @Test(arguments: [
        ("发信人: risesun (Metro Life), 信区: TrafficInfo", "risesun"),
        ("发信人: <a href=\"bbsqry?userid=InnJayHee\">InnJayHee</a>(跨时代), 信区: TrafficInfo", "InnJayHee"),
    ])
    func aBBSHeaderInOnePreWithThePost(poster: String, name: String) throws {
        let html = """
        <html><head><title>饮水思源 - 文章阅读 [讨论区: TrafficInfo]</title></head><body>
        <center>饮水思源 - 文章阅读 [讨论区: TrafficInfo]</center>
        <center><a href="bbsfwd">[转寄/推荐]</a><a href="bbsdoc">[返回讨论区]</a></center>
        <pre>\(poster)
        标  题: [原创]上海轨道交通实用手册(2010.5) Expo版
        发信站: 饮水思源 (2010年05月08日02:16:15 星期六)

        上海轨道交通实用手册已更新至2010.5版，并增加了世博专栏。

        1. 新增了轨道交通2号线东延伸段、西西延伸段和10号线的票价和时刻表。2. 重新核对并更新了既有线路的票价表和时刻表。

        推荐新功能：车站票价表——选择线路和车站，即可得到从该车站到达网络内任何一个站点的票价表，方便随身携带。

        为方便游客乘坐轨道交通线路参观游览世博园区，特增加了世博专栏，收录了涉博线路站点的详细信息。

        ※ 来源:·饮水思源 bbs.sjtu.edu.cn·[FROM: 218.1.49.226]
        </pre></body></html>
        """
        let article = try ArticleExtractor().extract(html: html)
        #expect(article.title == "[原创]上海轨道交通实用手册(2010.5) Expo版")
        #expect(article.author == name)
        #expect(article.date == "2010-05-08T02:16:15")
        #expect(article.paragraphs.first == "上海轨道交通实用手册已更新至2010.5版，并增加了世博专栏。")
    }

    /// A style hides an element however it spells `display: none` or `visibility: hidden` (capitals, spaces anywhere);
    /// a style naming neither, or naming them apart, hides nothing.
    @Test func stylesThatHideElements() throws {
        func hiding(_ style: String) throws -> HTMLTree.StyleHiding? {
            let tree = try #require(HTMLTree.parse(utf8: Array("<html><body><div style='\(style)'>x</div></body></html>".utf8)))
            let div = try #require(tree.nodes.indices.first { tree.nodes[$0].tag == .div })
            return tree.styleHiding(of: div)
        }
        for style in ["display:none", "DISPLAY: NONE", "color:red; display : none ;", "Display:\u{3000}none; x:y; display: n one"] {
            #expect(try hiding(style) == .displayNone, "\(style)")
        }
        for style in ["visibility:hidden", "VISIBILITY : HIDDEN", "visi bility: hidden"] { #expect(try hiding(style) == .visibilityHidden, "\(style)") }
        for style in ["display:block", "overflow:hidden", "display:inline; border:none", "display:\u{3000}none", "visibility: hid den"] {
            #expect(try hiding(style) == nil, "\(style)")
        }
    }

    /// Class lists split into the same tokens however they are written: ASCII at its bytes, anything else (a CR LF, which
    /// is one character, letters beyond ASCII, a space a combining mark keeps) a character at a time.
    @Test func classTokensAsTheCharactersSplit() throws {
        for value in ["", " ", "a", "rich_media_meta  rich_media_meta_text", "\ta\nb\rc ", "a\r\nb", "a\n\rb", "作者 name", "x \u{301}y z", "  lead trail  "] {
            let html = "<html><body><div class=\"\(value)\">x</div></body></html>"
            let tree = try #require(HTMLTree.parse(utf8: Array(html.utf8)))
            let div = try #require(tree.nodes.indices.first { tree.nodes[$0].tag == .div })
            let stored = try #require(tree.attribute("class", of: div))
            let expected = stored.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            #expect(tree.classTokens(of: div) == expected, "\(value.debugDescription)")
        }
    }
}
