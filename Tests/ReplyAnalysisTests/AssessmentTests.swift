import ReplyAnalysis
import Testing
import TopicsCore

@Suite struct AssessmentTests {
    func document(_ id: String, reply: String, unit: String? = nil, asked: String = "2019-05-20", answered: String = "2019-05-28") -> Document {
        Document(id: id, kind: .suggestion, title: message.title, date: asked, text: message.text,
                 reply: Document.Reply(unit: unit, date: answered, text: reply))
    }

    @Test func gradesAFullAnswerGoodAndBoilerplatePoorWithReasons() throws {
        let good = try #require(analyzer.assess(document("a", reply: answer)))
        #expect(good.grade == .good)
        #expect(good.timeliness?.workingDays == 6 && good.timeliness?.onTime == true)
        #expect(good.reasons.contains { $0.hasPrefix("relevance") && $0.contains("潇楚南路") })
        #expect(good.reasons.contains { $0.contains("within the 15-day deadline") })
        let poor = try #require(analyzer.assess(document("b", reply: boilerplate)))
        #expect(poor.grade == .poor)
        #expect(poor.reasons.first == "only forwards the message elsewhere")
        #expect(poor.score < good.score)
    }

    @Test func theGradeFollowsTheDocumentedFormula() {
        let r = analyzer.relevance(message: message.text, title: message.title, reply: answer)
        let c = analyzer.completeness(answer), i = analyzer.interpretability(answer)
        let (score, grade) = analyzer.grade(relevance: r, completeness: c, interpretability: i)
        #expect(abs(score - (0.3 * r.score + 0.3 * c.score + 0.4 * i.score)) < 0.001)
        #expect(grade == (score >= 0.55 ? .good : score >= 0.3 ? .adequate : .poor))
    }

    @Test func theUnitComesFromTheFieldElseTheSignature() throws {
        #expect(analyzer.assess(document("a", reply: answer, unit: "A3区住房和城乡建设局"))?.unit == "A3区住房和城乡建设局")
        let signed = try #require(analyzer.assess(document("b", reply: "网友您好！该路段已纳入2014年整修计划。 朱良桥乡人民政府 2013.11.25")))
        #expect(signed.unit == "朱良桥乡人民政府" && signed.unitSource == "signature")
        let named = try #require(analyzer.assess(document("c", reply: "针对您反映的问题，A3区住建局高度重视，立即组织调查处理。")))
        #expect(named.unit == "A3区住建局" && named.unitSource == "text")
        let mentioned = try #require(analyzer.assess(document("d", reply: "网友您好！区领导召集区人社局、A5区城乡建设局核实，该小区物业公司已整改。")))
        #expect(mentioned.unit == "区人社局" && mentioned.unitSource == "text")
        let company = try #require(analyzer.assess(document("e", reply: "经查，A市镁镁科技有限公司已于5月停业。")))
        #expect(company.unit == nil)
        let market = try #require(analyzer.assess(document("f", reply: "经查，市场网点布局合理。县市场监督管理局将加强检查。")))
        #expect(market.unit == "县市场监督管理局")
        #expect(analyzer.assess(Document(id: "x", title: "x", text: "没有答复")) == nil)
    }

    @Test func theReplyOfAParsedDocumentsSection() throws {
        var metadata = Record()
        metadata.append("reply_date", .string("2019-06-03"))
        let d = Document(id: "p", kind: .proposal, title: message.title, date: "2019-05-20",
                         sections: [.init(heading: "案由", paragraphs: [message.text]), .init(heading: "办理答复", paragraphs: [answer])],
                         text: message.text + "\n" + answer, metadata: metadata)
        let a = try #require(analyzer.assess(d))
        #expect(a.completeness.score == 1)
        #expect(a.timeliness?.answered.description == "2019-06-03")
    }

    /// A row of a table like the competition's 附件4: the reply, its date and unit in columns.
    @Test func theReplyColumnsOfATable() throws {
        var metadata = Record()
        metadata.append("答复意见", .string(answer))
        metadata.append("答复时间", .string("2019/6/3 10:00:00"))
        metadata.append("答复单位", .string("A3区住建局"))
        let d = Document(id: "t", kind: .suggestion, title: message.title, date: "2019/5/20 9:00:00", text: message.text, metadata: metadata)
        let a = try #require(analyzer.assess(d))
        #expect(a.unit == "A3区住建局" && a.unitSource == "field")
        #expect(a.timeliness?.workingDays == 10)   // 5/21–24, 5/27–31, 6/3; no holiday
        #expect(a.completeness.score == 1)
    }

    @Test func summariesPerUnitAndMonth() throws {
        let docs = [
            document("a", reply: answer, unit: "住建局", asked: "2019-05-20", answered: "2019-05-28"),
            document("b", reply: boilerplate, unit: "住建局", asked: "2019-05-21", answered: "2019-07-01"),
            document("c", reply: answer, unit: "住建局", asked: "2019-06-03", answered: "2019-06-05"),
            document("d", reply: boilerplate, asked: "2019-06-03", answered: "2019-06-04"),
        ]
        let assessments = docs.compactMap { analyzer.assess($0) }
        let summaries = ReplySummary.summaries(assessments)
        #expect(summaries.map(\.group) == ["住建局", "住建局", "住建局", ReplySummary.unknownGroup, ReplySummary.unknownGroup])
        #expect(summaries.allSatisfy { $0.dimension == .unit } && summaries[0].record["unit"] == .string("住建局"))
        // Without a theme on any record there is no per-theme summary.
        #expect(ReplySummary.summaries(assessments, by: .theme).isEmpty)
        let all = summaries[0]
        #expect(all.month == nil && all.replies == 3 && all.good == 2 && all.poor == 1)
        #expect(all.medianWorkingDays == 6)                  // 2, 6 and 28 working days
        #expect(all.shareOnTime == 0.667)
        #expect(all.weakest.first == "b")
        #expect(summaries[1].month == "2019-05" && summaries[1].replies == 2 && summaries[2].month == "2019-06")
    }

    @Test func summariesPerThemeFromTheRecordsThemeField() throws {
        func themed(_ id: String, reply: String, theme: String?) -> Document {
            var d = document(id, reply: reply, unit: "住建局")
            if let theme { d.metadata.append("theme_name", .string(theme)) }
            return d
        }
        let assessments = [themed("a", reply: answer, theme: "停车"), themed("b", reply: boilerplate, theme: "停车"),
                           themed("c", reply: boilerplate, theme: "噪音"), themed("d", reply: answer, theme: nil)]
            .compactMap { analyzer.assess($0) }
        #expect(assessments.map(\.theme) == ["停车", "停车", "噪音", nil])
        #expect(assessments[0].record["theme"] == .string("停车") && assessments[3].record["theme"] == nil)
        let themes = ReplySummary.summaries(assessments, by: .theme, months: false)
        #expect(themes.map(\.group) == ["停车", ReplySummary.unknownGroup, "噪音"])
        #expect(themes[0].replies == 2 && themes[0].good == 1 && themes[0].poor == 1 && themes[0].weakest.first == "b")
        #expect(themes[2].poor == 1 && themes[0].record["theme"] == .string("停车"))
    }
}
