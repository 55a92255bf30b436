import ChineseText
import Foundation
import TopicsICU

/// A topic found in a document, with the evidence: which terms matched, where (code point offsets
/// into the original text, end exclusive) and in which sentence.
public struct TopicTag: Sendable, Equatable {
    public struct Evidence: Sendable, Equatable {
        public var term: String
        public var start: Int
        public var end: Int
        public var sentence: String
    }
    public var topicID: String
    public var path: String
    public var score: Double
    public var evidence: [Evidence]
}

/// Tags documents with the topics of a taxonomy. Text is normalised first (NFKC, Traditional →
/// Simplified, spaces) so 臺灣 matches 台湾 and full-width letters match; terms match
/// leftmost-longest, so 易地扶贫搬迁 counts once, not also as 扶贫. With a segmenter, a term
/// matches whole words only: it starts where one of the segmenter's words starts and ends where
/// one ends, so 委员 does not fire inside 业主委员会 (业主 · 委员会). A topic marked `context`
/// gives its children only with evidence of its own (see `Taxonomy.Topic.context`), and its
/// children's evidence counts for it at most `contextLending` times its own: a policy text on
/// employment that mentions 帮扶 a few times is not about 脱贫攻坚 through its 就业 words.
/// Terms in a heading (a first line of at most `headingLength` characters with more text after
/// it: a document's title, as `title + "\n" + text`) count `headingWeight` times. Supporting words
/// (weak words such as 调研 or 价格) count only for a topic with other evidence, and a heading does
/// not lift them: a survey is not CPPCC work by itself, 价格 in a title about school fees stays weak.
/// A child of a context is given only when the text is mainly about it: its evidence is at least
/// `childShare` of its branch's (the context's own and all its children's); a text about poverty
/// relief in general gets 脱贫攻坚, and the areas it touches stay in that tag's evidence.
public struct TaxonomyTagger: Sendable {
    public let taxonomy: Taxonomy
    /// Scores at or above this are kept.
    public var threshold: Double
    /// Word boundaries for the terms; nil: terms match anywhere in the text.
    public let segmenter: WordSegmenter?
    private let matcher: TermMatcher
    /// For each term id: (topic index, weight, the context topic it is evidence for as well, its kind).
    private let termTopics: [(topic: Int, weight: Double, context: Int?, kind: Kind)]
    /// A term, an alias (half as strong) or a supporting word (as weak as an alias, counted only for a topic with
    /// other evidence, and not lifted by a heading).
    private enum Kind { case term, alias, support }
    private let topics: [(topic: Taxonomy.Topic, path: String, parent: Int?)]
    private let patterns: [(topic: Int, regex: NSRegularExpression)]
    private var normalizer: TextNormalizer { Self.normalizer }

    /// Evidence a context topic needs of its own before its children are given (one alias).
    public static let contextEvidence = 0.5
    /// How much of its children's evidence a context topic takes, as a multiple of its own.
    public static let contextLending = 2.0
    /// Weight of evidence in a heading line, and the longest line that counts as one.
    public static let headingWeight = 3.0
    public static let headingLength = 80
    /// The share of its branch's evidence (the context's own and all its children's) a child of a context
    /// needs to be given: 脱贫攻坚/基础设施 for a text mainly about infrastructure, not for a county's poverty
    /// overview that mentions 基础设施 among ten areas.
    public static let childShare = 0.15
    /// The evidence of its own a context needs for its branch to come first among topics of equal
    /// (saturated) score when one of its children is given too.
    public static let specificContextEvidence = 4.0

    public init(taxonomy: Taxonomy, threshold: Double = 0.6, segmenter: WordSegmenter? = nil) {
        self.taxonomy = taxonomy
        self.threshold = threshold
        self.segmenter = segmenter
        var topics: [(Taxonomy.Topic, String, Int?)] = []
        func walk(_ list: [Taxonomy.Topic], _ prefix: String, _ parent: Int?) {
            for t in list {
                let path = prefix.isEmpty ? t.name : prefix + "/" + t.name
                topics.append((t, path, parent))
                walk(t.children, path, topics.count - 1)
            }
        }
        walk(taxonomy.topics, "", nil)
        self.topics = topics
        var matcher = TermMatcher()
        var termTopics: [(Int, Double, Int?, Kind)] = []
        var patterns: [(Int, NSRegularExpression)] = []
        let t2s = TextNormalizer(traditionalToSimplified: true)
        for (index, entry) in topics.enumerated() {
            // A child's term that holds one of its context's own terms (健康扶贫 ⊃ 扶贫) is evidence for the context too.
            let context = entry.2.flatMap { topics[$0].0.context ? $0 : nil }
            let contextWords = context.map { topics[$0].0.terms + topics[$0].0.aliases } ?? []
            for (terms, weight, kind) in [(entry.0.terms, 1.0, Kind.term), (entry.0.aliases, 0.5, .alias), (entry.0.support, 0.5, .support)] {
                for term in terms {
                    matcher.add(t2s.normalize(term).scalars, id: termTopics.count)
                    termTopics.append((index, weight * entry.0.weight, contextWords.contains { term.contains($0) } ? context : nil, kind))
                }
            }
            // A pattern ICU refuses, or one too long for NSRegularExpression to free, is left out
            // (`topics taxonomy check` reports it): see `Taxonomy.patternProblem`.
            for p in entry.0.patterns where Taxonomy.patternProblem(p) == nil {
                if let r = try? NSRegularExpression(pattern: p) { patterns.append((index, r)) }
            }
        }
        self.matcher = matcher
        self.termTopics = termTopics
        self.patterns = patterns
    }

    /// Topics of each of `texts`, in order, tagged on both cores.
    public func tag(_ texts: [String]) -> [[TopicTag]] {
        var out = [[TopicTag]](repeating: [], count: texts.count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: texts.count, by: 2) { target[i] = tag(texts[i]) }
            }
        }
        return out
    }

    /// Topics of `text`, best first.
    public func tag(_ text: String) -> [TopicTag] {
        let original = Array(text.unicodeScalars)
        let normalized = normalizer.normalize(scalars: original.map(\.value))
        return tag(original, normalized: normalized, boundaries: segmenter.map { Self.boundaries(normalized.scalars, segmenter: $0) })
    }

    /// Topics of `text` analysed already: `normalized` as `normalizer` makes it (NFKC, Traditional →
    /// Simplified, line breaks kept) and `boundaries` its word boundaries as `boundaries(_:segmenter:)`
    /// finds them with this tagger's segmenter (found here when nil; ignored when the tagger has none). A pipeline that
    /// normalised and segmented a document once passes them here instead of doing it again; the
    /// tags are `tag(text)`'s.
    public func tag(_ text: String, normalized: NormalizedText, boundaries: [Bool]?) -> [TopicTag] {
        tag(Array(text.unicodeScalars), normalized: normalized,
            boundaries: segmenter.map { boundaries ?? Self.boundaries(normalized.scalars, segmenter: $0) })
    }

    /// The normaliser `tag` reads text through.
    public static let normalizer = TextNormalizer(traditionalToSimplified: true, keepLineBreaks: true)

    /// Word boundaries of normalised scalars (true at each word's start and end), as `segmenter` cuts them.
    public static func boundaries(_ scalars: [UInt32], segmenter: WordSegmenter) -> [Bool] {
        var b = [Bool](repeating: false, count: scalars.count + 1)
        var spans: [Range<Int>] = []
        var workspace = WordSegmenter.Workspace()
        scalars.withUnsafeBufferPointer { segmenter.wordSpans($0, into: &spans, workspace: &workspace) }
        for span in spans { b[span.lowerBound] = true; b[span.upperBound] = true }
        return b
    }

    private func tag(_ original: [Unicode.Scalar], normalized: NormalizedText, boundaries: [Bool]?) -> [TopicTag] {
        let sentences = SentenceSplitter.sentences(in: normalized.scalars)
        func sentence(at position: Int) -> Range<Int> {
            sentences.first { $0.contains(position) } ?? position..<position
        }
        // The heading: a short first line with more text after it.
        let newline = UInt32(("\n" as Unicode.Scalar).value)
        var heading = 0..<0
        if let end = normalized.scalars.firstIndex(of: newline), end <= Self.headingLength,
           normalized.scalars[(end + 1)...].contains(where: { $0 != newline && $0 != 0x20 }) {
            heading = 0..<end
        }
        var evidence = [Double](repeating: 0, count: topics.count)
        // Evidence for each context topic from its own terms and its children's terms that name it.
        var contextual = [Double](repeating: 0, count: topics.count)
        var found = [[TopicTag.Evidence]](repeating: [], count: topics.count)
        // Supporting words found, counted at the end for topics with other evidence.
        var supporting: [(topic: Int, weight: Double, evidence: TopicTag.Evidence)] = []
        // Each sentence's text (normalised, for the excludes) and its original text (the evidence's),
        // made once however many terms it holds.
        var sentenceTexts: [Range<Int>: String] = [:], originalSentences: [Range<Int>: String] = [:]
        /// The weight `term` adds (0 when excluded in its sentence, or a supporting word); its evidence is recorded.
        func record(_ topic: Int, _ weight: Double, _ kind: Kind, _ term: String, _ span: Range<Int>) -> Double {
            let s = sentence(at: span.lowerBound)
            let exclude = topics[topic].topic.exclude
            if !exclude.isEmpty {
                let sentenceText = sentenceTexts[s] ?? String(scalars: normalized.scalars[s])
                sentenceTexts[s] = sentenceText
                if exclude.contains(where: { sentenceText.contains($0) }) { return 0 }
            }
            let w = kind != .support && heading.contains(span.lowerBound) ? weight * Self.headingWeight : weight
            let o = normalized.originalRange(span), os = normalized.originalRange(s)
            let sentenceText = originalSentences[s] ?? String(String.UnicodeScalarView(original[os]))
            originalSentences[s] = sentenceText
            let item = TopicTag.Evidence(term: term, start: o.lowerBound, end: o.upperBound, sentence: sentenceText)
            if kind == .support { supporting.append((topic, w, item)); return 0 }
            evidence[topic] += w
            contextual[topic] += w
            found[topic].append(item)
            return w
        }
        for match in matcher.matches(in: normalized.scalars, boundaries: boundaries) {
            let (topic, weight, context, kind) = termTopics[match.id]
            let w = record(topic, weight, kind, String(scalars: normalized.scalars[match.range]), match.range)
            if w > 0, let context { contextual[context] += w }
        }
        if !patterns.isEmpty {
            let flat = normalized.text
            let utf16 = Array(flat.utf16)
            // NSRegularExpression reports UTF-16 ranges: map them to code points.
            var scalarAt = [Int](repeating: 0, count: utf16.count + 1)
            var k = 0
            for (i, u) in utf16.enumerated() { scalarAt[i] = k; if !(0xD800...0xDBFF).contains(u) { k += 1 } }
            scalarAt[utf16.count] = k
            for (topic, regex) in patterns {
                for m in regex.matches(in: flat, range: NSRange(location: 0, length: utf16.count)) {
                    let span = scalarAt[m.range.location]..<scalarAt[m.range.location + m.range.length]
                    _ = record(topic, 0.8 * topics[topic].topic.weight, .term, String(scalars: normalized.scalars[span]), span)
                }
            }
        }
        // Supporting words add to topics that have evidence of their own (their matches in text order among the others').
        if !supporting.isEmpty {
            let supported = evidence.map { $0 > 0 }
            var added: Set<Int> = []
            for (topic, w, item) in supporting where supported[topic] {
                evidence[topic] += w
                contextual[topic] += w
                found[topic].append(item)
                added.insert(topic)
            }
            for i in added { found[i].sort { $0.start < $1.start } }
        }
        // A child under a context without evidence for it is not given (nor anything under it).
        // (Parents come before their children in `topics`.)
        var cut = [Bool](repeating: false, count: topics.count)
        for i in topics.indices {
            if let parent = topics[i].parent, cut[parent] || (topics[parent].topic.context && contextual[parent] < Self.contextEvidence) {
                cut[i] = true
            }
        }
        var total = evidence
        for i in topics.indices where cut[i] { total[i] = 0; found[i] = [] }
        // A child's evidence also counts for its parents (a document about 教育扶贫 is about 脱贫攻坚);
        // for a context, at most `contextLending` times the evidence it has of its own (its terms, and its
        // children's terms that name it, which `contextual` holds already).
        // A child of a context holding less than `childShare` of its branch's evidence is not given (nor anything
        // under it); its evidence still counts for the context, and its matches are shown as the context's.
        var lent = [Double](repeating: 0, count: topics.count)
        var minor = [Bool](repeating: false, count: topics.count)
        for i in stride(from: topics.count - 1, through: 0, by: -1) {
            if topics[i].topic.context {
                let named = contextual[i] - evidence[i]
                let children = topics.indices.filter { topics[$0].parent == i && !cut[$0] && total[$0] > 0 }
                let branch = contextual[i] + children.reduce(0) { $0 + total[$1] }
                for c in children where total[c] < Self.childShare * branch {
                    minor[c] = true
                    found[i] += found[c]
                }
                if children.contains(where: { minor[$0] }) { found[i].sort { $0.start < $1.start } }
                total[i] = contextual[i] + min(max(lent[i] - named, 0), Self.contextLending * contextual[i])
            } else {
                total[i] += lent[i]
            }
            if let parent = topics[i].parent, !cut[i] { lent[parent] += total[i] }
        }
        for i in topics.indices { if let parent = topics[i].parent, minor[parent] { minor[i] = true } }
        // A context given with a child of its own (脱贫攻坚 with 教育扶贫) and evidence of its own past
        // `specificContextEvidence` (扶贫开发, 精准脱贫, 两不愁三保障 …, not one 帮扶): the text names the context's
        // particular kind of the thing, which is more than the thing alone (教育文体).
        var specific = [Bool](repeating: false, count: topics.count)
        for i in topics.indices where total[i] > 0 && !minor[i] && !cut[i] {
            if let parent = topics[i].parent, topics[parent].topic.context, contextual[parent] >= Self.specificContextEvidence {
                specific[parent] = true
            }
        }
        var tags: [(tag: TopicTag, evidence: Double, specific: Bool)] = []
        for (i, entry) in topics.enumerated() where total[i] > 0 && !minor[i] {
            let score = 1 - exp(-total[i])
            guard score >= threshold else { continue }
            tags.append((TopicTag(topicID: entry.topic.id, path: entry.path, score: (score * 1000).rounded() / 1000,
                                  evidence: found[i]), total[i], specific[i]))
        }
        // Scores saturate (1.000 from evidence 7.6 on): at an equal shown score a context with a child given comes
        // first, then the topic with more evidence, so a long text's main topic is not decided by the names' order.
        return tags.sorted {
            if $0.tag.score != $1.tag.score { return $0.tag.score > $1.tag.score }
            if $0.specific != $1.specific { return $0.specific }
            if $0.evidence != $1.evidence { return $0.evidence > $1.evidence }
            return $0.tag.path < $1.tag.path
        }.map(\.tag)
    }
}

/// Leftmost-longest matching of many terms at once over code points (a trie).
struct TermMatcher: Sendable {
    /// One-character suffixes that make a word into a compound of the same thing: a bureau, a
    /// hall, -isation, a worker, a fee, people, a period … (环保局, 体育馆, 市场化, 农民工, 医疗费, 委员们).
    static let wordSuffixes: Set<UInt32> = Set("局馆化性费者员工类业点站室所处证卡金户们界型率量价期节款部科厅队网线场".unicodeScalars.map(\.value))

    private var children: [UInt64: Int32] = [:]
    private var termAt: [Int32] = [-1] // node → term id
    private var rootChildren = [Int32](repeating: -1, count: 0x10000)

    mutating func add(_ scalars: [UInt32], id: Int) {
        guard !scalars.isEmpty else { return }
        var node: Int32 = 0
        for s in scalars {
            let next = child(node, s)
            if next >= 0 { node = next; continue }
            let created = Int32(termAt.count)
            termAt.append(-1)
            if node == 0 && s < 0x10000 { rootChildren[Int(s)] = created } else { children[UInt64(node) << 32 | UInt64(s)] = created }
            node = created
        }
        if termAt[Int(node)] < 0 { termAt[Int(node)] = Int32(id) }
    }

    @inline(__always)
    private func child(_ node: Int32, _ s: UInt32) -> Int32 {
        if node == 0 && s < 0x10000 { return rootChildren[Int(s)] }
        return children[UInt64(node) << 32 | UInt64(s)] ?? -1
    }

    /// Leftmost-longest matches. With `boundaries` (true at each word's start and end), a match
    /// covers whole words, or is the head of a compound the segmenter kept as one word: its end
    /// (月工资, 普惠性幼儿园 for 工资, 幼儿园), or its start before one suffix character of
    /// `wordSuffixes` (环保局, 农民工, 委员们). Never the middle of a word, nor a start before any other
    /// character (委员 is not in 业主委员会, cut 业主 · 委员会).
    func matches(in scalars: [UInt32], boundaries: [Bool]? = nil) -> [(id: Int, range: Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        func whole(_ i: Int, _ j: Int) -> Bool {
            guard let b = boundaries else { return true }
            if b[i] && b[j] { return true }
            // Inside one word (no boundary strictly between i and j).
            guard !(i + 1..<j).contains(where: { b[$0] }) else { return false }
            if !b[i] && b[j] { return j - i >= 2 }
            if b[i] && !b[j] { return j + 1 < b.count && b[j + 1] && Self.wordSuffixes.contains(scalars[j]) }
            return false
        }
        var i = 0
        while i < scalars.count {
            var node: Int32 = 0
            var best: (Int, Int)? = nil
            var j = i
            while j < scalars.count {
                node = child(node, scalars[j])
                if node < 0 { break }
                j += 1
                if termAt[Int(node)] >= 0, whole(i, j) { best = (Int(termAt[Int(node)]), j) }
            }
            if let (id, end) = best { out.append((id, i..<end)); i = end } else { i += 1 }
        }
        return out
    }
}
