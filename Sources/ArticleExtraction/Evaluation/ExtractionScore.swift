/// The body metric of the shared extraction scorer: bag-of-characters precision, recall and F1
/// over Han characters, letters and digits (full width folded, case ignored; punctuation and
/// whitespace do not count). Shared by the tests and `Benchmarks/`.
public enum ExtractionScore {
    public struct PRF: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public static func body(predicted: String, truth: String) -> PRF {
        let p = counts(predicted), t = counts(truth)
        let overlap = p.reduce(0) { $0 + min($1.value, t[$1.key] ?? 0) }
        let np = p.values.reduce(0, +), nt = t.values.reduce(0, +)
        let precision = np == 0 ? 0 : Double(overlap) / Double(np)
        let recall = nt == 0 ? 0 : Double(overlap) / Double(nt)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return PRF(precision: precision, recall: recall, f1: f1)
    }

    private static func counts(_ text: String) -> [UInt32: Int] {
        var out: [UInt32: Int] = [:]
        for s in text.unicodeScalars {
            var v = s.value
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            guard CharacterClass.isContent(v) else { continue }
            out[v, default: 0] += 1
        }
        return out
    }
}
