import Foundation
import TopicsICU

/// The labels proposal, suggestion and message records print before their fields (提案号：…
/// 案由：…), and what each fills in a `Document`.
enum Label: Sendable, Equatable {
    case number, authors, cosigners, sector, category, leadUnit, assistingUnits, date, source, title
    case replyDate, replyUnit
    /// Starts a section with this heading (案由, 建议, 答复 …).
    case section(String)
    /// A field kept in the document's metadata under this key (处理状态 → status, 区域 → region).
    case metadata(String)

    /// Label text → meaning. Longest labels are tried first, so 提案类别 wins over 类别.
    static let table: [(text: String, label: Label)] = {
        let entries: [(String, Label)] = [
            ("提案号", .number), ("提案编号", .number), ("案号", .number), ("留言编号", .number), ("编号", .number),
            ("受理编号", .number), ("信件编号", .number), ("诉求编号", .number), ("工单编号", .number),
            ("提案人", .authors), ("提案者", .authors), ("领衔人", .authors), ("反映人", .authors), ("建议人", .authors),
            ("留言用户", .authors), ("留言人", .authors), ("作者", .authors),
            ("来信人", .authors), ("写信人", .authors), ("诉求人", .authors), ("投诉人", .authors), ("咨询人", .authors),
            ("联名人", .cosigners), ("附议人", .cosigners), ("联名委员", .cosigners),
            ("界别", .sector), ("所属界别", .sector), ("党派", .sector),
            ("提案类别", .category), ("类别", .category), ("分类", .category), ("一级分类", .category), ("问题类别", .category),
            ("主办单位", .leadUnit), ("承办单位", .leadUnit),
            ("会办单位", .assistingUnits), ("协办单位", .assistingUnits),
            ("提交日期", .date), ("提交时间", .date), ("留言时间", .date), ("发布日期", .date), ("发布时间", .date),
            ("日期", .date), ("时间", .date),
            // What a city's message platform prints (网络问政, 市长信箱, 12345): the message, then the reply.
            ("反映时间", .date), ("来信时间", .date), ("咨询时间", .date), ("诉求时间", .date), ("投诉时间", .date),
            ("写信时间", .date), ("提问时间", .date), ("来信日期", .date), ("留言日期", .date), ("反映日期", .date),
            ("写信日期", .date), ("投诉日期", .date), ("咨询日期", .date), ("诉求日期", .date),
            ("报送单位", .source), ("来源", .source),
            ("留言主题", .title), ("主题", .title), ("标题", .title), ("题目", .title),
            ("留言标题", .title), ("反映标题", .title), ("信件标题", .title), ("来信标题", .title), ("诉求标题", .title),
            ("投诉标题", .title), ("咨询标题", .title), ("信件主题", .title),
            // A question platform's heading (阳光热线问政: `提问：道路管理  编号:193507`).
            ("提问", .title), ("提问标题", .title), ("问题标题", .title),
            // A request to a data or petition platform (data.gov.tw: 建議之標題, 建議原因, 派發機關, 回應).
            ("建议之标题", .title), ("建议标题", .title), ("建议原因", .section("留言详情")), ("建议内容", .section("留言详情")),
            ("派发机关", .replyUnit), ("回应", .section("答复")), ("回复状态", .metadata("status")),
            // A crawler's dump of a page as `key: value` lines (title:, url:, content:); 原标题 a reprint's own title.
            ("title", .title), ("url", .metadata("url")), ("content", .section("正文")), ("原标题", .metadata("original_title")),
            ("答复时间", .replyDate), ("回复时间", .replyDate), ("办理时间", .replyDate),
            ("答复单位", .replyUnit), ("回复单位", .replyUnit), ("答复部门", .replyUnit), ("办理单位", .replyUnit),
            ("答复日期", .replyDate), ("回复日期", .replyDate), ("反馈时间", .replyDate), ("处理时间", .replyDate),
            ("办结时间", .replyDate), ("回复机构", .replyUnit), ("答复机构", .replyUnit), ("回复部门", .replyUnit),
            ("受理单位", .replyUnit), ("受理部门", .replyUnit), ("处理单位", .replyUnit), ("处理部门", .replyUnit),
            ("办理部门", .replyUnit),
            ("处理状态", .metadata("status")), ("处理情况", .metadata("status")), ("办理状态", .metadata("status")),
            ("所属类型", .category), ("信件类型", .category), ("性质", .category), ("区域", .metadata("region")),
            ("所属区域", .metadata("region")), ("信息来源", .metadata("channel")),
            ("案由", .section("案由")),
            ("留言详情", .section("留言详情")), ("留言内容", .section("留言详情")),
            ("反映内容", .section("留言详情")), ("信件内容", .section("留言详情")), ("来信内容", .section("留言详情")),
            ("诉求内容", .section("留言详情")), ("诉求件内容", .section("留言详情")), ("投诉内容", .section("留言详情")),
            ("咨询内容", .section("留言详情")), ("提问内容", .section("留言详情")), ("问题内容", .section("留言详情")),
            ("答复内容", .section("答复")), ("回复内容", .section("答复")), ("处理结果", .section("答复")),
            ("办理结果", .section("答复")), ("处理意见", .section("答复")),
            ("办理答复", .section("答复")), ("答复意见", .section("答复")), ("办理情况", .section("答复")),
            ("答复", .section("答复")), ("回复", .section("答复")),
        ]
        return entries.sorted { $0.0.count > $1.0.count }
    }()

    /// Headings that open a section when they stand alone on a line (建议： / 三、具体建议 / 【建议】).
    static let sectionHeadings: [String] = [
        "存在的问题", "存在问题", "问题", "现状", "基本情况", "原因分析", "原因", "问题分析",
        "具体建议", "对策建议", "意见建议", "几点建议", "建议", "办法", "措施", "理由",
    ]
}

/// One label found in a line, with its value.
struct LabelledValue: Equatable {
    var label: Label
    /// The label as the table spells it (提案号, 留言主题 …: simplified, lower case), whatever the
    /// line printed (建議之標題 reads as 建议之标题, Title as title).
    var text: String
    var value: String
}

enum LabelScanner {
    static func isColon(_ c: Character) -> Bool { c == "：" || c == ":" }

    /// The labelled values of a line like `提案号：第0215号　提案人：刘晓东　界别：农工党`: each
    /// label stands at the start or after a space and is followed by a colon; its value runs to the
    /// next label. Nil when the line does not start with a label.
    static func scan(_ line: String) -> [LabelledValue]? {
        // Most lines open with no label: fold only as many characters as the longest label has
        // to find out, and the whole line only when one is there.
        guard label(at: 0, in: line.prefix(longestLabel).map(fold)) != nil else { return nil }
        let chars = Array(line)
        let folded = chars.map(fold)
        var hits: [(start: Int, valueStart: Int, label: Label, text: String)] = []
        var i = 0
        while i < chars.count {
            if i == 0 || chars[i - 1].isWhitespace, let (label, length, text) = label(at: i, in: folded) {
                var v = i + length
                // `回复1：`, `回复2：`: a numbered label (several replies) reads as the label.
                while v < chars.count, chars[v].isASCII, chars[v].isNumber { v += 1 }
                while v < chars.count, chars[v].isWhitespace { v += 1 }
                if v < chars.count, isColon(chars[v]) {
                    hits.append((i, v + 1, label, text))
                    i = v + 1
                    continue
                }
            }
            i += 1
        }
        guard let first = hits.first, first.start == 0 else { return nil }
        return hits.enumerated().map { k, hit in
            let end = k + 1 < hits.count ? hits[k + 1].start : chars.count
            let value = String(chars[hit.valueStart..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            return LabelledValue(label: hit.label, text: hit.text, value: value)
        }
    }

    private static let longestLabel = Label.table.map(\.text.count).max() ?? 0

    private static func label(at i: Int, in chars: [Character]) -> (Label, Int, String)? {
        for (text, label) in Label.table {
            let n = text.count
            guard i + n <= chars.count, String(chars[i..<i + n]) == text else { continue }
            // A Latin label is a whole word (`title:`, not `subtitle:` nor `titles:`).
            if text.first?.isASCII == true, i + n < chars.count, chars[i + n].isLetter { continue }
            return (label, n, text)
        }
        return nil
    }

    /// A character as labels are compared: traditional characters in their simplified forms, Latin letters in lower case.
    private static func fold(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return c }
        if s.isASCII { return Character(Unicode.Scalar(UInt8(ascii: s) | (s.properties.isUppercase ? 0x20 : 0))) }
        guard s.value >= 0x3400, let simplified = Unicode.Scalar(SimplifiedChinese.simplify(s.value)) else { return c }
        return Character(simplified)
    }
}
