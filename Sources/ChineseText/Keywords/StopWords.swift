import Foundation

/// Words left out of keywords and topic terms: function words, report filler, punctuation.
/// The shipped list is `corpora/stopwords.txt`; one word per line, `#` starts a comment.
public struct StopWords: Sendable {
    public private(set) var words: Set<String> = []
    /// The words by a hash of their UTF-8 bytes: a lookup hashes bytes instead of going through
    /// `String` hashing, which normalises every Chinese word to NFC first (most of a lookup's cost).
    private var byBytes: [UInt64: [String]] = [:]

    public init(_ words: some Sequence<String> = []) { for w in words { insert(w) } }

    public init(contentsOf path: String) throws(LexiconError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(path) }
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty && !word.hasPrefix("#") { insert(word) }
        }
    }

    public func contains(_ word: String) -> Bool {
        guard let candidates = byBytes[Self.hash(word)] else { return false }
        return candidates.contains { $0.utf8.elementsEqual(word.utf8) }
    }

    public mutating func insert(_ word: String) {
        guard words.insert(word).inserted else { return }
        byBytes[Self.hash(word), default: []].append(word)
    }

    /// FNV-1a over the UTF-8 bytes.
    private static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// Whether `word` can be a keyword at all: not a stop word, at least two characters, and
    /// made of Han characters or Latin letters (not only digits or symbols).
    public func isCandidate(_ word: String) -> Bool {
        guard !contains(word) else { return false }
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
