/// The perceptron's weights laid out for tagging (training keeps `PerceptronWeights`): pair and
/// skip-pair rows behind compact `PairIndex`es, each followed by a row of zeros for absent pairs,
/// and tables giving every BMP character's id and class in one load each. Scores come out exactly
/// as `PerceptronWeights.emissions` computes them: the same terms added in the same order (an
/// absent feature adds +0, which changes no sum).
struct TaggingWeights: Sendable {
    var unigrams: [SIMD4<Float>]
    var classes = [SIMD4<Float>](repeating: .zero, count: PerceptronWeights.classCombinations)
    var lexicon = [SIMD4<Float>](repeating: .zero, count: LexiconFeatures.combinations)
    var transitions = [Float](repeating: 0, count: 16)
    /// Four rows per pair (one per place in the window), then four zero rows.
    var pairRows: [SIMD4<Float>] = []
    var pairs: PairIndex
    /// One row per skip pair, then a zero row.
    var skipRows: [SIMD4<Float>] = []
    var skips: PairIndex
    /// Character triples, scored the general way (the shipped model has none).
    var triples = FeatureTable(lanes: 3)
    /// Id and class of every BMP code point (`CharacterVocabulary.id`, `ScalarClass.of`).
    private(set) var bmpIds: [Int32] = []
    private(set) var bmpClasses: [UInt8] = []

    /// Zero weights for `vocabulary`; the reader of a model file fills them in, then calls `finish`.
    init(vocabulary: CharacterVocabulary) {
        unigrams = [SIMD4<Float>](repeating: .zero, count: vocabulary.count * PerceptronWeights.window)
        pairs = PairIndex(count: 0, vocabularySize: vocabulary.count, missing: 0)
        skips = PairIndex(count: 0, vocabularySize: vocabulary.count, missing: 0)
    }

    /// Builds the per-character tables (after the weights are in).
    mutating func finish(vocabulary: CharacterVocabulary) {
        var ids = [Int32](repeating: CharacterVocabulary.unknown, count: 0x10000)
        var classes = [UInt8](repeating: 0, count: 0x10000)
        for s in 0..<UInt32(0x10000) {
            ids[Int(s)] = vocabulary.id(s)
            classes[Int(s)] = ScalarClass.of(s).rawValue
        }
        bmpIds = ids
        bmpClasses = classes
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
        w.pairs = table(pairs, pairRows, lanes: 4)
        w.skips = table(skips, skipRows, lanes: 1)
        w.triples = triples
        return w
    }

    /// Ids and classes of `scalars`, with two padding slots on each side (`CharacterVocabulary.encode`).
    func encode(_ scalars: UnsafeBufferPointer<UInt32>, vocabulary: CharacterVocabulary,
                ids: inout [Int32], classes: inout [UInt8]) {
        let n = scalars.count
        ids.removeAll(keepingCapacity: true)
        classes.removeAll(keepingCapacity: true)
        ids.reserveCapacity(n + 4)
        classes.reserveCapacity(n + 4)
        ids.append(CharacterVocabulary.padding); ids.append(CharacterVocabulary.padding)
        classes.append(0); classes.append(0)
        bmpIds.withUnsafeBufferPointer { bmpIds in
            bmpClasses.withUnsafeBufferPointer { bmpClasses in
                for s in scalars {
                    if s < 0x10000 {
                        ids.append(bmpIds[Int(s)])
                        classes.append(bmpClasses[Int(s)])
                    } else {
                        ids.append(vocabulary.id(s))
                        classes.append(ScalarClass.of(s).rawValue)
                    }
                }
            }
        }
        ids.append(CharacterVocabulary.padding); ids.append(CharacterVocabulary.padding)
        classes.append(0); classes.append(0)
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
        pairRows.withUnsafeBufferPointer { pair in
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
