import TopicsCore
import ChineseText
import Foundation

/// Latent semantic analysis by randomised SVD (Halko, Martinsson & Tropp 2011): documents
/// projected onto the top singular directions of the document × feature matrix. Short texts share
/// few words; in this space documents about the same thing end up close even when they do not,
/// which is what k-means on headlines and message subjects needs.
public enum LatentSemantic {
    /// Unit-length `dimensions`-dimensional vectors for `vectors` (as sparse vectors with every index).
    public static func reduce(_ vectors: [SparseVector], dimensions r: Int = 100, powerIterations: Int = 2, seed: UInt64 = 1) -> [SparseVector] {
        fit(vectors, dimensions: r, powerIterations: powerIterations, seed: seed, keepProjection: false).vectors
    }

    /// `reduce`, and with `keepProjection` the map that places a document not among `vectors` in
    /// the same space (nil for two documents or fewer, which are left as they are).
    public static func fit(_ vectors: [SparseVector], dimensions r: Int = 100, powerIterations: Int = 2, seed: UInt64 = 1,
                           keepProjection: Bool) -> (vectors: [SparseVector], projection: Projection?) {
        let n = vectors.count
        guard n > 2 else { return (vectors, nil) }
        // Compact the hashed feature space to the columns in use.
        var column: [Int32: Int] = [:]
        for v in vectors { for i in v.indices where column[i] == nil { column[i] = column.count } }
        let d = column.count
        let rows: [[(Int, Float)]] = vectors.map { v in zip(v.indices, v.values).map { (column[$0]!, $1) } }
        let l = min(r + 10, n, d)
        // Y = A Ω with Ω random: entries uniform on [−√3, √3] (mean 0, variance 1, which is all the
        // range finder needs; no log or cos per entry), drawn from the seed, on both cores.
        var omega = [Float](repeating: 0, count: d * l)
        omega.withUnsafeMutableBufferPointer { o in
            nonisolated(unsafe) let o = o
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for c in stride(from: part, to: d, by: 2) {
                    var random = SeededRandom(seed: seed &+ UInt64(c) &* 0x9E37_79B9_7F4A_7C15)
                    for j in 0..<l { o[c * l + j] = (Float(random.next() >> 40) / Float(1 << 24) * 2 - 1) * 1.7320508 }
                }
            }
        }
        func timesDense(_ m: [Float], width: Int) -> [Float] {   // A (n × d) · M (d × width)
            var out = [Float](repeating: 0, count: n * width)
            out.withUnsafeMutableBufferPointer { o in
                nonisolated(unsafe) let o = o
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    for i in stride(from: part, to: n, by: 2) {
                        for (c, v) in rows[i] { for j in 0..<width { o[i * width + j] += v * m[c * width + j] } }
                    }
                }
            }
            return out
        }
        // Aᵀ by columns (compressed sparse columns), so Aᵀ·M writes each output row once, in order.
        var columnStart = [Int](repeating: 0, count: d + 1)
        for row in rows { for (c, _) in row { columnStart[c + 1] += 1 } }
        for c in 0..<d { columnStart[c + 1] += columnStart[c] }
        var fill = columnStart
        var entryRow = [Int32](repeating: 0, count: columnStart[d]), entryValue = [Float](repeating: 0, count: columnStart[d])
        for (i, row) in rows.enumerated() {
            for (c, v) in row { entryRow[fill[c]] = Int32(i); entryValue[fill[c]] = v; fill[c] += 1 }
        }
        // The column where half of the entries are done: the cores split the work evenly.
        let middle = columnStart.firstIndex { $0 * 2 >= columnStart[d] } ?? d
        let starts = columnStart, entryRows = entryRow, entryValues = entryValue
        func transposeTimes(_ m: [Float], width: Int) -> [Float] {   // Aᵀ (d × n) · M (n × width)
            var out = [Float](repeating: 0, count: d * width)
            out.withUnsafeMutableBufferPointer { o in
                nonisolated(unsafe) let o = o
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    for c in (part == 0 ? 0..<min(middle, d) : min(middle, d)..<d) {
                        for e in starts[c]..<starts[c + 1] {
                            let i = Int(entryRows[e]), v = entryValues[e]
                            for j in 0..<width { o[c * width + j] += v * m[i * width + j] }
                        }
                    }
                }
            }
            return out
        }
        var q = orthonormalize(timesDense(omega, width: l), rows: n, columns: l)
        for _ in 0..<powerIterations {
            let z = transposeTimes(q, width: l)
            q = orthonormalize(timesDense(z, width: l), rows: n, columns: l)
        }
        // B = Qᵀ A (l × d); B Bᵀ = W Λ Wᵀ; documents: Q W Σ, i.e. (Q W) scaled by √λ.
        let bt = transposeTimes(q, width: l)   // Bᵀ is d × l
        let bbt = gram(bt, rows: d, columns: l)
        let (values, w) = jacobiEigen(bbt, size: l)
        let order = Array(values.indices.sorted { values[$0] > values[$1] }.prefix(min(r, l)))
        // Projection P = W (top columns) · Σ, l × r; each document is its row of Q times P.
        let width = order.count
        var projection = [Float](repeating: 0, count: l * width)
        for a in 0..<l { for (k, e) in order.enumerated() { projection[a * width + k] = Float(w[a * l + e] * max(values[e], 0).squareRoot()) } }
        var reduced = [SparseVector](repeating: SparseVector(), count: n)
        let indices = (0..<Int32(width)).map { $0 }, p = projection, qq = q
        reduced.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                var out = [Float](repeating: 0, count: width)
                for i in stride(from: part, to: n, by: 2) {
                    for k in 0..<width { out[k] = 0 }
                    for a in 0..<l {
                        let x = qq[i * l + a]
                        for k in 0..<width { out[k] += x * p[a * width + k] }
                    }
                    let norm = out.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
                    target[i] = SparseVector(indices: indices, values: norm > 0 ? out.map { $0 / norm } : out)
                }
            }
        }
        guard keepProjection else { return (reduced, nil) }
        // A new row a lands at a Bᵀ W Σ⁻¹: for the fitted rows, A ≈ Q B makes that Q W Σ, where they are.
        var scaled = [Float](repeating: 0, count: l * width)   // W (top columns) · Σ⁻¹, l × width
        for a in 0..<l {
            for (k, e) in order.enumerated() where values[e] > 1e-12 { scaled[a * width + k] = Float(w[a * l + e] / values[e].squareRoot()) }
        }
        let factors = scaled
        var matrix = [Float](repeating: 0, count: d * width)
        matrix.withUnsafeMutableBufferPointer { o in
            nonisolated(unsafe) let o = o
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for c in stride(from: part, to: d, by: 2) {
                    for a in 0..<l {
                        let x = bt[c * l + a]
                        if x == 0 { continue }
                        for k in 0..<width { o[c * width + k] += x * factors[a * width + k] }
                    }
                }
            }
        }
        var columns = [Int32](repeating: 0, count: d)
        for (bucket, c) in column { columns[c] = bucket }
        return (reduced, Projection(columns: columns, width: width, matrix: matrix))
    }

    /// The fitted map from feature space to the reduced space: the feature columns the fit saw
    /// (in column order) and a columns × width matrix. Features the fit never saw count nothing.
    public struct Projection: Sendable, Equatable {
        /// Feature (bucket) of each row of `matrix`.
        public let columns: [Int32]
        public let width: Int
        /// Row-major, `columns.count × width`.
        public let matrix: [Float]
        private let rowOf: [Int32: Int32]

        public init(columns: [Int32], width: Int, matrix: [Float]) {
            precondition(matrix.count == columns.count * width, "one row of `width` values per column")
            self.columns = columns
            self.width = width
            self.matrix = matrix
            var rowOf: [Int32: Int32] = [:]
            rowOf.reserveCapacity(columns.count)
            for (i, c) in columns.enumerated() { rowOf[c] = Int32(i) }
            self.rowOf = rowOf
        }

        public static func == (a: Projection, b: Projection) -> Bool {
            a.columns == b.columns && a.width == b.width && a.matrix == b.matrix
        }

        /// The unit-length reduced vector of `x` (all zeros when none of its features were seen).
        public func project(_ x: SparseVector) -> [Float] {
            var out = [Float](repeating: 0, count: width)
            let width = self.width
            out.withUnsafeMutableBufferPointer { o in
                matrix.withUnsafeBufferPointer { m in
                    for (f, v) in zip(x.indices, x.values) {
                        guard let row = rowOf[f] else { continue }
                        let r = UnsafeBufferPointer(rebasing: m[(Int(row) * width)..<(Int(row) * width + width)])
                        for k in 0..<width { o[k] += v * r[k] }
                    }
                }
            }
            let norm = out.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? out.map { $0 / norm } : out
        }
    }

    /// MᵀM (columns × columns, in Double) of a rows × columns matrix, each core summing half the rows.
    static func gram(_ m: [Float], rows: Int, columns l: Int) -> [Double] {
        var partial = [[Double]](repeating: [], count: 2)
        partial.withUnsafeMutableBufferPointer { parts in
            nonisolated(unsafe) let parts = parts
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                var g = [Double](repeating: 0, count: l * l)
                var row = [Double](repeating: 0, count: l)
                for i in stride(from: part, to: rows, by: 2) {
                    for a in 0..<l { row[a] = Double(m[i * l + a]) }
                    for a in 0..<l where row[a] != 0 {
                        let x = row[a]
                        for b in a..<l { g[a * l + b] += x * row[b] }
                    }
                }
                parts[part] = g
            }
        }
        var g = partial[0]
        for a in 0..<l { for b in a..<l { g[a * l + b] += partial[1][a * l + b] } }
        for a in 0..<l { for b in 0..<a { g[a * l + b] = g[b * l + a] } }
        return g
    }

    /// Columns of a rows × columns matrix (row-major) made orthonormal. Cholesky QR on both
    /// cores: the Gram matrix MᵀM (in Double) = RᵀR, then every row times R⁻¹. When the columns are
    /// (nearly) dependent the Cholesky factor does not exist, and Gram–Schmidt does the job.
    static func orthonormalize(_ m: [Float], rows: Int, columns l: Int) -> [Float] {
        guard rows >= 2 * l, rows > 64 else { return gramSchmidt(m, rows: rows, columns: l) }
        let g = gram(m, rows: rows, columns: l)
        var r = [Double](repeating: 0, count: l * l)   // upper triangular, G = RᵀR
        for a in 0..<l {
            for b in a..<l {
                var s = g[a * l + b]
                for p in 0..<a { s -= r[p * l + a] * r[p * l + b] }
                if a == b {
                    // A pivot lost to rounding: the columns are dependent.
                    guard s > 1e-10 * max(1, g[a * l + a]) else {
                        return gramSchmidt(m, rows: rows, columns: l)
                    }
                    r[a * l + a] = s.squareRoot()
                } else {
                    r[a * l + b] = s / r[a * l + a]
                }
            }
        }
        // Each row x: solve q R = x (forward substitution over the columns).
        let factor = r
        var out = [Float](repeating: 0, count: m.count)
        out.withUnsafeMutableBufferPointer { o in
            nonisolated(unsafe) let o = o
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                var q = [Double](repeating: 0, count: l)
                for i in stride(from: part, to: rows, by: 2) {
                    for b in 0..<l {
                        var s = Double(m[i * l + b])
                        for a in 0..<b { s -= q[a] * factor[a * l + b] }
                        q[b] = s / factor[b * l + b]
                    }
                    for b in 0..<l { o[i * l + b] = Float(q[b]) }
                }
            }
        }
        return out
    }

    /// Modified Gram–Schmidt on a column-major copy (every pass over contiguous memory); columns
    /// that depend on earlier ones become zero.
    static func gramSchmidt(_ m: [Float], rows: Int, columns: Int) -> [Float] {
        var c = [Float](repeating: 0, count: m.count)
        for i in 0..<rows { for j in 0..<columns { c[j * rows + i] = m[i * columns + j] } }
        c.withUnsafeMutableBufferPointer { c in
            for j in 0..<columns {
                let col = c.baseAddress! + j * rows
                for p in 0..<j {
                    let prev = c.baseAddress! + p * rows
                    var dot: Float = 0
                    for i in 0..<rows { dot += prev[i] * col[i] }
                    for i in 0..<rows { col[i] -= dot * prev[i] }
                }
                var norm: Float = 0
                for i in 0..<rows { norm += col[i] * col[i] }
                norm = norm.squareRoot()
                let scale: Float = norm > 1e-12 ? 1 / norm : 0
                for i in 0..<rows { col[i] *= scale }
            }
        }
        var out = [Float](repeating: 0, count: m.count)
        for i in 0..<rows { for j in 0..<columns { out[i * columns + j] = c[j * rows + i] } }
        return out
    }

    /// Eigenvalues and eigenvectors (columns of the returned matrix) of a symmetric matrix, by cyclic Jacobi rotations.
    static func jacobiEigen(_ matrix: [Double], size n: Int) -> ([Double], [Double]) {
        var a = matrix
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        for _ in 0..<50 {
            var off = 0.0
            for p in 0..<n { for q in (p + 1)..<n { off += a[p * n + q] * a[p * n + q] } }
            if off < 1e-18 { break }
            for p in 0..<n {
                for q in (p + 1)..<n where abs(a[p * n + q]) > 1e-30 {
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq
                        v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0 * n + $0] }, v)
    }
}
