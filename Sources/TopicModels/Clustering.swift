import TopicsCore
import ChineseText
import Foundation

/// Spherical k-means over unit-length sparse vectors: documents go to the centroid they are most
/// similar to (cosine), centroids are the normalised means. k-means++ seeding, several restarts
/// (the run with the highest total similarity wins), seeded so the same input gives the same themes.
public struct SphericalKMeans: Sendable {
    public struct Result: Sendable {
        /// Cluster of each document, 0 ..< k.
        public var assignments: [Int]
        /// Dense unit centroids, `dimensions` each.
        public var centroids: [[Float]]
        /// Sum over documents of the cosine to their centroid (higher is tighter).
        public var cohesion: Double
    }

    public var k: Int
    public var restarts = 4
    public var iterations = 30
    public var seed: UInt64 = 1

    public init(k: Int) { self.k = k }

    public func fit(_ vectors: [SparseVector], dimensions: Int) -> Result {
        var best: Result? = nil
        // LSA vectors use every dimension: as one dense row-major matrix the similarities are
        // contiguous SIMD dot products instead of gathers through an index list.
        let dense = vectors.allSatisfy { $0.indices.count == dimensions && ($0.indices.last.map { Int($0) < dimensions } ?? true) }
        let rows = dense ? DenseRows(vectors, dimensions: dimensions) : nil
        for restart in 0..<max(1, restarts) {
            var random = SeededRandom(seed: seed &+ UInt64(restart) &* 0x9E37_79B9)
            let r = run(vectors, rows: rows, dimensions: dimensions, random: &random)
            if best == nil || r.cohesion > best!.cohesion { best = r }
        }
        return best!
    }

    /// Lloyd iterations from the given centroids (no seeding, no restarts): how a saved model's
    /// themes are refitted on new documents, theme c staying theme c.
    public func refine(_ vectors: [SparseVector], dimensions: Int, from centroids: [[Float]]) -> Result {
        let dense = vectors.allSatisfy { $0.indices.count == dimensions && ($0.indices.last.map { Int($0) < dimensions } ?? true) }
        var random = SeededRandom(seed: seed)
        return run(vectors, rows: dense ? DenseRows(vectors, dimensions: dimensions) : nil, dimensions: dimensions,
                   random: &random, start: centroids)
    }

    /// Cosine of a unit document vector with a unit centroid.
    public static func dot(_ x: SparseVector, _ c: [Float]) -> Float {
        var s: Float = 0
        for (i, v) in zip(x.indices, x.values) { s += c[Int(i)] * v }
        return s
    }

    private func run(_ vectors: [SparseVector], rows: DenseRows?, dimensions: Int, random: inout SeededRandom,
                     start: [[Float]]? = nil) -> Result {
        let n = vectors.count, k = start?.count ?? min(self.k, n)
        guard k > 0 else { return Result(assignments: [], centroids: [], cohesion: 0) }
        func dense(_ x: SparseVector) -> [Float] {
            var c = [Float](repeating: 0, count: dimensions)
            for (i, v) in zip(x.indices, x.values) { c[Int(i)] = v }
            return c
        }
        // k-means++: each next seed drawn with probability ∝ (1 − best cosine to the seeds so far).
        func similarities(to centroid: [Float]) -> [Float] {
            guard let rows else { return vectors.map { Self.dot($0, centroid) } }
            let packed = rows.pack([centroid])
            return (0..<n).map { rows.dot($0, packed, 0) }
        }
        guard n > 0 else { return Result(assignments: [], centroids: start ?? [], cohesion: 0) }
        var centroids = start ?? [dense(vectors[Int(random.next() % UInt64(n))])]
        var distance = start == nil ? similarities(to: centroids[0]).map { 1 - $0 } : []
        while centroids.count < k {
            let total = distance.reduce(0, +)
            var pick = 0
            if total > 0 {
                var target = Float(Double(random.next() % 1_000_000) / 1_000_000) * total
                for (i, d) in distance.enumerated() { target -= d; if target <= 0 { pick = i; break } }
            } else {
                pick = Int(random.next() % UInt64(n))
            }
            centroids.append(dense(vectors[pick]))
            let latest = similarities(to: centroids[centroids.count - 1])
            for i in 0..<n { distance[i] = min(distance[i], 1 - latest[i]) }
        }
        var assignments = [Int](repeating: -1, count: n)
        var cohesion = 0.0
        nonisolated(unsafe) let best = UnsafeMutableBufferPointer<(Int, Float)>.allocate(capacity: n) // each part writes its own range
        defer { best.deallocate() }
        for _ in 0..<iterations {
            var changed = 0
            cohesion = 0
            // Assign (both cores: each document is independent).
            let chunk = (n + 1) / 2
            let frozen = centroids
            let packed = rows.map { $0.pack(frozen) }
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in (part * chunk)..<min(n, (part + 1) * chunk) {
                    var b = 0, bs = -Float.infinity
                    for c in 0..<frozen.count {
                        let s = if let rows, let packed { rows.dot(i, packed, c) } else { Self.dot(vectors[i], frozen[c]) }
                        if s > bs { bs = s; b = c }
                    }
                    best[i] = (b, bs)
                }
            }
            for i in 0..<n {
                if assignments[i] != best[i].0 { changed += 1; assignments[i] = best[i].0 }
                cohesion += Double(best[i].1)
            }
            // Update: normalised means; an empty cluster takes the document farthest from its centroid.
            let far = (0..<n).min { best[$0].1 < best[$1].1 }!
            centroids = rows?.centroids(assignments: assignments, k: k, dimensions: dimensions, emptyTakes: far)
                ?? Self.centroids(vectors, assignments: assignments, k: k, dimensions: dimensions, emptyTakes: far)
            // Converged when (almost) nobody moves: the last few per mille change no theme.
            if changed == 0 || changed * 2000 < n { break }
        }
        return Result(assignments: assignments, centroids: centroids, cohesion: cohesion)
    }

    /// Vectors as one dense row-major matrix, rows padded to a multiple of 8 for SIMD.
    struct DenseRows: @unchecked Sendable {
        let width: Int
        let values: [Float]

        init(_ vectors: [SparseVector], dimensions: Int) {
            width = (dimensions + 7) / 8 * 8
            var values = [Float](repeating: 0, count: vectors.count * width)
            for (i, v) in vectors.enumerated() { for (f, x) in zip(v.indices, v.values) { values[i * width + Int(f)] = x } }
            self.values = values
        }

        /// The normalised mean of each cluster's rows, as `centroids(_:assignments:…)` does for sparse vectors.
        func centroids(assignments: [Int], k: Int, dimensions: Int, emptyTakes: Int) -> [[Float]] {
            var sums = [Float](repeating: 0, count: k * width)
            var counts = [Int](repeating: 0, count: k)
            values.withUnsafeBufferPointer { x in
                sums.withUnsafeMutableBufferPointer { s in
                    for (i, c) in assignments.enumerated() {
                        counts[c] += 1
                        for j in 0..<width { s[c * width + j] += x[i * width + j] }
                    }
                    for c in 0..<k where counts[c] == 0 { for j in 0..<width { s[c * width + j] = x[emptyTakes * width + j] } }
                }
            }
            return (0..<k).map { c in
                let sum = sums[(c * width)..<(c * width + dimensions)]
                let norm = sum.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
                return norm > 0 ? sum.map { $0 / norm } : Array(sum)
            }
        }

        /// Centroids padded the same way, one after the other.
        func pack(_ centroids: [[Float]]) -> [Float] {
            var out = [Float](repeating: 0, count: centroids.count * width)
            for (c, centroid) in centroids.enumerated() { for (j, x) in centroid.enumerated() { out[c * width + j] = x } }
            return out
        }

        func dot(_ row: Int, _ packed: [Float], _ c: Int) -> Float {
            values.withUnsafeBufferPointer { x in
                packed.withUnsafeBufferPointer { y in
                    let a = UnsafeRawPointer(x.baseAddress! + row * width), b = UnsafeRawPointer(y.baseAddress! + c * width)
                    var sum = SIMD8<Float>()
                    for k in stride(from: 0, to: width * 4, by: 32) {
                        sum += a.loadUnaligned(fromByteOffset: k, as: SIMD8<Float>.self) * b.loadUnaligned(fromByteOffset: k, as: SIMD8<Float>.self)
                    }
                    return sum.sum()
                }
            }
        }
    }

    /// The normalised mean of each cluster's vectors; an empty cluster gets document `emptyTakes`.
    public static func centroids(_ vectors: [SparseVector], assignments: [Int], k: Int, dimensions: Int, emptyTakes: Int = 0) -> [[Float]] {
        var sums = [[Float]](repeating: [Float](repeating: 0, count: dimensions), count: k)
        var counts = [Int](repeating: 0, count: k)
        for (i, c) in assignments.enumerated() {
            counts[c] += 1
            for (f, v) in zip(vectors[i].indices, vectors[i].values) { sums[c][Int(f)] += v }
        }
        for c in 0..<k where counts[c] == 0 && !vectors.isEmpty {
            for (f, v) in zip(vectors[emptyTakes].indices, vectors[emptyTakes].values) { sums[c][Int(f)] = v }
        }
        return sums.map { sum in
            let norm = sum.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? sum.map { $0 / norm } : sum
        }
    }

    /// Mean silhouette (cosine distance) of a clustering over at most `sample` documents: how much
    /// closer documents are to their own cluster than to the nearest other one (−1 … 1).
    public static func silhouette(_ vectors: [SparseVector], assignments: [Int], k: Int, sample: Int = 1500, seed: UInt64 = 1) -> Double {
        SilhouetteSample(vectors, sample: sample, seed: seed).score(assignments: assignments, k: k)
    }
}

/// The documents a silhouette is measured on and their pairwise cosine distances, computed once
/// (on both cores) and reused for every clustering compared: choosing k among 19 candidates
/// costs one distance matrix, not 19.
public struct SilhouetteSample: Sendable {
    /// Indices of the sampled documents.
    public let picked: [Int]
    /// Row-major picked × picked distances (1 − cosine).
    let distances: [Float]

    public init(_ vectors: [SparseVector], sample: Int = 1500, seed: UInt64 = 1) {
        var order = Array(vectors.indices)
        var random = SeededRandom(seed: seed)
        order.shuffle(using: &random)
        let picked = Array(order.prefix(sample))
        let m = picked.count
        // LSA vectors carry every index 0..<d: then the cosine is a plain dot product, summed in
        // the same order as the merge below, so both give the same numbers.
        let dense = vectors.first.map { first in
            let d = first.indices.count
            return vectors.allSatisfy { $0.indices.count == d && $0.indices.last.map { Int($0) == d - 1 } ?? true }
        } ?? false
        @Sendable func cosine(_ a: SparseVector, _ b: SparseVector) -> Float {
            var s: Float = 0
            if dense {
                for i in a.values.indices { s += a.values[i] * b.values[i] }
                return s
            }
            var i = 0, j = 0
            while i < a.indices.count && j < b.indices.count {
                if a.indices[i] == b.indices[j] { s += a.values[i] * b.values[j]; i += 1; j += 1 }
                else if a.indices[i] < b.indices[j] { i += 1 } else { j += 1 }
            }
            return s
        }
        var distances = [Float](repeating: 0, count: m * m)
        distances.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for p in stride(from: part, to: m, by: 2) {
                    for q in 0..<m where q != p { target[p * m + q] = 1 - cosine(vectors[picked[p]], vectors[picked[q]]) }
                }
            }
        }
        self.picked = picked
        self.distances = distances
    }

    /// Mean silhouette of `assignments` (cluster of each document, 0 ..< k) over the sample.
    public func score(assignments: [Int], k: Int) -> Double {
        let m = picked.count
        var total = 0.0
        var sum = [Double](repeating: 0, count: k), count = [Int](repeating: 0, count: k)
        for p in 0..<m {
            for c in 0..<k { sum[c] = 0; count[c] = 0 }
            for q in 0..<m where q != p {
                sum[assignments[picked[q]]] += Double(distances[p * m + q])
                count[assignments[picked[q]]] += 1
            }
            let own = assignments[picked[p]]
            guard count[own] > 0 else { continue }
            let a = sum[own] / Double(count[own])
            let b = (0..<k).filter { $0 != own && count[$0] > 0 }.map { sum[$0] / Double(count[$0]) }.min() ?? a
            total += (b - a) / max(a, b, 1e-9)
        }
        return total / Double(max(1, m))
    }
}

/// Names a theme by its most distinctive words: class-based TF-IDF (as BERTopic labels topics) —
/// a word's frequency in the theme × log(1 + average words per theme / its frequency over all themes).
public enum ThemeTerms {
    public static func top(_ wordsPerCluster: [[String: Int]], count: Int = 5) -> [[String]] {
        top(wordsPerCluster.map { c in Dictionary(uniqueKeysWithValues: c.map { (WordKey($0.key), $0.value) }) }, count: count)
            .map { $0.map(\.word) }
    }

    /// The same over words keyed by their bytes (no NFC work per lookup).
    public static func top(_ wordsPerCluster: [[WordKey: Int]], count: Int = 5) -> [[WordKey]] {
        var overall: [WordKey: Int] = [:]
        var totalWords = 0
        for c in wordsPerCluster { for (w, n) in c { overall[w, default: 0] += n; totalWords += n } }
        let average = Double(totalWords) / Double(max(1, wordsPerCluster.count))
        return wordsPerCluster.map { cluster in
            let total = Double(max(1, cluster.values.reduce(0, +)))
            return cluster.map { word, n in
                (word, Double(n) / total * log(1 + average / Double(overall[word]!)))
            }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(count).map(\.0)
        }
    }
}
