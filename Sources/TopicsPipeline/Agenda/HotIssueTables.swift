import ArchiveIO
import Reports
import TopicModels
import TopicsCore

/// Hot issues as tables, in the TipDM Cup 2020 (C题) format offices already know — 热点问题表 and
/// 热点问题留言明细表 — and as JSON Lines with everything the finder knows.
public enum HotIssueTables {
    /// `2019-11-02 至 2020-01-26` (one day alone; empty when undated).
    static func timeRange(_ h: HotIssue) -> String {
        guard let first = h.first else { return "" }
        guard let last = h.last, last != first else { return first }
        return first + " 至 " + last
    }

    /// 热点问题表: 热度排名, 问题ID, 热度指数, 时间范围, 地点/人群, 问题描述 (问题ID = the rank).
    public static func summary(_ issues: [HotIssue]) -> [Record] {
        issues.map { h in
            Record([.init("热度排名", .int(h.rank)), .init("问题ID", .int(h.rank)),
                    .init("热度指数", .double((h.heat * 100).rounded() / 100)), .init("时间范围", .string(timeRange(h))),
                    .init("地点/人群", .string(h.place ?? "")), .init("问题描述", .string(h.description))])
        }
    }

    /// 热点问题留言明细表: 问题ID, 留言编号, 留言用户, 留言主题, 留言时间, 留言详情, 点赞数, 反对数.
    public static func details(_ issues: [HotIssue], documents: [Document]) -> [Record] {
        var rows: [Record] = []
        for h in issues {
            for m in h.members where m < documents.count {
                let d = documents[m]
                func count(_ key: String) -> Record.Value {
                    switch d.metadata[key] {
                    case .int(let n)?: .int(n)
                    case .string(let s)?: Int(s).map(Record.Value.int) ?? .int(0)
                    default: .int(0)
                    }
                }
                rows.append(Record([.init("问题ID", .int(h.rank)), .init("留言编号", .string(d.id)),
                                    .init("留言用户", .string(d.authors.joined(separator: "、"))),
                                    .init("留言主题", .string(d.title ?? "")), .init("留言时间", .optional(d.date)),
                                    .init("留言详情", .string(d.text)), .init("点赞数", count("likes")), .init("反对数", count("dislikes"))]))
            }
        }
        return rows
    }

    /// A line of hot_issues.jsonl.
    public static func record(_ h: HotIssue, documents: [Document]) -> Record {
        Record([
            .init("rank", .int(h.rank)), .init("heat", .double((h.heat * 1000).rounded() / 1000)),
            .init("description", .string(h.description)), .init("place", .optional(h.place)),
            .init("group", .bool(h.isGroup)), .init("theme", h.theme.map(Record.Value.int) ?? .null),
            .init("date_from", .optional(h.first)), .init("date_to", .optional(h.last)),
            .init("documents", .int(h.documents)), .init("people", .int(h.people)),
            .init("likes", .int(h.likes)), .init("dislikes", .int(h.dislikes)),
            .init("few_authors", .bool(h.fewAuthors)), .init("terms", .strings(h.terms)),
            .init("monthly", .records(ThemeClasses.monthly(h.members, documents: documents))),
            .init("classes", .record(ThemeClasses.counts(h.members, documents: documents))),
            .init("members", .strings(h.members.filter { $0 < documents.count }.map { documents[$0].id })),
        ])
    }
}

extension ReportFolder {
    /// hot_issues.jsonl; 热点问题表.csv and 热点问题留言明细表.csv; 热点问题.xlsx with both as sheets.
    public func writeHotIssues(_ issues: [HotIssue], documents: [Document]) throws(TopicsError) {
        var lines: [UInt8] = []
        var jsonl = JSONLinesWriter()
        for h in issues { jsonl.encode(HotIssueTables.record(h, documents: documents), into: &lines) }
        try write("hot_issues.jsonl", lines)
        let summary = HotIssueTables.summary(issues), details = HotIssueTables.details(issues, documents: documents)
        try writeTables([
            Table(name: "热点问题表", columns: ["热度排名", "问题ID", "热度指数", "时间范围", "地点/人群", "问题描述"], rows: summary),
            Table(name: "热点问题留言明细表", columns: ["问题ID", "留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "点赞数", "反对数"],
                  rows: details),
        ], workbook: "热点问题.xlsx")
    }

    /// A table for a spreadsheet: a CSV file and a sheet of a workbook.
    struct Table {
        var name: String
        var columns: [String]
        var rows: [Record]
    }

    /// Each table as NAME.csv (spreadsheet-safe cells) and all as the sheets of `workbook`.
    func writeTables(_ tables: [Table], workbook: String) throws(TopicsError) {
        for table in tables {
            var csv = CSVWriter()
            var bytes: [UInt8] = []
            csv.header(table.columns, into: &bytes)
            for r in table.rows { csv.encode(r, into: &bytes) }
            try write(table.name + ".csv", bytes)
        }
        try ensureFolder()
        let book = try XLSXWorkbook(path: path + "/" + workbook)
        do {
            for table in tables {
                try book.addSheet(table.name, columns: table.columns)
                for r in table.rows { try book.write(r) }
            }
            try book.commit()
        } catch {
            book.abandon()
            throw error
        }
    }
}

extension ReportFolder {
    /// Themes over time and per class as tables for a spreadsheet: 主题月度统计.csv (rank, theme,
    /// month, documents; every month of the archive, zeros included), 主题分类统计.csv (rank, theme,
    /// class, value, documents; only the classes the records carry) and 主题统计.xlsx with both.
    public func writeThemeTables(_ report: AgendaReport) throws(TopicsError) {
        let months = AgendaReport.months(of: report.items)
        var monthly: [Record] = [], classes: [Record] = []
        for item in report.items {
            let counts = Dictionary(item.monthly.map { ($0.month, $0.count) }, uniquingKeysWith: +)
            for m in months {
                monthly.append(Record([.init("排名", .int(item.rank)), .init("主题", .string(item.name)), .init("月份", .string(m)),
                                       .init("文档数", .int(counts[m] ?? 0))]))
            }
            for c in report.themeClasses[item.theme] ?? [] {
                for v in c.values {
                    classes.append(Record([.init("排名", .int(item.rank)), .init("主题", .string(item.name)), .init("分类", .string(c.name)),
                                           .init("取值", .string(v.value)), .init("文档数", .int(v.count))]))
                }
            }
        }
        try writeTables([
            Table(name: "主题月度统计", columns: ["排名", "主题", "月份", "文档数"], rows: monthly),
            Table(name: "主题分类统计", columns: ["排名", "主题", "分类", "取值", "文档数"], rows: classes),
        ], workbook: "主题统计.xlsx")
    }
}
