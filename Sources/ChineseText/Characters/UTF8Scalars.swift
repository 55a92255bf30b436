/// Code points decoded from UTF-8 bytes, with the byte offset of each, so tokens can be written
/// back as slices of the input without building a `String` per token.
public struct UTF8Scalars: Sendable {
    /// The code points; invalid bytes become U+FFFD (one per byte).
    public private(set) var scalars: [UInt32] = []
    /// `byteOffsets[i]` is where scalar `i` starts; one extra entry holds the input's length.
    public private(set) var byteOffsets: [Int32] = []

    public init() {}

    public init(_ bytes: some Collection<UInt8>) {
        var copy = Array(bytes)
        copy.withUnsafeMutableBufferPointer { decode(UnsafeBufferPointer($0)) }
    }

    /// Decodes `bytes`, reusing this value's storage (one allocation across many lines).
    public mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        // Room for one scalar a byte, written in place, then cut to what was decoded.
        scalars.removeAll(keepingCapacity: true)
        byteOffsets.removeAll(keepingCapacity: true)
        scalars.append(contentsOf: repeatElement(0, count: n))
        byteOffsets.append(contentsOf: repeatElement(0, count: n + 1))
        let count = scalars.withUnsafeMutableBufferPointer { scalars in
            byteOffsets.withUnsafeMutableBufferPointer { offsets in
                var i = 0, k = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    offsets[k] = Int32(i)
                    if b0 < 0x80 { scalars[k] = b0; k += 1; i += 1; continue }
                    var length = 0, value: UInt32 = 0, minimum: UInt32 = 0
                    if b0 & 0xE0 == 0xC0 { length = 2; value = b0 & 0x1F; minimum = 0x80 }
                    else if b0 & 0xF0 == 0xE0 { length = 3; value = b0 & 0x0F; minimum = 0x800 }
                    else if b0 & 0xF8 == 0xF0 { length = 4; value = b0 & 0x07; minimum = 0x10000 }
                    var ok = length > 0 && i + length <= n
                    if ok {
                        for j in 1..<length {
                            let b = UInt32(bytes[i + j])
                            if b & 0xC0 != 0x80 { ok = false; break }
                            value = value << 6 | (b & 0x3F)
                        }
                    }
                    if ok && value >= minimum && value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value) {
                        scalars[k] = value; i += length
                    } else {
                        scalars[k] = 0xFFFD; i += 1
                    }
                    k += 1
                }
                offsets[k] = Int32(n)
                return k
            }
        }
        scalars.removeLast(n - count)
        byteOffsets.removeLast(n - count)
    }
}
