import Foundation

/// Words left out of keywords and topic terms: function words, report filler, punctuation.
/// The shipped list is `corpora/stopwords.txt`; one word per line, `#` starts a comment.
public struct StopWords: Sendable {
    public private(set) var words: Set<String> = []
    /// The same words keyed by their bytes, for lookups (see `WordKey`).
    private var keys: Set<WordKey> = []

    public init(_ words: some Sequence<String> = []) { for w in words { insert(w) } }

    public init(contentsOf path: String) throws(LexiconError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(path) }
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty && !word.hasPrefix("#") { insert(word) }
        }
    }

    public func contains(_ word: String) -> Bool { keys.contains(WordKey(word)) }

    public mutating func insert(_ word: String) {
        words.insert(word)
        keys.insert(WordKey(word))
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

/// A word as a dictionary key, hashed and compared by its UTF-8 bytes. `String`'s own hashing
/// brings Chinese text to NFC first, which is most of the cost of a lookup; words from the
/// segmenter are compared as the bytes they are.
public struct WordKey: Hashable, Comparable, Sendable {
    public let word: String
    public init(_ word: String) { self.word = word }

    public func hash(into hasher: inout Hasher) {
        var word = self.word
        word.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: WordKey, b: WordKey) -> Bool { a.word.utf8.elementsEqual(b.word.utf8) }
    public static func < (a: WordKey, b: WordKey) -> Bool { a.word.utf8.lexicographicallyPrecedes(b.word.utf8) }
}
