import Testing
import TopicsCore
import TopicsTestSupport
@testable import ArticleExtraction

/// The pages in corpora/samples, written after the reprint and work-report pages our users scrape.
@Suite("Sample pages")
struct SamplePagesTests {
    let extractor = ArticleExtractor()

    @Test func reprintPageFields() throws {
        let article = try extractor.extract(Fixtures.sampleBytes("hunan-cppcc-reprint.html"), path: "reprint.html")
        #expect(article.title == "湖南政协助力脱贫:委员结对帮扶显成效 “云”上履职聚智慧")
        #expect(article.date == "2020-10-24")
        #expect(article.source == "中国新闻网")
        #expect(article.author == "陈海峰")
        #expect(article.encoding == "UTF-8")
        #expect(article.summary?.hasPrefix("中新网长沙10月24日电") == true)
        #expect(article.url == "http://www.example-xinxue.cn/news/2020/1024/3812.html")
        #expect(article.paragraphs.count == 7)
        #expect(article.paragraphs.first?.hasPrefix("中新网长沙10月24日电 (记者 唐小晴)") == true)
        #expect(article.paragraphs.last?.hasSuffix("为党委政府科学决策提供参考。") == true)
        #expect(article.images == [Article.Image(src: "http://www.example-xinxue.cn/uploads/2020/1024/weiyuan.jpg",
                                                 caption: "政协委员走访结对帮扶的贫困户。")])
    }

    @Test(arguments: ["放大字体", "缩小字体", "关注微信公众号", "【编辑", "上一篇", "相关新闻", "版权所有", "当前位置", "分享到", "核心提示", "发布日期"])
    func reprintBoilerplateIsGone(_ phrase: String) throws {
        let article = try extractor.extract(Fixtures.sampleBytes("hunan-cppcc-reprint.html"))
        #expect(!article.text.contains(phrase))
    }

    @Test func doubledCaptionIsKeptOnce() throws {
        let article = try extractor.extract(Fixtures.sampleBytes("hunan-cppcc-reprint.html"))
        #expect(article.paragraphs.filter { $0 == "政协委员走访结对帮扶的贫困户。" }.count == 1)
    }

    @Test func gbkWorkReport() throws {
        let bytes = try Fixtures.sampleBytes("longnan-report-gbk.html")
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the sample must really be GBK")
        let article = try extractor.extract(bytes)
        #expect(article.encoding == "GB18030")
        #expect(article.title == "积极发挥政协优势 合力助推脱贫攻坚")
        #expect(article.date == "2019-11-05")  // printed in Chinese numerals: 二〇一九年十一月五日
        #expect(article.paragraphs.count == 7)
        #expect(article.paragraphs[1] == "一、全面动员，政协组织齐上阵")
        #expect(!article.text.contains("上篇") && !article.text.contains("下篇") && !article.text.contains("提案征集"))
    }

    @Test func recordFieldsInDocumentedOrder() throws {
        let record = try extractor.extract(Fixtures.sampleBytes("hunan-cppcc-reprint.html")).record
        #expect(record.fields.map(\.name) == ["url", "path", "title", "date", "source", "author", "summary", "paragraphs",
                                              "text", "images", "encoding"])
    }
}
