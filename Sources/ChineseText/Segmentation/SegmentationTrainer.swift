import TopicsCore
/// Trains a `SegmentationModel` from segmented text (words separated by spaces, one sentence per
/// line: the SIGHAN format) with the averaged structured perceptron (Collins 2002): decode each
/// sentence with the current weights, and where the best tags differ from the gold ones, move the
/// weights of the features there towards gold. The average of the weights over all steps is kept.
public struct SegmentationTrainer {
    public struct Options: Sendable {
        public var epochs = 8
        /// Characters seen fewer times than this share the "unknown" features, so the model
        /// learns what to do with characters it has never seen.
        public var minimumCharacterCount = 2
        /// Features whose averaged weights all stay below this are left out of the model.
        public var pruneBelow: Float = 0.05
        public var seed: UInt64 = 2020_10_24
        /// Character-triple features: a little more accurate, a larger and slower model.
        public var triples = false
        public init(epochs: Int = 8, pruneBelow: Float = 0.05, triples: Bool = false) {
            self.epochs = epochs; self.pruneBelow = pruneBelow; self.triples = triples
        }
    }

    /// Training text: all sentences' code points end to end, and where each sentence starts.
    private var scalars: [UInt32] = []
    private var goldTags: [UInt8] = []
    private var sentenceStarts: [Int] = [0]
    private var characterCounts: [UInt32: Int] = [:]
    /// Word list for the lexicon features; it is stored in the model.
    public var lexicon = Lexicon()

    public init() {}

    public var sentenceCount: Int { sentenceStarts.count - 1 }
    public var characterCount: Int { scalars.count }

    /// Adds one segmented sentence. Empty words are ignored; spaces inside words are not possible.
    public mutating func add(words: some Sequence<some StringProtocol>) {
        var added = 0
        for word in words {
            let start = scalars.count
            for s in word.unicodeScalars where !ScalarClass.isInvisibleOrSpace(s.value) {
                scalars.append(s.value)
                characterCounts[ScalarClass.featureScalar(s.value), default: 0] += 1
            }
            let length = scalars.count - start
            if length == 0 { continue }
            if length == 1 {
                goldTags.append(BoundaryTag.single.rawValue)
            } else {
                goldTags.append(BoundaryTag.begin.rawValue)
                for _ in 0..<(length - 2) { goldTags.append(BoundaryTag.middle.rawValue) }
                goldTags.append(BoundaryTag.end.rawValue)
            }
            added += length
        }
        if added > 0 { sentenceStarts.append(scalars.count) }
    }

    /// Adds every line of SIGHAN-format text.
    public mutating func add(segmentedText text: some StringProtocol) {
        for line in text.split(whereSeparator: \.isNewline) {
            add(words: line.split(whereSeparator: \.isWhitespace))
        }
    }

    /// Runs the perceptron. `progress` is called after each epoch with (epoch, tag accuracy on the
    /// training text during that epoch).
    public func train(_ options: Options = Options(),
                      progress: (Int, Double) -> Void = { _, _ in }) -> SegmentationModel {
        var vocabulary = CharacterVocabulary()
        var kept = characterCounts.filter { $0.value >= options.minimumCharacterCount }
        if kept.count > PairIndex.maximumVocabulary - 2 {
            // Pair features number characters in 16 bits: the rarest characters beyond that share "unknown".
            let frequent = kept.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(PairIndex.maximumVocabulary - 2)
            kept = Dictionary(uniqueKeysWithValues: frequent.map { ($0.key, $0.value) })
        }
        for scalar in kept.keys.sorted() {
            vocabulary.add(scalar)
        }
        let lexicon = WordTrie(words: self.lexicon.wordScalars)
        var state = TrainingState(vocabularySize: vocabulary.count)
        state.usesTriples = options.triples
        var order = Array(0..<sentenceCount)
        var random = SeededRandom(seed: options.seed)
        var workspace = SegmentationModel.Workspace()
        var predicted = [UInt8]()
        for epoch in 1...max(1, options.epochs) {
            order.shuffle(using: &random)
            var correct = 0
            for sentence in order {
                let range = sentenceStarts[sentence]..<sentenceStarts[sentence + 1]
                state.step += 1
                scalars.withUnsafeBufferPointer { all in
                    let text = UnsafeBufferPointer(rebasing: all[range])
                    vocabulary.encode(text, ids: &workspace.ids, classes: &workspace.classes)
                    LexiconFeatures.compute(text, lexicon: lexicon, into: &workspace.lexiconCodes, scratch: &workspace.trie)
                }
                let n = range.count
                if workspace.emissions.count < n {
                    workspace.emissions = [SIMD4<Float>](repeating: .zero, count: n)
                    workspace.backPointers = [UInt8](repeating: 0, count: n)
                }
                predicted = [UInt8](repeating: 0, count: n)
                workspace.ids.withUnsafeBufferPointer { ids in
                    workspace.classes.withUnsafeBufferPointer { classes in
                        workspace.emissions.withUnsafeMutableBufferPointer { e in
                            let emissions = UnsafeMutableBufferPointer(rebasing: e[0..<n])
                            workspace.lexiconCodes.withUnsafeBufferPointer { codes in
                                state.current.emissions(ids: ids, classes: classes, lexiconCodes: codes, into: emissions)
                            }
                            workspace.backPointers.withUnsafeMutableBufferPointer { back in
                                predicted.withUnsafeMutableBufferPointer { tags in
                                    _ = decodeTags(emissions: UnsafeBufferPointer(emissions), masks: nil,
                                                   transitions: state.weights.transitions, tags: tags, backPointers: back)
                                }
                            }
                        }
                    }
                }
                let gold = goldTags[range]
                for (i, g) in gold.enumerated() {
                    let y = predicted[i]
                    if g == y { correct += 1; continue }
                    workspace.ids.withUnsafeBufferPointer { ids in
                        workspace.classes.withUnsafeBufferPointer { classes in
                            state.update(position: i, ids: ids, classes: classes, lexiconCode: workspace.lexiconCodes[i],
                                         gold: g, predicted: y)
                        }
                    }
                }
                for i in 1..<max(1, n) {
                    let g0 = gold[gold.startIndex + i - 1], g1 = gold[gold.startIndex + i]
                    let y0 = predicted[i - 1], y1 = predicted[i]
                    if g0 != y0 || g1 != y1 {
                        state.updateTransition(Int(g0) * 4 + Int(g1), by: 1)
                        state.updateTransition(Int(y0) * 4 + Int(y1), by: -1)
                    }
                }
            }
            progress(epoch, Double(correct) / Double(max(1, scalars.count)))
        }
        return SegmentationModel(vocabulary: vocabulary, weights: state.averaged(pruneBelow: options.pruneBelow),
                                 lexicon: lexicon)
    }
}

/// A feature table being trained: weights plus the sums that averaging needs (see `TrainingState`).
private struct TrainableTable {
    var table: FeatureTable
    var totals: [SIMD4<Double>] = []

    init(lanes: Int) { table = FeatureTable(lanes: lanes) }

    mutating func add(_ key: UInt64, place: Int, _ delta: SIMD4<Float>, _ scaled: SIMD4<Double>) {
        var r = table.index.row(for: key)
        if r < 0 {
            r = Int32(table.rows.count / table.lanes)
            table.index.insert(key, row: r)
            table.rows += repeatElement(.zero, count: table.lanes)
            totals += repeatElement(.zero, count: table.lanes)
        }
        let k = Int(r) * table.lanes + place
        table.rows[k] += delta
        totals[k] += scaled
    }

    /// Averaged weights; rows whose every weight stays under `threshold` are dropped.
    func averaged(steps: Double, pruneBelow threshold: Float) -> FeatureTable {
        var out = FeatureTable(lanes: table.lanes)
        for (key, row) in table.index.entries.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * table.lanes
            let rows = (0..<table.lanes).map { TrainingState.average(table.rows[base + $0], totals[base + $0], steps) }
            guard rows.contains(where: { $0.replacing(with: -$0, where: $0 .< 0).max() >= threshold }) else { continue }
            out.index.insert(key, row: Int32(out.rows.count / table.lanes))
            out.rows += rows
        }
        return out
    }
}

/// Weights plus the sums that averaging needs: with `step` counting sentences so far, the average
/// of a weight over all steps is `w - total / step` where `total` adds `step * delta` at each update.
private struct TrainingState {
    var weights: PerceptronWeights
    var unigramTotals: [SIMD4<Double>]
    var pairs = TrainableTable(lanes: 4)
    var triples = TrainableTable(lanes: 3)
    var skips = TrainableTable(lanes: 1)
    var classTotals = [SIMD4<Double>](repeating: .zero, count: PerceptronWeights.classCombinations)
    var lexiconTotals = [SIMD4<Double>](repeating: .zero, count: LexiconFeatures.combinations)
    var transitionTotals = [Double](repeating: 0, count: 16)
    var step = 0
    var usesTriples = true

    init(vocabularySize: Int) {
        weights = PerceptronWeights(vocabularySize: vocabularySize)
        unigramTotals = [SIMD4<Double>](repeating: .zero, count: weights.unigrams.count)
    }

    /// The weights decoding uses during training: the live ones, tables included.
    var current: PerceptronWeights {
        var w = weights
        w.pairs = pairs.table
        w.triples = triples.table
        w.skips = skips.table
        return w
    }

    static func average(_ w: SIMD4<Float>, _ total: SIMD4<Double>, _ steps: Double) -> SIMD4<Float> {
        SIMD4<Float>(SIMD4<Double>(w) - total / steps)
    }

    mutating func update(position i: Int, ids: UnsafeBufferPointer<Int32>, classes: UnsafeBufferPointer<UInt8>,
                         lexiconCode: UInt8, gold: UInt8, predicted: UInt8) {
        var delta = SIMD4<Float>.zero
        delta[Int(gold)] = 1
        delta[Int(predicted)] = -1
        let scaled = SIMD4<Double>(delta) * Double(step)
        let p = i + 2
        for k in 0..<PerceptronWeights.window {
            let u = Int(ids[p - 2 + k]) * PerceptronWeights.window + k
            weights.unigrams[u] += delta
            unigramTotals[u] += scaled
        }
        let c = PerceptronWeights.classIndex(classes, p)
        weights.classes[c] += delta
        classTotals[c] += scaled
        weights.lexicon[Int(lexiconCode)] += delta
        lexiconTotals[Int(lexiconCode)] += scaled
        skips.add(FeatureTable.pairKey(ids[p - 1], ids[p + 1]), place: 0, delta, scaled)
        // The n-gram starting at padded index i + place sits at `place` in this character's window.
        for place in 0..<4 { pairs.add(FeatureTable.pairKey(ids[i + place], ids[i + place + 1]), place: place, delta, scaled) }
        for place in 0..<3 where usesTriples {
            triples.add(FeatureTable.tripleKey(ids[i + place], ids[i + place + 1], ids[i + place + 2]), place: place, delta, scaled)
        }
    }

    mutating func updateTransition(_ index: Int, by delta: Float) {
        weights.transitions[index] += delta
        transitionTotals[index] += Double(delta) * Double(step)
    }

    func averaged(pruneBelow threshold: Float) -> PerceptronWeights {
        let steps = Double(max(1, step))
        var out = PerceptronWeights(vocabularySize: weights.unigrams.count / PerceptronWeights.window)
        for i in weights.unigrams.indices { out.unigrams[i] = Self.average(weights.unigrams[i], unigramTotals[i], steps) }
        for i in weights.classes.indices { out.classes[i] = Self.average(weights.classes[i], classTotals[i], steps) }
        for i in weights.lexicon.indices { out.lexicon[i] = Self.average(weights.lexicon[i], lexiconTotals[i], steps) }
        for i in 0..<16 { out.transitions[i] = Float(Double(weights.transitions[i]) - transitionTotals[i] / steps) }
        out.pairs = pairs.averaged(steps: steps, pruneBelow: threshold)
        out.triples = triples.averaged(steps: steps, pruneBelow: threshold)
        out.skips = skips.averaged(steps: steps, pruneBelow: threshold)
        return out
    }
}
