import ArchiveIO
import Foundation
import Testing
import TopicsCore
import TopicsTestSupport

@Suite("Archive readers")
struct ReadersTests {
    @Test("CSV: quoted commas, quotes and line breaks in cells; blank lines skipped")
    func csvQuoting() throws {
        let text = "id,标题,内容\r\n1,\"甲,乙\",\"第一行\n第二行\"\r\n\r\n2,\"他说\"\"好\"\"\",正文\n"
        var reader = try CSVReader(bytes: Array(text.utf8), input: "t.csv")
        #expect(reader.header == ["id", "标题", "内容"])
        #expect(reader.nextRow() == ["1", "甲,乙", "第一行\n第二行"])
        #expect(reader.nextRow() == ["2", "他说\"好\"", "正文"])
        #expect(reader.nextRow() == nil)
        #expect(reader.encoding == "UTF-8")
    }

    @Test("The GBK export Excel writes reads the same as the UTF-8 file")
    func gbkCSV() throws {
        var utf8 = try CSVReader(bytes: Fixtures.sampleBytes("messages.csv"), input: "messages.csv")
        var gbk = try CSVReader(bytes: Fixtures.sampleBytes("messages-gbk.csv"), input: "messages-gbk.csv")
        #expect(gbk.encoding == "GB18030")
        #expect(gbk.header == utf8.header)
        while let row = utf8.nextRow() { #expect(gbk.nextRow() == row) }
        #expect(gbk.nextRow() == nil)
    }

    @Test("Columns are guessed from usual names, or named; unknown names are an error")
    func columns() throws {
        let header = ["留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "一级分类"]
        let m = try ColumnMapping().resolved(header: header, input: "x.csv")
        #expect(m[.id] == "留言编号")
        #expect(m[.title] == "留言主题")
        #expect(m[.text] == "留言详情")
        #expect(m[.date] == "留言时间")
        #expect(m[.author] == "留言用户")
        #expect(m[.category] == "一级分类")
        let cells = Dictionary(uniqueKeysWithValues: zip(header, ["9", "A1", "停车难", "2019/3/5", "车位不足", "城乡建设"]).map { ($0, $1) })
        let d = try #require(m.document(cells, fallbackID: "x.csv:2"))
        #expect(d.id == "9")
        #expect(d.title == "停车难")
        #expect(d.text == "车位不足")
        #expect(d.authors == ["A1"])
        #expect(d.category == "城乡建设")
        #expect(d.metadata.fields.isEmpty)
        #expect(throws: TopicsError.self) { try ColumnMapping(text: "正文").resolved(header: header, input: "x.csv") }
        #expect(throws: TopicsError.self) { try ColumnMapping().resolved(header: ["a", "b"], input: "x.csv") }

        // `field=column` pairs (--map): the column may hold `=`; a pair that is not one changes nothing.
        var named = ColumnMapping()
        let good = [named.set(pair: "date=反映时间"), named.set(pair: "reply_date=答复=时间")]
        #expect(good == [true, true] && named[.date] == "反映时间" && named[.replyDate] == "答复=时间")
        for bad in ["date", "date=", "when=时间", "=时间"] {
            let taken = named.set(pair: bad)
            #expect(!taken)
        }
        #expect(named.columns.count == 2)
    }

    /// Issue 16: a new user's export (序号, 问题描述, 提交人, 反映时间, 所属地区, 承办单位, 点赞数)
    /// gives documents with a date, a person, a place, a unit and likes, without naming a column.
    @Test func officeExportColumnsAreGuessed() throws {
        let header = ["序号", "问题描述", "提交人", "反映时间", "所属地区", "承办单位", "点赞数", "反对数", "答复意见", "答复时间"]
        let m = try ColumnMapping().resolved(header: header, input: "x.csv")
        let cells = Dictionary(uniqueKeysWithValues: zip(header, ["3", "小区门口夜间施工噪音扰民", "王女士", "2020/1/3", "A3区",
                                                                  "市住建局", "12", "1", "经核实，已责令整改。", "2020/1/10"]).map { ($0, $1) })
        let d = try #require(m.document(cells, fallbackID: "x.csv:2"))
        #expect(d.id == "3" && d.text == "小区门口夜间施工噪音扰民" && d.authors == ["王女士"] && d.date == "2020/1/3")
        #expect(d.metadata["region"] == .string("A3区") && d.metadata["unit"] == .string("市住建局"))
        #expect(d.metadata["likes"] == .int(12) && d.metadata["dislikes"] == .int(1))
        #expect(d.reply == Document.Reply(unit: "市住建局", date: "2020/1/10", text: "经核实，已责令整改。"))
        // Named columns win over guesses, and a guessed column is not taken twice.
        let named = try ColumnMapping([.date: "答复时间"]).resolved(header: header, input: "x.csv")
        #expect(named[.date] == "答复时间" && named[.replyDate] == nil)
    }

    @Test("JSON Lines records keep their field order, nesting and escapes")
    func jsonDecoding() throws {
        let line = #"{"id":"a1","n":3,"x":1.5,"ok":true,"none":null,"tags":["教育","扶贫"],"meta":{"k":"v\n\u6570\ud83d\ude00"},"s":[{"h":"一"}]}"#
        let r = try #require(JSONDecoding.record(Array(line.utf8)))
        #expect(r.fields.map(\.name) == ["id", "n", "x", "ok", "none", "tags", "meta", "s"])
        #expect(r["n"] == .int(3))
        #expect(r["x"] == .double(1.5))
        #expect(r["tags"] == .strings(["教育", "扶贫"]))
        #expect(r["meta"] == .record(Record([.init("k", .string("v\n数😀"))])))
        #expect(r["s"] == .records([Record([.init("h", .string("一"))])]))
        var out: [UInt8] = []
        JSONEncoding.append(r, to: &out)
        #expect(JSONDecoding.record(out) == r)
        for bad in ["", "[1]", "{\"a\":}", "{\"a\":1", "{\"a\":1} x", String(repeating: "[", count: 1000)] {
            #expect(JSONDecoding.record(Array(bad.utf8)) == nil, "\(bad.prefix(20))")
        }
    }

    @Test("Documents round-trip through their JSON Lines record")
    func documentRecords() throws {
        let d = Document(id: "p1", kind: .proposal, title: "关于…的提案", date: "2021-01-18", authors: ["王明华"],
                         cosigners: ["李小红"], sector: "民进", number: "第0127号",
                         sections: [.init(heading: "建议", paragraphs: ["1. 甲"], items: ["甲"])], text: "1. 甲",
                         metadata: Record([.init("path", .string("a.txt"))]))
        var out: [UInt8] = []
        JSONEncoding.append(d.record, to: &out)
        let back = try #require(JSONDecoding.record(out).flatMap { Document(record: $0, fallbackID: "x") })
        #expect(back == d)
    }
}
