import Foundation
import TopicsICU
import Yams

/// An editable tree of topics, each with the terms that are evidence for it (see
/// `corpora/taxonomy.yaml` for the format). Load with `Taxonomy(yaml:)`; `check()` lists problems.
public struct Taxonomy: Sendable, Equatable {
    public struct Topic: Sendable, Equatable, Decodable {
        public var id: String
        public var name: String
        public var terms: [String]
        public var aliases: [String]
        /// Supporting words (0.5 each, like aliases) that count only for a topic the document already
        /// shows other evidence for: 调研 (a survey) adds to 政协履职 in a CPPCC text but does not make a
        /// government office's survey trip CPPCC work.
        public var support: [String]
        public var patterns: [String]
        public var exclude: [String]
        public var weight: Double
        /// A context for its children (脱贫攻坚 for 健康扶贫, 教育扶贫 …): a child is given only when
        /// the document shows evidence for this topic itself — its own terms, aliases or patterns,
        /// or a child's term that contains one of them (健康扶贫 holds 扶贫) — and a child's evidence
        /// counts for this topic only then. Without it, 医疗 in a city complaint would make it a
        /// 健康扶贫 and, through it, a 脱贫攻坚 document.
        public var context: Bool
        public var children: [Topic]

        enum CodingKeys: String, CodingKey { case id, name, terms, aliases, support, patterns, exclude, weight, context, children }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
            terms = try c.decodeIfPresent([String].self, forKey: .terms) ?? []
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            support = try c.decodeIfPresent([String].self, forKey: .support) ?? []
            patterns = try c.decodeIfPresent([String].self, forKey: .patterns) ?? []
            exclude = try c.decodeIfPresent([String].self, forKey: .exclude) ?? []
            weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
            context = try c.decodeIfPresent(Bool.self, forKey: .context) ?? false
            children = try c.decodeIfPresent([Topic].self, forKey: .children) ?? []
        }

        public init(id: String, name: String, terms: [String] = [], aliases: [String] = [], support: [String] = [],
                    patterns: [String] = [], exclude: [String] = [], weight: Double = 1, context: Bool = false,
                    children: [Topic] = []) {
            self.id = id; self.name = name; self.terms = terms; self.aliases = aliases; self.support = support; self.patterns = patterns
            self.exclude = exclude; self.weight = weight; self.context = context; self.children = children
        }
    }

    struct File: Decodable {
        var name: String?
        var version: Int?
        var topics: [Topic]
    }

    public var name: String
    public var topics: [Topic]

    public init(name: String, topics: [Topic]) { self.name = name; self.topics = topics }

    /// Parses the YAML format; errors name the problem (and the line, where YAML gives one).
    public init(yaml: String, source: String = "taxonomy") throws(TaxonomyError) {
        do {
            let file = try YAMLDecoder().decode(File.self, from: yaml)
            self.init(name: file.name ?? source, topics: file.topics)
        } catch let error as DecodingError {
            throw .invalid(source, Self.describe(error))
        } catch {
            throw .invalid(source, "\(error)")
        }
    }

    public init(contentsOf path: String) throws(TaxonomyError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .invalid(path, "not UTF-8") }
        try self.init(yaml: text, source: path)
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)): missing `\(key.stringValue)`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            // A YAML syntax error says where it is in the underlying error (line and column).
            let detail = context.underlyingError.map { ": \($0)".split(separator: "\n").joined(separator: " ") } ?? ""
            let at = path(context)
            return (at.isEmpty ? "" : at + ": ") + context.debugDescription + detail
        @unknown default: return "\(error)"
        }
    }

    /// Every topic with its path of names from the root ("脱贫攻坚/教育扶贫"), depth first.
    public var flattened: [(topic: Topic, path: String)] {
        var out: [(Topic, String)] = []
        func walk(_ topics: [Topic], _ prefix: String) {
            for t in topics {
                let path = prefix.isEmpty ? t.name : prefix + "/" + t.name
                out.append((t, path))
                walk(t.children, path)
            }
        }
        walk(topics, "")
        return out
    }

    /// A problem `check()` found.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public enum Severity: String, Sendable { case error, warning }
        public var severity: Severity
        public var topic: String
        public var message: String
        public var description: String { "\(severity.rawValue): \(topic): \(message)" }
    }

    /// The longest pattern the tagger takes, in UTF-16 code units. swift-corelibs-foundation's
    /// `NSRegularExpression` copies a longer pattern into a buffer it never frees (about twice the
    /// pattern's length in bytes, on every load of the taxonomy; found by the taxonomy fuzz target,
    /// see RELIABILITY.md); a pattern that long is better written as several patterns or as terms.
    public static let longestPattern = 256

    /// Why the tagger cannot use `pattern` (a message naming it), or nil when it can: it must compile
    /// in ICU's syntax and be at most `longestPattern` UTF-16 code units long. `check()` reports these
    /// as errors; the tagger leaves such a pattern out.
    public static func patternProblem(_ pattern: String) -> String? {
        let length = pattern.utf16.count
        if length > longestPattern {
            return "pattern \(pattern.prefix(40))… is \(length) characters long, more than \(longestPattern): split it into shorter patterns or list its words as terms"
        }
        return ICURegex.compiles(pattern) ? nil : "pattern \(pattern) is not a valid regular expression"
    }

    /// Duplicate ids (error), topics with no terms, aliases, patterns or children (error), patterns
    /// that do not compile or are longer than `longestPattern` (error), topics whose every term is also excluded so they never fire
    /// (error, "unreachable"), terms shorter than two characters (warning: they match too much) and
    /// terms listed under two topics (warning).
    public func check() -> [Problem] {
        var problems: [Problem] = []
        var ids: Set<String> = []
        var termOwner: [String: String] = [:]
        for (topic, path) in flattened {
            if !ids.insert(topic.id).inserted {
                problems.append(.init(severity: .error, topic: path, message: "id \(topic.id) is used by another topic"))
            }
            if topic.terms.isEmpty && topic.aliases.isEmpty && topic.patterns.isEmpty && topic.children.isEmpty {
                problems.append(.init(severity: .error, topic: path, message: "empty: no terms, aliases, patterns or children"))
            }
            for pattern in topic.patterns {
                if let problem = Self.patternProblem(pattern) { problems.append(.init(severity: .error, topic: path, message: problem)) }
            }
            let evidence = topic.terms + topic.aliases + topic.support
            if !evidence.isEmpty, topic.patterns.isEmpty, topic.children.isEmpty,
               evidence.allSatisfy({ term in topic.exclude.contains { term.contains($0) } }) {
                problems.append(.init(severity: .error, topic: path, message: "unreachable: every term contains an excluded word"))
            }
            for term in evidence {
                if term.count < 2 {
                    problems.append(.init(severity: .warning, topic: path, message: "term \(term) is one character long and will match too often"))
                }
                if let owner = termOwner[term], owner != path {
                    problems.append(.init(severity: .warning, topic: path, message: "term \(term) is also listed under \(owner)"))
                } else {
                    termOwner[term] = path
                }
            }
        }
        return problems
    }
}

public enum TaxonomyError: Error, Equatable, CustomStringConvertible {
    case unreadable(String), invalid(String, String)
    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read the taxonomy"
        case .invalid(let path, let why): "\(path): not a valid taxonomy: \(why)"
        }
    }
}
