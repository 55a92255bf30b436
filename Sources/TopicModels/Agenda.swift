import Foundation

/// What the agenda needs to know of a document.
public struct AgendaDocument: Sendable {
    public var id: String
    public var title: String
    public var date: String?
    public var authors: [String]
    public var likes: Int
    public var url: String?
    public init(id: String, title: String, date: String?, authors: [String], likes: Int = 0, url: String? = nil) {
        self.id = id; self.title = title; self.date = date; self.authors = authors; self.likes = likes; self.url = url
    }
}

/// One suggested research or consultation topic, with the figures behind its rank.
public struct AgendaItem: Sendable {
    public var rank: Int
    public var name: String
    public var terms: [String]
    public var documents: Int
    /// Distinct matters: near-duplicates (reprints, the same message sent again, 并案) count once.
    public var matters: Int
    /// Documents in the last `window` months and the `window` months before.
    public var recent: Int
    public var previous: Int
    public var growth: Double
    public var authors: Int
    public var likes: Int
    /// Taxonomy topics of the members, most frequent first, and the share of members with any.
    public var tags: [(topic: String, count: Int)]
    public var taxonomyShare: Double
    /// Documents per month ("2019-06"), oldest first; months without documents between the first
    /// and the last are listed with 0 (at most the last 120 months).
    public var monthly: [(month: String, count: Int)]
    public var score: Double
    public var representatives: [AgendaDocument]
    public var memberIDs: [String]
}

/// Ranks themes into an agenda: volume (distinct matters), growth over the last months, how many
/// different people raised it, public support (likes) and fit with the taxonomy:
///
///     score = log2(1 + matters) + 1.5 · clamp(log2(growth), −1, 2) + 0.5 · log2(1 + authors)
///             + 0.25 · log2(1 + likes) + taxonomy share
///
/// where growth = (recent + 1) / (previous + 1) over two windows of `window` months ending at the
/// archive's last month.
public enum AgendaRanker {
    public static func rank(_ documents: [AgendaDocument], themes: [Theme], canonical: [Int: Int] = [:],
                            tags: [[String]] = [], window: Int = 3) -> [AgendaItem] {
        let months = documents.compactMap { $0.date.map { String($0.prefix(7)) } }.filter { $0.count == 7 }
        let last = months.max()
        func monthIndex(_ m: String) -> Int? {
            let parts = m.split(separator: "-"); guard parts.count == 2, let y = Int(parts[0]), let mo = Int(parts[1]) else { return nil }
            return y * 12 + mo - 1
        }
        let lastIndex = last.flatMap(monthIndex)
        var items: [AgendaItem] = themes.map { theme in
            let members = theme.members
            let matters = Set(members.map { canonical[$0] ?? $0 }).count
            var recent = 0, previous = 0
            var monthly: [String: Int] = [:]
            for m in members {
                guard let date = documents[m].date, date.count >= 7 else { continue }
                let month = String(date.prefix(7))
                monthly[month, default: 0] += 1
                if let lastIndex, let i = monthIndex(month) {
                    if i > lastIndex - window { recent += 1 } else if i > lastIndex - 2 * window { previous += 1 }
                }
            }
            let growth = Double(recent + 1) / Double(previous + 1)
            let authors = Set(members.flatMap { documents[$0].authors }).count
            let likes = members.reduce(0) { $0 + documents[$1].likes }
            let (dominant, share) = theme.dominantTags(tags)
            let score = log2(1 + Double(matters)) + 1.5 * min(max(log2(growth), -1), 2) + 0.5 * log2(1 + Double(authors))
                + 0.25 * log2(1 + Double(likes)) + share
            return AgendaItem(rank: 0, name: theme.name, terms: theme.terms, documents: members.count, matters: matters,
                              recent: recent, previous: previous, growth: growth, authors: authors, likes: likes,
                              tags: dominant,
                              taxonomyShare: share, monthly: contiguousMonths(monthly, index: monthIndex),
                              score: score, representatives: theme.representatives.map { documents[$0] },
                              memberIDs: members.map { documents[$0].id })
        }
        items.sort { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }
        for i in items.indices { items[i].rank = i + 1 }
        return items
    }

    /// Counts per month with the empty months in between filled in, so a timeline's gaps show.
    private static func contiguousMonths(_ counts: [String: Int], index: (String) -> Int?) -> [(month: String, count: Int)] {
        let indexed = counts.compactMap { key, value in index(key).map { ($0, value) } }
        guard let first = indexed.map(\.0).min(), let last = indexed.map(\.0).max() else { return [] }
        let byIndex = Dictionary(indexed, uniquingKeysWith: +)
        return (max(first, last - 119)...last).map { i in
            let name = String(i / 12) + "-" + (i % 12 + 1 < 10 ? "0" : "") + String(i % 12 + 1)
            return (name, byIndex[i] ?? 0)
        }
    }
}

