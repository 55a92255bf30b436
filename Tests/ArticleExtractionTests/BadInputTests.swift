import Testing
import TopicsCore
import TopicsTestSupport
@testable import ArticleExtraction

/// Inputs scrapers really produce: each ends in a clear error or a sensible record, never a crash.
@Suite("Bad input")
struct BadInputTests {
    let extractor = ArticleExtractor()

    func code(_ bytes: [UInt8]) -> TopicsError.Code? {
        do {
            _ = try extractor.extract(bytes, path: "x.html")
            return nil
        } catch {
            #expect(error.input == "x.html")
            return error.code
        }
    }

    @Test func emptyFile() { #expect(code([]) == .empty) }

    /// The one-pass UTF-8 check agrees with Swift's own on every lead byte with every second byte (around
    /// text long enough to be crossed eight bytes at a time), on the edges of Unicode's ranges, and cut short.
    @Test func utf8CheckAgreesWithSwifts() {
        var cases: [[UInt8]] = [[], Array("纯ASCII text, long enough to cross in words".utf8)]
        for lead in UInt8(0x80)...0xFF {
            for second in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] as [UInt8] {
                cases.append([lead, second, 0xBF, 0x80])
                cases.append([lead, second, 0xBF])
                cases.append([lead, second])
                cases.append(Array("一二三四五六七八".utf8) + [lead, second, 0x80, 0x80] + Array("abcdefghij".utf8))
            }
            cases.append([lead])
        }
        for text in ["𠮷野家", "\u{10FFFF}", "\u{D7FF}\u{E000}", "é"] { cases.append(Array(text.utf8)); cases.append(Array(text.utf8.dropLast())) }
        for bytes in cases {
            let shape = PageDecoder.utf8Shape(bytes)
            #expect(shape.valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            #expect(shape.ascii == !bytes.contains { $0 >= 0x80 } || !shape.valid, "\(bytes)")
        }
    }

    @Test func binaryFiles() {
        #expect(code([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) == .binary)
        #expect(code([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0]) == .binary)
        #expect(code(Array("<html>".utf8) + [0, 0, 0, 1, 0, 0, 2, 0x80, 0x81]) == .binary)
    }

    @Test func bytesValidInNoChineseCharset() {
        #expect(code([UInt8](repeating: 0xFF, count: 2000)) == .unknownEncoding)
    }

    @Test func whitespaceOnlyPage() {
        #expect(code(Array("<html><body>   \n </body></html>".utf8)) == .noContent)
    }

    @Test func truncatedPageKeepsWhatArrived() throws {
        let full = try Fixtures.sampleBytes("hunan-cppcc-reprint.html")
        let cut = Array(full.prefix(full.count * 2 / 3))
        let article = try extractor.extract(cut)
        #expect(article.title == "湖南政协助力脱贫:委员结对帮扶显成效 “云”上履职聚智慧")
        #expect(article.paragraphs.count >= 3)
    }

    @Test func hundredThousandNestedTags() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>政协委员围绕脱贫攻坚开展调研，提出了加强产业扶贫、教育扶贫和健康扶贫的具体建议，受到有关部门重视。</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // libxml2 caps the depth it builds; what matters is no crash and a bounded, clear outcome.
        let result = Result { () throws(TopicsError) in try extractor.extract(html: html) }
        switch result {
        case .success(let article): #expect(article.paragraphs.count <= 1)
        case .failure(let error): #expect(error.code == .noContent)
        }
    }

    @Test func fiftyMegabytePage() throws {
        var html = "<html><head><title>大页面测试</title></head><body><div class=\"content\">"
        var count = 0
        while html.utf8.count < 50 << 20 {
            html += "<p>政协委员深入基层调研，围绕易地扶贫搬迁后续扶持提出第\(count)条建议，推动解决群众反映强烈的问题。</p>\n"
            count += 1
        }
        html += "</div></body></html>"
        let article = try extractor.extract(html: html)
        #expect(article.paragraphs.count == count)
        #expect(article.title == "大页面测试")
    }

    @Test func pageOverTheSizeLimit() {
        var options = ArticleExtractor.Options()
        options.maxBytes = 1000
        #expect(throws: TopicsError.self) {
            try ArticleExtractor(options: options).extract([UInt8](repeating: 0x41, count: 1001))
        }
    }

    @Test func declaredCharsetThatIsWrong() throws {
        // Declared UTF-8, but the bytes are GBK: decoding errors send it to detection.
        let text = "<html><head><meta charset=\"utf-8\"><title>政协委员建言</title></head><body><p>"
            + String(repeating: "政协委员围绕脱贫攻坚建言献策，推动产业扶贫和教育扶贫。", count: 5) + "</p></body></html>"
        let gbk = try #require(text.data(using: .init(rawValue: 0x8000_0632)))
        let article = try extractor.extract([UInt8](gbk))
        #expect(article.encoding == "GB18030")
        #expect(article.title == "政协委员建言")
    }

    @Test(arguments: [(0x8000_0632 as UInt, "GB18030", "政协委员围绕乡村振兴建言献策，推动产业发展和教育帮扶。"),
                      (0x8000_0A03, "Big5", "政協委員圍繞鄉村振興建言獻策，推動產業發展和教育幫扶。")])
    func undeclaredCharsetDetectedFromTheText(encoding: UInt, expected: String, sentence: String) throws {
        // No charset declared and 30 KB of markup before the text: the detector is given the
        // text runs (about 2 KB of them), not the markup, and still tells GBK from Big5.
        let nav = String(repeating: "<li class=\"nav-item\"><a href=\"/channel/list_1.html\" target=\"_blank\">x</a></li>\n", count: 400)
        let text = "<html><head><title>" + sentence.prefix(6) + "</title></head><body><ul>" + nav + "</ul><div><p>"
            + String(repeating: sentence, count: 80) + "</p></div></body></html>"
        let bytes = [UInt8](try #require(text.data(using: .init(rawValue: encoding))))
        let sample = PageDecoder.textSample(bytes)
        #expect(sample.count <= 2048 + 1)
        #expect(!sample.contains(UInt8(ascii: "<")))
        let article = try extractor.extract(bytes)
        #expect(article.encoding == expected)
        #expect(article.title == String(sentence.prefix(6)))
    }

    @Test func utf8WithAPatchInGBK() throws {
        // A UTF-8 page with a share widget pasted in GBK, more bytes of it than a stray corrupt
        // byte: still UTF-8 (the patch becomes U+FFFD), not the whole page read as GB18030.
        let head = "<html><head><meta charset=\"utf-8\"><title>上海博物馆馆长谈文物</title></head><body><p>"
        let patch = try #require(String(repeating: "分享到新浪微博分享到微信", count: 3).data(using: .init(rawValue: 0x8000_0632)))
        let tail = String(repeating: "上海博物馆馆长杨志刚做客上海交通大学，与听众纵观博物馆的功能与使命。", count: 8) + "</p></body></html>"
        let bytes = Array(head.utf8) + Array("<a title=\"".utf8) + [UInt8](patch) + Array("\"></a>".utf8) + Array(tail.utf8)
        #expect(!PageDecoder.isValidUTF8(bytes))
        let article = try extractor.extract(bytes)
        #expect(article.encoding == "UTF-8")
        #expect(article.title == "上海博物馆馆长谈文物")
        #expect(!PageDecoder.mostlyUTF8([UInt8](patch)))
    }

    @Test func declaredUTF8WithManyGBKPatches() throws {
        // An offline browser's copy of a WeChat article (Teleport Ultra): the text UTF-8 as declared, the
        // links it rewrote in GBK, a fifth of the high bytes: more than a stray patch, still the page's UTF-8.
        let head = "<html><head><meta charset=\"utf-8\"><title>听说有人喷自主品牌技术不行</title></head><body>"
        let patch = try #require("点击阅读原文查看更多内容".data(using: .init(rawValue: 0x8000_0632)))
        let link = Array("<a title=\"".utf8) + [UInt8](patch) + Array("\">原文</a>".utf8)
        let paragraph = Array("<p>这些自主品牌的车型在技术上已经不输合资品牌，发动机和变速箱都是自己研发的。</p>".utf8)
        let bytes = Array(head.utf8) + (0..<8).flatMap { _ in link + paragraph } + Array("</body></html>".utf8)
        #expect(!PageDecoder.mostlyUTF8(bytes))
        #expect(PageDecoder.mostlyUTF8(bytes, share: 0.7))
        let article = try extractor.extract(bytes)
        #expect(article.encoding == "UTF-8")
        #expect(article.title == "听说有人喷自主品牌技术不行")
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = "<html><head><title>社情民意</title></head><body><p>群众反映道路硬化和饮水安全问题，政协委员跟踪督办，推动问题解决。</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try extractor.extract(bytes)
        #expect(article.encoding == "UTF-16LE")
        #expect(article.title == "社情民意")
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let html = """
            <!DOCTYPE html [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>
            <html><head><title>测试&xxe;</title></head><body><p>政协委员围绕脱贫攻坚建言献策，提出了许多有价值的意见和建议。</p></body></html>
            """
        // libxml2's HTML parser ignores the internal subset; nothing is fetched or expanded.
        let article = try extractor.extract(html: html)
        #expect(article.paragraphs == ["政协委员围绕脱贫攻坚建言献策，提出了许多有价值的意见和建议。"])
        #expect(article.title?.contains("secret") != true)
    }
}
