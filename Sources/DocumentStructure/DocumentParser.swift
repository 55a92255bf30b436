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
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !Noise.isNavigation($0) }
        var title: String? = nil
        var body = lines
        if let first = lines.first(where: { LabelScanner.scan($0) == nil }), let at = lines.firstIndex(of: first),
           first.count <= 60, !first.hasSuffix("。"), !Headings.isNumbered(first), !Noise.isBulletinHeader(first) || lines.count == 1 {
            // A bulletin header (社情民意信息 第45期) comes before the real title.
            title = first
            body.remove(at: at)
        } else if let header = lines.first, Noise.isBulletinHeader(header), lines.count > 1,
                  LabelScanner.scan(lines[1]) == nil, lines[1].count <= 60 {
            title = lines[1]
            body.removeSubrange(0...1)
            body.insert(header, at: 0)
        }
        var document = Document(id: id, title: title)
        fill(&document, paragraphs: body)
        return document
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
        fill(&document, paragraphs: article.paragraphs.filter { !Noise.isNavigation($0) })
        return document
    }

    // MARK: - Fields and sections

    private func fill(_ document: inout Document, paragraphs: [String]) {
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
        for paragraph in paragraphs {
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
        document.kind = kind ?? KindDetector.detect(document, labels: labelsSeen)
    }

    private func set(_ value: LabelledValue, in document: inout Document) {
        let v = value.value
        guard !v.isEmpty else { return }
        switch value.label {
        case .number: document.number = document.number ?? v
        case .authors:
            let (names, sector) = People.names(v)
            document.authors += names
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

    /// `市政协委员 赵丽萍（农工党）` → (["赵丽萍"], "农工党").
    static func names(_ value: String) -> (names: [String], sector: String?) {
        var sector: String? = nil
        let names = list(value).compactMap { raw -> String? in
            var name = raw
            if let open = name.firstIndex(where: { $0 == "（" || $0 == "(" }) {
                let inner = name[name.index(after: open)...].trimmingCharacters(in: CharacterSet(charactersIn: "）) "))
                if parties.contains(where: { inner.hasPrefix($0) }) || inner.hasSuffix("界") { sector = sector ?? inner }
                name = String(name[..<open])
            }
            for role in roles where name.hasPrefix(role) { name = String(name.dropFirst(role.count)); break }
            name = name.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        return (names, sector)
    }
}

/// Navigation a scraper leaves in text, and bulletin headers.
enum Noise {
    static let navigationPrefixes = ["上一篇", "下一篇", "上篇", "下篇", "首页 >", "首页>", "当前位置", "您现在的位置", "字体：",
                                     "字体:", "【字体", "打印本页", "关闭窗口", "返回顶部", "返回列表", "分享到"]

    static func isNavigation(_ line: String) -> Bool {
        navigationPrefixes.contains { line.hasPrefix($0) } && line.count <= 80
    }

    /// `社情民意信息 第45期`, `提案选编（第3期）`.
    static func isBulletinHeader(_ line: String) -> Bool {
        line.count <= 30 && line.contains("期") && line.contains("第") && (line.contains("社情民意") || line.contains("信息") || line.contains("专报") || line.contains("选编"))
    }

    static func bulletinNumber(_ line: String) -> String? {
        guard let start = line.range(of: "第"), let end = line.range(of: "期", range: start.upperBound..<line.endIndex) else { return nil }
        return String(line[start.lowerBound..<end.upperBound])
    }
}

/// Which kind a document is: from the labels it prints first, then its title and shape.
enum KindDetector {
    static let proposalLabels: Set<String> = ["提案号", "提案编号", "案号", "案由", "提案人", "提案者", "领衔人", "联名人", "附议人", "主办单位", "会办单位"]
    static let suggestionLabels: Set<String> = ["留言编号", "留言用户", "留言人", "留言主题", "留言时间", "留言详情", "留言内容", "反映人", "建议人"]

    static func detect(_ d: Document, labels: Set<String>) -> Document.Kind {
        let title = d.title ?? ""
        let bulletin: String = if case .string(let b)? = d.metadata["bulletin"] { b } else { "" }
        if !labels.isDisjoint(with: suggestionLabels) || bulletin.contains("社情民意") || title.contains("社情民意") {
            return .suggestion
        }
        if !labels.isDisjoint(with: proposalLabels) || title.hasSuffix("提案") { return .proposal }
        let numbered = d.sections.filter { Headings.isNumbered($0.heading) }.count
        if title.contains("工作报告") || title.contains("工作总结") || title.hasSuffix("报告") || (numbered >= 2 && d.text.count > 300) {
            return .report
        }
        if title.hasSuffix("建议") || title.hasSuffix("的意见") { return .suggestion }
        return .article
    }
}
