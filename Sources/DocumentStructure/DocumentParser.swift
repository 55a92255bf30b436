import ArticleExtraction
import Foundation
import TopicsCore

/// Reads the structure of proposals (提案), suggestions (社情民意信息, 网络留言) and work reports
/// from their paragraphs: labelled fields (提案号：, 提案人：, 留言时间： …), sections (案由, 一、…,
/// 建议, 答复) and the numbered points inside them (一是…二是…, 1. 2. 3., （一）（二）).
///
/// Works the same on an extracted web page (`parse(article:)`) and on plain text (`parse(text:)`).
public struct DocumentParser: Sendable {
    /// `nil` detects the kind; otherwise the document is read as this kind.
    public var kind: Document.Kind?

    public init(kind: Document.Kind? = nil) { self.kind = kind }

    /// A plain-text document: one paragraph a line; the first short line that is not a label or
    /// navigation is the title.
    public func parse(text: String, id: String) -> Document {
        let lines = Noise.joinIssueLabels(text.split(whereSeparator: \.isNewline)
            .flatMap { Noise.splitAtGaps(String($0)) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !Noise.isNavigation($0) })
        var title: String? = nil
        var body = lines
        var underTitle: Int? = nil  // the line under the title, in body
        // An issue label (社情民意信息 第45期) and a masthead (XX政协办公室编 2022年5月10日) may come
        // before the real title.
        if let at = lines.firstIndex(where: {
            LabelScanner.scan($0) == nil && !Noise.isBulletinHeader($0) && Noise.masthead($0) == nil && !Noise.isDateLine($0)
                && !Noise.isDateline($0) && Self.subtitleDate($0) == nil && Proposers.officeAndName($0) == nil
                && !$0.hasSuffix("：") && !$0.hasSuffix(":")
        }),
           lines[at].count <= 60, !lines[at].hasSuffix("。"), !Headings.isNumbered(lines[at]) {
            title = lines[at]
            body.remove(at: at)
            underTitle = at
        } else if lines.count == 1, lines[0].count <= 60 {
            title = lines[0] // a bulletin header alone
            body = []
        }
        var subtitleDate: String? = nil
        // `——2019年3月5日在第十三届全国人民代表大会第二次会议上` on the line under the title, or
        // opening a text whose title was lost.
        if let at = underTitle ?? (title == nil ? 0 : nil), at < body.count, let date = Self.subtitleDate(body[at]) {
            subtitleDate = date
            body.remove(at: at)
        }
        if let t = title, let dash = t.range(of: "——"), t[dash.upperBound...].prefix(5).last == "年",
           t[dash.upperBound...].prefix(4).allSatisfy(\.isNumber) {
            // `…工作报告——1985年3月27日在…会议上`: the subtitle dates the report.
            subtitleDate = DateText.firstISO(in: String(t[dash.upperBound...]))
            title = String(t[..<dash.lowerBound])
        }
        var document = Document(id: id, title: title)
        fill(&document, paragraphs: body)
        if document.date == nil { document.date = subtitleDate }
        if document.date == nil { document.date = Self.openingDate(document) }
        return document
    }

    /// When nothing else dates a text: a full date (with the year) in its title or its reprint's
    /// original title (`原标题：2016年12月2日外交部发言人耿爽主持例行记者会`), or opening its first
    /// paragraph (`2010年3月11日，外交部发言人秦刚举行例行记者会。`).
    static func openingDate(_ document: Document) -> String? {
        var titles = [document.title ?? ""]
        if case .string(let original)? = document.metadata["original_title"] { titles.append(original) }
        for title in titles {
            if let found = DateText.firstFull(in: title) { return found.iso }
        }
        guard let first = document.text.split(whereSeparator: \.isNewline).first,
              let found = DateText.firstFull(in: String(first.prefix(24))), found.offset <= 1 else { return nil }
        return found.iso
    }

    /// The date of the line under a report's title that says when and where it was read:
    /// `——2019年3月5日在…会议上`, also with `--`, `----` or `－－` for the dash.
    static func subtitleDate(_ line: String) -> String? {
        let afterDashes = line.drop { "—–-－─".contains($0) }
        guard line.count <= 60, afterDashes.count < line.count else { return nil }
        return DateText.firstISO(in: String(afterDashes))
    }

    /// An extracted web page: its fields are kept and its paragraphs read for structure.
    public func parse(article: Article, id: String) -> Document {
        var document = Document(id: id, title: article.title, date: article.date, source: article.source,
                                authors: article.author.map { [$0] } ?? [])
        var meta = Record()
        if let url = article.url { meta.append("url", .string(url)) }
        if let path = article.path { meta.append("path", .string(path)) }
        if let summary = article.summary { meta.append("summary", .string(summary)) }
        meta.append("encoding", .string(article.encoding))
        if !article.images.isEmpty {
            meta.append("images", .records(article.images.map {
                Record([.init("src", .string($0.src)), .init("caption", .optional($0.caption))])
            }))
        }
        document.metadata = meta
        var paragraphs = Noise.joinIssueLabels(article.paragraphs.filter { !Noise.isNavigation($0) })
        // A page whose headline is the issue label (社情民意信息2022年第17期): the item's own title is
        // its first short paragraph; the label goes back in front as the issue number.
        if let headline = document.title, Noise.isBulletinHeader(headline),
           let at = paragraphs.prefix(4).firstIndex(where: { p in
               p.count <= 60 && !p.hasSuffix("。") && LabelScanner.scan(p) == nil && !Noise.isBulletinHeader(p) && Noise.masthead(p) == nil
                   && !Noise.isDateLine(p) && Proposers.proposerLine(p) == nil
           }) {
            document.title = paragraphs.remove(at: at)
            paragraphs.insert(headline, at: 0)
        }
        fill(&document, paragraphs: paragraphs)
        return document
    }

    // MARK: - Fields and sections

    private func fill(_ document: inout Document, paragraphs: [String]) {
        var paragraphs = paragraphs
        // A reply letter: its header lines are the title and number, the addressee who proposed.
        let letter = ReplyLetter.read(paragraphs)
        if let letter {
            let joined = letter.titleLines.joined()
            if let title = document.title, !joined.isEmpty, !compact(title).contains(compact(joined)), title.count + joined.count <= 80,
               !title.hasSuffix("。") {
                document.title = title + joined  // the title printed over several lines
            } else if document.title == nil, !joined.isEmpty {
                document.title = joined
            }
            document.number = document.number ?? letter.number
            document.authors = letter.authors
            document.positions = letter.positions
            if let date = letter.date { document.date = date }
            paragraphs = letter.text
        }
        let proposers = Self.takeProposerLines(&paragraphs)
        var sections: [Document.Section] = []
        var current = Document.Section(heading: "")
        var bodyParagraphs: [String] = []
        var labelsSeen: Set<String> = []
        func startSection(_ heading: String) {
            if !current.heading.isEmpty || !current.paragraphs.isEmpty { sections.append(current) }
            current = Document.Section(heading: heading)
        }
        func addParagraph(_ text: String) {
            guard !text.isEmpty else { return }
            current.paragraphs.append(text)
            current.items += Items.split(text)
            bodyParagraphs.append(text)
        }
        for var paragraph in Noise.joinIssueLabels(paragraphs) {
            // `（反映人：市政协委员　张某某）` under the text: a label line in brackets.
            if paragraph.hasPrefix("（"), paragraph.hasSuffix("）"), LabelScanner.scan(String(paragraph.dropFirst().dropLast())) != nil {
                paragraph = String(paragraph.dropFirst().dropLast())
            }
            if sections.isEmpty, current.paragraphs.isEmpty {
                if let (source, date) = Noise.masthead(paragraph) {
                    if document.source == nil { document.source = source }
                    if document.date == nil { document.date = date }
                    continue
                }
                if Noise.isDateLine(paragraph), let date = DateText.firstISO(in: paragraph) {
                    if document.date == nil { document.date = date }
                    continue
                }
            }
            if Noise.isBulletinHeader(paragraph) {
                if document.number == nil { document.number = Noise.bulletinNumber(paragraph) }
                document.metadata.append("bulletin", .string(paragraph))
                continue
            }
            if let values = LabelScanner.scan(paragraph) {
                for value in values {
                    labelsSeen.insert(value.text)
                    if case .section(let heading) = value.label {
                        // 案由：关于…的提案 is the proposal's title when the page had none.
                        if heading == "案由", document.title == nil, value.value.hasPrefix("关于"), value.value.count <= 60 {
                            document.title = value.value
                        } else {
                            startSection(heading)
                            addParagraph(value.value)
                        }
                    } else {
                        set(value, in: &document)
                    }
                }
                continue
            }
            if let heading = Headings.sectionHeading(paragraph) {
                startSection(heading.heading)
                bodyParagraphs.append(heading.heading) // headings stay in the readable text
                addParagraph(heading.rest)
                continue
            }
            addParagraph(paragraph)
        }
        if !current.heading.isEmpty || !current.paragraphs.isEmpty { sections.append(current) }
        document.sections = sections
        document.text = bodyParagraphs.joined(separator: "\n")
        if !proposers.isEmpty {
            document.authors = proposers.map(\.author) + document.authors.filter { a in !proposers.contains { $0.author == a } }
            document.positions = proposers.flatMap(\.positions) + document.positions
            if document.sector == nil { document.sector = proposers.lazy.compactMap(\.sector).first }
        }
        if let title = document.title, let speaker = Proposers.speaker(inTitle: title) {
            document.authors = [speaker] + document.authors.filter { $0 != speaker }
        }
        fillReply(&document)
        let asked = sections.filter { $0.heading != "答复" }
            .map { ($0.heading.isEmpty ? "" : $0.heading + "\n") + $0.paragraphs.joined(separator: "\n") }
            .joined(separator: "\n")
        (document.problems, document.suggestions) = Points.extract(asked)
        document.kind = kind ?? KindDetector.detect(document, labels: labelsSeen, proposerLines: !proposers.isEmpty)
        // A department's report names it at the head of its title (`河北省教育厅2017年度政府信息公开工作报告`).
        if document.kind == .report, document.authors.isEmpty, let title = document.title, let issuer = Self.issuer(openingReportTitle: title) {
            document.authors = [issuer]
        }
        // A report read by its speaker names them under the title, office and name run together
        // (`国务院总理温家宝`).
        if document.kind == .report, document.authors.isEmpty,
           let (office, name) = bodyParagraphs.prefix(3).lazy.compactMap(Proposers.officeAndName).first {
            document.authors = [name]
            document.positions = [office]
        }
        // A report signed at its end (`河北省教育厅` / `2018年2月8日`) is dated by its signature, not by
        // the page's publication time above it.
        if document.kind == .report, bodyParagraphs.count >= 3,
           let signed = Self.signatureDate(bodyParagraphs[bodyParagraphs.count - 2], bodyParagraphs[bodyParagraphs.count - 1]) {
            document.date = signed
        }
        if let letter {
            document.reply = Document.Reply(unit: letter.unit ?? document.source, date: letter.date, text: letter.text.joined(separator: "\n"))
            if document.assistingUnits.isEmpty { document.assistingUnits = ReplyLetter.consultedUnits(letter.text) }
            if kind == nil { document.kind = letter.answersProposal ? .proposal : .suggestion }
        }
    }

    private func compact(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    /// The date of a signature: a short organisation's line, then a line that is only a date.
    static func signatureDate(_ signer: String, _ dateLine: String) -> String? {
        let name = signer.trimmingCharacters(in: .whitespaces), line = dateLine.trimmingCharacters(in: .whitespaces)
        guard (4...30).contains(name.count), name.allSatisfy(Proposers.isHan),
              Proposers.endsAsOrganisation(name),
              line.count <= 14, let date = DateText.firstISO(in: line) else { return nil }
        return date
    }

    /// The body whose name opens a report's title right before its year: `河北省科技厅` in
    /// `河北省科技厅2016年政府信息公开工作年度报告`; nil when no organisation's word ends the words before the year.
    static func issuer(openingReportTitle title: String) -> String? {
        let chars = Array(title)
        guard let digit = chars.firstIndex(where: { $0.isASCII && $0.isNumber }), digit >= 4, digit + 5 <= chars.count,
              chars[digit..<(digit + 4)].allSatisfy({ $0.isASCII && $0.isNumber }), chars[digit + 4] == "年" else { return nil }
        let name = String(chars[..<digit])
        guard name.count <= 30, name.allSatisfy(Proposers.isHan),
              Proposers.endsAsOrganisation(name) else { return nil }
        return name
    }

    /// The unlabelled proposer lines under the title (`市政协委员　某某局副局长　张某某`, `XX区政协`),
    /// taken out of the paragraphs; an issue label among them stays.
    static func takeProposerLines(_ paragraphs: inout [String]) -> [(author: String, positions: [String], sector: String?)] {
        var proposers: [(author: String, positions: [String], sector: String?)] = []
        var k = 0
        while k < paragraphs.count, k < 8 {
            if Noise.isBulletinHeader(paragraphs[k]) || Noise.isDateline(paragraphs[k]) { k += 1; continue }
            guard let proposer = Proposers.proposerLine(paragraphs[k]) else { break }
            proposers.append(proposer)
            paragraphs.remove(at: k)
        }
        return proposers
    }

    /// The 答复 section as the document's reply: its text, its date (答复时间, else the last date
    /// in it) and the unit signed under it.
    private func fillReply(_ document: inout Document) {
        guard let section = document.sections.last(where: { $0.heading == "答复" }), !section.paragraphs.isEmpty else { return }
        let text = section.paragraphs.joined(separator: "\n")
        var date: String? = nil
        if case .string(let d)? = document.metadata["reply_date"] { date = d }
        if date == nil, let last = text.split(whereSeparator: \.isNewline).last.map(String.init), last.count <= 40 {
            date = DateText.firstISO(in: last) // the date under the reply's signature
        }
        // Who answered: 答复单位：…, else the unit signed under the reply, else the lead unit (主办单位).
        var unit: String? = nil
        if case .string(let u)? = document.metadata["reply_unit"] { unit = u }
        document.reply = Document.Reply(unit: unit ?? Proposers.signature(ofReply: text) ?? document.leadUnit, date: date, text: text)
    }

    private func set(_ value: LabelledValue, in document: inout Document) {
        let v = value.value
        guard !v.isEmpty else { return }
        switch value.label {
        case .number: document.number = document.number ?? v
        case .authors:
            let (names, sector, positions) = People.names(v)
            document.authors += names
            document.positions += positions
            if document.sector == nil { document.sector = sector }
        case .cosigners: document.cosigners += People.names(v).names
        case .sector: document.sector = v
        case .category: document.category = v
        case .leadUnit: document.leadUnit = v
        case .assistingUnits: document.assistingUnits += People.list(v)
        case .date: document.date = DateText.firstISO(in: v) ?? document.date
        case .source: document.source = v
        case .title: document.title = v
        case .replyDate: if let date = DateText.firstISO(in: v) { document.metadata.append("reply_date", .string(date)) }
        case .replyUnit: document.metadata.append("reply_unit", .string(v))
        case .metadata(let key): document.metadata.append(key, .string(v))
        case .section: break
        }
    }
}

/// Proposal or report headings.
enum Headings {
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// `一、…` / `二．…`: a top-level numbered heading.
    static func isNumbered(_ line: String) -> Bool {
        let chars = Array(line.prefix(4))
        var i = 0
        while i < chars.count, chineseNumerals.contains(chars[i]) { i += 1 }
        return i > 0 && i < chars.count && (chars[i] == "、" || chars[i] == "．")
    }

    /// The heading a paragraph opens, and the text after it on the same line.
    static func sectionHeading(_ paragraph: String) -> (heading: String, rest: String)? {
        var line = paragraph
        if line.hasPrefix("【"), let close = line.firstIndex(of: "】") {
            let inner = String(line[line.index(after: line.startIndex)..<close])
            if Label.sectionHeadings.contains(inner) || inner.count <= 8 {
                return (inner, String(line[line.index(after: close)...]).trimmingCharacters(in: .whitespaces))
            }
        }
        if isNumbered(line) {
            // A short line is all heading; a long one is heading up to its first full stop.
            if line.count <= 40 && !line.dropLast().contains("。") { return (trimColon(line), "") }
            if let stop = line.firstIndex(of: "。"), line.distance(from: line.startIndex, to: stop) <= 40 {
                return (String(line[..<stop]), String(line[line.index(after: stop)...]))
            }
            return nil
        }
        line = trimColon(line)
        if Label.sectionHeadings.contains(line) { return (line, "") }
        for heading in Label.sectionHeadings where paragraph.hasPrefix(heading) {
            let rest = paragraph.dropFirst(heading.count)
            if let first = rest.first, LabelScanner.isColon(first) {
                return (heading, String(rest.dropFirst()).trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }

    static func trimColon(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        while let last = t.last, LabelScanner.isColon(last) { t.removeLast() }
        return t
    }
}

/// Numbered points inside a paragraph or as paragraphs.
enum Items {
    static let ordinals = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"]

    /// `一是…二是…` inside a paragraph; a paragraph that itself starts with 1. / 1、 / （1） / （一） /
    /// 第一， is one item; `1. …；2. …` inline lists too.
    static func split(_ paragraph: String) -> [String] {
        if paragraph.contains("一是"), paragraph.contains("二是") {
            return splitAt(paragraph, markers: ordinals, keepMarker: false)
        }
        let inline = (1...9).map { "\($0)." } + (1...9).map { "\($0)、" }
        let inlineHits = inline.filter { paragraph.contains($0) }
        if inlineHits.contains("2.") || inlineHits.contains("2、"), inlineHits.contains("1.") || inlineHits.contains("1、") {
            let pieces = splitAt(paragraph, markers: inline, keepMarker: false, digitsOnly: true)
            if pieces.count >= 2 { return pieces }
        }
        if let stripped = stripLeadingMarker(paragraph) { return [stripped] }
        return []
    }

    /// The paragraph without a leading item marker, or nil when it has none.
    static func stripLeadingMarker(_ p: String) -> String? {
        let chars = Array(p)
        var i = 0
        if chars.first == "（" || chars.first == "(" {
            i = 1
            while i < chars.count, chars[i].isNumber || Headings.chineseNumerals.contains(chars[i]) { i += 1 }
            guard i > 1, i < chars.count, chars[i] == "）" || chars[i] == ")" else { return nil }
            return String(chars[(i + 1)...]).trimmingCharacters(in: .whitespaces)
        }
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        if i > 0, i < chars.count, chars[i] == "." || chars[i] == "、" || chars[i] == "．" {
            return String(chars[(i + 1)...]).trimmingCharacters(in: .whitespaces)
        }
        for first in ["第一，", "第二，", "第三，", "第四，", "第五，", "首先，", "其次，", "最后，"] where p.hasPrefix(first) {
            return String(p.dropFirst(first.count))
        }
        return nil
    }

    /// Pieces of `text` between the markers (text before the first marker is dropped: it is the lead-in).
    static func splitAt(_ text: String, markers: [String], keepMarker: Bool, digitsOnly: Bool = false) -> [String] {
        var cuts: [(Range<String.Index>)] = []
        for marker in markers {
            var from = text.startIndex
            while let r = text.range(of: marker, range: from..<text.endIndex) {
                // "1." inside "3.5%" or "2019." is not a marker: it must not follow a digit.
                let ok = !digitsOnly || r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isNumber
                if ok { cuts.append(r) }
                from = r.upperBound
            }
        }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        var pieces: [String] = []
        for (k, cut) in cuts.enumerated() {
            let end = k + 1 < cuts.count ? cuts[k + 1].lowerBound : text.endIndex
            var piece = String(text[(keepMarker ? cut.lowerBound : cut.upperBound)..<end])
            piece = piece.trimmingCharacters(in: .whitespaces)
            while let last = piece.last, "；;，,".contains(last) { piece.removeLast() }
            if !piece.isEmpty { pieces.append(piece) }
        }
        return pieces
    }
}

/// Names in proposer and co-signer fields.
enum People {
    static let parties = ["中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "无党派", "工商联"]
    static let roles = ["全国政协委员", "省政协委员", "市政协委员", "县政协委员", "区政协委员", "政协委员", "委员"]

    static func list(_ value: String) -> [String] {
        value.split(whereSeparator: { "、，,；;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `市政协委员 赵丽萍（农工党）` → (["赵丽萍"], "农工党", ["市政协委员"]);
    /// `市政协委员　某某局副局长　张某某` → (["张某某"], nil, ["市政协委员", "某某局副局长"]).
    static func names(_ value: String) -> (names: [String], sector: String?, positions: [String]) {
        var sector: String? = nil
        var names: [String] = []
        var positions: [String] = []
        for raw in list(value) {
            var name = raw
            if let open = name.firstIndex(where: { $0 == "（" || $0 == "(" }) {
                let inner = name[name.index(after: open)...].trimmingCharacters(in: CharacterSet(charactersIn: "）) "))
                if parties.contains(where: { inner.hasPrefix($0) }) || inner.hasSuffix("界") { sector = sector ?? inner }
                name = String(name[..<open])
            }
            for role in roles where name.hasPrefix(role) {
                positions.append(role)
                name = String(name.dropFirst(role.count))
                break
            }
            name = Proposers.dropGroupCount(name.trimmingCharacters(in: .whitespaces))
            // `张三　李四` are two names; `某某局副局长　张某某` an office and a name; `刘　帆` one name.
            let tokens = Proposers.tokens(name)
            if tokens.count > 1, tokens.allSatisfy(Proposers.isName) {
                names += tokens
                continue
            }
            if tokens.count > 1, let last = tokens.last, Proposers.isName(last),
               tokens.dropLast().allSatisfy({ t in Proposers.offices.contains { t.contains($0) } }) {
                names.append(last)
                positions += tokens.dropLast()
                continue
            }
            let compact = name.filter { !Proposers.whitespace.contains($0) }
            if compact.count <= 4 { name = compact }
            if !name.isEmpty { names.append(name) }
        }
        return (names, sector, positions)
    }
}

/// Navigation a scraper leaves in text, and bulletin headers.
enum Noise {
    static let navigationPrefixes = ["上一篇", "下一篇", "上篇", "下篇", "首页 >", "首页>", "当前位置", "您现在的位置", "字体：",
                                     "字体:", "【字体", "打印本页", "关闭窗口", "返回顶部", "返回列表", "分享到"]

    static func isNavigation(_ line: String) -> Bool {
        navigationPrefixes.contains { line.hasPrefix($0) } && line.count <= 80
    }

    /// An issue label printed over two lines (`社情民意信息` / `2022年第17期`) joined into one.
    static func joinIssueLabels(_ paragraphs: [String]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < paragraphs.count {
            let p = paragraphs[k]
            if k + 1 < paragraphs.count, k < 6, p.count <= 12, !p.contains("期"),
               p.contains("社情民意") || p.hasSuffix("信息") || p.hasSuffix("专报") || p.hasSuffix("选编"),
               isIssueNumber(paragraphs[k + 1]) {
                out.append(p + paragraphs[k + 1])
                k += 2
                continue
            }
            out.append(p)
            k += 1
        }
        return out
    }

    /// The masthead of an issue: the editing office and the date (`XX市政协办公室编　2022年5月10日`)
    /// → (`XX市政协办公室`, `2022-05-10`).
    static func masthead(_ line: String) -> (source: String, date: String?)? {
        let t = line.filter { !Proposers.whitespace.contains($0) }
        guard t.count <= 40 else { return nil }
        let date = DateText.firstISO(in: line)
        var org = String(t[..<(t.firstIndex(where: { $0.isNumber }) ?? t.endIndex)])
        // With a date: an office that edits (…办公室编 2022年5月10日); alone: only `…编` / `…编印`
        // (the date may have been cut onto a line of its own).
        let ends = date == nil ? ["编", "编印"] : ["编", "编印", "办公室", "委员会", "政协", "研究室"]
        guard org.count >= 3, ends.contains(where: { org.hasSuffix($0) }) else { return nil }
        if date == nil, org.count != t.count || !["办公室", "委员会", "政协", "研究室"].contains(where: { org.contains($0) }) { return nil }
        for suffix in ["编印", "编"] where org.hasSuffix(suffix) { org.removeLast(suffix.count); break }
        return org.isEmpty ? nil : (org, date)
    }

    /// A line that is only a date (`2022年5月10日`), as a masthead cut in two leaves it.
    /// A news agency's dateline alone on a line (`新华社北京3月16日电`, `本报讯`): not a title.
    static func isDateline(_ line: String) -> Bool {
        let t = line.filter { !Proposers.whitespace.contains($0) }
        guard t.count <= 24 else { return false }
        return ((t.hasSuffix("电") || t.hasSuffix("讯")) && KindDetector.datelines.contains { t.contains($0) }) || t == "本报讯"
    }

    static func isDateLine(_ line: String) -> Bool {
        let t = line.filter { !Proposers.whitespace.contains($0) }
        return t.count <= 16 && DateText.firstISO(in: t) != nil && t.allSatisfy { $0.isNumber || "年月日-/.:：".contains($0) }
    }

    /// `2022年第17期`, `第17期`, `第17期（总第230期）`.
    static func isIssueNumber(_ line: String) -> Bool {
        let t = line.filter { !Proposers.whitespace.contains($0) }
        guard t.count <= 20, let di = t.firstIndex(of: "第"), let qi = t.firstIndex(of: "期"), di < qi else { return false }
        let number = t[t.index(after: di)..<qi]
        return !number.isEmpty && number.allSatisfy { $0.isNumber || Points.numerals[$0] != nil }
            && t[..<di].allSatisfy { $0.isNumber || $0 == "年" || $0 == "（" || $0 == "(" }
    }

    /// `社情民意信息 第45期`, `提案选编（第3期）`.
    static func isBulletinHeader(_ line: String) -> Bool {
        line.count <= 30 && line.contains("期") && line.contains("第") && (line.contains("社情民意") || line.contains("信息") || line.contains("专报") || line.contains("选编"))
    }

    /// The issue label as printed, spaces removed: `社情民意信息 2022年第17期` → `社情民意信息2022年第17期`.
    static func bulletinNumber(_ line: String) -> String? {
        guard let start = line.range(of: "第"), let end = line.range(of: "期", range: start.upperBound..<line.endIndex) else { return nil }
        let label = line[..<end.upperBound].filter { !Proposers.whitespace.contains($0) && $0 != "（" && $0 != "(" }
        return label.isEmpty ? nil : String(label)
    }

    /// A line cut where a scraper glued a title, a byline and the text with long runs of spaces
    /// (four or more; two are a paragraph indent).
    static func splitAtGaps(_ line: String) -> [String] {
        // A whole text scraped onto one line keeps its paragraphs' indents (`　　`): a long line
        // with several of them is split at each (`…第一年。　　一、2018年工作回顾　　过去一年…`).
        let indents = line.count >= 300 ? indentRuns(line) : 0
        var parts: [String] = []
        var current = ""
        var gap = 0, ideographic = false
        for c in line {
            if Proposers.whitespace.contains(c) {
                gap += 1
                if c == "\u{3000}" { ideographic = true }
                current.append(c)
                continue
            }
            if gap >= 4 || (indents >= 3 && gap >= 2 && ideographic), !current.trimmingCharacters(in: .whitespaces).isEmpty {
                parts.append(current)
                current = ""
            }
            gap = 0; ideographic = false
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    /// Runs of two or more spaces with an ideographic space among them, inside the line.
    static func indentRuns(_ line: String) -> Int {
        var runs = 0, gap = 0, ideographic = false
        for c in line.trimmingCharacters(in: .whitespaces) {
            if Proposers.whitespace.contains(c) {
                gap += 1
                if c == "\u{3000}" { ideographic = true }
            } else {
                if gap >= 2 && ideographic { runs += 1 }
                gap = 0; ideographic = false
            }
        }
        return runs
    }
}

/// Which kind a document is: from the labels it prints first, then its title and shape.
enum KindDetector {
    static let datelines = ["本报讯", "本报记者", "新华社", "中新社", "中新网", "记者 ", "记者　", "（记者", "(记者", "讯（", "讯(", "日电", "日讯"]

    /// A news dateline or byline in the opening of the text.
    static func isNews(_ opening: Substring) -> Bool {
        let head = opening.prefix(80)
        return datelines.contains { head.contains($0) }
    }

    /// A title that asks (`关于…的建议`, `…亟待解决`, `呼吁…`) rather than reports.
    static func asks(_ title: String) -> Bool {
        ["关于", "建议", "意见", "提案", "呼吁", "亟待", "亟需", "急需", "应当", "应该", "尽快"].contains { title.contains($0) }
    }

    static let proposalLabels: Set<String> = ["提案号", "提案编号", "案号", "案由", "提案人", "提案者", "领衔人", "联名人", "附议人", "主办单位", "会办单位"]
    static let suggestionLabels: Set<String> = ["留言编号", "留言用户", "留言人", "留言主题", "留言时间", "留言详情", "留言内容", "反映人", "建议人",
                                                "留言标题", "反映标题", "信件标题", "来信标题", "诉求标题", "投诉标题", "咨询标题", "信件主题",
                                                "反映内容", "信件内容", "来信内容", "诉求内容", "诉求件内容", "投诉内容", "咨询内容",
                                                "来信人", "写信人", "诉求人", "投诉人", "咨询人", "受理编号", "信件编号", "诉求编号", "工单编号",
                                                "提问", "提问标题", "问题标题", "提问内容", "问题内容", "提问时间",
                                                "建议之标题", "建议标题", "建议原因", "建议内容"]

    /// `proposerLines`: the document opens with unlabelled proposer lines under its title.
    static func detect(_ d: Document, labels: Set<String>, proposerLines: Bool = false) -> Document.Kind {
        // `政 府 工 作 报 告`: a title spaced out for the page reads as written together.
        let title = (d.title ?? "").filter { !Proposers.whitespace.contains($0) }
        let bulletin: String = if case .string(let b)? = d.metadata["bulletin"] { b } else { "" }
        if !labels.isDisjoint(with: suggestionLabels) || bulletin.contains("社情民意") || title.contains("社情民意") {
            return .suggestion
        }
        // A member's speech (委员大会发言, 书面发言) asks for things: read as a suggestion.
        if Proposers.isSpeech(title: title) { return .suggestion }
        if !labels.isDisjoint(with: proposalLabels) || title.hasSuffix("提案") { return .proposal }
        // Proposers printed as office + name lines without a label: a 社情民意 item or 建议, when
        // it asks for something; a committee's account of its own work under its name is a report.
        if proposerLines && (asks(title) || !d.suggestions.isEmpty) { return .suggestion }
        // A report read to a plenary session opens by addressing it (各位代表：…报告政府工作).
        let opening = d.text.prefix(200)
        if title.contains("工作报告") || title.contains("工作总结") || title.hasSuffix("报告")
            || opening.hasPrefix("各位代表") || opening.contains("\n各位代表") || opening.contains("报告政府工作") || opening.contains("报告工作，请予审议") {
            return .report
        }
        // A news report (dateline, 记者) stays an article whatever proposals or suggestions it quotes.
        if isNews(opening) { return .article }
        // A text that lists what it asks for after a lead-in (为此，建议：一、…二、…) is a suggestion.
        if title.hasSuffix("建议") || title.hasSuffix("的意见") || d.suggestions.count >= 2 { return .suggestion }
        let numbered = d.sections.filter { Headings.isNumbered($0.heading) }.count
        if numbered >= 2 && d.text.count > 300 { return .report }
        return .article
    }
}
