/// Word boundaries as character tags: a word is B M… E, or S when it is one character long.
public enum BoundaryTag: UInt8, Sendable {
    case begin = 0, middle, end, single

    /// A word ends after a character tagged E or S.
    @inline(__always) static func endsWord(_ raw: UInt8) -> Bool { raw >= 2 }
}

/// Which characters the model knows: dense ids for the characters seen in training (after
/// `ScalarClass.featureScalar` folding), 0 for any other, 1 for the padding around a sentence.
struct CharacterVocabulary: Sendable {
    static let unknown: Int32 = 0
    static let padding: Int32 = 1

    private(set) var bmp = [Int32](repeating: unknown, count: 0x10000)
    private(set) var supplementary: [UInt32: Int32] = [:]
    /// `scalars[id - 2]` is the character with that id.
    private(set) var scalars: [UInt32] = []

    var count: Int { scalars.count + 2 }

    @inline(__always)
    func id(_ scalar: UInt32) -> Int32 {
        let f = ScalarClass.featureScalar(scalar)
        return f < 0x10000 ? bmp[Int(f)] : (supplementary[f] ?? Self.unknown)
    }

    mutating func add(_ featureScalar: UInt32) {
        guard id(featureScalar) == Self.unknown else { return }
        let id = Int32(scalars.count + 2)
        scalars.append(featureScalar)
        if featureScalar < 0x10000 { bmp[Int(featureScalar)] = id } else { supplementary[featureScalar] = id }
    }

    /// Ids and classes of `scalars`, with two padding slots on each side (the feature window).
    func encode(_ scalars: UnsafeBufferPointer<UInt32>, ids: inout [Int32], classes: inout [UInt8]) {
        let n = scalars.count
        ids.removeAll(keepingCapacity: true)
        classes.removeAll(keepingCapacity: true)
        ids.reserveCapacity(n + 4)
        classes.reserveCapacity(n + 4)
        ids.append(Self.padding); ids.append(Self.padding)
        classes.append(0); classes.append(0)
        for s in scalars {
            ids.append(id(s))
            classes.append(ScalarClass.of(s).rawValue)
        }
        ids.append(Self.padding); ids.append(Self.padding)
        classes.append(0); classes.append(0)
    }
}

/// Lexicon features of each character: the length (2, 3, 4+ → 1…3; 0 = none) of the longest
/// lexicon word that begins at it, ends at it, and runs through it, packed as b << 4 | e << 2 | m.
/// These carry a word list's knowledge into the tagger the way pkuseg and THULAC do.
enum LexiconFeatures {
    static let combinations = 64

    static func compute(_ scalars: UnsafeBufferPointer<UInt32>, lexicon: WordTrie, into codes: inout [UInt8],
                        scratch: inout WordTrie.Scratch) {
        let n = scalars.count
        codes.removeAll(keepingCapacity: true)
        codes.append(contentsOf: repeatElement(0, count: n))
        guard lexicon.count > 0 else { return }
        codes.withUnsafeMutableBufferPointer { codes in
            // Each code keeps the longest word's bucket, so the order matches come in does not matter.
            lexicon.forEachMatch(in: scalars, scratch: &scratch) { i, length in
                guard length >= 2 else { return }
                let bucket = UInt8(min(length, 4) - 1)
                let j = i + length - 1
                if codes[i] >> 4 < bucket { codes[i] = codes[i] & 0x0F | bucket << 4 }
                if (codes[j] >> 2) & 3 < bucket { codes[j] = codes[j] & 0x33 | bucket << 2 }
                for k in (i + 1)..<j where codes[k] & 3 < bucket { codes[k] = codes[k] & 0x3C | bucket }
            }
        }
    }
}

/// Sparse features: a key (a pair or triple of character ids) → `lanes` tag-score vectors, one
/// per place the n-gram can take in a window.
struct FeatureTable: Sendable {
    let lanes: Int
    var index = FeatureIndex()
    var rows: [SIMD4<Float>] = []   // row * lanes + place

    init(lanes: Int) { self.lanes = lanes }

    /// Adds each triple's vector for the place it takes in the window of every character it
    /// touches: a triple starting at padded index q sits at place k in the window of character
    /// q - k. `out` holds the scores of the `ids.count - 4` characters (ids padded by two a side).
    func addTriples(ids: UnsafeBufferPointer<Int32>, into out: UnsafeMutableBufferPointer<SIMD4<Float>>) {
        if index.count == 0 { return }
        let n = ids.count - 4
        rows.withUnsafeBufferPointer { triple in
            for q in 0...(n + 1) {
                let r = index.row(for: Self.tripleKey(ids[q], ids[q + 1], ids[q + 2]))
                if r < 0 { continue }
                let base = Int(r) &* 3
                for place in 0..<3 {
                    let i = q - place
                    if i >= 0 && i < n { out[i] += triple[base + place] }
                }
            }
        }
    }

    @inline(__always) static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 { FeatureIndex.key(a, b) }
    @inline(__always) static func tripleKey(_ a: Int32, _ b: Int32, _ c: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 42 | UInt64(UInt32(bitPattern: b)) << 21 | UInt64(UInt32(bitPattern: c))
    }
}

/// The weights of the averaged-perceptron boundary tagger, one 4-lane vector (B, M, E, S) per feature.
///
/// Features of character i, with c(k) the character at i + k:
/// c(-2) … c(2) (dense, per character id); the adjacent pairs c(-2)c(-1), c(-1)c(0), c(0)c(1),
/// c(1)c(2); the triples c(-2)c(-1)c(0), c(-1)c(0)c(1), c(0)c(1)c(2); the skip pair c(-1)c(1);
/// the classes of c(-1) c(0) c(1); and `LexiconFeatures`.
/// An n-gram is stored once with one vector per place it can take in a window, so scoring looks
/// each n-gram up once and adds it to every character it touches: three hash lookups per character.
struct PerceptronWeights: Sendable {
    static let window = 5
    static let classCombinations = 8 * 8 * 8

    var unigrams: [SIMD4<Float>]
    var pairs = FeatureTable(lanes: 4)
    var triples = FeatureTable(lanes: 3)
    var skips = FeatureTable(lanes: 1)
    var classes = [SIMD4<Float>](repeating: .zero, count: classCombinations)
    var lexicon = [SIMD4<Float>](repeating: .zero, count: LexiconFeatures.combinations)
    var transitions = [Float](repeating: 0, count: 16) // from * 4 + to

    init(vocabularySize: Int) {
        unigrams = [SIMD4<Float>](repeating: .zero, count: vocabularySize * Self.window)
    }

    @inline(__always)
    static func classIndex(_ classes: UnsafeBufferPointer<UInt8>, _ p: Int) -> Int {
        Int(classes[p - 1]) << 6 | Int(classes[p]) << 3 | Int(classes[p + 1])
    }

    /// The dense terms of the character at padded index `p`: the five characters of its window,
    /// then the classes around it, added in that order (`TaggingWeights` adds the same first).
    @inline(__always)
    static func windowScore(_ uni: UnsafeBufferPointer<SIMD4<Float>>, _ cls: UnsafeBufferPointer<SIMD4<Float>>,
                            ids: UnsafeBufferPointer<Int32>, classes: UnsafeBufferPointer<UInt8>, at p: Int) -> SIMD4<Float> {
        var e = uni[Int(ids[p - 2]) &* 5]
        e += uni[Int(ids[p - 1]) &* 5 &+ 1]
        e += uni[Int(ids[p]) &* 5 &+ 2]
        e += uni[Int(ids[p + 1]) &* 5 &+ 3]
        e += uni[Int(ids[p + 2]) &* 5 &+ 4]
        e += cls[classIndex(classes, p)]
        return e
    }

    /// Tag scores for the `n` characters whose padded ids and classes are given.
    func emissions(ids: UnsafeBufferPointer<Int32>, classes: UnsafeBufferPointer<UInt8>,
                   lexiconCodes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<SIMD4<Float>>) {
        let n = ids.count - 4
        unigrams.withUnsafeBufferPointer { uni in
        self.classes.withUnsafeBufferPointer { cls in
        skips.rows.withUnsafeBufferPointer { skip in
        lexicon.withUnsafeBufferPointer { lex in
            for i in 0..<n {
                let p = i + 2
                var e = Self.windowScore(uni, cls, ids: ids, classes: classes, at: p)
                let s = skips.index.row(for: FeatureTable.pairKey(ids[p - 1], ids[p + 1]))
                if s >= 0 { e += skip[Int(s)] }
                e += lex[Int(lexiconCodes[i])]
                out[i] = e
            }
        }}}}
        // An n-gram starting at padded index q sits at place k in the window of character q - k.
        pairs.rows.withUnsafeBufferPointer { pair in
            for q in 0...(n + 2) {
                let r = pairs.index.row(for: FeatureTable.pairKey(ids[q], ids[q + 1]))
                if r < 0 { continue }
                let base = Int(r) &* 4
                for place in 0..<4 {
                    let i = q - place
                    if i >= 0 && i < n { out[i] += pair[base + place] }
                }
            }
        }
        triples.addTriples(ids: ids, into: out)
    }
}

/// Best tag sequence under the B/M/E/S grammar (B→M|E, M→M|E, E→B|S, S→B|S; a sentence starts
/// with B or S and ends with E or S), allowing only the tags in `masks[i]` (bit t = tag t) where
/// masks are given. Returns false when the masks leave no valid sequence.
func decodeTags(emissions: UnsafeBufferPointer<SIMD4<Float>>, masks: UnsafeBufferPointer<UInt8>?,
                transitions: [Float], tags: UnsafeMutableBufferPointer<UInt8>,
                backPointers: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    let n = emissions.count
    if n == 0 { return true }
    let never = -Float.infinity
    let t = transitions
    let bm = t[0 * 4 + 1], be = t[0 * 4 + 2], mm = t[1 * 4 + 1], me = t[1 * 4 + 2]
    let eb = t[2 * 4 + 0], es = t[2 * 4 + 3], sb = t[3 * 4 + 0], ss = t[3 * 4 + 3]
    @inline(__always) func allow(_ v: SIMD4<Float>, _ i: Int) -> SIMD4<Float> {
        guard let masks else { return v }
        let barred = SIMD4<UInt32>(repeating: UInt32(masks[i])) & SIMD4<UInt32>(1, 2, 4, 8) .== 0
        return v.replacing(with: never, where: barred)
    }
    var first = allow(emissions[0], 0)
    first[1] = never; first[2] = never
    // The four scores as one vector (B, M, E, S); each tag's two possible predecessors are two
    // lanes of shuffled copies: B ← E|S, M ← B|M, E ← B|M, S ← E|S. The larger wins, the first on
    // a tie, chosen without branches (they would be mispredicted about half the time).
    let firstStep = SIMD4<Float>(eb, bm, be, es), secondStep = SIMD4<Float>(sb, mm, me, ss)
    let choice = SIMD4<UInt32>(1, 2, 4, 8)
    var score = first
    for i in 1..<n {
        let x = allow(emissions[i], i)
        let a = SIMD4<Float>(score[2], score[0], score[0], score[2]) + firstStep
        let b = SIMD4<Float>(score[3], score[1], score[1], score[3]) + secondStep
        let second = b .> a
        // Bit k of the back pointer: predecessor choice for tag k (0 = first option, 1 = second).
        backPointers[i] = UInt8(truncatingIfNeeded: (SIMD4<UInt32>(repeating: 0).replacing(with: choice, where: second)).wrappedSum())
        score = a.replacing(with: b, where: second) + x
    }
    let e = score[2], s = score[3]
    var tag: UInt8 = s >= e ? 3 : 2
    if max(s, e) == never { return false }
    tags[n - 1] = tag
    var i = n - 1
    while i > 0 {
        // B and S follow E or S (tags 2, 3); M and E follow B or M (0, 1); the bit picks the second.
        let bit = backPointers[i] >> tag & 1
        tag = bit | (((tag &+ 1) & 2) ^ 2)
        i -= 1
        tags[i] = tag
    }
    return true
}
