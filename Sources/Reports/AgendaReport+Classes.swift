import Foundation
import TopicModels

/// How a theme's documents spread over one class the records carry (region, source, handling
/// unit, sector): BERTopic's `topics_per_class`.
public struct ClassCount: Sendable, Equatable {
    /// `region`, `source`, `unit` or `sector`.
    public var name: String
    /// The most frequent values first.
    public var values: [(value: String, count: Int)]

    public init(name: String, values: [(value: String, count: Int)]) { self.name = name; self.values = values }

    public static func == (a: ClassCount, b: ClassCount) -> Bool {
        a.name == b.name && a.values.map(\.value) == b.values.map(\.value) && a.values.map(\.count) == b.values.map(\.count)
    }

    /// The class's name as the report shows it.
    public var label: String {
        switch name {
        case "region": "地区 · region"
        case "source": "来源 · source"
        case "unit": "承办单位 · unit"
        case "sector": "界别 · sector"
        default: name
        }
    }

    /// `A3区 (12)、A5区 (8)、…`, at most `limit` values.
    public func text(limit: Int = 5) -> String {
        values.prefix(limit).map { "\($0.value) (\($0.count))" }.joined(separator: "、") + (values.count > limit ? "、…" : "")
    }
}

extension AgendaReport {
    /// Every month (`YYYY-MM`) from the first to the last of any theme, none left out.
    public static func months(of items: [AgendaItem]) -> [String] {
        func index(_ m: String) -> Int? {
            let parts = m.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let mo = Int(parts[1]), (1...12).contains(mo) else { return nil }
            return y * 12 + mo - 1
        }
        let indices = items.flatMap { $0.monthly.compactMap { index($0.month) } }
        guard let first = indices.min(), let last = indices.max() else { return [] }
        return (first...last).map { i in String(i / 12) + "-" + (i % 12 + 1 < 10 ? "0" : "") + String(i % 12 + 1) }
    }

    /// The lines of a theme's classes, `label: values`, in the order of `ClassCount.name`s.
    func classLines(_ item: AgendaItem) -> [(label: String, text: String)] {
        (themeClasses[item.theme] ?? []).map { ($0.label, $0.text()) }
    }

    /// Themes over time as small multiples: one line a theme, over the months of the whole archive,
    /// each scaled to its own largest month (the shape, not the size, is compared; the size is the
    /// number after the name).
    public func themesOverTime() -> String {
        let months = Self.months(of: items)
        guard months.count >= 2 else { return "" }
        let column = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element, $0.offset) })
        let rowHeight = 26, labelWidth = 230, plotWidth = 360, countWidth = 60
        let width = labelWidth + plotWidth + countWidth
        let step = Double(plotWidth) / Double(months.count - 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"themes over time, one line a theme\" "
            + "viewBox=\"0 0 \(width) \(items.count * rowHeight + 22)\" width=\"100%\" style=\"max-width:\(width)px\">\n"
        for (k, item) in items.enumerated() {
            let y0 = k * rowHeight + 4, h = rowHeight - 8
            var counts = [Int](repeating: 0, count: months.count)
            for m in item.monthly { if let c = column[m.month] { counts[c] += m.count } }
            let top = max(1, counts.max() ?? 1)
            let points = counts.enumerated().map { c, n in
                "\(Int((Double(labelWidth) + Double(c) * step).rounded())),\(y0 + h - Int((Double(h) * Double(n) / Double(top)).rounded()))"
            }.joined(separator: " ")
            let name = item.name.count > 16 ? String(item.name.prefix(16)) + "…" : item.name
            svg += "<text x=\"0\" y=\"\(y0 + h - 2)\">\(item.rank). \(escape(name))</text>"
            svg += "<line class=\"axis\" x1=\"\(labelWidth)\" y1=\"\(y0 + h)\" x2=\"\(labelWidth + plotWidth)\" y2=\"\(y0 + h)\"/>"
            svg += "<polyline fill=\"none\" stroke=\"#d08a4a\" stroke-width=\"1.5\" points=\"\(points)\"><title>\(escape(item.name)): "
                + "\(item.documents) documents, most in one month \(top)</title></polyline>"
            svg += "<text x=\"\(labelWidth + plotWidth + 8)\" y=\"\(y0 + h - 2)\">\(item.documents)</text>\n"
        }
        let y = items.count * rowHeight + 18
        svg += "<text x=\"\(labelWidth)\" y=\"\(y)\">\(months[0])</text>"
        svg += "<text x=\"\(labelWidth + plotWidth)\" y=\"\(y)\" text-anchor=\"end\">\(months[months.count - 1])</text>"
        return svg + "</svg>"
    }
}
