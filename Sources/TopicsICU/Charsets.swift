import CICUShim

/// Charset detection and decoding to UTF-8, through ICU's `ucsdet` and `ucnv`.
public enum Charsets {
    /// ICU's best guess for the charset of `bytes` and its confidence (0–100), or nil.
    ///
    /// ICU's detector is unreliable on short inputs (a few CJK characters in GBK can come back as
    /// Shift_JIS), so callers should weigh the confidence. UTF-16/32 guesses are skipped unless
    /// `allowUTF16or32` is set: without NUL bytes they are almost always wrong.
    public static func detect(_ bytes: some Collection<UInt8>, allowUTF16or32: Bool = false) -> (name: String, confidence: Int)? {
        // ucsdet keeps a pointer into the buffer, so the whole call runs inside one borrow.
        let sample = Array(bytes.prefix(64 * 1024))
        var name = [CChar](repeating: 0, count: 64)
        var err: Int32 = 0
        let confidence = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cicu_detect_charset(chars.baseAddress, Int32(chars.count), allowUTF16or32 ? 0 : 1,
                                    &name, Int32(name.count), &err)
            }
        }
        guard err <= 0, confidence >= 0 else { return nil }
        let decodedName = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return decodedName.isEmpty ? nil : (decodedName, Int(confidence))
    }

    /// True when ICU has a converter for this charset name or alias.
    public static func isKnown(_ charset: String) -> Bool {
        cicu_charset_known(charset) != 0
    }

    /// Decodes `bytes` from `charset` into UTF-8. Bytes that are not valid in that charset become
    /// U+FFFD and are counted in `invalidCount`, so a caller can tell a wrong charset from a few
    /// stray bytes.
    public static func decode(_ bytes: [UInt8], from charset: String) throws(ICUError) -> (utf8: [UInt8], invalidCount: Int) {
        try decode(bytes, from: charset, with: cicu_decode_to_utf8)
    }

    /// `decode` always through ICU a character at a time, without the table of two-byte characters: what that table is
    /// tested against.
    public static func decodeThroughICU(_ bytes: [UInt8], from charset: String) throws(ICUError) -> (utf8: [UInt8], invalidCount: Int) {
        try decode(bytes, from: charset, with: cicu_decode_to_utf8_icu)
    }

    /// `bytes` decoded from the table of two-byte characters alone, or nil when it cannot decode them (another charset,
    /// a byte neither ASCII nor part of a pair ICU maps to one character).
    static func decodeFromPairTable(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        let (out, written) = converted(bytes) { cicu_decode_pairs_to_utf8(charset, $0, $1, $2, $3) }
        return written < 0 ? nil : out
    }

    private static func decode(_ bytes: [UInt8], from charset: String,
                               with decoder: (UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32,
                                              UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32)
        throws(ICUError) -> (utf8: [UInt8], invalidCount: Int) {
        if bytes.isEmpty { return ([], 0) }
        var invalid: Int32 = 0
        var err: Int32 = 0
        let (out, _) = converted(bytes) { src, count, dst, capacity in
            let written = decoder(charset, src, count, dst, capacity, &invalid, &err)
            return err > 0 ? -1 : written
        }
        try ICUError.check(err, "decoding \(charset)")
        return (out, Int(invalid))
    }

    /// The UTF-8 a C converter writes from `bytes` into a buffer that always suffices (three bytes each, and 16), never
    /// zeroed first, with what the converter returned; a negative return keeps none of the buffer.
    private static func converted(_ bytes: [UInt8], _ convert: (UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32) -> Int32)
        -> (utf8: [UInt8], written: Int32) {
        var written: Int32 = -1
        let out = [UInt8](unsafeUninitializedCapacity: bytes.count * 3 + 16) { dst, count in
            written = bytes.withUnsafeBufferPointer { src in
                src.withMemoryRebound(to: CChar.self) { s in
                    dst.withMemoryRebound(to: CChar.self) { convert(s.baseAddress, Int32(s.count), $0.baseAddress, Int32($0.count)) }
                }
            }
            count = max(0, Int(written))
        }
        return (out, written)
    }
}
