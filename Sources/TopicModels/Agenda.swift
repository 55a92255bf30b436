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
        let figures = themes.map { theme in
            let members = theme.members
            var monthly: [String: Int] = [:]
            for m in members {
                guard let date = documents[m].date, date.count >= 7 else { continue }
                monthly[String(date.prefix(7)), default: 0] += 1
            }
            var perAuthor: [String: Int] = [:]
            for m in members { for a in documents[m].authors { perAuthor[a, default: 0] += 1 } }
            let (dominant, share) = theme.dominantTags(tags)
            return ThemeFigures(theme: theme.id, name: theme.name, terms: theme.terms, documents: members.count,
                                matters: Set(members.map { canonical[$0] ?? $0 }).count, monthly: monthly,
                                authors: perAuthor.count, topAuthors: Array(perAuthor.values.sorted(by: >).prefix(2)),
                                regions: Set(members.compactMap { documents[$0].region }).count,
                                likes: members.reduce(0) { $0 + documents[$1].likes }, tags: dominant, taxonomyShare: share,
                                representatives: theme.representatives.map { documents[$0] }, memberIDs: members.map { documents[$0].id })
        }
        let last = documents.compactMap { $0.date.map { String($0.prefix(7)) } }.filter { $0.count == 7 }.max()
        return rank(figures, lastMonth: last, window: window)
    }

    /// What a theme's rank is computed from: counts, not documents, so that they can come from
    /// aggregates (per theme × month × region × unit) as well as from the members in memory.
    public struct ThemeFigures: Sendable {
        public var theme: Int
        public var name: String
        public var terms: [String]
        public var documents: Int
        public var matters: Int
        /// Documents per month (`YYYY-MM`).
        public var monthly: [String: Int]
        /// Distinct authors, and the documents of the two most active (most first).
        public var authors: Int
        public var topAuthors: [Int]
        public var regions: Int
        public var likes: Int
        public var tags: [(topic: String, count: Int)]
        public var taxonomyShare: Double
        public var representatives: [AgendaDocument]
        public var memberIDs: [String]

        public init(theme: Int, name: String, terms: [String], documents: Int, matters: Int, monthly: [String: Int],
                    authors: Int, topAuthors: [Int], regions: Int, likes: Int, tags: [(topic: String, count: Int)],
                    taxonomyShare: Double, representatives: [AgendaDocument], memberIDs: [String]) {
            self.theme = theme; self.name = name; self.terms = terms; self.documents = documents; self.matters = matters
            self.monthly = monthly; self.authors = authors; self.topAuthors = topAuthors; self.regions = regions
            self.likes = likes; self.tags = tags; self.taxonomyShare = taxonomyShare
            self.representatives = representatives; self.memberIDs = memberIDs
        }
    }

    /// Themes ranked from their figures; `lastMonth` (`YYYY-MM`): the archive's last month, where
    /// the growth windows end.
    public static func rank(_ figures: [ThemeFigures], lastMonth last: String?, window: Int = 3) -> [AgendaItem] {
        func monthIndex(_ m: String) -> Int? {
            let parts = m.split(separator: "-"); guard parts.count == 2, let y = Int(parts[0]), let mo = Int(parts[1]) else { return nil }
            return y * 12 + mo - 1
        }
        let lastIndex = last.flatMap(monthIndex)
        var items: [AgendaItem] = figures.map { f in
            var recent = 0, previous = 0
            for (month, count) in f.monthly {
                if let lastIndex, let i = monthIndex(month) {
                    if i > lastIndex - window { recent += count } else if i > lastIndex - 2 * window { previous += count }
                }
            }
            let growth = Double(recent + 1) / Double(previous + 1)
            let growthShown = recent + previous >= growthMinimum
            let authors = f.authors
            let fewAuthors = HotIssueFinder.carriedByFew(authors: authors, top: f.topAuthors, documents: f.documents)
            let growthTerm = growthShown ? 1.5 * min(max(log2(growth), -1), 2) : 0
            // One person's repeated posts are one voice: each author counts for at most three matters.
            let score = log2(1 + Double(min(f.matters, 3 * max(1, authors)))) + growthTerm + 0.5 * log2(1 + Double(authors))
                + 0.25 * log2(1 + Double(f.likes)) + 0.5 * log2(1 + Double(f.regions)) + f.taxonomyShare
            return AgendaItem(rank: 0, theme: f.theme, name: f.name, terms: f.terms, documents: f.documents, matters: f.matters,
                              recent: recent, previous: previous, growth: growth, growthShown: growthShown,
                              authors: authors, fewAuthors: fewAuthors, regions: f.regions, likes: f.likes,
                              tags: f.tags,
                              taxonomyShare: f.taxonomyShare, monthly: contiguousMonths(f.monthly, index: monthIndex),
                              score: score, representatives: f.representatives,
                              memberIDs: f.memberIDs)
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

