import TopicsCore

/// The theme model file: binary, little-endian, read in one pass.
///
///     "TPTHEMES"  magic (8 bytes)
///     u32         format version (`ThemeModel.formatVersion`)
///     u32 kinds, f32 character weight, u32 buckets, u64 documents, u8 algorithm (0 k-means, 1 mixture)
///     f64 α, f64 β
///     u32 columns C, u32 width W; i32 × C buckets; f32 × C idf; f32 × C·W projection (row-major)
///     u32 themes K; per theme: u32 id, str name, u32 n + str × n terms, u32 size, f32 far threshold,
///                   u32 n + (str topic, u32 count) × n tags
///     f32 × K·W centroids
///     u32 vocabulary V; str × V words; i32 × V·K word–theme counts (word-major)
///
/// `str` is a u32 byte count and UTF-8. The big arrays are copied in whole, so 100 themes over
/// 100 000 columns load in a few milliseconds. Another version is refused with an error naming the file.
extension ThemeModel {
    public static let magic: [UInt8] = Array("TPTHEMES".utf8)
    public static let formatVersion: UInt32 = 1

    public func serialized() -> [UInt8] {
        var out = Writer()
        out.bytes += Self.magic
        out.u32(Self.formatVersion)
        out.u32(kinds.rawValue); out.f32(characterWeight); out.u32(UInt32(buckets)); out.u64(UInt64(documentCount))
        out.bytes.append(algorithm == .mixture ? 1 : 0)
        out.f64(alpha); out.f64(beta)
        out.u32(UInt32(projection.columns.count)); out.u32(UInt32(width))
        out.array(projection.columns); out.array(idf); out.array(projection.matrix)
        out.u32(UInt32(themes.count))
        for t in themes {
            out.u32(UInt32(t.id)); out.string(t.name)
            out.u32(UInt32(t.terms.count)); for term in t.terms { out.string(term) }
            out.u32(UInt32(t.size)); out.f32(t.farThreshold)
            out.u32(UInt32(t.tags.count)); for tag in t.tags { out.string(tag.topic); out.u32(UInt32(tag.count)) }
        }
        out.array(centroids)
        out.u32(UInt32(vocabulary.count)); for w in vocabulary { out.string(w) }
        out.array(wordCounts)
        return out.bytes
    }

    /// Reads `serialized()` output; `name` (the file) is what an error names.
    public init(serialized bytes: [UInt8], name: String) throws(TopicsError) {
        var r = Reader(bytes: bytes, name: name)
        guard bytes.count >= 12, Array(bytes[0..<8]) == Self.magic else {
            throw TopicsError(.badArgument, input: name, "not a theme model (no TPTHEMES header); write one with `topics cluster --save-model`")
        }
        r.at = 8
        let version = try r.u32()
        guard version == Self.formatVersion else {
            throw TopicsError(.badArgument, input: name,
                              "theme model format version \(version); this topics reads version \(Self.formatVersion): fit it again with `topics cluster --save-model`")
        }
        let kinds = TextFeatures.Kinds(rawValue: try r.u32())
        let characterWeight = try r.f32()
        let buckets = try r.count(max: 1 << 30)
        let documents = Int(try r.u64())
        let algorithm: ThemeFinder.Algorithm = try r.u8() == 1 ? .mixture : .kmeans
        let alpha = try r.f64(), beta = try r.f64()
        let columnCount = try r.count(), width = try r.count(max: 1 << 16)
        let columns: [Int32] = try r.array(columnCount)
        guard columns.allSatisfy({ $0 >= 0 && Int($0) < buckets }) else { throw r.corrupt("a column outside the buckets") }
        let idf: [Float] = try r.array(columnCount)
        let matrix: [Float] = try r.array(columnCount * width)
        let k = try r.count(max: 1 << 20)
        var themes: [Theme] = []
        for _ in 0..<k {
            let id = try r.count(), name = try r.string()
            var terms: [String] = []
            for _ in 0..<(try r.count()) { terms.append(try r.string()) }
            let size = try r.count(), threshold = try r.f32()
            var tags: [Theme.Tag] = []
            for _ in 0..<(try r.count()) { tags.append(Theme.Tag(topic: try r.string(), count: try r.count())) }
            themes.append(Theme(id: id, name: name, terms: terms, size: size, tags: tags, farThreshold: threshold))
        }
        let centroids: [Float] = try r.array(k * width)
        let v = try r.count()
        var vocabulary: [String] = []
        vocabulary.reserveCapacity(v)
        for _ in 0..<v { vocabulary.append(try r.string()) }
        let wordCounts: [Int32] = try r.array(v * k)
        guard r.at == bytes.count else { throw r.corrupt("\(bytes.count - r.at) bytes after the end") }
        self.init(kinds: kinds, characterWeight: characterWeight, buckets: buckets, documentCount: documents, idf: idf,
                  projection: LatentSemantic.Projection(columns: columns, width: width, matrix: matrix), algorithm: algorithm,
                  themes: themes, centroids: centroids, alpha: alpha, beta: beta, vocabulary: vocabulary, wordCounts: wordCounts)
    }

    private struct Writer {
        var bytes: [UInt8] = []
        mutating func u32(_ x: UInt32) { withUnsafeBytes(of: x.littleEndian) { bytes += $0 } }
        mutating func u64(_ x: UInt64) { withUnsafeBytes(of: x.littleEndian) { bytes += $0 } }
        mutating func f32(_ x: Float) { u32(x.bitPattern) }
        mutating func f64(_ x: Double) { u64(x.bitPattern) }
        mutating func string(_ s: String) { u32(UInt32(s.utf8.count)); bytes += s.utf8 }
        /// 4-byte values, little-endian.
        mutating func array<T: FourBytes>(_ values: [T]) {
            if Self.littleEndianHost { values.withUnsafeBytes { bytes += $0 }; return }
            for x in values { u32(x.bits) }
        }
        static let littleEndianHost = 1.littleEndian == 1
    }

    private struct Reader {
        let bytes: [UInt8]
        let name: String
        var at = 0

        func corrupt(_ what: String) -> TopicsError {
            TopicsError(.badArgument, input: name, "damaged theme model: \(what)")
        }
        mutating func take(_ n: Int) throws(TopicsError) -> Range<Int> {
            guard n >= 0, n <= bytes.count - at else { throw corrupt("truncated at byte \(at)") }
            defer { at += n }
            return at..<(at + n)
        }
        mutating func u8() throws(TopicsError) -> UInt8 { bytes[try take(1).lowerBound] }
        mutating func u32() throws(TopicsError) -> UInt32 {
            let r = try take(4)
            return bytes[r].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        mutating func u64() throws(TopicsError) -> UInt64 {
            let r = try take(8)
            return bytes[r].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
        mutating func f32() throws(TopicsError) -> Float { Float(bitPattern: try u32()) }
        mutating func f64() throws(TopicsError) -> Double { Double(bitPattern: try u64()) }
        /// A count, refused when larger than `max` or than the bytes left could hold.
        mutating func count(max: Int = Int(Int32.max)) throws(TopicsError) -> Int {
            let n = Int(try u32())
            guard n <= max else { throw corrupt("a count of \(n) at byte \(at - 4)") }
            return n
        }
        mutating func string() throws(TopicsError) -> String {
            let r = try take(try count())
            guard let s = String(validating: bytes[r], as: UTF8.self) else { throw corrupt("text that is not UTF-8 at byte \(r.lowerBound)") }
            return s
        }
        mutating func array<T: FourBytes>(_ n: Int) throws(TopicsError) -> [T] {
            guard n <= (bytes.count - at) / 4 else { throw corrupt("truncated at byte \(at)") }
            let r = try take(n * 4)
            return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                bytes.withUnsafeBytes { raw in
                    for i in 0..<n {
                        let bits = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: r.lowerBound + i * 4, as: UInt32.self))
                        buffer[i] = T(bits: bits)
                    }
                }
                initialized = n
            }
        }
    }
}

/// Int32 and Float: the element types of the model's arrays.
private protocol FourBytes { var bits: UInt32 { get }; init(bits: UInt32) }
extension Int32: FourBytes {
    var bits: UInt32 { UInt32(bitPattern: self) }
    init(bits: UInt32) { self.init(bitPattern: bits) }
}
extension Float: FourBytes {
    var bits: UInt32 { bitPattern }
    init(bits: UInt32) { self.init(bitPattern: bits) }
}
