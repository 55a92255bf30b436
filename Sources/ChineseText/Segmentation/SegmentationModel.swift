import Foundation

/// A trained boundary tagger: character vocabulary plus perceptron weights. Immutable and
/// shareable across threads; each thread segments with its own `SegmentationModel.Workspace`.
public final class SegmentationModel: Sendable {
    let vocabulary: CharacterVocabulary
    let weights: TaggingWeights
    /// The word list behind the lexicon features (part of the model: the weights were learned with it).
    let lexicon: WordTrie

    init(vocabulary: CharacterVocabulary, weights: PerceptronWeights, lexicon: WordTrie) {
        self.vocabulary = vocabulary
        self.weights = TaggingWeights(weights, vocabulary: vocabulary)
        self.lexicon = lexicon
    }

    /// Reusable buffers, so segmenting line after line allocates nothing.
    public struct Workspace: Sendable {
        var ids: [Int32] = []
        var classes: [UInt8] = []
        var emissions: [SIMD4<Float>] = []
        var backPointers: [UInt8] = []
        var tags: [UInt8] = []
        var lexiconCodes: [UInt8] = []
        var scoring = TaggingWeights.Scratch()
        var trie = WordTrie.Scratch()
        public init() {}
    }

    /// Tags (B=0 M=1 E=2 S=3) for `scalars`, respecting `masks` (bit t allows tag t) when given.
    func tag(_ scalars: UnsafeBufferPointer<UInt32>, masks: [UInt8]?, workspace w: inout Workspace) {
        score(scalars, workspace: &w)
        decode(count: scalars.count, masks: masks, workspace: &w)
    }

    /// Fills `w.emissions` with the tag scores of `scalars` (they do not depend on the masks).
    func score(_ scalars: UnsafeBufferPointer<UInt32>, workspace w: inout Workspace) {
        let n = scalars.count
        weights.encode(scalars, vocabulary: vocabulary, ids: &w.ids, classes: &w.classes)
        LexiconFeatures.compute(scalars, lexicon: lexicon, into: &w.lexiconCodes, scratch: &w.trie)
        if w.emissions.count < n {
            w.emissions = [SIMD4<Float>](repeating: .zero, count: n)
            w.backPointers = [UInt8](repeating: 0, count: n)
        }
        w.ids.withUnsafeBufferPointer { ids in
            w.classes.withUnsafeBufferPointer { classes in
                w.lexiconCodes.withUnsafeBufferPointer { codes in
                    w.emissions.withUnsafeMutableBufferPointer { emissions in
                        weights.emissions(ids: ids, classes: classes, lexiconCodes: codes, scratch: &w.scoring,
                                          into: UnsafeMutableBufferPointer(rebasing: emissions[0..<n]))
                    }
                }
            }
        }
    }

    /// Tags for the `count` characters last scored, respecting `masks` when given; when the masks
    /// leave no valid sequence (conflicting constraints), the model alone decides.
    func decode(count n: Int, masks: [UInt8]?, workspace w: inout Workspace) {
        if w.tags.count != n { w.tags = [UInt8](repeating: 3, count: n) }
        let ok = w.emissions.withUnsafeBufferPointer { emissions in
            w.backPointers.withUnsafeMutableBufferPointer { back in
                w.tags.withUnsafeMutableBufferPointer { tags in
                    let e = UnsafeBufferPointer(rebasing: emissions[0..<n])
                    if let masks {
                        return masks.withUnsafeBufferPointer { m in
                            decodeTags(emissions: e, masks: m, transitions: weights.transitions, tags: tags, backPointers: back)
                        }
                    }
                    return decodeTags(emissions: e, masks: nil, transitions: weights.transitions, tags: tags, backPointers: back)
                }
            }
        }
        if !ok && masks != nil { decode(count: n, masks: nil, workspace: &w) }
    }

    // MARK: - File format
    //
    // Little-endian: "TOPICSEG", version, vocabulary (code points of ids 2…), unigram, class,
    // lexicon and transition weights as Float32, the lexicon's word trie (`WordTrie.write(to:)`;
    // version 3, still read, had the words instead: UInt16 byte count + UTF-8 each), then the
    // pair, triple and skip tables as (UInt64 key, Float16 × lanes).
    // Float16 halves the file; the weights are averaged counts where 3 significant digits suffice.

    static let magic = Array("TOPICSEG".utf8)
    static let version: UInt32 = 4

    /// The model as bytes (see "File format").
    public func serialized() -> [UInt8] {
        var out = ByteWriter()
        out.bytes += Self.magic
        out.u32(Self.version)
        out.u32(UInt32(vocabulary.scalars.count))
        for s in vocabulary.scalars { out.u32(s) }
        let weights = self.weights.perceptronWeights(vocabularySize: vocabulary.count)
        for v in weights.unigrams { out.f32(v) }
        for v in weights.classes { out.f32(v) }
        for v in weights.lexicon { out.f32(v) }
        for t in weights.transitions { out.f32(SIMD4(t, 0, 0, 0), lanes: 1) }
        // The same words give the same table whatever order they were added in.
        WordTrie(words: lexicon.wordScalars.sorted { $0.lexicographicallyPrecedes($1) }).write(to: &out)
        for table in [weights.pairs, weights.triples, weights.skips] {
            let entries = table.index.entries.sorted { $0.key < $1.key }
            out.u32(UInt32(entries.count))
            for (key, row) in entries {
                out.u64(key)
                for k in 0..<table.lanes { out.f16(table.rows[Int(row) * table.lanes + k]) }
            }
        }
        return out.bytes
    }

    /// Reads a model written by `serialized()`.
    public convenience init(bytes: [UInt8]) throws(SegmentationModelError) {
        var r = ByteReader(bytes: bytes)
        guard let head = r.take(Self.magic.count), Array(head) == Self.magic else { throw .notAModel }
        guard let version = r.u32(), version == Self.version || version == 3 else { throw .unsupportedVersion }
        guard let scalarCount = r.u32(), Int(scalarCount) * 4 <= bytes.count else { throw .truncated }
        var vocabulary = CharacterVocabulary()
        for _ in 0..<scalarCount {
            guard let s = r.u32() else { throw .truncated }
            vocabulary.add(s)
        }
        guard vocabulary.count == Int(scalarCount) + 2 else { throw .corrupt("repeated characters") }
        guard vocabulary.count <= PairIndex.maximumVocabulary else { throw .corrupt("more than \(PairIndex.maximumVocabulary - 2) characters") }
        // Straight into the tagging layout: no second copy of the tables while loading.
        var weights = TaggingWeights(vocabulary: vocabulary)
        for i in weights.unigrams.indices { guard let v = r.f32x4() else { throw .truncated }; weights.unigrams[i] = v }
        for i in weights.classes.indices { guard let v = r.f32x4() else { throw .truncated }; weights.classes[i] = v }
        for i in weights.lexicon.indices { guard let v = r.f32x4() else { throw .truncated }; weights.lexicon[i] = v }
        for i in 0..<16 { guard let v = r.f32() else { throw .truncated }; weights.transitions[i] = v }
        let lexicon = version == 3 ? try Self.wordList(&r) : try WordTrie(reading: &r)
        func read(lanes: Int, into rows: inout [SIMD4<Float>]) throws(SegmentationModelError) -> PairIndex {
            guard let count = r.u32(), Int(count) * (8 + lanes * 8) <= r.remaining else { throw .truncated }
            var index = PairIndex(count: Int(count), vocabularySize: vocabulary.count, missing: Int32(count))
            rows.reserveCapacity(rows.count + Int(count) * lanes + lanes)
            for row in 0..<Int(count) {
                guard let key = r.u64() else { throw .truncated }
                guard key >> 32 < UInt64(vocabulary.count), key & 0xFFFF_FFFF < UInt64(vocabulary.count),
                      index.insert(key, row: Int32(row)) else { throw .corrupt("bad feature key") }
                for _ in 0..<lanes { guard let v = r.f16x4() else { throw .truncated }; rows.append(v) }
            }
            rows.append(contentsOf: repeatElement(.zero, count: lanes)) // the row of absent pairs
            return index
        }
        if let pairCount = r.peekU32(), Int(pairCount) * 40 <= r.remaining { weights.reservePairRows(Int(pairCount) * 4 + 4) }
        weights.pairs = try read(lanes: 4, into: &weights.pairRows)
        guard let tripleCount = r.u32(), Int(tripleCount) * (8 + 3 * 8) <= r.remaining else { throw .truncated }
        weights.triples.index = FeatureIndex(minimumCapacity: Int(tripleCount))
        for row in 0..<Int(tripleCount) {
            guard let key = r.u64() else { throw .truncated }
            if key == FeatureIndex.emptyKey || weights.triples.index.row(for: key) >= 0 { throw .corrupt("bad feature key") }
            weights.triples.index.insert(key, row: Int32(row))
            for _ in 0..<3 { guard let v = r.f16x4() else { throw .truncated }; weights.triples.rows.append(v) }
        }
        weights.skips = try read(lanes: 1, into: &weights.skipRows)
        guard r.remaining == 0 else { throw .corrupt("trailing bytes") }
        weights.finish(vocabulary: vocabulary)
        self.init(vocabulary: vocabulary, weights: weights, lexicon: lexicon)
    }

    /// Version 3's lexicon: the word count, then each word as a UInt16 byte count and UTF-8.
    private static func wordList(_ r: inout ByteReader) throws(SegmentationModelError) -> WordTrie {
        guard let wordCount = r.u32(), Int(wordCount) * 2 <= r.remaining else { throw .truncated }
        var lexicon = WordTrie(expectedCharacters: Int(wordCount) * 2)
        var word: [UInt32] = []
        for _ in 0..<wordCount {
            guard let length = r.u16(), let utf8 = r.take(Int(length)) else { throw .truncated }
            guard Lexicon.decodeWord(utf8, into: &word) else { throw .corrupt("lexicon word is not UTF-8") }
            word.withUnsafeBufferPointer { lexicon.insert($0) }
        }
        return lexicon
    }

    init(vocabulary: CharacterVocabulary, weights: TaggingWeights, lexicon: WordTrie) {
        self.vocabulary = vocabulary
        self.weights = weights
        self.lexicon = lexicon
    }

    /// Loads a model file.
    public convenience init(contentsOf path: String) throws(SegmentationModelError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        try self.init(bytes: [UInt8](data))
    }

    /// Number of features with weights, for reports.
    public var featureCount: Int { weights.unigrams.count + weights.pairs.count * 4 + weights.triples.rows.count + weights.skips.count }
}

public enum SegmentationModelError: Error, Equatable, CustomStringConvertible {
    case notAModel, unsupportedVersion, truncated, corrupt(String), unreadable(String)

    public var description: String {
        switch self {
        case .notAModel: "not a topics segmentation model (no TOPICSEG header)"
        case .unsupportedVersion: "segmentation model of an unsupported version"
        case .truncated: "segmentation model is truncated"
        case .corrupt(let why): "segmentation model is corrupt: \(why)"
        case .unreadable(let path): "cannot read segmentation model \(path)"
        }
    }
}

/// Little-endian writer for the model file.
struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
    mutating func f32(_ v: SIMD4<Float>, lanes: Int = 4) { for k in 0..<lanes { u32(v[k].bitPattern) } }
    mutating func f16(_ v: SIMD4<Float>) {
        for k in 0..<4 {
            let clamped = Float16(min(max(v[k], -65_000), 65_000))
            withUnsafeBytes(of: clamped.bitPattern.littleEndian) { bytes += $0 }
        }
    }
}

/// Little-endian reader for the model file; every read is bounds-checked.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    var remaining: Int { bytes.count - offset }

    mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
        guard remaining >= n else { return nil }
        defer { offset += n }
        return bytes[offset..<offset + n]
    }
    mutating func u16() -> UInt16? {
        guard remaining >= 2 else { return nil }
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }
    mutating func u32() -> UInt32? {
        guard remaining >= 4 else { return nil }
        defer { offset += 4 }
        return bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }
    /// `count` UInt64s in one pass.
    mutating func u64s(_ count: Int) -> [UInt64]? {
        guard count >= 0, remaining / 8 >= count else { return nil }
        defer { offset += count * 8 }
        return bytes.withUnsafeBytes { raw in
            [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
                for k in 0..<count {
                    buffer[k] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + k * 8, as: UInt64.self))
                }
                initialized = count
            }
        }
    }
    mutating func u64() -> UInt64? {
        guard remaining >= 8 else { return nil }
        defer { offset += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
    /// The next `u32()` without moving past it.
    func peekU32() -> UInt32? {
        var copy = self
        return copy.u32()
    }
    mutating func f32() -> Float? { u32().map { Float(bitPattern: $0) } }
    mutating func f32x4() -> SIMD4<Float>? {
        guard let a = f32(), let b = f32(), let c = f32(), let d = f32() else { return nil }
        return SIMD4(a, b, c, d)
    }
    mutating func u16x4() -> SIMD4<UInt16>? {
        guard let a = u16(), let b = u16(), let c = u16(), let d = u16() else { return nil }
        return SIMD4(a, b, c, d)
    }
    mutating func f16x4() -> SIMD4<Float>? { u16x4().map(Self.float) }

    /// Float16 bit patterns as the `Float`s they stand for, exactly, in a few vector operations
    /// (`Float(Float16(bitPattern:))` calls the runtime for each one where the CPU has no F16C):
    /// the magnitude's bits shifted into a `Float`'s place and scaled by 2^112 (normal and
    /// subnormal halves alike), the sign put back. Infinities and NaNs never occur (the writer clamps).
    @inline(__always)
    static func float(_ h: SIMD4<UInt16>) -> SIMD4<Float> {
        let bits = SIMD4<UInt32>(truncatingIfNeeded: h)
        let magnitude = unsafeBitCast((bits & 0x7FFF) &<< 13, to: SIMD4<Float>.self) * 0x1p112
        return unsafeBitCast(unsafeBitCast(magnitude, to: SIMD4<UInt32>.self) | (bits & 0x8000) &<< 16, to: SIMD4<Float>.self)
    }
}
