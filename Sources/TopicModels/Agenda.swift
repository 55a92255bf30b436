import Foundation

/// What the agenda needs to know of a document.
public struct AgendaDocument: Sendable {
    public var id: String
    public var title: String
    public var date: String?
    public var authors: [String]
    public var likes: Int
    public var dislikes: Int
    public var url: String?
    /// The district or county it concerns (区/县/市), when known.
    public var region: String?
    public init(id: String, title: String, date: String?, authors: [String], likes: Int = 0, dislikes: Int = 0,
                url: String? = nil, region: String? = nil) {
        self.id = id; self.title = title; self.date = date; self.authors = authors; self.likes = likes; self.dislikes = dislikes
        self.url = url; self.region = region
    }
}

/// The place a message or proposal concerns, from its words: the first district or county named
/// (`岳麓区`, `长沙县`, `A3区`), else the first city (`浏阳市`). Generic words (小区, 社区, 全市 …) are
/// not places.
public enum Regions {
    public static func first(in words: [String]) -> String? {
        var city: String? = nil
        for word in words {
            let scalars = word.unicodeScalars
            guard (2...7).contains(scalars.count), let last = scalars.last, !generic.contains(word) else { continue }
            if last == "区" || last == "县" || last == "旗" { return word }
            if last == "市", city == nil { city = word }
        }
        return city
    }

    static let generic: Set<String> = [
        "小区", "社区", "城区", "园区", "景区", "片区", "校区", "郊区", "地区", "辖区", "市区", "山区", "灾区", "老区", "新区",
        "该区", "本区", "全区", "我区", "各区", "此区", "开发区", "住宅区", "居住区", "商业区", "生活区", "保护区", "示范区",
        "试验区", "功能区", "风景区", "工业区", "服务区", "禁区", "误区", "盲区", "专区", "分区", "街区", "矿区", "库区",
        "全县", "本县", "我县", "该县", "各县", "县城", "城市", "都市", "超市", "股市", "菜市", "楼市", "车市", "全市", "本市",
        "我市", "该市", "各市", "上市", "夜市", "集市", "门市", "市场", "省市", "市县", "县市",
    ]
}

/// One suggested research or consultation topic, with the figures behind its rank.
public struct AgendaItem: Sendable {
    public var rank: Int
    /// The theme's id (`Theme.id`): hot issues name it.
    public var theme: Int
    public var name: String
    public var terms: [String]
    public var documents: Int
    /// Distinct matters: near-duplicates (reprints, the same message sent again, 并案) count once.
    public var matters: Int
    /// Documents in the last `window` months and the `window` months before.
    public var recent: Int
    public var previous: Int
    public var growth: Double
    /// Whether the two windows hold enough documents for growth to mean anything (recent +
    /// previous ≥ `AgendaRanker.growthMinimum`); otherwise growth is neither shown nor scored.
    public var growthShown: Bool
    public var authors: Int
    /// Carried by one or two people's repeated posts (`HotIssueFinder.carriedByFew`): not broad
    /// concern, whatever its size.
    public var fewAuthors: Bool
    /// Distinct districts or counties the documents concern (0 when the archive names none).
    public var regions: Int
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
///     score = log2(1 + min(matters, 3 · authors)) + 1.5 · clamp(log2(growth), −1, 2) + 0.5 · log2(1 + authors)
///             + 0.25 · log2(1 + likes) + 0.5 · log2(1 + regions) + taxonomy share
///
/// where growth = (recent + 1) / (previous + 1) over two windows of `window` months ending at the
/// archive's last month, counted only when the two windows together hold at least
/// `growthMinimum` documents (1 document against 0 is not growth).
public enum AgendaRanker {
    public static let growthMinimum = 6

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
            let growthShown = recent + previous >= growthMinimum
            var perAuthor: [String: Int] = [:]
            for m in members { for a in documents[m].authors { perAuthor[a, default: 0] += 1 } }
            let authors = perAuthor.count
            let fewAuthors = HotIssueFinder.carriedByFew(perAuthor, documents: members.count)
            let regions = Set(members.compactMap { documents[$0].region }).count
            let likes = members.reduce(0) { $0 + documents[$1].likes }
            let (dominant, share) = theme.dominantTags(tags)
            let growthTerm = growthShown ? 1.5 * min(max(log2(growth), -1), 2) : 0
            // One person's repeated posts are one voice: each author counts for at most three matters.
            let score = log2(1 + Double(min(matters, 3 * max(1, authors)))) + growthTerm + 0.5 * log2(1 + Double(authors))
                + 0.25 * log2(1 + Double(likes)) + 0.5 * log2(1 + Double(regions)) + share
            return AgendaItem(rank: 0, theme: theme.id, name: theme.name, terms: theme.terms, documents: members.count, matters: matters,
                              recent: recent, previous: previous, growth: growth, growthShown: growthShown,
                              authors: authors, fewAuthors: fewAuthors, regions: regions, likes: likes,
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

