import TopicsCore
import ReplyAnalysis
import Testing
import TopicsTestSupport

@Suite struct CalendarDayTests {
    @Test func readsTheDateFormatsOfRecordsAndReplies() {
        #expect(CalendarDay(parsing: "2019-05-10 14:56:53")?.description == "2019-05-10")
        #expect(CalendarDay(parsing: "2019/5/9")?.description == "2019-05-09")
        #expect(CalendarDay(parsing: "2018.9.18")?.description == "2018-09-18")
        #expect(CalendarDay(parsing: "2019年1 月7日")?.description == "2019-01-07")
        #expect(CalendarDay(parsing: "2019-02-30") == nil)
        #expect(CalendarDay(parsing: "19-02-03") == nil)
        #expect(CalendarDay(parsing: "收悉") == nil)
    }

    @Test func weekdaysAndDayArithmetic() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.ordinal == 0)
        #expect(CalendarDay(year: 2019, month: 10, day: 1)?.weekday == 2) // a Tuesday
        #expect(CalendarDay(year: 2016, month: 2, day: 29)?.adding(days: 1).description == "2016-03-01")
        #expect(CalendarDay(year: 1969, month: 12, day: 31)?.description == "1969-12-31")
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
    }
}

@Suite struct WorkingCalendarTests {
    let calendar = try! WorkingCalendar(contentsOf: Fixtures.shipped("holidays-cn.tsv").path)

    func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    @Test func holidaysAndAdjustedWorkingDays() {
        #expect(calendar.years == 2011...2020)
        #expect(!calendar.isWorkingDay(day("2019-10-01")))       // 国庆节
        #expect(calendar.isWorkingDay(day("2019-09-29")))        // a Sunday worked
        #expect(!calendar.isWorkingDay(day("2015-09-03")))       // Victory Day, 2015 only
        #expect(calendar.isWorkingDay(day("2015-09-06")))
        #expect(calendar.isWorkingDay(day("2016-09-03")) == false) // a plain Saturday
        #expect(calendar.isWorkingDay(day("2020-02-01")) == false) // 2020 Spring Festival extended
        #expect(calendar.workingDays(from: day("2015-09-02"), to: day("2015-09-07")) == 2)
        #expect(calendar.workingDays(from: day("2019-05-06"), to: day("2019-04-28")) == -4)
        #expect(calendar.adding(workingDays: 3, to: day("2019-09-29")) == day("2019-10-09"))
    }

    @Test func rejectsABadTableNamingTheLine() {
        #expect(throws: ReplyAnalysisError.badHolidayLine("t", 2, "kind must be holiday or workday, not off")) {
            try WorkingCalendar(tsv: "from\tto\tkind\tname\n2019-10-01\t2019-10-07\toff\t国庆节\n", source: "t")
        }
        #expect(throws: ReplyAnalysisError.self) { try WorkingCalendar(tsv: "2019-10-07\t2019-10-01\tholiday\tx\n") }
    }

    /// Twenty replies of the shared file, counted by hand on a printed calendar and the State
    /// Council notices: working days after the day of the message up to and including the day of
    /// the reply.
    static let handCounted: [(id: String, asked: String, answered: String, days: Int)] = [
        ("reply-22870", "2019-09-29", "2019-10-09", 3),   // Sun worked; 9/30; 国庆 10/1–7; 10/8, 10/9
        ("reply-38609", "2019-01-25", "2019-02-03", 7),   // 1/28–2/1 five; Sat 2/2 and Sun 2/3 worked
        ("reply-84866", "2019-04-28", "2019-05-06", 4),   // 4/29, 4/30; 5/1–4 off; Sun 5/5 worked; 5/6
        ("reply-11149", "2015-08-24", "2015-09-02", 7),   // 8/25–28 four; 8/31, 9/1, 9/2
        ("reply-6802", "2018-02-04", "2018-02-09", 5),    // Mon–Fri
        ("reply-42774", "2017-09-27", "2017-10-09", 4),   // 9/28, 9/29, Sat 9/30 worked; 10/1–8 off; 10/9
        ("reply-47887", "2016-09-08", "2016-09-08", 0),   // same day
        ("reply-24983", "2018-04-03", "2018-04-10", 4),   // 4/4; 清明 4/5–7; Sun 4/8 worked; 4/9, 4/10
        ("reply-35776", "2018-12-28", "2019-01-02", 2),   // Sat 12/29 worked; 元旦 12/30–1/1; 1/2
        ("reply-25141", "2017-05-28", "2017-06-02", 3),   // 端午 to 5/30; 5/31, 6/1, 6/2
        ("reply-92476", "2012-09-29", "2012-10-10", 3),   // 9/30–10/7 off; 10/8–10/10
        ("reply-93208", "2016-04-26", "2016-05-03", 4),   // 4/27–29; 4/30–5/2 off; 5/3
        ("reply-33254", "2019-06-05", "2019-06-05", 0),   // same day
        ("reply-158981", "2018-09-11", "2018-09-12", 1),
        ("reply-32956", "2019-09-05", "2019-09-06", 1),
        ("reply-19450", "2014-09-04", "2014-09-11", 4),   // 9/5; 中秋 9/6–8; 9/9–9/11
        ("reply-9499", "2017-01-19", "2017-02-07", 10),   // 1/20, Sun 1/22 worked, 1/23–26; 1/27–2/2 off; 2/3, Sat 2/4 worked, 2/6, 2/7
        ("reply-40983", "2019-02-01", "2019-02-12", 4),   // Sat 2/2, Sun 2/3 worked; 2/4–10 off; 2/11, 2/12
        ("reply-92030", "2018-09-30", "2018-10-10", 3),   // 10/1–7 off; 10/8–10/10
        ("reply-117166", "2014-04-24", "2014-05-07", 8),  // 4/25, 4/28–30; 5/1–3 off; Sun 5/4 worked, 5/5–5/7
    ]

    @Test(.enabled(if: sharedReplies != nil, "needs ../shared/corpora/topics/teddy2020_replies.jsonl"))
    func timelinessEqualsAHandCountOnTwentyReplies() throws {
        let documents = try #require(sharedReplies)
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        for h in Self.handCounted {
            let d = try #require(byID[h.id], "\(h.id) in the shared file")
            #expect(d.date?.hasPrefix(h.asked) == true && d.reply?.date?.hasPrefix(h.answered) == true, "\(h.id): dates as listed")
            let t = try #require(analyzer.timeliness(asked: d.date, answered: d.reply?.date))
            #expect(t.workingDays == h.days, "\(h.id): \(h.asked) → \(h.answered)")
            #expect(t.holidaysKnown)
        }
    }

    @Test func deadlineAndTheReplysOwnDate() throws {
        var a = analyzer
        a.deadlineDays = 3
        let late = try #require(a.timeliness(asked: "2017-01-19 10:00:00", answered: "2017-02-07"))
        #expect(!late.onTime && late.calendarDays == 19 && late.answeredFrom == "field")
        // No reply date: the date the reply is signed with.
        let signed = try #require(a.timeliness(asked: "2019-09-05", answered: nil, replyText: "经核实，已整改。2019年9月6日"))
        #expect(signed.workingDays == 1 && signed.onTime && signed.answeredFrom == "text")
        #expect(a.timeliness(asked: "2019-09-05", answered: "2019-09-01") == nil)
        #expect(a.timeliness(asked: nil, answered: "2019-09-01") == nil)
    }
}
