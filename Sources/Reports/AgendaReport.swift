import TopicModels

/// The agenda as documents people read: Markdown, and one self-contained HTML file (no external
/// assets, no scripts) with its charts drawn as inline SVG: theme sizes, themes over time, taxonomy
/// topics.
public struct AgendaReport: Sendable {
    public var title: String
    public var items: [AgendaItem]
    /// A line on what was read, e.g. "4 326 documents, 273 near-duplicates, 19 themes".
    public var summary: String
    /// Hot issues, hottest first, and the documents their member indices point into.
    public var hotIssues: [HotIssue]
    public var documents: [AgendaDocument]
    /// How many hot issues the report lists at the top (each theme lists all of its own).
    public var hotIssuesShown = 20
    /// How the replies did per theme (by `AgendaItem.theme`) and per answering unit, when the
    /// documents carry replies; empty otherwise.
    public var replyQuality = ReplyQuality()
    /// Per theme id, how its documents spread over the classes the records carry (only those).
    public var themeClasses: [Int: [ClassCount]] = [:]

    public init(title: String, items: [AgendaItem], summary: String, hotIssues: [HotIssue] = [], documents: [AgendaDocument] = []) {
        self.title = title; self.items = items; self.summary = summary; self.hotIssues = hotIssues; self.documents = documents
    }

    /// `2019-01-05 … 2019-03-20`, or one day, or "undated".
    static func timeRange(_ h: HotIssue) -> String {
        guard let first = h.first else { return "undated" }
        return h.last.map { $0 == first ? first : first + " … " + $0 } ?? first
    }

    static func placeText(_ h: HotIssue) -> String { h.place.map { (h.isGroup ? "人群 " : "") + $0 } ?? "" }

    static func hotWhy(_ h: HotIssue) -> String {
        var parts = [count(h.documents, "document"), count(h.people, "person", "people")]
        if h.likes > 0 { parts.append(count(h.likes, "like")) }
        if h.dislikes > 0 { parts.append(count(h.dislikes, "dislike")) }
        if h.fewAuthors { parts.append("carried by one or two people's repeated posts") }
        return parts.joined(separator: ", ")
    }

    func hotIssues(of item: AgendaItem) -> [HotIssue] { hotIssues.filter { $0.theme == item.theme } }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// `1 document`, `3 documents`: English counts read right in the singular.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Growth is shown only with enough dated documents behind it (`AgendaRanker.growthMinimum`
    /// in the two windows together): a ratio such as ×2.0 from 1 document against 0 means nothing.
    static func showsGrowth(_ item: AgendaItem) -> Bool { item.growthShown }

    static func growthCell(_ item: AgendaItem) -> String {
        showsGrowth(item) ? "×\(String(format: "%.1f", item.growth))" : "–"
    }

    static func growthText(_ item: AgendaItem) -> String {
        let counts = "\(item.recent) in the last 3 months vs \(item.previous) before"
        return showsGrowth(item) ? counts + " (×\(String(format: "%.1f", item.growth)))" : counts + " (too few to judge growth)"
    }

    static func why(_ item: AgendaItem) -> String {
        var parts = ["\(count(item.matters, "distinct matter")) (\(count(item.documents, "document")))", growthText(item),
                     count(item.authors, "different person", "different people")]
        if item.regions > 0 { parts.append(count(item.regions, "district or county", "districts and counties")) }
        if item.likes > 0 { parts.append(count(item.likes, "like")) }
        parts.append("\(percent(item.taxonomyShare)) tagged by the taxonomy")
        if item.fewAuthors { parts.append("carried by one or two people's repeated posts, not broad concern") }
        return parts.joined(separator: "; ")
    }

    // MARK: - Markdown

    public var markdown: String {
        var out = "# \(title)\n\n\(summary)\n\n"
        if !hotIssues.isEmpty {
            out += "## 热点问题 · Hot issues\n\n" + hotIssueTable().markdown + "\n## Themes\n\n"
        }
        out += agendaTable().markdown
        out += replyQualityMarkdown()
        for i in items {
            out += "\n## \(i.rank). \(escapeMarkdown(i.name))\n\n"
            out += "**Why it ranks here:** \(Self.why(i)).\n\n"
            out += "**Key terms:** \(i.terms.joined(separator: "、"))\n\n"
            if !i.tags.isEmpty { out += "**Taxonomy topics:** \(i.tags.map { "\($0.topic) (\($0.count))" }.joined(separator: "; "))\n\n" }
            if let first = i.monthly.first, let last = i.monthly.last { out += "**Dates:** \(first.month) … \(last.month)\n\n" }
            if let r = replyQuality.byTheme[i.theme] { out += "**Replies:** \(Self.replyLine(r)).\n\n" }
            for (label, text) in classLines(i) { out += "**\(label):** \(escapeMarkdown(text))\n\n" }
            let own = hotIssues(of: i)
            if !own.isEmpty {
                out += "**Hot issues in this theme:**\n\n"
                for h in own { out += "- #\(h.rank) \(escapeMarkdown(h.description)) (\(Self.timeRange(h)); \(Self.hotWhy(h)))\n" }
                out += "\n"
            }
            out += "**Representative documents:**\n\n"
            for d in i.representatives {
                let label = escapeMarkdown(d.title.isEmpty ? d.id : d.title)
                out += d.url.flatMap(Self.safeLink).map { "- [\(label)](<\($0)>) (`\(d.id)`)\n" } ?? "- \(label) (`\(d.id)`)\n"
            }
        }
        return out
    }

    func escapeMarkdown(_ s: String) -> String { ReportTable.escapeMarkdown(s) }

    /// The hot issues the report lists at the top; the theme cell links to the theme's section.
    func hotIssueTable() -> ReportTable {
        var table = ReportTable(columns: ["rank", "heat", "hot issue", "place or group", "time range", "documents", "people", "likes", "theme"])
        let themeRank = Dictionary(items.map { ($0.theme, $0.rank) }, uniquingKeysWith: { a, _ in a })
        let themeName = Dictionary(items.map { ($0.theme, $0.name) }, uniquingKeysWith: { a, _ in a })
        for h in hotIssues.prefix(hotIssuesShown) {
            let rank = h.theme.flatMap { themeRank[$0] }
            let theme = ReportTable.Cell(rank.map { "\($0). \(h.theme.flatMap { themeName[$0] } ?? "")" } ?? "",
                                         html: rank.map { "<a href=\"#theme-\($0)\">\($0)</a>" } ?? "")
            let issue = ReportTable.Cell(h.description + (h.fewAuthors ? " (few authors)" : ""),
                                         html: escape(h.description) + (h.fewAuthors ? " <small>(few authors)</small>" : ""))
            table.append(["\(h.rank)", "\(String(format: "%.1f", h.heat))", issue, "\(Self.placeText(h))", "\(Self.timeRange(h))",
                          "\(h.documents)", "\(h.people)", "\(h.likes)", theme])
        }
        return table
    }

    /// The themes in rank order with the figures they are ranked by.
    func agendaTable() -> ReportTable {
        var table = ReportTable(columns: ["rank", "theme", "matters", "documents", "growth", "people", "places", "score"])
        for i in items {
            table.append(["\(i.rank)", .init(i.name, html: "<a href=\"#theme-\(i.rank)\">\(escape(i.name))</a>"), "\(i.matters)", "\(i.documents)",
                          "\(Self.growthCell(i))", "\(i.authors)", "\(i.regions)", "\(String(format: "%.2f", i.score))"])
        }
        return table
    }

    // MARK: - HTML

    public var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left}
            .why{color:#444}.terms span{display:inline-block;background:#eef3fb;border-radius:.3rem;padding:0 .4rem;margin:.1rem}
            svg text{font-size:12px;fill:#333}svg .axis{stroke:#999;stroke-width:1}
            </style></head><body>
            <h1>\(escape(title))</h1>
            <p>\(escape(summary))</p>

            """
        if !hotIssues.isEmpty {
            out += "<h2>热点问题 · Hot issues</h2>\n" + hotIssueTable().html
        }
        out += "<h2>Themes by size</h2>\n" + sizeChart() + "\n"
        let overTime = themesOverTime()
        if !overTime.isEmpty { out += "<h2>Themes over time</h2>\n" + overTime + "\n" }
        out += "<h2>Taxonomy topics</h2>\n" + tagChart() + "\n"
        out += "<h2>Agenda</h2>\n" + agendaTable().html
        out += replyQualityHTML()
        for i in items {
            out += "<section class=\"theme\" id=\"theme-\(i.rank)\">\n<h2>\(i.rank). \(escape(i.name))</h2>\n"
            out += "<p class=\"why\"><strong>Why it ranks here:</strong> \(escape(Self.why(i))).</p>\n"
            out += "<p class=\"terms\">" + i.terms.map { "<span>\(escape($0))</span>" }.joined(separator: " ") + "</p>\n"
            if !i.tags.isEmpty { out += "<p>Taxonomy topics: \(escape(i.tags.map { "\($0.topic) (\($0.count))" }.joined(separator: "; ")))</p>\n" }
            if let r = replyQuality.byTheme[i.theme] { out += "<p>Replies: \(escape(Self.replyLine(r))).</p>\n" }
            for (label, text) in classLines(i) { out += "<p class=\"class\">\(escape(label)): \(escape(text))</p>\n" }
            out += timeline(i)
            let own = hotIssues(of: i)
            if !own.isEmpty {
                out += "<p><strong>Hot issues in this theme:</strong></p><ol class=\"hot\">\n"
                for h in own {
                    out += "<li value=\"\(h.rank)\">\(escape(h.description)) <small>(\(Self.timeRange(h)); \(escape(Self.hotWhy(h))))</small><ul>"
                    for m in h.members.prefix(3) where m < documents.count {
                        let d = documents[m]
                        out += "<li>\(escape(d.title)) <code>\(escape(d.id))</code></li>"
                    }
                    out += "</ul></li>\n"
                }
                out += "</ol>\n"
            }
            out += "<p><strong>Representative documents:</strong></p><ul>\n"
            for d in i.representatives {
                let label = escape(d.title.isEmpty ? d.id : d.title)
                out += d.url.flatMap(Self.safeLink).map { "<li><a href=\"\(escape($0))\">\(label)</a> <code>\(escape(d.id))</code></li>\n" }
                    ?? "<li>\(label) <code>\(escape(d.id))</code></li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        out += "</body></html>\n"
        return out
    }

    /// A document's URL as a link target only when it is http(s) (documents are untrusted: a
    /// `javascript:` or `data:` URL is shown as no link), with no space, angle bracket or quote in it.
    public static func safeLink(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"'`".unicodeScalars.contains($0) }) else { return nil }
        return url
    }

    func escape(_ s: String) -> String { Self.escapeHTML(s) }

    /// Text made safe for HTML, in element content and in quoted attribute values (`&`, `<`, `>`,
    /// `"` and `'` as entities): the one escaping function of the reports and of `topics serve`.
    public static func escapeHTML(_ s: String) -> String {
        // Byte by byte: the five are ASCII, and a quote followed by a combining mark is one
        // `Character` that a loop over characters would let through unescaped.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Horizontal bars: documents per theme (inline SVG).
    public func sizeChart() -> String {
        // Largest first; ties in rank order.
        let bySize = items.enumerated().sorted { $0.element.documents != $1.element.documents ? $0.element.documents > $1.element.documents : $0.offset < $1.offset }
        return barChart(bySize.map { ("\($0.element.rank). " + String($0.element.name.prefix(14)), $0.element.documents) },
                        color: "#4a7bd0", label: "theme sizes")
    }

    /// Horizontal bars: documents per taxonomy topic over all themes (inline SVG).
    public func tagChart() -> String {
        var totals: [String: Int] = [:]
        for i in items { for t in i.tags { totals[t.topic, default: 0] += t.count } }
        let rows = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(15)
        guard !rows.isEmpty else { return "<p>No taxonomy topics.</p>" }
        return barChart(rows.map { (String($0.key.suffix(16)), $0.value) }, color: "#3a9d6a", label: "taxonomy topics")
    }

    private func barChart(_ rows: [(label: String, value: Int)], color: String, label: String) -> String {
        let rowHeight = 18, width = 640, labelWidth = 220
        let top = max(1, rows.map(\.value).max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(label)\" width=\"\(width)\" height=\"\(rows.count * rowHeight + 4)\">\n"
        for (k, row) in rows.enumerated() {
            let y = k * rowHeight + 2
            let w = Int(Double(width - labelWidth - 50) * Double(row.value) / Double(top))
            svg += "<text x=\"0\" y=\"\(y + 13)\">\(escape(row.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(max(1, w))\" height=\"\(rowHeight - 6)\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(labelWidth + w + 4)\" y=\"\(y + 13)\">\(row.value)</text>\n"
        }
        return svg + "</svg>"
    }

    /// A theme's documents per month as columns (themes over time): `timeline(monthly:)`.
    public func timeline(_ item: AgendaItem) -> String { timeline(monthly: item.monthly) }

    /// Documents per month as columns (the months that have documents, oldest first), with a
    /// y-axis (0 and the largest month) and a month label every few columns, so the dates can be read off.
    public func timeline(monthly: [(month: String, count: Int)]) -> String {
        guard !monthly.isEmpty else { return "" }
        let height = 60, slot = 16, barWidth = 14, axis = 30, labelEvery = 4   // a label (2019-03) is about 4 slots wide
        let top = max(1, monthly.map(\.count).max() ?? 1)
        let width = axis + max(monthly.count * slot + 2, 130) + 30
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"documents per month\" width=\"\(width)\" height=\"\(height + 20)\">"
        svg += "<line class=\"axis\" x1=\"\(axis - 3)\" y1=\"0\" x2=\"\(axis - 3)\" y2=\"\(height)\"/>"
        svg += "<line class=\"axis\" x1=\"\(axis - 3)\" y1=\"\(height)\" x2=\"\(axis + monthly.count * slot)\" y2=\"\(height)\"/>"
        svg += "<text x=\"\(axis - 6)\" y=\"12\" text-anchor=\"end\">\(top)</text><text x=\"\(axis - 6)\" y=\"\(height)\" text-anchor=\"end\">0</text>"
        for (k, m) in monthly.enumerated() {
            guard m.count > 0 else { continue }
            let h = max(1, Int(Double(height) * Double(m.count) / Double(top)))
            svg += "<rect x=\"\(axis + k * slot + 1)\" y=\"\(height - h)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"#d08a4a\"><title>\(escape(m.month)): \(m.count)</title></rect>"
        }
        var labelled: [Int] = Array(stride(from: 0, to: monthly.count, by: labelEvery))
        if let last = labelled.last, monthly.count - 1 - last >= labelEvery { labelled.append(monthly.count - 1) }
        for k in labelled {
            svg += "<text x=\"\(axis + k * slot)\" y=\"\(height + 16)\">\(escape(monthly[k].month))</text>"
        }
        return svg + "</svg>\n"
    }

    /// A hot issue's dated members per month (`YYYY-MM`), oldest first: what `timeline(monthly:)` draws.
    public func monthly(_ hot: HotIssue) -> [(month: String, count: Int)] {
        var counts: [String: Int] = [:]
        for m in hot.members where m < documents.count {
            if let date = documents[m].date, date.utf8.count >= 7 { counts[String(date.prefix(7)), default: 0] += 1 }
        }
        return counts.sorted { $0.key < $1.key }.map { (month: $0.key, count: $0.value) }
    }
}
