import Foundation

/// Words left out of keywords and topic terms: function words, report filler, punctuation.
/// The shipped list is `corpora/stopwords.txt`; one word per line, `#` starts a comment.
public struct StopWords: Sendable {
    public private(set) var words: Set<String> = []

    public init(_ words: some Sequence<String> = []) { self.words = Set(words) }

    public init(contentsOf path: String) throws(LexiconError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(path) }
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty && !word.hasPrefix("#") { words.insert(word) }
        }
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    public mutating func insert(_ word: String) { words.insert(word) }

    /// Whether `word` can be a keyword at all: not a stop word, at least two characters, and
    /// made of Han characters or Latin letters (not only digits or symbols).
    public func isCandidate(_ word: String) -> Bool {
        guard !words.contains(word) else { return false }
        var count = 0, meaningful = false
        for s in word.unicodeScalars {
            count += 1
            switch ScalarClass.of(s.value) {
            case .han, .latin: meaningful = true
            case .digit, .chineseNumeral, .punctuation, .other: break
            case .space, .padding: return false
            }
        }
        return meaningful && count >= 2
    }
}
