import ArticleExtraction
import Foundation

/// A reply letter to a proposal or a suggestion (答复, 复函, 办理情况的函) as government sites publish
/// it: the title (often printed over two or three lines), the document number
/// (`国办函〔2006〕82号`), the addressee (`王超斌委员：`, `周桂英等代表：`, `辽宁省人民政府：`), the answer
/// (`您提出的《关于…的提案》收悉。经研究，答复如下：…`), then the answering body and the date under it.
/// The addressee is who proposed; the letter is the document's reply.
struct ReplyLetter {
    /// The paragraphs before the addressee that are the title printed over several lines.
    var titleLines: [String]
    var number: String?
    var authors: [String]
    var positions: [String]
    /// A reply to a CPPCC proposal (提案) rather than to a suggestion (建议, 问题和建议).
    var answersProposal: Bool
    /// The answer, from the paragraph after the addressee to the end (signature and date included).
    var text: [String]
    var unit: String?
    var date: String?

    /// The letter in `paragraphs`, or nil when they are no reply letter: an addressee line ending
    /// with a colon among the first paragraphs, followed by a paragraph that acknowledges what was
    /// proposed (提出的…收悉, 您关于…的建议, 所提问题和建议).
    static func read(_ paragraphs: [String]) -> ReplyLetter? {
        for a in paragraphs.indices.prefix(8) where a + 1 < paragraphs.count {
            let line = paragraphs[a]
            guard let last = line.last, last == "：" || last == ":", (3...40).contains(line.count),
                  !line.contains("。"), !line.contains("，"),
                  // A record's labelled fields (`答复意见：`, `留言详情：`) are no letter's header.
                  paragraphs[...a].allSatisfy({ LabelScanner.scan($0) == nil && LabelScanner.scan(String($0.dropLast())) == nil }) else { continue }
            let opening = String(paragraphs[a + 1].prefix(200))
            guard acknowledgements.contains(where: opening.contains) else { continue }
            let (authors, positions) = addressee(String(line.dropLast()))
            guard !authors.isEmpty else { continue }
            var letter = ReplyLetter(titleLines: [], number: nil, authors: authors, positions: positions,
                                     answersProposal: opening.contains("提案"), text: Array(paragraphs[(a + 1)...]), unit: nil, date: nil)
            for p in paragraphs[..<a] {
                if letter.number == nil, let n = documentNumber(p) { letter.number = n } else if letter.number == nil { letter.titleLines.append(p) }
            }
            // The signature: the date on the last lines (a note in brackets may follow it), the body above it.
            var end = letter.text.count
            while end > 0, let l = letter.text[end - 1].first, l == "（" || l == "(" { end -= 1 }
            if end >= 2, letter.text[end - 1].count <= 20, let date = DateText.firstISO(in: letter.text[end - 1]) {
                letter.date = date
                let signer = letter.text[end - 2]
                if signer.count <= 30, Proposers.unitEnds.contains(where: signer.hasSuffix), !signer.contains("。") { letter.unit = signer }
            }
            return letter
        }
        return nil
    }

    /// What opens an answer: the proposal or suggestion acknowledged.
    private static let acknowledgements = ["收悉", "提出的", "所提", "您关于", "你们关于", "的提案", "的建议", "答复如下", "函复如下", "复函如下"]

    /// `国办函〔2006〕82号`, `X政办函[2020]5号`: a document number alone on its line.
    /// The units a ministry consulted before answering (`经商信息产业部、国务院信息办，现答复如下`,
    /// `经商财政部、发展改革委同意`): the proposal's assisting units.
    static func consultedUnits(_ text: [String]) -> [String] {
        for line in text.prefix(4) {
            guard let start = line.firstRange(of: "经商") else { continue }
            var rest = line[start.upperBound...]
            if let end = rest.firstIndex(where: { "，,。；".contains($0) }) { rest = rest[..<end] }
            if rest.hasSuffix("同意") { rest = rest.dropLast(2) }
            let units = rest.split(whereSeparator: { $0 == "、" || $0 == "和" }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !units.isEmpty, units.allSatisfy({ (2...20).contains($0.count) && $0.allSatisfy(Proposers.isHan) }) else { return [] }
            return units
        }
        return []
    }

    static func documentNumber(_ line: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.count <= 30, t.hasSuffix("号"), let open = t.firstIndex(where: { $0 == "〔" || $0 == "[" || $0 == "［" || $0 == "（" }),
              let close = t.firstIndex(where: { $0 == "〕" || $0 == "]" || $0 == "］" || $0 == "）" }), open < close else { return nil }
        let year = t[t.index(after: open)..<close]
        guard year.count == 4, year.allSatisfy(\.isNumber) else { return nil }
        return t
    }

    /// `王超斌委员` → 王超斌; `周桂英等代表` → 周桂英; `邓乃扬、韩汝琦委员` → both; `马万祺副主席` → 马万祺
    /// (position 副主席); `辽宁省人民政府` → the government itself.
    static func addressee(_ raw: String) -> (authors: [String], positions: [String]) {
        var text = raw.trimmingCharacters(in: .whitespaces)
        for honorific in ["尊敬的", "敬爱的"] where text.hasPrefix(honorific) { text = String(text.dropFirst(honorific.count)) }
        if Proposers.endsAsOrganisation(text) {
            return (text.count <= 30 ? [text] : [], [])
        }
        var positions: [String] = []
        for role in ["等代表", "等委员", "等同志", "委员", "代表", "同志", "先生", "女士"] where text.hasSuffix(role) {
            text = String(text.dropLast(role.count))
            break
        }
        for title in ["副主席", "主席", "副委员长", "委员长", "部长", "主任", "教授", "院士"] where text.hasSuffix(title) && text.count > title.count + 1 {
            positions.append(title)
            text = String(text.dropLast(title.count))
            break
        }
        if let others = text.range(of: "等") { text = String(text[..<others.lowerBound]) }
        let names = text.split(whereSeparator: { "、，, ".contains($0) }).map(String.init).filter { (2...4).contains($0.count) }
        return (names, names.isEmpty ? [] : positions)
    }
}
