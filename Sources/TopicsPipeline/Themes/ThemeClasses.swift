import Reports
import TopicModels
import TopicsCore

/// Themes per class (what BERTopic users know as `topics_per_class`): how a theme's documents
/// spread over the classes the records carry — region, source, handling unit, sector (界别) —
/// and over months.
public enum ThemeClasses {
    /// The classes a document belongs to, by name; only those it carries.
    public static func classes(of d: Document) -> [(name: String, value: String)] {
        func meta(_ keys: [String]) -> String? {
            keys.lazy.compactMap { key -> String? in
                if case .string(let v)? = d.metadata[key], !v.isEmpty { v } else { nil }
            }.first
        }
        var out: [(String, String)] = []
        if let region = meta(["region", "地区", "区域", "区县", "所属地区", "所在地区"]) { out.append(("region", region)) }
        if let source = d.source, !source.isEmpty { out.append(("source", source)) }
        if let unit = meta(["unit"]) ?? d.leadUnit ?? d.reply?.unit { out.append(("unit", unit)) }
        if let sector = d.sector, !sector.isEmpty { out.append(("sector", sector)) }
        return out
    }

    /// The class names, in the order they are shown.
    public static let names = ["region", "source", "unit", "sector"]

    /// Per class, the values among `members` with their counts, most frequent first (at most
    /// `limit` each); classes no member carries are left out.
    public static func classCounts(_ members: [Int], documents: [Document], limit: Int = 10) -> [ClassCount] {
        var byClass: [String: [String: Int]] = [:]
        for m in members where m < documents.count {
            for (name, value) in classes(of: documents[m]) { byClass[name, default: [:]][value, default: 0] += 1 }
        }
        return names.compactMap { name -> ClassCount? in
            guard let values = byClass[name] else { return nil }
            let top = values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            return ClassCount(name: name, values: top.map { ($0.key, $0.value) })
        }
    }

    /// `classCounts` as themes.jsonl and hot_issues.jsonl hold it: `{region: [{value, count}], …}`.
    public static func counts(_ members: [Int], documents: [Document], limit: Int = 10) -> Record {
        record(classCounts(members, documents: documents, limit: limit))
    }

    /// Class counts as a record: `{region: [{value, count}], …}`.
    public static func record(_ classes: [ClassCount]) -> Record {
        Record(classes.map { c in
            .init(c.name, .records(c.values.map { Record([.init("value", .string($0.value)), .init("count", .int($0.count))]) }))
        })
    }

    /// Documents per month (`YYYY-MM`) among `members`, oldest first.
    public static func monthly(_ members: [Int], documents: [Document]) -> [Record] {
        var counts: [String: Int] = [:]
        for m in members where m < documents.count {
            if let date = documents[m].date, date.count >= 7 { counts[String(date.prefix(7)), default: 0] += 1 }
        }
        return counts.sorted { $0.key < $1.key }.map { Record([.init("month", .string($0.key)), .init("count", .int($0.value))]) }
    }
}
