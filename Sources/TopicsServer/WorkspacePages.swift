import Foundation
import Reports
import TopicModels
import TopicsCore

/// The pages of the workspace, from its state: search, document, agenda, theme.
extension Workspace {
    /// A search (its results with facets and paging), as the store and the agenda answer it.
    func results(_ p: SearchParameters, words: String? = nil) throws(TopicsError) -> WorkspaceResults {
        var query = WorkspaceQuery(offset: (p.page - 1) * SearchParameters.pageSize, limit: SearchParameters.pageSize,
                                   collectIDs: computedAgenda != nil, window: searchWindow)
        let words = words ?? storeWords(p.q)
        if !words.isEmpty { query.text = words }
        if !p.kind.isEmpty {
            guard let kind = Document.Kind(rawValue: p.kind) else { throw TopicsError(.badArgument, input: "kind", "no such kind: \(p.kind)") }
            query.kind = kind
        }
        query.dateFrom = try SearchParameters.checkedDate(p.from, "from")
        query.dateTo = try SearchParameters.checkedDate(p.to, "to")
        if !p.topic.isEmpty { query.topic = p.topic }
        if !p.source.isEmpty { query.source = p.source }
        if !p.theme.isEmpty || !p.region.isEmpty {
            // Themes and regions are the agenda's: filtering by them needs it computed.
            let agenda: WorkspaceAgenda
            do { agenda = try self.agenda() } catch let e as TopicsError { throw e } catch { throw TopicsError(.unreadable, input: store.location, "\(error)") }
            var ids = Set(agenda.indexOf.keys)
            if !p.theme.isEmpty {
                guard let t = Int(p.theme) else { throw TopicsError(.badArgument, input: "theme", "not a theme number: \(p.theme)") }
                ids = ids.filter { agenda.themeOf[$0] == t }
            }
            if !p.region.isEmpty { ids = ids.filter { agenda.regionOf[$0] == p.region } }
            query.within = ids.sorted()
        }
        return try store.find(query)
    }

    /// The search page, built in one byte buffer (issue 19: a search's cost is mostly the store's).
    func searchPage(_ p: SearchParameters) -> [UInt8] {
        var html = HTMLBuffer()
        Pages.head(title: "Search", into: &html)
        html.raw("<h1>检索 · Search</h1>\n<form class=\"search\" method=\"get\" action=\"/\">")
        html.raw("<div class=\"q\"><input type=\"search\" name=\"q\" value=\""); html.text(p.q)
        html.raw("\" placeholder=\"词语，如 停车 噪音\" aria-label=\"words\"><button type=\"submit\">检索 Search</button></div>")
        html.raw("<label>类型 kind<select name=\"kind\"><option value=\"\">all</option>")
        for kind in Document.Kind.allCases { html.raw("<option\(p.kind == kind.rawValue ? " selected" : "")>\(kind.rawValue)</option>") }
        html.raw("</select></label>")
        for (name, label, value) in [("from", "从 from", p.from), ("to", "到 to", p.to)] {
            html.raw("<label>\(label)<input type=\"date\" name=\"\(name)\" value=\""); html.text(value); html.raw("\"></label>")
        }
        for (name, label, value) in [("topic", "主题 topic", p.topic), ("theme", "议题 theme", p.theme), ("region", "地区 region", p.region),
                                     ("source", "来源 source", p.source)] {
            html.raw("<label>\(label)<input name=\"\(name)\" value=\""); html.text(value); html.raw("\"></label>")
        }
        html.raw("</form>\n")
        let words = storeWords(p.q)
        let results: WorkspaceResults
        do { results = try self.results(p, words: words) } catch {
            html.raw("<p class=\"notice error\">"); html.text(error.description); html.raw("</p>")
            Pages.tail(into: &html)
            return html.bytes
        }
        let agenda = computedAgenda
        html.raw("<p class=\"meta\">"); html.number(results.total); html.raw(" documents · export:")
        let query = p.query()
        for format in ["csv", "xlsx", "md"] {
            html.raw(" <a href=\"/export?what=search&amp;format=\(format)&amp;"); html.text(query); html.raw("\">\(format)</a>")
        }
        html.raw("</p>\n")
        if results.counted < results.total {
            // The store's window (`WorkspaceQuery.window`): what a broad search ranks and counts.
            let older = results.total - results.counted
            html.raw("<p class=\"meta\">" + (words.isEmpty
                ? "Counted over the \(results.counted) newest matches: the counts below leave out the \(older) older ones."
                : "A broad search: the \(results.counted) matches stored last are ranked by relevance and counted below; "
                    + "the \(older) older ones follow them, last stored first, and are not in the counts.") + "</p>\n")
        }
        html.raw("<div class=\"cols\"><aside class=\"facets\">")
        func facet(_ title: String, _ field: String, _ counts: [(value: String, count: Int)], label: (String) -> String = { $0 }) {
            guard !counts.isEmpty else { return }
            html.raw("<h3>\(title)</h3><ul>")
            for c in counts.prefix(12) {
                html.raw("<li><a href=\"/?"); html.text(p.query([field: c.value, "page": ""])); html.raw("\">")
                html.text(label(c.value)); html.raw("</a> ("); html.number(c.count); html.raw(")</li>")
            }
            html.raw("</ul>")
        }
        facet("类型 kind", "kind", results.facets["kind"] ?? [])
        facet("主题 topic", "topic", results.facets["topic"] ?? [])
        facet("来源 source", "source", results.facets["source"] ?? [])
        if let agenda {
            var themes: [Int: Int] = [:], regions: [String: Int] = [:]
            for id in results.matchingIDs {
                if let t = agenda.themeOf[id] { themes[t, default: 0] += 1 }
                if let r = agenda.regionOf[id] { regions[r, default: 0] += 1 }
            }
            func sorted<K: Comparable>(_ d: [K: Int]) -> [(K, Int)] { d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) } }
            facet("议题 theme", "theme", sorted(themes).map { (value: String($0.0), count: $0.1) }) { "\($0). " + (agenda.themeNames[Int($0) ?? 0] ?? "") }
            facet("地区 region", "region", sorted(regions).map { (value: $0.0, count: $0.1) })
        } else {
            html.raw("<p class=\"meta\">Themes and regions appear once the <a href=\"/agenda\">agenda</a> has been computed.</p>")
        }
        html.raw("</aside><section>")
        for hit in results.hits {
            html.raw("<article class=\"hit\"><h3><a href=\"/documents/"); html.urlComponent(hit.id); html.raw("\">"); html.text(hit.title ?? hit.id)
            html.raw("</a></h3><div class=\"meta\">"); html.text(hit.kind.rawValue); html.raw(" · "); html.text(hit.date ?? "undated")
            html.raw(" · "); html.text(hit.source ?? ""); html.raw("</div><p>"); html.marked(hit.snippet); html.raw("</p></article>\n")
        }
        if results.hits.isEmpty { html.raw("<p>No documents match.</p>") }
        let pages = (results.total + SearchParameters.pageSize - 1) / SearchParameters.pageSize
        if pages > 1 {
            html.raw("<p class=\"pager\">")
            if p.page > 1 { html.raw("<a href=\"/?"); html.text(p.query(["page": String(p.page - 1)])); html.raw("\">← previous</a>") }
            html.raw("page \(p.page) of \(pages) ")
            if p.page < pages { html.raw("<a href=\"/?"); html.text(p.query(["page": String(p.page + 1)])); html.raw("\">next →</a>") }
            html.raw("</p>")
        }
        html.raw("</section></div>")
        Pages.tail(into: &html)
        return html.bytes
    }

    func documentPage(_ id: String, csrf: String) throws -> String? {
        guard let d = try store.document(id: id) else { return nil }
        let tags = try store.tags(of: id)
        var body = "<h1>\(Pages.h(d.title ?? d.id))</h1><dl class=\"fields\">"
        func field(_ name: String, _ value: String?) { if let value, !value.isEmpty { body += "<dt>\(name)</dt><dd>\(Pages.h(value))</dd>" } }
        field("id", d.id); field("类型 kind", d.kind.rawValue); field("编号 number", d.number); field("日期 date", d.date); field("来源 source", d.source)
        field("提案人 proposers", d.authors.joined(separator: "、")); field("联名 cosigners", d.cosigners.joined(separator: "、"))
        field("界别 sector", d.sector); field("类别 category", d.category); field("主办 lead unit", d.leadUnit)
        field("会办 assisting units", d.assistingUnits.joined(separator: "、"))
        if case .string(let url)? = d.metadata["url"] {
            if let safe = Pages.safeURL(url) { body += "<dt>url</dt><dd><a href=\"\(Pages.h(safe))\" rel=\"noopener noreferrer\">\(Pages.h(safe))</a></dd>" }
            else { field("url", url) }
        }
        body += "<dt>主题 topics</dt><dd>" + (tags.isEmpty ? "none" : tags.map { "<a href=\"/?topic=\(Pages.u($0.topic))\">\(Pages.h($0.topic))</a>" }.joined(separator: "；")) + "</dd>"
        let agenda = computedAgenda
        if let agenda, let t = agenda.themeOf[d.id], let theme = agenda.themes.first(where: { $0.id == t }) {
            body += "<dt>议题 theme</dt><dd><a href=\"/themes/\(t)\">\(Pages.h(theme.name))</a> <small class=\"meta\">theme #\(t)</small></dd>"
        }
        if let agenda, let hot = agenda.hotIssue(of: d.id) {
            body += "<dt>热点 hot issue</dt><dd>#\(hot.rank) \(Pages.h(hot.description))</dd>"
        }
        if let agenda, let group = agenda.duplicateGroup[d.id] {
            body += "<dt>并案 near-duplicates</dt><dd>" + group.filter { $0 != d.id }.map { "<a href=\"/documents/\(Pages.u($0))\">\(Pages.h($0))</a>" }.joined(separator: " ") + "</dd>"
        }
        body += "</dl>"
        // Evidence offsets count in the full text (title + "\n" + text), as tagging read it.
        let full = d.fullText
        let spans = tags.flatMap { t in t.evidence.map { (start: $0.start, end: $0.end, label: t.topic) } }
        body += "<h2>正文 · Text</h2><div class=\"doctext\">\(Pages.highlighted(full, spans: spans))</div>"
        if let reply = d.reply {
            body += "<h2>答复 · Reply</h2><p class=\"meta\">\(Pages.h(reply.unit ?? "")) \(Pages.h(reply.date ?? ""))</p><div class=\"doctext\">\(Pages.h(reply.text))</div>"
        }
        if allowsEdits {
            body += "<h2>校正 · Curate</h2>"
            body += Pages.form("/curate", csrf: csrf, fields: "<input type=\"hidden\" name=\"action\" value=\"set-topics\"><input type=\"hidden\" name=\"target\" value=\"\(Pages.h(d.id))\">"
                               + "<label>topics (| between)<input name=\"value\" value=\"\(Pages.h(tags.map(\.topic).joined(separator: "|")))\"></label>"
                               + "<label>who<input name=\"author\" value=\"\"></label>", button: "correct topics")
            body += Pages.form("/curate", csrf: csrf, fields: "<input type=\"hidden\" name=\"action\" value=\"move-document\"><input type=\"hidden\" name=\"target\" value=\"\(Pages.h(d.id))\">"
                               + "<label>to theme<input name=\"value\" inputmode=\"numeric\"></label><label>who<input name=\"author\"></label>", button: "move")
        }
        return Pages.layout(title: d.title ?? d.id, body: body)
    }

    func agendaPage(csrf: String) throws -> String {
        let agenda = try self.agenda()
        let report = agenda.report
        var body = "<h1>\(Pages.h(report.title))</h1><p>\(Pages.h(report.summary))</p>"
        body += "<p class=\"meta\">export: " + ["csv", "xlsx", "md"].map { "<a href=\"/export?what=agenda&amp;format=\($0)\">\($0)</a>" }.joined(separator: " ")
            + (allowsEdits ? " · <a href=\"/export/training.jsonl\">corrected labels (training data)</a>" : "") + "</p>"
        if !report.hotIssues.isEmpty {
            var table = ReportTable(columns: ["#", "hot issue", "place", "time", "docs", "theme"])
            for hot in report.hotIssues.prefix(report.hotIssuesShown) {
                table.append(["\(hot.rank)", .init(hot.description, html: "<a href=\"#hot-\(hot.rank)\">\(Pages.h(hot.description))</a>"), "\(hot.place ?? "")",
                              "\(hot.first ?? "")…\(hot.last ?? "")", "\(hot.documents)", .init("", html: hot.theme.map { "<a href=\"/themes/\($0)\">#\($0)</a>" })])
            }
            body += "<h2>热点问题 · Hot issues</h2><div class=\"scroll\">\(table.html)</div>"
            // Each hot issue: its documents per month (the report's timeline columns) and its documents.
            for hot in report.hotIssues.prefix(report.hotIssuesShown) {
                body += "<h3 id=\"hot-\(hot.rank)\">#\(hot.rank) \(Pages.h(hot.description))</h3>"
                body += "<div class=\"scroll\">\(report.timeline(monthly: report.monthly(hot)))</div><ul>"
                for m in hot.members.prefix(50) where m < report.documents.count {
                    let d = report.documents[m]
                    body += "<li>\(Pages.h(d.date ?? "")) <a href=\"/documents/\(Pages.u(d.id))\">\(Pages.h(d.title))</a></li>"
                }
                if hot.members.count > 50 { body += "<li class=\"meta\">… \(hot.members.count - 50) more</li>" }
                body += "</ul>"
            }
        }
        body += "<h2>议题 · Themes by size</h2><div class=\"scroll\">\(report.sizeChart())</div>"
        let overTime = report.themesOverTime()
        if !overTime.isEmpty { body += "<h2>Themes over time</h2><div class=\"scroll\">\(overTime)</div>" }
        body += "<h2>主题 · Taxonomy topics</h2><div class=\"scroll\">\(report.tagChart())</div>"
        var agendaTable = ReportTable(columns: ["rank", "theme", "matters", "documents", "people", "score"])
        for i in report.items {
            agendaTable.append(["\(i.rank)", .init(i.name, html: "<a href=\"/themes/\(i.theme)\">\(Pages.h(i.name))</a> <small class=\"meta\">theme #\(i.theme)</small>"),
                                "\(i.matters)", "\(i.documents)", "\(i.authors)", "\(String(format: "%.2f", i.score))"])
        }
        body += "<h2>Agenda</h2><div class=\"scroll\">\(agendaTable.html)</div>"
        body += "<div class=\"scroll\">\(report.replyQualityHTML())</div>"
        if allowsEdits {
            body += "<h2>校正 · Curate</h2>"
            body += Pages.form("/curate", csrf: csrf, fields: "<input type=\"hidden\" name=\"action\" value=\"merge-themes\"><label>merge theme<input name=\"target\" inputmode=\"numeric\"></label>"
                               + "<label>into theme<input name=\"value\" inputmode=\"numeric\"></label><label>who<input name=\"author\"></label>", button: "merge")
            body += Pages.form("/curate", csrf: csrf, fields: "<input type=\"hidden\" name=\"action\" value=\"rename-hot-issue\"><label>hot issue #<input name=\"target\" inputmode=\"numeric\"></label>"
                               + "<label>new description<input name=\"value\"></label><label>who<input name=\"author\"></label>", button: "rename")
            body += Pages.form("/agenda/refresh", csrf: csrf, fields: "", button: "run the agenda again")
        }
        return Pages.layout(title: "Agenda", body: body)
    }

    func themePage(_ id: Int, csrf: String) throws -> String? {
        let agenda = try self.agenda()
        guard let theme = agenda.themes.first(where: { $0.id == id }) else { return nil }
        let item = agenda.item(theme: id)
        var body = "<h1>\(Pages.h(theme.name)) <small class=\"meta\">theme #\(id)</small></h1><p class=\"meta\">\(theme.members.count) documents · key terms: \(Pages.h(theme.terms.joined(separator: "、")))</p>"
        if let item { body += "<div class=\"scroll\">\(agenda.report.timeline(item))</div>" }
        if let r = agenda.report.replyQuality.byTheme[id] { body += "<p>Replies: \(Pages.h(AgendaReport.replyLine(r))).</p>" }
        for c in agenda.report.themeClasses[id] ?? [] { body += "<p class=\"meta\">\(Pages.h(c.label)): \(Pages.h(c.text()))</p>" }
        if allowsEdits {
            body += Pages.form("/curate", csrf: csrf, fields: "<input type=\"hidden\" name=\"action\" value=\"rename-theme\"><input type=\"hidden\" name=\"target\" value=\"\(id)\">"
                               + "<label>new name<input name=\"value\" value=\"\(Pages.h(theme.name))\"></label><label>who<input name=\"author\"></label>", button: "rename")
        }
        let own = agenda.report.hotIssues.filter { $0.theme == id }
        if !own.isEmpty {
            body += "<h2>热点问题 · Hot issues</h2>"
            for hot in own {
                body += "<h3>#\(hot.rank) \(Pages.h(hot.description))</h3><p class=\"meta\">\(Pages.h(hot.first ?? "undated")) … \(Pages.h(hot.last ?? "")) · \(hot.documents) documents · \(hot.people) people</p><ul>"
                for m in hot.members where m < agenda.report.documents.count {
                    let d = agenda.report.documents[m]
                    body += "<li>\(Pages.h(d.date ?? "")) <a href=\"/documents/\(Pages.u(d.id))\">\(Pages.h(d.title))</a></li>"
                }
                body += "</ul>"
            }
        }
        body += "<h2>文件 · Documents</h2><ul>"
        for m in theme.members.prefix(200) where m < agenda.report.documents.count {
            let d = agenda.report.documents[m]
            body += "<li>\(Pages.h(d.date ?? "")) <a href=\"/documents/\(Pages.u(d.id))\">\(Pages.h(d.title))</a></li>"
        }
        body += "</ul>"
        return Pages.layout(title: theme.name, body: body)
    }
}
