import TopicsCore
import TopicsICU

/// Turns a page's raw bytes into UTF-8, recording which charset was used and why.
///
/// Order: byte-order mark → a charset the page declares (`<meta charset>`, `http-equiv`,
/// `<?xml encoding?>`) unless its bytes do not decode in it → strict UTF-8 → ICU detection.
/// GBK and GB2312 are decoded as GB18030, their superset, so pages that mix in characters outside
/// GB2312 (common on real sites) still decode.
public enum PageDecoder {
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        /// The charset used, as ICU names it: "UTF-8", "GB18030", "Big5", …
        public var encoding: String
        public var method: Method
        /// Bytes that were not valid in `encoding` and became U+FFFD.
        public var invalidBytes: Int
    }

    public enum Method: String, Sendable {
        case byteOrderMark = "bom"
        case declared
        case utf8Valid = "utf8"
        case detected
    }

    /// Decodes `bytes`; `input` names the page in errors.
    public static func decode(_ bytes: [UInt8], input: String? = nil) throws(TopicsError) -> Decoded {
        if bytes.isEmpty { throw TopicsError(.empty, input: input, "the file has no bytes") }
        if let bom = byteOrderMark(bytes) {
            return try convert(Array(bytes[bom.length...]), from: bom.charset, method: .byteOrderMark, input: input)
        }
        if let kind = BinarySignature.match(bytes) {
            throw TopicsError(.binary, input: input, "looks like \(kind), not HTML")
        }
        if let utf16 = utf16WithoutBOM(bytes) {
            return try convert(bytes, from: utf16, method: .detected, input: input)
        }
        if bytes.prefix(8192).contains(0) {
            throw TopicsError(.binary, input: input, "contains NUL bytes, so it is not HTML text")
        }
        let shape = utf8Shape(bytes)
        let asciiOnly = shape.ascii, validUTF8 = !shape.ascii && shape.valid

        if let declared = declaredCharset(bytes) {
            let charset = canonicalCharset(declared)
            if asciiOnly || validUTF8 && charset == "UTF-8" {
                return Decoded(utf8: bytes, encoding: "UTF-8", method: .declared, invalidBytes: 0)
            }
            // Valid multi-byte UTF-8 is very unlikely by chance: a page declaring GBK whose bytes
            // are UTF-8 was re-encoded without updating its <meta>.
            if validUTF8 {
                return Decoded(utf8: bytes, encoding: "UTF-8", method: .utf8Valid, invalidBytes: 0)
            }
            if Charsets.isKnown(charset), let decoded = try? convert(bytes, from: charset, method: .declared, input: input),
               decoded.invalidBytes <= tolerableInvalid(bytes.count) {
                return decoded
            }
            // Declared UTF-8 with patches in another charset (an offline browser rewrote links in GBK):
            // GBK text puts at most ~45 % of its high bytes in well-formed UTF-8 sequences by chance
            // (measured on the labelled and crawl pages), so 70 % with the page's own word is UTF-8.
            if charset == "UTF-8", mostlyUTF8(bytes, share: 0.7),
               let decoded = try? convert(bytes, from: "UTF-8", method: .declared, input: input) {
                return decoded
            }
        }
        if asciiOnly || validUTF8 {
            return Decoded(utf8: bytes, encoding: "UTF-8", method: .utf8Valid, invalidBytes: 0)
        }
        // UTF-8 with a patch in another charset (a share widget pasted in GBK): read as UTF-8, the
        // patch becoming U+FFFD, rather than the whole page as GB18030 mojibake.
        if mostlyUTF8(bytes), let decoded = try? convert(bytes, from: "UTF-8", method: .utf8Valid, input: input) {
            return decoded
        }
        return try detect(bytes, input: input)
    }

    /// A few stray bytes (a truncated character, a corrupt byte) do not make a charset wrong.
    private static func tolerableInvalid(_ count: Int) -> Int { max(8, count / 500) }

    private static func detect(_ bytes: [UInt8], input: String?) throws(TopicsError) -> Decoded {
        var candidates: [String] = []
        if let guess = Charsets.detect(textSample(bytes)) {
            let name = canonicalCharset(guess.name)
            // ICU is sure of GB18030 and Big5 on Chinese text; other low-confidence guesses on
            // short Chinese pages (Shift_JIS, EUC-KR) are usually wrong, and a single-byte
            // charset fits any bytes, so it is believed only for mostly-ASCII text.
            let singleByte = name.hasBytePrefix("ISO-8859") || name.hasBytePrefix("windows-125") || name.hasBytePrefix("KOI8")
            let highShare = Double(bytes.lazy.filter { $0 >= 0x80 }.count) / Double(bytes.count)
            if name == "GB18030" || name == "Big5" || (guess.confidence >= 50 && (!singleByte || highShare < 0.3)) {
                candidates.append(name)
            }
        }
        for fallback in ["GB18030", "Big5"] where !candidates.contains(fallback) { candidates.append(fallback) }
        var best: Decoded?
        for charset in candidates {
            guard var decoded = try? convert(bytes, from: charset, method: .detected, input: input) else { continue }
            // Windows code pages map some invalid bytes to private-use characters: count them too.
            decoded.invalidBytes += privateUseCount(decoded.utf8)
            if decoded.invalidBytes <= tolerableInvalid(bytes.count) { return decoded }
            if best == nil || decoded.invalidBytes < best!.invalidBytes { best = decoded }
        }
        guard let best, best.invalidBytes * 4 < bytes.count else {
            throw TopicsError(.unknownEncoding, input: input,
                              "the bytes are not UTF-8 and do not decode as GB18030 or Big5")
        }
        return best
    }

    /// The page's text runs that hold bytes above ASCII, outside tags, up to 2 KB, for ICU's detector.
    ///
    /// ICU's time grows faster than the input (tens of kilobytes of markup cost a few milliseconds,
    /// as much as the whole extraction), and markup says nothing of the charset; 2 KB of the text
    /// decides it as well or better (on the 556 labelled pages and 3 000 crawl pages it picked the
    /// same charset or a truer one). `<` and `>` are never the second byte of a GBK, Big5 or
    /// Shift_JIS character, so cutting at them splits no character. A page whose text has too few
    /// such bytes is given whole (its first 64 KB, as before).
    static func textSample(_ bytes: [UInt8], limit: Int = 2048) -> ArraySlice<UInt8> {
        var sample: [UInt8] = []
        sample.reserveCapacity(limit)
        var i = 0
        let n = bytes.count
        while i < n, sample.count < limit {
            if bytes[i] == UInt8(ascii: "<") {
                while i < n, bytes[i] != UInt8(ascii: ">") { i += 1 }
                i += 1
                continue
            }
            let start = i
            var high = false
            while i < n, bytes[i] != UInt8(ascii: "<") {
                if bytes[i] >= 0x80 { high = true }
                i += 1
            }
            guard high else { continue }
            // The last run is cut at the limit, perhaps inside a character: one stray byte in
            // 2 KB does not move the detector.
            let end = min(i, start + limit - sample.count)
            sample.append(contentsOf: bytes[start..<end])
            sample.append(0x20)
        }
        return sample.count >= 256 ? sample[...] : bytes.prefix(64 * 1024)
    }

    /// Scalars in U+E000–U+F8FF, found from their UTF-8 lead bytes (EE, EF 80–A3).
    private static func privateUseCount(_ utf8: [UInt8]) -> Int {
        var n = 0
        var i = 0
        while i + 1 < utf8.count {
            if utf8[i] == 0xEE || (utf8[i] == 0xEF && utf8[i + 1] <= 0xA3) { n += 1 }
            i += 1
        }
        return n
    }

    private static func convert(_ bytes: [UInt8], from charset: String, method: Method,
                                input: String?) throws(TopicsError) -> Decoded {
        if charset == "UTF-8" {
            if isValidUTF8(bytes) { return Decoded(utf8: bytes, encoding: charset, method: method, invalidBytes: 0) }
        }
        do {
            let (utf8, invalid) = try Charsets.decode(bytes, from: charset)
            return Decoded(utf8: utf8, encoding: charset, method: method, invalidBytes: invalid)
        } catch {
            throw TopicsError(.unknownEncoding, input: input, "\(charset): \(error)")
        }
    }

    /// At least `share` (90 %) of the bytes above ASCII (and 200 of them) sit in well-formed UTF-8
    /// sequences: text in another charset almost never does.
    static func mostlyUTF8(_ bytes: [UInt8], share: Double = 0.9) -> Bool {
        var high = 0, inSequences = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 1
            var valid = length > 1 && i + length <= bytes.count
            if valid { for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false } }
            if valid {
                high += length
                inSequences += length
                i += length
            } else {
                high += 1
                i += 1
            }
        }
        return inSequences >= 200 && Double(inSequences) >= Double(high) * share
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        utf8Shape(bytes).valid
    }

    /// Whether the bytes are all ASCII, and whether they are well-formed UTF-8 (Unicode's table 3-7: no overlong
    /// forms, no surrogates, nothing past U+10FFFF), in one pass that crosses ASCII eight bytes at a time, without
    /// building a string.
    static func utf8Shape(_ bytes: [UInt8]) -> (ascii: Bool, valid: Bool) {
        bytes.withUnsafeBufferPointer { b -> (ascii: Bool, valid: Bool) in
            guard let base = b.baseAddress else { return (true, true) }
            let raw = UnsafeRawPointer(base), n = b.count
            var i = 0, ascii = true
            func continuation(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                ascii = false
                let length: Int
                switch c {
                case 0xC2...0xDF: length = 2
                case 0xE0: guard i + 1 < n, (0xA0...0xBF).contains(b[i + 1]) else { return (false, false) }; length = 3
                case 0xED: guard i + 1 < n, (0x80...0x9F).contains(b[i + 1]) else { return (false, false) }; length = 3
                case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                case 0xF0: guard i + 1 < n, (0x90...0xBF).contains(b[i + 1]) else { return (false, false) }; length = 4
                case 0xF1...0xF3: length = 4
                case 0xF4: guard i + 1 < n, (0x80...0x8F).contains(b[i + 1]) else { return (false, false) }; length = 4
                default: return (false, false)
                }
                for k in 1..<length where !continuation(i + k) { return (false, false) }
                i += length
            }
            return (ascii, true)
        }
    }

    // MARK: Byte-level sniffing

    private static func byteOrderMark(_ b: [UInt8]) -> (charset: String, length: Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("UTF-8", 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("UTF-16LE", 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("UTF-16BE", 2) }
        return nil
    }

    /// UTF-16 without a BOM shows as NUL in every other byte of ASCII markup.
    /// UTF-16 without a byte-order mark: NULs only in the high bytes of the ASCII characters (markup),
    /// none in the others, and the sample decodes to text (ASCII, CJK, CJK punctuation). Chinese
    /// pages have few NULs (ideographs have one only when a byte is 0x00, as in 开 U+5F00), so a
    /// tenth of the high bytes is enough, and a few in the low bytes are allowed.
    private static func utf16WithoutBOM(_ b: [UInt8]) -> String? {
        let sample = Array(b.prefix(1024))
        guard sample.count >= 16 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        let half = sample.count / 2
        let charset: String
        if oddNUL * 10 >= half && evenNUL * 20 <= half { charset = "UTF-16LE" }
        else if evenNUL * 10 >= half && oddNUL * 20 <= half { charset = "UTF-16BE" }
        else { return nil }
        var textLike = 0, total = 0
        for k in stride(from: 0, to: sample.count - 1, by: 2) {
            let unit = charset == "UTF-16LE" ? UInt16(sample[k]) | UInt16(sample[k + 1]) << 8 : UInt16(sample[k]) << 8 | UInt16(sample[k + 1])
            total += 1
            switch unit {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x9FFF, 0xFF00...0xFFEF, 0x2000...0x206F, 0xA0...0x24F: textLike += 1
            default: break
            }
        }
        return textLike * 10 >= total * 9 ? charset : nil
    }

    /// The charset named by `charset=` (meta tags) or `encoding=` (XML declaration) in the head.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096))
        for key in ["charset", "encoding"] {
            let pattern = Array(key.utf8)
            var i = 0
            while i + pattern.count < head.count {
                if matchesIgnoringCase(head, at: i, pattern) {
                    var j = i + pattern.count
                    while j < head.count, head[j] == 0x20 { j += 1 }
                    if j < head.count, head[j] == UInt8(ascii: "=") {
                        j += 1
                        while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                        var name: [UInt8] = []
                        while j < head.count, name.count < 40, isCharsetNameByte(head[j]) {
                            name.append(head[j])
                            j += 1
                        }
                        if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                    }
                }
                i += 1
            }
        }
        return nil
    }

    private static func matchesIgnoringCase(_ h: [UInt8], at i: Int, _ p: [UInt8]) -> Bool {
        for k in 0..<p.count where h[i + k] | 0x20 != p[k] { return false }
        return true
    }

    private static func isCharsetNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
    }

    /// Maps the names pages use to the converter topics decodes with.
    static func canonicalCharset(_ name: String) -> String {
        switch name.lowercased() {
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "windows-936", "ms936", "gb18030", "x-euc-cn", "euc-cn",
             "csgb2312", "chinese", "iso-ir-58":
            "GB18030"
        case "big5", "big-5", "cp950", "windows-950", "x-x-big5", "csbig5", "cn-big5":
            "Big5"
        case "big5-hkscs", "big5hkscs":
            "Big5-HKSCS"
        case "utf8", "utf-8", "unicode-1-1-utf-8", "x-unicode20utf8":
            "UTF-8"
        case "iso-8859-1", "latin1", "us-ascii", "ascii":
            "windows-1252"
        default:
            name
        }
    }
}

/// Magic numbers of common non-HTML files, so the error can say what the file is.
enum BinarySignature {
    static func match(_ b: [UInt8]) -> String? {
        func starts(_ prefix: [UInt8]) -> Bool { b.count >= prefix.count && Array(b.prefix(prefix.count)) == prefix }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts(Array("GIF8".utf8)) { return "a GIF image" }
        if starts([0x1F, 0x8B]) { return "gzip data (decompress it first)" }
        if starts(Array("%PDF".utf8)) { return "a PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or an Office document)" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "an ELF executable" }
        if starts(Array("SQLite format 3".utf8)) { return "an SQLite database" }
        if starts([0x42, 0x5A, 0x68]) { return "bzip2 data" }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A]) { return "xz data" }
        return nil
    }
}
