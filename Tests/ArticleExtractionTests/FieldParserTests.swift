import Testing
@testable import ArticleExtraction

@Suite("Dates, titles and bylines")
struct FieldParserTests {
    @Test(arguments: [
        ("发布日期:2020-10-24  来源:中国新闻网", "2020-10-24"),
        ("2020年10月24日 09:30", "2020-10-24T09:30"),
        ("２０２０年１０月２４日", "2020-10-24"),
        ("二〇二〇年十月二十四日", "2020-10-24"),
        ("二○○五年三月一日", "2005-03-01"),
        ("时间：2019/9/26 10:56:28", "2019-09-26T10:56:28"),
        ("2019-12-10T07:57:40+08:00", "2019-12-10T07:57:40"),
        ("发表于 7/5/2005 9:23:57 PM", "2005-07-05T21:23:57"),
        ("2003-7-24 钱江晚报", "2003-07-24"),
        ("Saturday, September 10th, 2005 10:56 am", "2005-09-10T10:56"),
        ("Posted Sep. 3, 2019", "2019-09-03"),
        ("Sept 3, 2019 11:05 pm", "2019-09-03T23:05"),
        ("2020-10-24 12:10 AM", "2020-10-24T00:10"),
        ("March 1, 2021 10:56 America", "2021-03-01T10:56"),
    ])
    func datesAreNormalised(_ input: String, _ iso: String) {
        #expect(DateParser.first(in: input)?.iso == iso)
    }

    @Test(arguments: ["第2020号文件", "电话 010-12345678", "2020-13-40", "版本 3.1.4", "", "May I help 2 you", "Marching 12, 2020"])
    func nonDatesAreNotDates(_ input: String) {
        #expect(DateParser.first(in: input) == nil)
    }

    @Test func pageTitleLosesSiteAndKeywords() {
        #expect(TitleFinder.cleanPageTitle("新国学网:湖南政协“战贫”:结对帮扶造血“云”_湖南省-脱贫-帮扶-") == "湖南政协“战贫”:结对帮扶造血“云”")
        #expect(TitleFinder.cleanPageTitle("法国全国大罢工再次严重影响交通-新华网") == "法国全国大罢工再次严重影响交通")
        #expect(TitleFinder.cleanPageTitle("女童眼睛被塞几十片纸_凤凰网资讯_凤凰网") == "女童眼睛被塞几十片纸")
        #expect(TitleFinder.cleanPageTitle("主题: 【太行山上】") == "【太行山上】")
        #expect(TitleFinder.cleanPageTitle("COVID-19 疫情通报 - 卫健委") == "COVID-19 疫情通报")
    }

    @Test func bylineLabels() {
        let line = "发布日期:2020-10-24  来源:中国新闻网(cns2012)  作者:陈海峰"
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: line) == "中国新闻网")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: line) == "陈海峰")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "新华社巴黎12月9日电（记者唐霁）法国9日") == "唐霁")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（记者 王建宏 张文攀）") == "王建宏 张文攀")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "责任编辑：魏喆") == nil)
        #expect(BylineParser.namesOnly("赵延东、风笑天") == "赵延东、风笑天")
        #expect(BylineParser.namesOnly("打印本页") == nil)
        #expect(BylineParser.nameAndOutlet("石佳/中国青年报")! == ("石佳", "中国青年报"))
    }

    @Test func linksResolveAgainstThePage() {
        let base = "http://example.cn/news/2020/a.html?x=1"
        #expect(URLResolver.resolve("img/b.jpg", against: base) == "http://example.cn/news/2020/img/b.jpg")
        #expect(URLResolver.resolve("../c.jpg", against: base) == "http://example.cn/news/c.jpg")
        #expect(URLResolver.resolve("/d.jpg", against: base) == "http://example.cn/d.jpg")
        #expect(URLResolver.resolve("//cdn.cn/e.jpg", against: base) == "http://cdn.cn/e.jpg")
        #expect(URLResolver.resolve("https://x.cn/f.jpg", against: base) == "https://x.cn/f.jpg")
    }
}
