/// Names that pages keep in scripts: `var nickname = "掌上绥德"`, `"authorName":"等风"`, JSON-LD
/// `"author":{"@type":"Person","name":"全栈技匠"}`. Read from the page bytes, like `ScriptDates`.
enum ScriptValues {
    /// Keys naming the author or the publishing account, matched with their case.
    static let authorKeys = ["nickname", "nickName", "authorName", "author_name", "media_name", "mediaName", "author"]

    /// The first string value after one of `keys` (a whole word followed by `:` or `=`). When the
    /// value is an object, its `name`.
    static func string(after keys: [String], in page: [UInt8]) -> String? {
        page.withUnsafeBufferPointer { h in
            var best: (at: Int, value: String)?
            for key in keys {
                let k = Array(key.utf8)
                var i = 0
                while i + k.count < h.count {
                    guard let found = find(k, in: h, from: i) else { break }
                    i = found + 1
                    if let best, found > best.at { break }
                    guard found == 0 || !isWordByte(h[found - 1]), !isWordByte(h[found + k.count]),
                          let value = value(h, from: found + k.count) else { continue }
                    if best == nil || found < best!.at { best = (found, value) }
                    break
                }
            }
            return best?.value
        }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F || b == 0x2D
    }

    private static func find(_ needle: [UInt8], in h: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let first = needle[0]
        while i + needle.count <= h.count {
            if h[i] == first {
                var k = 1
                while k < needle.count && h[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func value(_ h: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        var i = start
        func skipSpaces() { while i < h.count, h[i] == 0x20 || h[i] == 0x09 { i += 1 } }
        if i < h.count, h[i] == 0x22 || h[i] == 0x27 { i += 1 }
        skipSpaces()
        guard i < h.count, h[i] == 0x3A || h[i] == 0x3D else { return nil }  // : =
        i += 1
        skipSpaces()
        guard i < h.count else { return nil }
        if h[i] == 0x7B {  // {: the object's name
            let limit = min(h.count, i + 300)
            guard let name = find(Array("\"name\"".utf8), in: UnsafeBufferPointer(rebasing: h[i..<limit]), from: 0) else { return nil }
            return value(h, from: i + name + 5)
        }
        guard h[i] == 0x22 || h[i] == 0x27 else { return nil }
        let quote = h[i]
        i += 1
        let valueStart = i
        while i < h.count, h[i] != quote, h[i] != 0x0A, i - valueStart < 120 {
            if h[i] == 0x5C { i += 1 }  // an escaped character
            i += 1
        }
        guard i < h.count, h[i] == quote, i > valueStart else { return nil }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: h[valueStart..<i]), as: UTF8.self)
        let text = unescape(raw).collapsingWhitespace
        return text.isEmpty ? nil : text
    }

    /// `\u6587` and `\/` as JSON writes them.
    static func unescape(_ s: String) -> String {
        guard s.containsBytes("\\") else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count {
                if scalars[i + 1] == "u", i + 5 < scalars.count,
                   let code = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)...(i + 5)])), radix: 16),
                   let scalar = Unicode.Scalar(code) {
                    out.append(scalar)
                    i += 6
                    continue
                }
                out.append(scalars[i + 1])
                i += 2
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
