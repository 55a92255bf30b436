import TopicsCore

/// The PostgreSQL store's full-text index, built from our segmenter's words rather than from
/// PostgreSQL's own parser: a document's lexemes are its segmented words (`StoreEntry.words`) and
/// its title's runs of letters and digits, lower-cased — the `simple` configuration's
/// normalisation — and become a `tsvector` with their positions (`vector`). PostgreSQL's parser
/// would cut our words again by its own rules (`co-op` → `co-op`, `co`, `op`; `50%` → `50`);
/// taking the words as they are keeps index and query on the segmenter's words, the same on every
/// server whatever its locale.
///
/// Queries take the SQLite store's FTS5 forms: words (all must match), `OR`, `AND`, `NOT word`,
/// `"quoted words"` (a phrase: the words next to each other, `<->`), `prefix*`.
public enum TextSearch {
    /// PostgreSQL refuses lexemes longer than this many bytes.
    static let maxLexemeBytes = 2046

    /// The lexemes of a document: its words, then its title's letter-and-digit runs, lower-cased.
    public static func lexemes(title: String?, words: String) -> [String] {
        var out: [String] = []
        for word in words.split(whereSeparator: { $0.isWhitespace }) { append(String(word), to: &out) }
        if let title { appendRuns(of: title, to: &out) }
        return out
    }

    private static func append(_ word: String, to out: inout [String]) {
        let lexeme = word.lowercased().replacingOccurrences(of: "\u{0}", with: "")
        if !lexeme.isEmpty && lexeme.utf8.count <= maxLexemeBytes { out.append(lexeme) }
    }

    /// PostgreSQL keeps positions up to this one (larger ones become it) …
    static let maxPosition = 16_383
    /// … and at most this many positions of one lexeme.
    static let maxPositions = 255

    /// A document's `tsvector` as text (`'停车':3,9 '难':4`), for `::tsvector`: the title's runs
    /// first, then the words, with positions as FTS5 counts tokens in a column, so a phrase matches
    /// where SQLite's does. A word with no letter or digit (punctuation the segmenter keeps) is
    /// indexed at the position of the word before it, as `unicode61` skips it; the words start two
    /// positions after the title, so no phrase runs from the title into the text. PostgreSQL keeps
    /// positions up to 16 383 and 255 a lexeme: phrases are found within that much of a document.
    public static func vector(title: String?, words: String) -> String {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        var position = 0
        func add(_ lexeme: String, at n: Int) {
            let n = max(1, min(n, maxPosition))
            if let list = positions[lexeme] {
                if list.count < maxPositions && list.last != n { positions[lexeme]!.append(n) }
            } else {
                positions[lexeme] = [n]
                order.append(lexeme)
            }
        }
        var titleRuns: [String] = []
        if let title { appendRuns(of: title, to: &titleRuns) }
        for run in titleRuns {
            position += 1
            add(run, at: position)
        }
        if position > 0 { position += 1 }
        for word in words.split(whereSeparator: { $0.isWhitespace }) {
            var lexeme: [String] = []
            append(String(word), to: &lexeme)
            if isWordLike(word) { position += 1 }
            if let lexeme = lexeme.first { add(lexeme, at: position) }
        }
        var out = ""
        for lexeme in order {
            if !out.isEmpty { out += " " }
            out += quote(lexeme) + ":" + positions[lexeme]!.map(String.init).joined(separator: ",")
        }
        return out
    }

    /// Whether `word` holds a letter or a digit: a token for FTS5's `unicode61`, which skips the rest.
    static func isWordLike<S: StringProtocol>(_ word: S) -> Bool {
        word.unicodeScalars.contains { isRunScalar($0) }
    }

    private static func isRunScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The runs of letters and digits of `text`, as lexemes.
    private static func appendRuns(of text: String, to out: inout [String]) {
        var run = ""
        for scalar in text.unicodeScalars {
            if isRunScalar(scalar) {
                run.unicodeScalars.append(scalar)
            } else if !run.isEmpty {
                append(run, to: &out)
                run = ""
            }
        }
        if !run.isEmpty { append(run, to: &out) }
    }

    /// `query` as `tsquery` text (every lexeme quoted), or an error naming the query.
    public static func tsquery(_ query: String) throws(TopicsError) -> String {
        var parts: [String] = []        // operands and operators, in order
        var pendingOperator = "&"
        var negate = false
        func operand(_ text: String) {
            if !parts.isEmpty { parts.append(pendingOperator) }
            parts.append((negate ? "!" : "") + text)
            pendingOperator = "&"
            negate = false
        }
        for token in tokens(query) {
            switch token {
            case .word("OR"): if !parts.isEmpty { pendingOperator = "|" }
            case .word("AND"): pendingOperator = "&"
            case .word("NOT"): negate = true
            case .word(let word):
                let prefix = word.hasSuffix("*") && word.count > 1
                let stem = prefix ? String(word.dropLast()) : word
                guard let lexeme = lexemes(title: nil, words: stem).first else { continue }
                operand(quote(lexeme) + (prefix ? ":*" : ""))
            case .phrase(let text):
                // Adjacent words, as FTS5's phrase: its tokens are the words with a letter or digit.
                let all = lexemes(title: nil, words: text)
                let words = all.contains(where: { isWordLike($0) }) ? all.filter { isWordLike($0) } : all
                if words.isEmpty { continue }
                operand(words.count == 1 ? quote(words[0]) : "(" + words.map(quote).joined(separator: " <-> ") + ")")
            }
        }
        guard !parts.isEmpty, parts.last != "&", parts.last != "|" else {
            throw TopicsError(.badArgument, input: query, "the search has no word to look for")
        }
        return parts.joined(separator: " ")
    }

    private enum Token: Equatable { case word(String), phrase(String) }

    /// Whitespace-separated words and double-quoted phrases; parentheses are separators.
    private static func tokens(_ query: String) -> [Token] {
        var out: [Token] = []
        var current = ""
        var quoted = false
        for c in query {
            if quoted {
                if c == "\"" { out.append(.phrase(current)); current = ""; quoted = false } else { current.append(c) }
            } else if c == "\"" {
                if !current.isEmpty { out.append(.word(current)); current = "" }
                quoted = true
            } else if c.isWhitespace || c == "(" || c == ")" {
                if !current.isEmpty { out.append(.word(current)); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(quoted ? .phrase(current) : .word(current)) }
        return out
    }

    /// `column` (the import order) as an ordering PostgreSQL cannot take from its index, so that
    /// "the matches stored last" reads the matches the GIN index lists and sorts them (a top-N
    /// sort) rather than walking the `seq` index from the newest document and testing each one's
    /// `tsvector`: that walk reads the vectors of every document on the way, the matches' and the
    /// others' (291 ms instead of 46 ms for 物业 among 200 000 documents).
    static func matchesFirst(_ column: String) -> String { column + " + 0" }

    /// A lexeme as a quoted `tsquery` operand: `'` doubled, `\` escaped.
    static func quote(_ lexeme: String) -> String {
        "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
