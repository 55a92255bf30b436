import Reports
import TopicModels
import TopicsCore
import TopicsPipeline

/// The agenda as the workspace shows it: one run of `AgendaPipeline` over the store's documents,
/// with the curation log replayed over it (renamed and merged themes, moved documents, renamed
/// hot issues), re-ranked. Computed once per run and once per new correction, never per request.
///
/// Theme corrections name themes by id (`Theme.id`, 1 = largest): the pipeline is seeded, so the
/// same documents give the same ids when the agenda runs again; document moves name documents by
/// id and survive any re-run.
public struct WorkspaceAgenda: Sendable {
    /// What the pipeline computed, before corrections.
    public let base: AgendaPipeline.Output
    /// The report with the corrections applied (its items, hot issues and documents).
    public private(set) var report: AgendaReport
    public private(set) var themes: [Theme]
    /// Each document's theme id and region, by document id.
    public private(set) var themeOf: [String: Int] = [:]
    public private(set) var regionOf: [String: String] = [:]
    /// Document index by id (indices of `report.documents`).
    public private(set) var indexOf: [String: Int] = [:]
    /// Each near-duplicate group (并案): document id → the ids of its group, itself included.
    public private(set) var duplicateGroup: [String: [String]] = [:]
    /// Each theme's name by id, corrections applied (the search page's theme facet labels).
    public private(set) var themeNames: [Int: String] = [:]

    public init(_ output: AgendaPipeline.Output, corrections: [Correction]) {
        base = output
        report = output.report
        themes = output.themes
        for (k, d) in output.documents.enumerated() {
            indexOf[d.id] = k
            if let r = d.region { regionOf[d.id] = r }
        }
        var groups: [Int: [Int]] = [:]
        for (duplicate, keep) in output.canonical { groups[keep, default: [keep]].append(duplicate) }
        for members in groups.values {
            let ids = members.sorted().map { output.documents[$0].id }
            for id in ids { duplicateGroup[id] = ids }
        }
        apply(corrections)
    }

    private mutating func apply(_ corrections: [Correction]) {
        var hotNames: [Int: String] = [:]
        for c in corrections {
            switch c.action {
            case .renameTheme:
                if let id = Int(c.target), let at = themes.firstIndex(where: { $0.id == id }) { themes[at].name = c.value }
            case .mergeThemes:
                guard let from = Int(c.target), let into = Int(c.value), from != into,
                      let a = themes.firstIndex(where: { $0.id == from }), let b = themes.firstIndex(where: { $0.id == into }) else { continue }
                themes[b].members += themes[a].members
                themes[b].representatives += themes[a].representatives.prefix(max(0, 3 - themes[b].representatives.count))
                themes.remove(at: a)
            case .moveDocument:
                guard let into = Int(c.value), let k = base.documents.firstIndex(where: { $0.id == c.target }),
                      themes.contains(where: { $0.id == into }) else { continue }
                for t in themes.indices {
                    themes[t].members.removeAll { $0 == k }
                    themes[t].representatives.removeAll { $0 == k }
                }
                if let b = themes.firstIndex(where: { $0.id == into }) { themes[b].members.append(k) }
            case .renameHotIssue:
                if let rank = Int(c.target) { hotNames[rank] = c.value }
            case .setTopics:
                continue   // the store overlays topics itself
            }
        }
        themes.removeAll { $0.members.isEmpty }
        for t in themes { for m in t.members { themeOf[base.documents[m].id] = t.id } }
        themeNames = Dictionary(themes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let items = AgendaRanker.rank(base.documents, themes: themes, canonical: base.canonical, tags: base.tags.map { $0.map(\.topic) })
        var hot = base.hotIssues
        let live = Set(themes.map(\.id))
        for h in hot.indices {
            if let name = hotNames[hot[h].rank] { hot[h].description = name }
            // A hot issue follows the theme its members now mostly belong to.
            var votes: [Int: Int] = [:]
            for m in hot[h].members { if let t = themeOf[base.documents[m].id] { votes[t, default: 0] += 1 } }
            if let top = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key { hot[h].theme = top }
            else if let t = hot[h].theme, !live.contains(t) { hot[h].theme = nil }
        }
        report = AgendaReport(title: base.report.title, items: items, summary: base.report.summary, hotIssues: hot, documents: base.documents)
        // Reply quality and classes per theme as the pipeline counted them (a theme merged into
        // another keeps the figures of the theme it was merged into until the agenda runs again).
        report.replyQuality = base.report.replyQuality
        report.themeClasses = base.report.themeClasses
    }

    /// The agenda item of a theme id.
    public func item(theme: Int) -> AgendaItem? { report.items.first { $0.theme == theme } }

    /// The hot issue of a document, when it is in one.
    public func hotIssue(of id: String) -> HotIssue? {
        guard let k = indexOf[id] else { return nil }
        return report.hotIssues.first { $0.members.contains(k) }
    }
}
