// Strings written from code points, shared by every library that cuts text by code point.

extension String {
    /// A string from code points (invalid ones become U+FFFD).
    public init(scalars: some Sequence<UInt32>) {
        var view = String.UnicodeScalarView()
        for value in scalars { view.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
        self = String(view)
    }

    /// The same from a collection (a word, a sentence): its UTF-8 encoded into a buffer on the
    /// stack and decoded once, instead of appended a code point at a time. Words are made this
    /// way for every document, so it matters. Inlinable, so that each caller gets a copy
    /// specialised for its collection rather than a generic call per code point.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == UInt32 {
        self.init(encoding: scalars) { Unicode.Scalar($0)?.value ?? 0xFFFD }
    }

    /// The same from Swift's own code points (a run the field readers cut out of a line).
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(encoding: scalars) { $0.value }
    }

    @inlinable
    init<C: Collection>(encoding scalars: C, value: (C.Element) -> UInt32) {
        let count = scalars.count
        guard count > 0 else { self = ""; return }
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 4) { buffer in
            var k = 0
            for scalar in scalars {
                let v = value(scalar)
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

extension UnsafeBufferPointer where Element == UInt8 {
    /// The code point starting at byte `i` of well-formed UTF-8 (a Swift string's bytes) and its length in bytes: a
    /// string's scalars read straight from its storage, without the scalar view's iterator.
    @inlinable
    public func codePoint(at i: Int) -> (value: UInt32, length: Int) {
        let c = UInt32(self[i])
        if c < 0x80 { return (c, 1) }
        if c < 0xE0 { return ((c & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return ((c & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F), 3) }
        return ((c & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12 | UInt32(self[i + 2] & 0x3F) << 6 | UInt32(self[i + 3] & 0x3F), 4)
    }
}

extension String {
    /// The string's code points, each passed through `transform`: `unicodeScalars.map { transform($0.value) }` read from
    /// the UTF-8 in one pass into an array sized once.
    @inlinable
    public func codePoints(_ transform: (UInt32) -> UInt32) -> [UInt32] {
        var text = self
        return text.withUTF8 { b in
            [UInt32](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0, n = 0
                while i < b.count {
                    let (value, length) = b.codePoint(at: i)
                    out[n] = transform(value)
                    n += 1
                    i += length
                }
                count = n
            }
        }
    }
}
