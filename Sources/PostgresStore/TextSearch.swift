import TopicsCore

/// The PostgreSQL store's full-text index, built from our segmenter's words rather than from
/// PostgreSQL's own parser: a document's lexemes are its segmented words (`StoreEntry.words`) and
/// its title's runs of letters and digits, lower-cased — the `simple` configuration's
/// normalisation — and become a `tsvector` with `array_to_tsvector`. PostgreSQL's parser would
/// cut our words again by its own rules (`co-op` → `co-op`, `co`, `op`; `50%` → `50`); taking
/// the words as they are keeps index and query on the segmenter's words,
/// the same on every server whatever its locale.
///
/// Queries take the SQLite store's FTS5 forms that make sense without positions: words (all must
/// match), `OR`, `AND`, `NOT word`, `"quoted words"` (all of them), `prefix*`.
public enum TextSearch {
    /// PostgreSQL refuses lexemes longer than this many bytes.
    static let maxLexemeBytes = 2046

    /// The lexemes of a document: its words, then its title's letter-and-digit runs, lower-cased.
    public static func lexemes(title: String?, words: String) -> [String] {
        var out: [String] = []
        for word in words.split(whereSeparator: { $0.isWhitespace }) { append(String(word), to: &out) }
        if let title {
            var run = ""
            for scalar in title.unicodeScalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                    run.unicodeScalars.append(scalar)
                } else if !run.isEmpty {
                    append(run, to: &out)
                    run = ""
                }
            }
            if !run.isEmpty { append(run, to: &out) }
        }
        return out
    }

    private static func append(_ word: String, to out: inout [String]) {
        let lexeme = word.lowercased().replacingOccurrences(of: "\u{0}", with: "")
        if !lexeme.isEmpty && lexeme.utf8.count <= maxLexemeBytes { out.append(lexeme) }
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
                let words = lexemes(title: nil, words: text)
                if words.isEmpty { continue }
                operand(words.count == 1 ? quote(words[0]) : "(" + words.map(quote).joined(separator: " & ") + ")")
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

    /// A lexeme as a quoted `tsquery` operand: `'` doubled, `\` escaped.
    static func quote(_ lexeme: String) -> String {
        "'" + lexeme.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
