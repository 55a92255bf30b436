import TopicsCore
import ChineseText
import Foundation

/// A linear classifier over sparse features. Two trainers: one-vs-rest linear SVMs (L2-regularised
/// squared hinge loss, solved by dual coordinate descent as liblinear does; the default) and
/// multinomial logistic regression by averaged SGD. Both can weight classes so rare ones count.
public struct LinearClassifier: Sendable {
    public enum Method: String, Sendable, CaseIterable { case svm, logistic }

    public struct Options: Sendable {
        public var method: Method
        public var epochs: Int
        /// SVM: the cost C (larger fits the training data more closely).
        public var cost: Float
        public var learningRate: Float
        public var l2: Float
        public var balanceClasses: Bool
        public var seed: UInt64

        public init(method: Method = .svm, epochs: Int = 12, cost: Float = 1, learningRate: Float = 0.5, l2: Float = 1e-5,
                    balanceClasses: Bool = true, seed: UInt64 = 7) {
            self.method = method
            self.epochs = epochs
            self.cost = cost
            self.learningRate = learningRate
            self.l2 = l2
            self.balanceClasses = balanceClasses
            self.seed = seed
        }
    }

    public let labels: [String]
    public let dimensions: Int
    /// weights[feature * labels.count + label]
    public private(set) var weights: [Float]
    public private(set) var bias: [Float]

    public init(labels: [String], dimensions: Int, weights: [Float], bias: [Float]) {
        self.labels = labels; self.dimensions = dimensions; self.weights = weights; self.bias = bias
    }

    /// Trains on `examples` (vector, label index).
    public static func train(_ examples: [(SparseVector, Int)], labels: [String], dimensions: Int,
                             options: Options = Options()) -> LinearClassifier {
        switch options.method {
        case .svm: trainSVM(examples, labels: labels, dimensions: dimensions, options: options)
        case .logistic: trainLogistic(examples, labels: labels, dimensions: dimensions, options: options)
        }
    }

    /// Multi-label training: each document may carry several labels; one SVM per label.
    public static func trainMultiLabel(_ examples: [(SparseVector, Set<Int>)], labels: [String], dimensions: Int,
                                       options: Options = Options()) -> LinearClassifier {
        trainSVM(examples.map { ($0.0, $0.1) }, labels: labels, dimensions: dimensions, options: options)
    }

    static func trainSVM(_ examples: [(SparseVector, Int)], labels: [String], dimensions: Int,
                         options: Options) -> LinearClassifier {
        trainSVM(examples.map { ($0.0, Set([$0.1])) }, labels: labels, dimensions: dimensions, options: options)
    }

    /// One binary SVM per label against the rest: min ½‖w‖² + C Σ max(0, 1 − y w·x)², through its
    /// dual, one coordinate at a time (Hsieh et al. 2008). The bias is the weight of a constant feature.
    static func trainSVM(_ examples: [(SparseVector, Set<Int>)], labels: [String], dimensions: Int,
                         options: Options) -> LinearClassifier {
        let k = labels.count, n = examples.count
        var weights = [Float](repeating: 0, count: dimensions * k)
        var bias = [Float](repeating: 0, count: k)
        var counts = [Float](repeating: 0, count: k)
        for (_, ys) in examples { for y in ys { counts[y] += 1 } }
        let norms = examples.map { x in x.0.values.reduce(Float(0)) { $0 + $1 * $1 } + 1 } // + the constant feature
        var random = SeededRandom(seed: options.seed)
        for c in 0..<k {
            var w = [Float](repeating: 0, count: dimensions)
            var b: Float = 0
            var alpha = [Float](repeating: 0, count: n)
            // Class weighting scales C for the positive and negative side.
            let positiveCost = options.cost * (options.balanceClasses ? Float(n) / (2 * max(1, counts[c])) : 1)
            let negativeCost = options.cost * (options.balanceClasses ? Float(n) / (2 * max(1, Float(n) - counts[c])) : 1)
            var order = Array(0..<n)
            for _ in 0..<max(1, options.epochs * 4) {
                order.shuffle(using: &random)
                var maxChange: Float = 0
                for i in order {
                    let (x, label) = examples[i]
                    let positive = label.contains(c)
                    let y: Float = positive ? 1 : -1
                    let diagonal = 1 / (2 * (positive ? positiveCost : negativeCost))
                    var dot = b
                    for (f, v) in zip(x.indices, x.values) { dot += w[Int(f)] * v }
                    let gradient = y * dot - 1 + diagonal * alpha[i]
                    let projected = alpha[i] == 0 ? min(gradient, 0) : gradient
                    if abs(projected) < 1e-6 { continue }
                    let old = alpha[i]
                    alpha[i] = max(old - gradient / (norms[i] + diagonal), 0)
                    let step = (alpha[i] - old) * y
                    if step == 0 { continue }
                    for (f, v) in zip(x.indices, x.values) { w[Int(f)] += step * v }
                    b += step
                    maxChange = max(maxChange, abs(projected))
                }
                if maxChange < 0.01 { break }
            }
            for f in 0..<dimensions where w[f] != 0 { weights[f * k + c] = w[f] }
            bias[c] = b
        }
        return LinearClassifier(labels: labels, dimensions: dimensions, weights: weights, bias: bias)
    }

    static func trainLogistic(_ examples: [(SparseVector, Int)], labels: [String], dimensions: Int,
                              options: Options) -> LinearClassifier {
        let k = labels.count
        var w = [Float](repeating: 0, count: dimensions * k)
        var b = [Float](repeating: 0, count: k)
        // Averaging: sum of weights over steps, kept lazily as in the perceptron trainer.
        var wTotal = [Float](repeating: 0, count: dimensions * k)
        var bTotal = [Float](repeating: 0, count: k)
        var counts = [Float](repeating: 0, count: k)
        for (_, y) in examples { counts[y] += 1 }
        let classWeight = counts.map { c in options.balanceClasses && c > 0 ? Float(examples.count) / (Float(k) * c) : 1 }
        var order = Array(examples.indices)
        var random = SeededRandom(seed: options.seed)
        var step: Float = 1
        var scores = [Float](repeating: 0, count: k)
        for epoch in 0..<options.epochs {
            order.shuffle(using: &random)
            let rate = options.learningRate / (1 + Float(epoch))
            for index in order {
                let (x, y) = examples[index]
                for c in 0..<k { scores[c] = b[c] }
                for (i, v) in zip(x.indices, x.values) {
                    let base = Int(i) * k
                    for c in 0..<k { scores[c] += w[base + c] * v }
                }
                let top = scores.max() ?? 0
                var sum: Float = 0
                for c in 0..<k { scores[c] = exp(scores[c] - top); sum += scores[c] }
                let weight = classWeight[y]
                for c in 0..<k {
                    let gradient = (scores[c] / sum - (c == y ? 1 : 0)) * weight
                    if gradient == 0 { continue }
                    let g = rate * gradient
                    b[c] -= g
                    bTotal[c] -= step * g
                    for (i, v) in zip(x.indices, x.values) {
                        let at = Int(i) * k + c
                        let delta = g * v + rate * options.l2 * w[at]
                        w[at] -= delta
                        wTotal[at] -= step * delta
                    }
                }
                step += 1
            }
        }
        // Averaged weights: w - total / step.
        for i in w.indices { w[i] -= wTotal[i] / step }
        for c in 0..<k { b[c] -= bTotal[c] / step }
        return LinearClassifier(labels: labels, dimensions: dimensions, weights: w, bias: b)
    }

    /// Probabilities per label, in `labels` order (softmax of the decision values).
    public func probabilities(_ x: SparseVector) -> [Float] {
        let k = labels.count
        var scores = margins(x)
        let top = scores.max() ?? 0
        var sum: Float = 0
        for c in 0..<k { scores[c] = exp(scores[c] - top); sum += scores[c] }
        return scores.map { $0 / sum }
    }

    /// Decision values w·x + b per label (SVM: > 0 means the label applies).
    public func margins(_ x: SparseVector) -> [Float] {
        let k = labels.count
        var scores = bias
        for (i, v) in zip(x.indices, x.values) where Int(i) < dimensions {
            let base = Int(i) * k
            for c in 0..<k { scores[c] += weights[base + c] * v }
        }
        return scores
    }

    public func predict(_ x: SparseVector) -> Int {
        let p = probabilities(x)
        return p.indices.max { p[$0] < p[$1] } ?? 0
    }
}
