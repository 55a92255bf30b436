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
        ("笙歌 / 二零二四年 十月 三日 / 约 1.4k 字", "2024-10-03"),
        ("| 19-09-18 | 【大 中 小】【打印】【关闭】", "2019-09-18"),
        ("Posted on 14 October 2018", "2018-10-14"),
        ("3rd Sep, 2019 10:05", "2019-09-03T10:05"),
        ("时间：2019/9/26 10:56:28", "2019-09-26T10:56:28"),
        ("2019-12-10T07:57:40+08:00", "2019-12-10T07:57:40"),
        ("发表于 7/5/2005 9:23:57 PM", "2005-07-05T21:23:57"),
        ("2003-7-24 钱江晚报", "2003-07-24"),
        ("Saturday, September 10th, 2005 10:56 am", "2005-09-10T10:56"),
        ("Posted Sep. 3, 2019", "2019-09-03"),
        ("Sept 3, 2019 11:05 pm", "2019-09-03T23:05"),
        ("2020-10-24 12:10 AM", "2020-10-24T00:10"),
        ("March 1, 2021 10:56 America", "2021-03-01T10:56"),
        ("24-5-13 17:07 来自 微博网页版", "2024-05-13T17:07"),
        ("www.txnews.com.cn 07年08月24日 08:58 [大 中 小]", "2007-08-24T08:58"),
        ("98年12月01日 09:30", "1998-12-01T09:30"),
        ("時間Sun Jan  1 15:43:24 2017", "2017-01-01T15:43:24"),
        ("Wed Jan 18 20:25:40 2017", "2017-01-18T20:25:40"),
        ("Jul 01 Fri 2016 11:00", "2016-07-01T11:00"),
        ("Dec 24 Thursday, 2015 09:05", "2015-12-24T09:05"),
        // Years of the Republic (Taiwan's offices): after 民國, or a date's label.
        ("上版日期：112-06-13", "2023-06-13"),
        ("發布日期：112/06/13", "2023-06-13"),
        ("民國112年6月13日", "2023-06-13"),
        ("中華民國 99年 5月 6日", "2010-05-06"),
        ("資料更新時間：106-05-18 08:49", "2017-05-18T08:49"),
    ])
    func datesAreNormalised(_ input: String, _ iso: String) {
        #expect(DateParser.first(in: input)?.iso == iso)
    }

    @Test(arguments: ["第2020号文件", "电话 010-12345678", "2020-13-40", "版本 3.1.4", "", "May I help 2 you", "Marching 12, 2020",
                       "24-5-13 发布", "第24-5-13号", "编号 12-10-18-07", "A19-09-18", "19-09-18.5", "3 Mayday 2019", "第14 October 20185", "24/5/13 17:07", "124-5-13 17:07",
                       "07年08月24日", "第07年08月24日 发布", "12年3月第二周 10:00", "Jan 1 15:43:24", "Jan 1 15 2017",
                       "Jul 01 Friday2016", "Jul 01 Fr 2016", "电话：110-12-13", "编号 112-06-13", "第112年6月13日", "日期：1120-06-13"])
    func nonDatesAreNotDates(_ input: String) {
        #expect(DateParser.first(in: input) == nil)
    }

    /// The cheap length test never counts more characters than the text shows (spaces of every kind left out).
    @Test func visibleScalarCountIsALowerBound() {
        for text in ["卓创资讯 耿蒙 2016-02-22 15:21:14", "中廣新聞／楊菁惠", "\u{3000}\u{3000}张三\u{A0}李四\n\t ", "“引号”、顿号。", "", "a b c"] {
            let visible = text.unicodeScalars.filter { !($0.properties.isWhitespace || $0.value < 0x20) }.count
            for limit in 0...40 where text.hasMoreVisibleScalars(than: limit) {
                #expect(visible > limit, "\(text) at \(limit)")
            }
        }
        #expect("卓创资讯耿蒙".hasMoreVisibleScalars(than: 5))
        #expect(!"卓创资讯耿蒙".hasMoreVisibleScalars(than: 6))
        #expect(!"\u{3000}\u{3000}\u{3000}\u{3000}".hasMoreVisibleScalars(than: 0))
        #expect("张三 李四 王五".hasMoreVisibleScalars(than: 5))
    }

    /// Strings written from code points in one pass spell what the scalar view spells, for every slice; trimming
    /// returns the same text as dropping the scalars one by one.
    @Test func stringsFromScalarsAndTrimming() {
        for text in ["", "a", "记者 张三", "𠮷野家🍜 (福州)", "\u{3000}新华社\u{3000}", "  ， ,", "x\u{0}y"] {
            let scalars = Array(text.unicodeScalars)
            for i in 0...scalars.count {
                for j in i...scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[i..<j])
                    #expect(String(scalars: scalars[i..<j]) == String(view))
                }
            }
            for set in [" ", "\u{3000} ", "，, ", "()福州"] {
                var trimmed = scalars[...]
                while let first = trimmed.first, set.unicodeScalars.contains(first) { trimmed = trimmed.dropFirst() }
                while let last = trimmed.last, set.unicodeScalars.contains(last) { trimmed = trimmed.dropLast() }
                #expect(text.trimmingBytes(set) == String(scalars: trimmed), "\(text) less \(set)")
            }
        }
        #expect(String(scalars: "𠮷野家".unicodeScalars) == "𠮷野家")
        #expect(" 张三 ".trimmingBytes(" ") == "张三")
    }

    /// A text is taken as already collapsed exactly when collapsing it would change nothing: tried on every string of up to
    /// four pieces from letters, Chinese, spaces of every kind, line breaks and controls.
    @Test func collapsedTextIsReturnedAsItIs() {
        let pieces = ["a", "记", " ", "  ", "\u{3000}", "\u{A0}", "\n", "\r\n", "\t", "\u{1}", "\u{7F}", "\u{200B}", "𠮷"]
        var texts = [""]
        for _ in 0..<4 { texts = texts + texts.flatMap { t in pieces.map { t + $0 } }.filter { $0.unicodeScalars.count <= 5 } }
        for text in Set(texts) {
            var acc = TextAccumulator()
            acc.append(text)
            #expect(text.isCollapsed == (acc.finish() == text), "\(text.debugDescription)")
        }
    }

    /// A text's content characters and sentence punctuation, counted from its bytes, are what its scalars count.
    @Test func textCountsAsTheScalarsCount() {
        for text in ["", "a1", "记者张三，李四。", "Ｈｅｌｌｏ１２３！", "é à ÿ Ā ɏ", "𠮷野家🍜 (福州) 2024-01-02; ok?", "\u{3000}“引号”《书名》、", "\u{7F}\u{1}\n"] {
            let scalars = text.unicodeScalars.map(\.value)
            let counts = TextCounts(text)
            #expect(counts.content == scalars.filter(CharacterClass.isContent).count, "\(text)")
            #expect(counts.punctuation == scalars.filter { !CharacterClass.isContent($0) && CharacterClass.isSentencePunctuation($0) }.count, "\(text)")
        }
    }

    /// Code points read straight from the UTF-8 (one to four bytes each) are the scalar view's; a compacted title drops
    /// every space character and keeps every other scalar, as filtering the scalar view does.
    @Test func codePointsFromBytesAndCompactTitles() {
        let spaces = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2002, 0x2003, 0x2009, 0x202F,
                      0x205F, 0x1680, 0x85].map { String(Unicode.Scalar(UInt32($0))!) }
        var texts = ["", "a", "记者 张三", "𠮷野家🍜 (福州)", "\u{3000}新华社\u{3000}", "é\u{301} x", "Ω\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        texts += spaces.map { "标题\($0)副题" } + [spaces.joined(), "a" + spaces.joined(separator: "b")]
        for text in texts {
            #expect(text.codePoints { $0 } == text.unicodeScalars.map(\.value), "\(text)")
            #expect(text.codePoints { $0 + 1 } == text.unicodeScalars.map { $0.value + 1 })
            let compacted = String(String.UnicodeScalarView(text.unicodeScalars.filter { !CharacterClass.isSpace($0.value) }))
            #expect(TitleFinder.compact(text) == compacted, "\(text)")
        }
    }

    /// The substring test that looks for the needle's last byte first finds what a plain scan finds: needles at the
    /// start, the end, overlapping themselves, longer than the text, sharing bytes with other characters.
    @Test func byteSubstringTestMatchesAPlainScan() {
        func plain(_ h: [UInt8], _ n: [UInt8]) -> Bool {
            n.isEmpty || (h.count >= n.count && (0...(h.count - n.count)).contains { Array(h[$0..<($0 + n.count)]) == n })
        }
        let texts = ["", "a", "aaab", "记者记者张三", "责任编辑：王五 记者 李四", "中新网北京10月24日电", "abcabcabd", "者记"]
        let needles = ["", "a", "ab", "aab", "abd", "记者", "者记", "者", "张三", "王五 ", "10月24日电", "北京10", "abcabd", "记者记者张三李"]
        for text in texts {
            for needle in needles {
                #expect(text.containsBytes(needle) == plain(Array(text.utf8), Array(needle.utf8)), "\(text) \(needle)")
            }
        }
    }

    /// A phrase list counts the phrases a plain substring test finds, Chinese, ASCII and one-byte phrases alike,
    /// and stops at its limit.
    @Test func phraseListCountsWhatPlainTestsFind() {
        let phrases = ["记者", "者记", "张三", "a", "ab", "bc", "编辑", "辑：", "：", "10月"]
        let list = PhraseList(phrases)
        for text in ["", "记者张三", "编辑：王五 abc", "者记者", "10月24日", "b", "张", "责任编辑：记者李四 ab"] {
            let plain = phrases.filter { text.utf8.count >= $0.utf8.count && text.containsBytes($0) }.count
            #expect(text.countBytes(of: list) == plain, "\(text)")
            #expect(text.countBytes(of: list, stopAt: 1) == min(plain, 1), "\(text)")
        }
    }

    /// A long list (more phrases than one 64-bit word of marks), phrases sharing their first character or two bytes, a phrase
    /// listed twice, and every limit: the count is what plain substring tests find, up to the limit.
    @Test func longPhraseListCountsWhatPlainTestsFind() {
        let chars = Array("记者站录编辑张三李四：ab")
        var phrases = ["记者", "记者站", "记录", "记", "者站", "ab", "a", "b：", "记者", "张三李四"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        while phrases.count < 150 { phrases.append(String((0..<(2 + next(3))).map { _ in chars[next(chars.count)] })) }
        let list = PhraseList(phrases)
        for _ in 0..<300 {
            let text = String((0..<next(30)).map { _ in chars[next(chars.count)] })
            let plain = phrases.filter { text.containsBytes($0) }.count
            for limit in [1, 2, 3, 7, 64, 65, .max] {
                #expect(text.countBytes(of: list, stopAt: limit) == min(plain, limit), "\(text) \(limit)")
            }
        }
    }

    /// Prefix and suffix tests on stored bytes answer as the generic byte-view comparisons do, on strings and slices.
    @Test func bytePrefixAndSuffixTests() {
        let texts = ["", "记", "记者", "记者 张三", "【相关新闻】", "a", "ab", "记者张三记者"]
        for text in texts {
            for other in texts + ["者", "张三", "b", "者张"] {
                let slice = text.dropFirst(text.isEmpty ? 0 : 1)
                #expect(text.hasBytePrefix(other) == text.utf8.starts(with: other.utf8), "\(text) \(other)")
                #expect(text.hasByteSuffix(other) == text.utf8.reversed().starts(with: other.utf8.reversed()), "\(text) \(other)")
                #expect(slice.hasBytePrefix(other) == slice.utf8.starts(with: other.utf8), "\(slice) \(other)")
                #expect(slice.hasByteSuffix(Substring(other)) == slice.utf8.reversed().starts(with: other.utf8.reversed()), "\(slice) \(other)")
            }
        }
    }

    /// The eight-bytes-at-a-time byte search finds what a plain scan finds, from every start to every end,
    /// with the byte in every lane and neighbours one above and below it (where a borrow could mislead it).
    @Test func wordAtATimeByteSearchMatchesAPlainScan() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D  // a fixed linear congruential sequence: the same bytes every run
        for round in 0..<200 {
            let length = round % 40
            let bytes = (0..<length).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return [0x25, 0x26, 0x27, 0x00, 0xA6, 0x61][Int(state >> 33) % 6]
            }
            bytes.withUnsafeBufferPointer { h in
                for start in 0...length {
                    for end in start...length {
                        let plain = (start..<end).first { h[$0] == 0x26 }
                        #expect(h.firstIndex(of: 0x26, from: start, before: end) == plain, "\(bytes) \(start)..<\(end)")
                    }
                }
            }
        }
    }

    /// The skip-table search over page bytes finds what a plain scan finds, from every start,
    /// on texts over a small alphabet where partial matches and overlaps abound.
    @Test func bytePatternAgreesWithAPlainScan() {
        func plain(_ needle: [UInt8], _ hay: [UInt8], from start: Int) -> Int? {
            guard needle.count <= hay.count else { return nil }
            return (start...max(start, hay.count - needle.count)).first { i in
                i + needle.count <= hay.count && Array(hay[i..<(i + needle.count)]) == needle
            }
        }
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        let alphabet = Array("ab\"作".utf8)
        var checked = 0
        for _ in 0..<300 {
            let hay = (0..<next(60)).map { _ in alphabet[next(alphabet.count)] }
            // Whole characters, so the pattern's bytes are the ones drawn (作 is three bytes).
            let needle = (0..<(1 + next(4))).map { _ in ["a", "b", "\"", "作"][next(4)] }.joined()
            let pattern = BytePattern(needle)
            hay.withUnsafeBufferPointer { h in
                for start in 0...hay.count {
                    #expect(pattern.first(in: h, from: start) == plain(pattern.bytes, hay, from: start))
                    checked += 1
                }
            }
        }
        #expect(checked > 3000)
        let page = Array(#"<div class="author">记者</div><script>{"author": {"@type": "Organization", "name": "新浪"}}</script>"#.utf8)
        // The first `"author"` is the class attribute's; the script's comes after it.
        page.withUnsafeBufferPointer { h in
            let key = BytePattern("\"author\"")
            #expect(key.first(in: h) == 11)
            #expect(key.first(in: h, from: 12) == 41)
        }
    }

    /// The byte searches answer what the standard library's Character searches answer (`firstRange(of:)`, the last of
    /// `ranges(of:)`, `replacing(_:with:)`, `hasPrefix`, `hasSuffix`), on strings and substrings over a small alphabet of one-, two- and three-byte
    /// characters where partial matches abound.
    @Test func byteSearchesAgreeWithTheStandardLibrarys() {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        let alphabet = ["a", "记", "者", "：", "é", " "]
        var checked = 0
        for _ in 0..<400 {
            let hay = (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }.joined()
            let needle = (0..<(1 + next(3))).map { _ in alphabet[next(alphabet.count)] }.joined()
            #expect(hay.firstByteRange(of: needle) == hay.firstRange(of: needle))
            let substring = hay.dropFirst(min(2, hay.count))
            #expect(substring.firstByteRange(of: needle) == substring.firstRange(of: needle))
            if needle.count == 1 { #expect(hay.lastByteRange(of: needle) == hay.ranges(of: needle).last) }
            #expect(hay.replacingBytes(needle, with: "·") == hay.replacing(needle, with: "·"))
            #expect(hay.hasBytePrefix(needle) == hay.hasPrefix(needle) && hay.hasByteSuffix(needle) == hay.hasSuffix(needle))
            #expect(substring.hasByteSuffix(needle) == substring.hasSuffix(needle))
            checked += 1
        }
        #expect(checked == 400)
        #expect("本报记者 王明".lastByteRange(of: "记者").map { String("本报记者 王明"[$0.upperBound...]) } == " 王明")
    }

    /// Text joined as a browser shows it, the visible runs copied whole: whitespace collapses, leading and trailing space
    /// go, a wrapped line between Chinese characters joins without a space, a typed space stays, pieces and boundaries
    /// across calls.
    @Test func textAccumulatorJoinsPiecesAsShown() {
        var acc = TextAccumulator()
        acc.append("  政协\n委员  ")
        acc.append("提案 a\tb")
        acc.appendBoundary()
        acc.append("来源")
        acc.append("\u{3000}\n新华社\r\n")
        #expect(acc.finish() == "政协委员 提案 a b 来源 新华社")
        #expect(acc.isEmpty)
        acc.append("\n\n")
        acc.appendBoundary()
        #expect(acc.finish() == "")
        acc.append("Hello\nworld\u{7F}!")
        #expect(acc.finish() == "Hello world !")
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

    @Test func bylinesAwayFromTheMetaLine() {
        // Spaced two-character names, originals in brackets, forum names with `&`, lists ending in `&`.
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "作者: 赵 培：北京物资学院") == "赵培")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "作者： 周思博 (Joel Spolsky)") == "周思博 (Joel Spolsky)")
        // Full-width brackets stay as printed (thepaper.cn, wave 45).
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "文/迈克尔·布朗斯基（Michael Bronski）；译/龚思量") == "迈克尔·布朗斯基（Michael Bronski）")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "作者： 放飞&心情") == "放飞&心情")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "执笔/叨叨姐、胡一刀&李小飞刀") == "叨叨姐 胡一刀 李小飞刀")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "执笔人：闵乐夫 赵兰波 刘韬") == "闵乐夫 赵兰波 刘韬")
        #expect(BylineParser.value(after: BylineParser.editorLabels, in: "（ 责任编辑：魏喆 ）") == "魏喆")
        // Closing brackets: names with roles and places dropped; outlets and notes are not names.
        #expect(ClosingBylines.trailingNames("……起到极大推动作用。（总台记者 张倩）")?.names == "张倩")
        #expect(ClosingBylines.trailingNames("（袁源）")! == ("袁源", true))
        #expect(ClosingBylines.trailingNames("利益再分配的过程吗？”（姚峰 上海报道）")?.names == "姚峰")
        #expect(ClosingBylines.trailingNames("据报道。（新华社）") == nil)
        #expect(ClosingBylines.trailingNames("（待续）") == nil)
        #expect(ClosingBylines.trailingNames("（完）") == nil)
        // The writer before the editor; the outlet before the role word.
        #expect(ClosingBylines.trailingNames("将有重要的意义。（文 莫涛 编辑 韩小强）")?.names == "莫涛")
        #expect(ClosingBylines.trailingNames("（文/莫涛 责任编辑：韩小强）")?.names == "莫涛")
        #expect(ClosingBylines.trailingNames("（编辑 韩小强）") == nil)
        // Who made the pictures or the video closes the writers too (国际在线, 新华网).
        #expect(ClosingBylines.trailingNames("提供智力和人才支撑。（文 李薇薇 马海君 视频制作 张德奇 张博）")?.names == "李薇薇 马海君")
        #expect(ClosingBylines.trailingNames("戴冲表示。（记者 林艳 实习生 李明 图片制作/王慧）")?.names == "林艳 李明")
        #expect(ClosingBylines.trailingNames("（广报全媒体记者贺涵甫）")! == ("贺涵甫", true))
        #expect(ClosingBylines.trailingNames("（本报记者 张三 实习生 李四）")?.names == "张三 李四")
        // Several writers each with a role of their own, listed as a dateline lists them (with spaces),
        // the correspondents (通讯员) among them.
        #expect(ClosingBylines.trailingNames("产业生态。（记者郭倩、实习记者陈涵旸）")?.names == "郭倩 陈涵旸")
        #expect(ClosingBylines.trailingNames("（刘艺、杨吉）")?.names == "刘艺 杨吉")
        // A two-character name padded to the width of three (people.com.cn-wy2).
        #expect(ClosingBylines.trailingNames("……成立有规模的公司。（钟 欣）")?.names == "钟欣")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（记者郭倩、实习记者陈涵旸）") == "郭倩 陈涵旸")
        // The writer's mark with spaces around its slash, before the editor's (`文 / 冯润熹 编 / 王帅`).
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "文 / 冯润熹 编 / 王帅") == "冯润熹")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（记者黄辛 见习记者许悦）") == "黄辛 许悦")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（记者 刘昕璐 实习生 宗璐璐）") == "刘昕璐 宗璐璐")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（记者陈翔 通讯员罗裕秋、廖胜权）") == "陈翔 罗裕秋 廖胜权")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "■劳动报记者  李蓓  通讯员  朱凡") == "李蓓 朱凡")
        // A rank before 记者 is part of the role in the bracket: `本报讯 （特约记者杨静  通讯员胡杨）`.
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "本报讯 （特约记者杨静  通讯员胡杨）肺炎患者") == "杨静 胡杨")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（首席记者唐闻佳）") == "唐闻佳")
        // Who made the poster or the video after the reporter (thecover.cn-wp7).
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "封面新闻记者 杨芮雯 海报制作 何屿") == "杨芮雯")
        #expect(BylineParser.value(after: BylineParser.authorLabels, in: "（记者 王五、记者 赵六）") == "王五 赵六")
        // Credit marks and signatures.
        #expect(ClosingBylines.markedName("顶端新闻·河南商报记者马俊峰/文受访者供图", mark: "文") == "马俊峰")
        #expect(ClosingBylines.markedName("为今后养老留条后路 蔡雪婧/摄", mark: "摄") == "蔡雪婧")
        #expect(ClosingBylines.markedName("图文/网络", mark: "文") == nil)
        #expect(ClosingBylines.signatory("吉林省人民政府", above: "2022年1月27日") == "吉林省人民政府")
        // A Latin outlet's name with a possessive is one value (`Simon Willison’s Weblog`).
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "本文转载自 Simon Willison’s Weblog，原文链接：https://simonwillison.net/", oneWord: true) == "Simon Willison’s Weblog")
        // A closing credit whose role word takes a colon: `（本社记者：马寻轩）`, `（采写记者：王辰阳、李杰）`.
        #expect(ClosingBylines.trailingNames("始终做社团外交合作的领头人。”（本社记者：马寻轩）")?.names == "马寻轩")
        #expect(ClosingBylines.trailingNames("（采写记者：王辰阳、李杰、郭方达）")?.names == "王辰阳 李杰 郭方达")
        #expect(ClosingBylines.signatory("特此通告。", above: "2022年1月27日") == nil)
        #expect(ClosingBylines.signatory("吉林省人民政府", above: "2022年1月27日发布的通知全文如下") == nil)
    }

    @Test func sourcesInBracketsAfterTimesAndPeople() {
        // A bracket right after the label separates it; the slot after date and time; a person is no outlet.
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "转自《北京科技报》 [图片说明1：漫画/冷洁]") == "北京科技报")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "作者： 赵婕出自[人民文学出版社]") == "人民文学出版社")
        // A Chinese outlet's name with its Latin brand closing the line is one value; not a Latin word the line goes on after.
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：律动 BlockBeats", oneWord: true) == "律动 BlockBeats")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：律动 BlockBeats 编辑：小王", oneWord: true) == "律动")
        #expect(BylineParser.value(after: BylineParser.sourceLabels, in: "来源：律动 QQ", oneWord: true) == "律动")
        #expect(SourceCleaner.outletAfterDate(in: "http://house.sina.com.cn 2005年03月31日03:18 北京娱乐信报")?.outlet == "北京娱乐信报")
        #expect(SourceCleaner.outletAfterDate(in: "2005年03月21日 11:21 《理财周刊》")?.outlet == "理财周刊")
        #expect(SourceCleaner.outletAfterDate(in: "2005年03月21日 11:21 点击：35") == nil)
        #expect(ClosingBylines.personalName("尹娟") == "尹娟")
        #expect(ClosingBylines.personalName("新华社") == nil)
        #expect(ClosingBylines.personalName("人民日报") == nil)
    }

    @Test func crawlDumpRecordHeaderGivesTitleAndURL() throws {
        let page = """
            <text id="http://blog.example.cn/a/1.aspx" title="13岁女孩辍学后生下女婴(附图) 某某  天极Blog" encoding="utf8">
            <div class="nav"><a href="/">首页</a> <a href="/b">博客</a></div>
            <div><a href="/a/1.aspx">13岁女孩辍学后生下女婴(附图)</a></div>
            <div><p>本报讯 13岁，正是花季的年龄，可13岁的李某却成了妈妈。昨日8时40分许，她在长春市某医院生下一名女婴，母女平安。</p>
            <p>据医生介绍，李某入院时已临近分娩，家人此前并不知情，学校老师也表示她已经辍学半年有余。</p></div>
            </text>
            """
        let article = try ArticleExtractor().extract(html: page)
        #expect(article.title == "13岁女孩辍学后生下女婴(附图)")
        #expect(article.url == "http://blog.example.cn/a/1.aspx")
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
