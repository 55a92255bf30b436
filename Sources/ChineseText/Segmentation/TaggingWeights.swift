/// The perceptron's weights laid out for tagging (training keeps `PerceptronWeights`): pair and
/// skip-pair rows behind compact `PairIndex`es, each followed by a row of zeros for absent pairs
/// (a pair's four rows on one cache line), and one table giving every BMP character's id and
/// class in one load. Scores come out exactly
/// as `PerceptronWeights.emissions` computes them: the same terms added in the same order (an
/// absent feature adds +0, which changes no sum).
struct TaggingWeights: Sendable {
    var unigrams: [SIMD4<Float>]
    var classes = [SIMD4<Float>](repeating: .zero, count: PerceptronWeights.classCombinations)
    var lexicon = [SIMD4<Float>](repeating: .zero, count: LexiconFeatures.combinations)
    var transitions = [Float](repeating: 0, count: 16)
    /// `pairRowPad` zero rows, then four rows per pair (one per place in the window), then four
    /// zero rows. The pad puts each pair's 64 bytes on one cache line instead of across two.
    var pairRows: [SIMD4<Float>] = []
    private(set) var pairRowPad = 0
    var pairs: PairIndex
    /// One row per skip pair, then a zero row.
    var skipRows: [SIMD4<Float>] = []
    var skips: PairIndex
    /// Character triples, scored the general way (the shipped model has none).
    var triples = FeatureTable(lanes: 3)
    /// Id and class of every BMP code point (`CharacterVocabulary.id`, `ScalarClass.of`), as
    /// `class << 16 | id` (ids stay below `PairIndex.maximumVocabulary`).
    private(set) var bmpCodes: [UInt32] = []

    /// Zero weights for `vocabulary`; the reader of a model file fills them in, then calls `finish`.
    init(vocabulary: CharacterVocabulary) {
        unigrams = [SIMD4<Float>](repeating: .zero, count: vocabulary.count * PerceptronWeights.window)
        pairs = PairIndex(count: 0, vocabularySize: vocabulary.count, missing: 0)
        skips = PairIndex(count: 0, vocabularySize: vocabulary.count, missing: 0)
    }

    /// Builds the per-character tables (after the weights are in).
    mutating func finish(vocabulary: CharacterVocabulary) {
        var codes = [UInt32](repeating: 0, count: 0x10000)
        for s in 0..<UInt32(0x10000) {
            codes[Int(s)] = UInt32(ScalarClass.of(s).rawValue) << 16 | UInt32(vocabulary.id(s))
        }
        bmpCodes = codes
    }

    /// Makes `pairRows` an empty array with room for `rows` rows after a pad that starts them on a
    /// cache line; the reader of a model file appends the rows next.
    mutating func reservePairRows(_ rows: Int) {
        pairRows = []
        pairRows.reserveCapacity(rows + 3)
        let address = pairRows.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        pairRowPad = (64 - address % 64) % 64 / MemoryLayout<SIMD4<Float>>.stride
        pairRows.append(contentsOf: repeatElement(.zero, count: pairRowPad))
    }

    init(_ w: PerceptronWeights, vocabulary: CharacterVocabulary) {
        unigrams = w.unigrams
        classes = w.classes
        lexicon = w.lexicon
        transitions = w.transitions
        let pairCount = w.pairs.rows.count / 4, skipCount = w.skips.rows.count
        pairRows = w.pairs.rows + repeatElement(.zero, count: 4)
        pairs = PairIndex(entries: w.pairs.index.entries, count: pairCount, vocabularySize: vocabulary.count, missing: Int32(pairCount))
        skipRows = w.skips.rows + [.zero]
        skips = PairIndex(entries: w.skips.index.entries, count: skipCount, vocabularySize: vocabulary.count, missing: Int32(skipCount))
        triples = w.triples
        finish(vocabulary: vocabulary)
    }

    /// The weights as `PerceptronWeights` again (for writing a model file).
    func perceptronWeights(vocabularySize: Int) -> PerceptronWeights {
        var w = PerceptronWeights(vocabularySize: vocabularySize)
        w.unigrams = unigrams
        w.classes = classes
        w.lexicon = lexicon
        w.transitions = transitions
        func table(_ index: PairIndex, _ rows: [SIMD4<Float>], lanes: Int) -> FeatureTable {
            var table = FeatureTable(lanes: lanes)
            table.index = FeatureIndex(minimumCapacity: index.count)
            table.rows = Array(rows.dropLast(lanes))
            for (key, row) in index.entries { table.index.insert(key, row: row) }
            return table
        }
        w.pairs = table(pairs, Array(pairRows.dropFirst(pairRowPad)), lanes: 4)
        w.skips = table(skips, skipRows, lanes: 1)
        w.triples = triples
        return w
    }

    /// Ids and classes of `scalars`, with two padding slots on each side (`CharacterVocabulary.encode`).
    func encode(_ scalars: UnsafeBufferPointer<UInt32>, vocabulary: CharacterVocabulary,
                ids: inout [Int32], classes: inout [UInt8]) {
        let n = scalars.count
        // Padding everywhere first (one fill each), then the characters in place.
        ids.removeAll(keepingCapacity: true)
        classes.removeAll(keepingCapacity: true)
        ids.append(contentsOf: repeatElement(CharacterVocabulary.padding, count: n + 4))
        classes.append(contentsOf: repeatElement(0, count: n + 4))
        bmpCodes.withUnsafeBufferPointer { bmpCodes in
        ids.withUnsafeMutableBufferPointer { ids in
        classes.withUnsafeMutableBufferPointer { classes in
            for (k, s) in scalars.enumerated() {
                if s < 0x10000 {
                    let code = bmpCodes[Int(s)]
                    ids[k + 2] = Int32(code & 0xFFFF)
                    classes[k + 2] = UInt8(truncatingIfNeeded: code >> 16)
                } else {
                    ids[k + 2] = vocabulary.id(s)
                    classes[k + 2] = ScalarClass.of(s).rawValue
                }
            }
        }}}
    }

    /// Scratch for `emissions`.
    struct Scratch: Sendable {
        var pairRows: [Int32] = []
        var skipRows: [Int32] = []
        var probes: [UInt64] = []
    }

    /// Tag scores for the `n` characters whose padded ids and classes are given.
    func emissions(ids: UnsafeBufferPointer<Int32>, classes: UnsafeBufferPointer<UInt8>,
                   lexiconCodes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch,
                   into out: UnsafeMutableBufferPointer<SIMD4<Float>>) {
        let n = ids.count - 4
        // The row of the pair starting at each padded index q (it sits at place k in the window of
        // character q - k), and of each character's skip pair c(-1)c(1).
        pairs.rows(ids, gap: 1, count: n + 3, into: &scratch.pairRows, scratch: &scratch.probes)
        skips.rows(UnsafeBufferPointer(rebasing: ids[1...]), gap: 2, count: n, into: &scratch.skipRows, scratch: &scratch.probes)
        scratch.pairRows.withUnsafeBufferPointer { pairOf in
        scratch.skipRows.withUnsafeBufferPointer { skipOf in
        unigrams.withUnsafeBufferPointer { uni in
        self.classes.withUnsafeBufferPointer { cls in
        skipRows.withUnsafeBufferPointer { skip in
        lexicon.withUnsafeBufferPointer { lex in
        pairRows.withUnsafeBufferPointer { pairRows in
            let pair = UnsafeBufferPointer(rebasing: pairRows[pairRowPad...])
            for i in 0..<n {
                let p = i + 2
                var e = PerceptronWeights.windowScore(uni, cls, ids: ids, classes: classes, at: p)
                e += skip[Int(skipOf[i])]
                e += lex[Int(lexiconCodes[i])]
                e += pair[Int(pairOf[i]) &* 4]
                e += pair[Int(pairOf[i + 1]) &* 4 &+ 1]
                e += pair[Int(pairOf[i + 2]) &* 4 &+ 2]
                e += pair[Int(pairOf[i + 3]) &* 4 &+ 3]
                out[i] = e
            }
        }}}}}}}
        triples.addTriples(ids: ids, into: out)
    }
}
