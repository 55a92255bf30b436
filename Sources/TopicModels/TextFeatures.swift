import Foundation
import ChineseText

/// A sparse feature vector: bucket indices with their values, indices ascending and distinct.
public struct SparseVector: Sendable, Equatable {
    public var indices: [Int32]
    public var values: [Float]
    public init(indices: [Int32] = [], values: [Float] = []) { self.indices = indices; self.values = values }
}

/// Turns a document into hashed features for the linear classifier: words (as the segmenter cuts
/// them), word pairs, and character 1- to 3-grams (which carry short texts such as headlines and
/// message subjects, where words are few). Counts are damped (1 + ln tf), weighted by idf learned
/// from the training documents, and the vector is scaled to unit length.
public struct TextFeatures: Sendable {
    /// Which features to use (a bit set, stored in the model file).
    public struct Kinds: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let words = Kinds(rawValue: 1)
        public static let wordPairs = Kinds(rawValue: 2)
        public static let characters = Kinds(rawValue: 4)
        public static let all: Kinds = [.words, .wordPairs, .characters]

        /// The kinds' names, as a comma list is read and written: words, pairs, chars.
        public static let names: [(String, Kinds)] = [("words", .words), ("pairs", .wordPairs), ("chars", .characters)]

        /// Kinds from a comma list of names ("words,chars"); nil when a name is unknown or none is given.
        public init?(names list: String) {
            self = []
            for name in list.split(separator: ",") {
                guard let kind = Kinds.names.first(where: { $0.0 == name.trimmingCharacters(in: .whitespaces) })?.1 else { return nil }
                insert(kind)
            }
            if isEmpty { return nil }
        }

        /// The comma list of the kinds' names.
        public var names: String { Kinds.names.filter { contains($0.1) }.map(\.0).joined(separator: ",") }
    }

    public static let defaultBuckets = 1 << 18
    public let buckets: Int
    public var kinds: Kinds = .all
    /// Share of the vector's length given to character n-grams when words are used too: long texts
    /// are told apart by their words, short ones need the characters.
    public var characterWeight: Float = 0.5
    let segmenter: WordSegmenter
    let stopWords: StopWords
    /// idf per bucket; empty until `learnIDF`.
    public private(set) var idf: [Float]

    public init(segmenter: WordSegmenter, stopWords: StopWords = StopWords(), buckets: Int = TextFeatures.defaultBuckets, idf: [Float] = []) {
        self.segmenter = segmenter
        self.stopWords = stopWords
        self.buckets = buckets
        self.idf = idf
    }

    /// Bucket counts of one text, before weighting: word features and character n-grams apart.
    /// `words`: the text already segmented (saves segmenting it again), or nil.
    func blockCounts(_ text: String, words segmented: [String]? = nil) -> (words: [Int32: Float], chars: [Int32: Float]) {
        var wordCounts: [Int32: Float] = [:], charCounts: [Int32: Float] = [:]
        // FNV-1a over the scalars of a feature (its kind folded into the basis); `finish` buckets it.
        @inline(__always) func start(_ kind: UInt64) -> UInt64 { 0xCBF2_9CE4_8422_2325 ^ kind }
        @inline(__always) func step(_ h: UInt64, _ s: UInt32) -> UInt64 { (h ^ UInt64(s)) &* 0x100_0000_01B3 }
        @inline(__always) func step(_ h: UInt64, _ word: String) -> UInt64 {
            var h = h
            for s in word.unicodeScalars { h = step(h, s.value) }
            return h
        }
        func add(_ kind: UInt64, hash: UInt64) {
            var h = hash
            // FNV alone leaves the high bits poorly mixed for short keys: finish like MurmurHash3.
            h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD; h ^= h >> 33; h = h &* 0xC4CE_B9FE_1A85_EC53; h ^= h >> 33
            let bucket = Int32(truncatingIfNeeded: h % UInt64(buckets))
            if kind >= 10 { charCounts[bucket, default: 0] += 1 } else { wordCounts[bucket, default: 0] += 1 }
        }
        let words = !kinds.contains(.words) && !kinds.contains(.wordPairs) ? [] : (segmented ?? segmenter.words(text)).filter { word in
            !stopWords.contains(word) && word.unicodeScalars.contains { ScalarClass.of($0.value) != .punctuation }
        }
        // Words and word pairs hashed straight from the words' scalars: no array per word.
        var previous: String? = nil
        for word in words {
            if kinds.contains(.words) { add(1, hash: step(start(1), word)) }
            if kinds.contains(.wordPairs), let previous { add(2, hash: step(step(step(start(2), previous), 0x20), word)) }
            previous = word
        }
        guard kinds.contains(.characters) else { return (wordCounts, charCounts) }
        let chars = text.unicodeScalars.map(\.value).filter {
            let c = ScalarClass.of($0); return c != .space && c != .punctuation
        }
        for n in 1...3 where chars.count >= n {
            for i in 0...(chars.count - n) {
                var h = start(UInt64(10 + n))
                for s in chars[i..<i + n] { h = step(h, s) }
                add(UInt64(10 + n), hash: h)
            }
        }
        return (wordCounts, charCounts)
    }

    typealias BlockCounts = (words: [Int32: Float], chars: [Int32: Float])

    /// Learns idf = ln((1 + N) / (1 + df)) + 1 per bucket from the training texts.
    /// `words[i]`, when given, is text i already segmented.
    public mutating func learnIDF(_ texts: [String], words: [[String]]? = nil) {
        learnIDF(from: countAll(texts, words: words))
    }

    /// The weighted, unit-length vector of a text.
    ///
    /// Sums run in bucket order, never in dictionary order: Swift seeds its hashing per process,
    /// and float sums taken in a different order differ in the last bits, which was enough to
    /// change k-means results between two runs with the same seed.
    public func vector(_ text: String, words segmented: [String]? = nil) -> SparseVector {
        vector(blockCounts(text, words: segmented))
    }

    /// Learns idf from `texts` (segmented as `words`, when given) and returns their vectors: each
    /// text is counted once, on both cores, instead of once for idf and again for its vector.
    public mutating func learnIDFAndVectors(_ texts: [String], words: [[String]]? = nil) -> [SparseVector] {
        let counts = countAll(texts, words: words)
        learnIDF(from: counts)
        let weighted = self
        var vectors = [SparseVector](repeating: SparseVector(), count: texts.count)
        vectors.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: texts.count, by: 2) { target[i] = weighted.vector(counts[i]) }
            }
        }
        return vectors
    }

    /// Every text's block counts, on both cores.
    private func countAll(_ texts: [String], words: [[String]]?) -> [BlockCounts] {
        var counts = [BlockCounts](repeating: ([:], [:]), count: texts.count)
        let me = self
        counts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: texts.count, by: 2) { target[i] = me.blockCounts(texts[i], words: words?[i]) }
            }
        }
        return counts
    }

    /// idf from the documents' counts: a bucket counts once per document, words or characters.
    private mutating func learnIDF(from counts: [BlockCounts]) {
        var df = [Float](repeating: 0, count: buckets)
        for c in counts {
            for bucket in c.words.keys { df[Int(bucket)] += 1 }
            for bucket in c.chars.keys where c.words[bucket] == nil { df[Int(bucket)] += 1 }
        }
        let n = Float(counts.count)
        idf = df.map { log((1 + n) / (1 + $0)) + 1 }
    }

    private func vector(_ counts: BlockCounts) -> SparseVector {
        let (words, chars) = counts
        // Each block weighted and scaled to its share of the length, then added.
        func weighted(_ counts: [Int32: Float], share: Float) -> [(Int32, Float)] {
            var out = counts.map { ($0.key, (1 + log($0.value)) * (idf.isEmpty ? 1 : idf[Int($0.key)])) }
            out.sort { $0.0 < $1.0 }
            let norm = out.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            return norm > 0 ? out.map { ($0.0, $0.1 / norm * share) } : []
        }
        let charShare: Float = words.isEmpty ? 1 : characterWeight
        let pairs = Self.mergeSorted(weighted(words, share: 1), weighted(chars, share: charShare))
        let norm = pairs.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
        return SparseVector(indices: pairs.map(\.0), values: pairs.map { norm > 0 ? $0.1 / norm : 0 })
    }

    /// Two bucket-sorted lists added into one.
    private static func mergeSorted(_ a: [(Int32, Float)], _ b: [(Int32, Float)]) -> [(Int32, Float)] {
        var out: [(Int32, Float)] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].0 < b[j].0) { out.append(a[i]); i += 1 }
            else if i == a.count || b[j].0 < a[i].0 { out.append(b[j]); j += 1 }
            else { out.append((a[i].0, a[i].1 + b[j].1)); i += 1; j += 1 }
        }
        return out
    }
}
