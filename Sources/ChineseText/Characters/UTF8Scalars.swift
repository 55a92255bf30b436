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

extension String {
    /// A string from code points (invalid ones become U+FFFD).
    public init(scalars: some Sequence<UInt32>) {
        var view = String.UnicodeScalarView()
        for value in scalars { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        self = String(view)
    }

    /// The same from a collection (a word, a sentence): its UTF-8 encoded into a buffer on the
    /// stack and decoded once, instead of appended a code point at a time. Words are made this
    /// way for every document, so it matters.
    public init<C: Collection>(scalars: C) where C.Element == UInt32 {
        let count = scalars.count
        guard count > 0 else { self = ""; return }
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 4) { buffer in
            var k = 0
            for value in scalars {
                let v = Unicode.Scalar(value)?.value ?? 0xFFFD
                if v < 0x80 {
                    buffer[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    buffer[k] = UInt8(0xC0 | (v >> 6)); buffer[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    buffer[k] = UInt8(0xE0 | (v >> 12)); buffer[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else {
                    buffer[k] = UInt8(0xF0 | (v >> 18)); buffer[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<k]), as: UTF8.self)
        }
    }
}
