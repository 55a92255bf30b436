import Foundation

/// Inverse document frequencies learned from a corpus: idf(w) = ln((N + 1) / (df(w) + 1)) + 1.
/// Words never seen get the median idf, as jieba does: unknown words are neither the rarest nor
/// the most common. Stored as TSV: `# documents N` then `word<TAB>df` lines.
public struct IDFTable: Sendable {
    public private(set) var documentCount: Int
    public private(set) var documentFrequency: [String: Int]
    /// The idf of a word the table has never seen.
    public private(set) var unknownIDF: Double

    public init(documentCount: Int, documentFrequency: [String: Int]) {
        self.documentCount = documentCount
        self.documentFrequency = documentFrequency
        let idfs = documentFrequency.values.map { Self.idf(df: $0, n: documentCount) }.sorted()
        unknownIDF = idfs.isEmpty ? 1 : idfs[idfs.count / 2]
    }

    static func idf(df: Int, n: Int) -> Double { log(Double(n + 1) / Double(df + 1)) + 1 }

    public func idf(_ word: String) -> Double {
        documentFrequency[word].map { Self.idf(df: $0, n: documentCount) } ?? unknownIDF
    }

    /// Counts document frequencies; call `add(document:)` once per document.
    public struct Builder: Sendable {
        public private(set) var documentCount = 0
        public private(set) var frequency: [String: Int] = [:]
        public init() {}

        public mutating func add(document words: some Sequence<String>) {
            documentCount += 1
            for word in Set(words) { frequency[word, default: 0] += 1 }
        }

        /// The table, keeping words seen in at least `minimumDocuments` documents.
        public func table(minimumDocuments: Int = 1) -> IDFTable {
            IDFTable(documentCount: documentCount, documentFrequency: frequency.filter { $0.value >= minimumDocuments })
        }
    }

    /// The table as TSV text, most frequent words first (then by word, so output is stable).
    public func tsv() -> String {
        var out = "# documents \(documentCount)\n"
        for (word, df) in documentFrequency.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            out += "\(word)\t\(df)\n"
        }
        return out
    }

    public init(tsv text: String, source: String = "IDF table") throws(IDFTableError) {
        var n: Int? = nil
        var frequency: [String: Int] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# documents "), let count = Int(line.dropFirst(12).trimmingCharacters(in: .whitespaces)) { n = count }
                continue
            }
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let df = Int(fields[1]), df >= 0 else { throw .badLine(source, number + 1) }
            frequency[String(fields[0])] = df
        }
        guard let n else { throw .missingDocumentCount(source) }
        self.init(documentCount: n, documentFrequency: frequency)
    }

    public init(contentsOf path: String) throws(IDFTableError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        try self.init(tsv: String(decoding: data, as: UTF8.self), source: path)
    }
}

public enum IDFTableError: Error, Equatable, CustomStringConvertible {
    case unreadable(String), badLine(String, Int), missingDocumentCount(String)
    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read IDF table"
        case .badLine(let path, let line): "\(path):\(line): expected word<TAB>document count"
        case .missingDocumentCount(let path): "\(path): no '# documents N' line"
        }
    }
}
