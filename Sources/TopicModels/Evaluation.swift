/// Accuracy, macro-F1 and per-label precision/recall/F1 of predictions against gold labels.
public struct ClassificationReport: Sendable {
    public struct PerLabel: Sendable { public var label: String; public var precision, recall, f1: Double; public var support: Int }
    public var accuracy: Double
    public var macroF1: Double
    public var perLabel: [PerLabel]

    /// Multi-label: per-label F1 over the label sets, macro-averaged; `accuracy` is the share of
    /// documents whose predicted set equals the gold set.
    public init(gold: [[String]], predicted: [[String]]) {
        let labels = Array(Set(gold.flatMap { $0 })).sorted()
        var exact = 0
        for (g, p) in zip(gold, predicted) where Set(g) == Set(p) { exact += 1 }
        accuracy = gold.isEmpty ? 0 : Double(exact) / Double(gold.count)
        perLabel = labels.map { label in
            var tp = 0, fp = 0, fn = 0
            for (g, p) in zip(gold, predicted) {
                let inG = g.contains(label), inP = p.contains(label)
                if inG && inP { tp += 1 } else if inP { fp += 1 } else if inG { fn += 1 }
            }
            let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return PerLabel(label: label, precision: precision, recall: recall, f1: f1, support: tp + fn)
        }
        macroF1 = perLabel.isEmpty ? 0 : perLabel.map(\.f1).reduce(0, +) / Double(perLabel.count)
    }

    public init(gold: [String], predicted: [String]) {
        let labels = Array(Set(gold)).sorted()
        var right = 0
        for (g, p) in zip(gold, predicted) where g == p { right += 1 }
        accuracy = gold.isEmpty ? 0 : Double(right) / Double(gold.count)
        perLabel = labels.map { label in
            var tp = 0, fp = 0, fn = 0
            for (g, p) in zip(gold, predicted) {
                if p == label && g == label { tp += 1 } else if p == label { fp += 1 } else if g == label { fn += 1 }
            }
            let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return PerLabel(label: label, precision: precision, recall: recall, f1: f1, support: tp + fn)
        }
        macroF1 = perLabel.isEmpty ? 0 : perLabel.map(\.f1).reduce(0, +) / Double(perLabel.count)
    }

    /// A plain-text table for the terminal.
    public var table: String {
        var out = "label                     precision  recall     F1  support\n"
        for p in perLabel {
            let name = p.label + String(repeating: " ", count: max(0, 24 - p.label.count * (p.label.unicodeScalars.allSatisfy(\.isASCII) ? 1 : 2)))
            out += "\(name)  \(fmt(p.precision))   \(fmt(p.recall))  \(fmt(p.f1))  \(p.support)\n"
        }
        out += "accuracy \(fmt(accuracy))   macro-F1 \(fmt(macroF1))\n"
        return out
    }

    private func fmt(_ x: Double) -> String {
        let thousandths = Int((x * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
