/// Names that pages keep in scripts: `var nickname = "掌上绥德"`, `"authorName":"等风"`, JSON-LD
/// `"author":{"@type":"Person","name":"全栈技匠"}`. Read from the page bytes, like `ScriptDates`.
enum ScriptValues {
    /// Keys naming the author or the publishing account, matched with their case.
    static let authorKeys = ["nickname", "nickName", "authorName", "author_name", "media_name", "mediaName", "author"]

    /// The first string value after one of `keys` (a whole word followed by `:` or `=`). When the
    /// value is an object, its `name`.
    /// With `dataOnly`, a key counts only as data writes it: quoted (`"author":`, JSON and JSON-LD) or
    /// assigned (`var nickname =`); an unquoted key in an object literal is code's own
    /// (`IfengAdCookie = {author:"JingWu",version:"0.0.1"}`: who wrote the script, not the article).
    static func string(after keys: [String], in page: [UInt8], dataOnly: Bool = false,
                       where accept: (String) -> Bool = { _ in true }) -> String? {
        let needles = keys.map { Array($0.utf8) }.filter { $0.count >= 2 }
        guard let m = needles.map(\.count).min() else { return nil }
        // A bitmap of the keys' first two bytes: one lookup rules out almost every position.
        var pairs = [UInt64](repeating: 0, count: 1024)
        for n in needles { let pair = Int(n[0]) << 8 | Int(n[1]); pairs[pair >> 6] |= 1 << UInt64(pair & 63) }
        // Horspool's skip over the keys' first `m` bytes (`m` the shortest key's length): the byte ending the window at
        // `i` says how far on the next place a key can start is, and only a window ending as some key's first `m` bytes
        // end is looked at. Every place a key starts is still looked at, in order.
        var skip = [Int](repeating: m, count: 256), ends = [Bool](repeating: false, count: 256)
        for n in needles {
            ends[Int(n[m - 1])] = true
            for k in 0..<(m - 1) { skip[Int(n[k])] = min(skip[Int(n[k])], m - 1 - k) }
        }
        return page.withUnsafeBufferPointer { h -> String? in
            var i = 0
            while i + m <= h.count {
                let end = Int(h[i + m - 1])
                defer { i += skip[end] }
                guard ends[end] else { continue }
                let pair = Int(h[i]) << 8 | Int(h[i + 1])
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, i == 0 || !isWordByte(h[i - 1]) else { continue }
                for k in needles where i + k.count < h.count && h[i + 1] == k[1] {
                    var j = 2
                    while j < k.count && h[i + j] == k[j] { j += 1 }
                    let quoted = i > 0 && (h[i - 1] == 0x22 || h[i - 1] == 0x27)
                    guard j == k.count, !isWordByte(h[i + k.count]),
                          let value = value(h, from: i + k.count, assignedOnly: dataOnly && !quoted), accept(value) else { continue }
                    return value
                }
            }
            return nil
        }
    }

    /// An outlet a script names as the article's source (`window.global = { source: '环球时报新媒体', … }`):
    /// the first `source` value that reads as an outlet (not `default`, `vote`, a URL).
    static func outletSource(in page: [UInt8]) -> String? {
        string(after: ["source"], in: page) { value in
            let v = value.collapsingWhitespace
            return (2...30).contains(v.unicodeScalars.count) && v.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) })
                && !v.containsBytes("://") && SourceCleaner.namesOutlet(v)
        }
    }

    /// The outlet JSON-LD credits as the author: `"author": {"@type": "Organization", "name": "北京新浪網"}`.
    static func organizationAuthor(in page: [UInt8]) -> String? {
        page.withUnsafeBufferPointer { h -> String? in
            var from = 0
            while let at = authorKey.first(in: h, from: from) {
                from = at + authorKey.bytes.count
                var i = from
                while i < h.count, h[i] == 0x20 || h[i] == 0x09 || h[i] == 0x0A || h[i] == 0x0D || h[i] == 0x3A { i += 1 }
                guard i < h.count, h[i] == 0x7B else { continue }
                let limit = min(h.count, i + 300)
                let close = h.firstIndex(of: 0x7D, from: i, before: limit) ?? limit
                let object = UnsafeBufferPointer(rebasing: h[i..<close])
                guard organization.first(in: object) != nil, let name = nameKey.first(in: object) else { continue }
                var j = i + name + 6
                while j < close, h[j] == 0x20 || h[j] == 0x3A { j += 1 }
                guard j < close, h[j] == 0x22, let end = h.firstIndex(of: 0x22, from: j + 1, before: close + 1), end - j <= 120 else { continue }
                let text = unescape(String(decoding: UnsafeBufferPointer(rebasing: h[(j + 1)..<end]), as: UTF8.self)).collapsingWhitespace
                if SourceCleaner.namesOutlet(text) { return text }
            }
            return nil
        }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F || b == 0x2D
    }

    private static let authorKey = BytePattern("\"author\""), nameKey = BytePattern("\"name\""), organization = BytePattern("Organization")

    private static func value(_ h: UnsafeBufferPointer<UInt8>, from start: Int, assignedOnly: Bool = false) -> String? {
        var i = start
        func skipSpaces() { while i < h.count, h[i] == 0x20 || h[i] == 0x09 { i += 1 } }
        if i < h.count, h[i] == 0x22 || h[i] == 0x27 { i += 1 }
        skipSpaces()
        guard i < h.count, h[i] == 0x3D || (h[i] == 0x3A && !assignedOnly) else { return nil }  // = :
        i += 1
        skipSpaces()
        guard i < h.count else { return nil }
        if h[i] == 0x7B {  // {: the object's name
            var limit = min(h.count, i + 300)
            if let close = h.firstIndex(of: 0x7D, from: i, before: limit) { limit = close }
            let object = UnsafeBufferPointer(rebasing: h[i..<limit])
            guard let name = nameKey.first(in: object), let text = value(h, from: i + name + 5) else { return nil }
            // `"author":{"@type":"Organization","name":"自由時報"}`: an outlet, not who wrote it
            // (an account named as an organisation, `全栈技匠`, stays).
            // `中央通訊社 Central News Agency`: the outlet's name with its Latin name after it.
            if organization.first(in: object) != nil,
               SourceCleaner.namesOutlet(text) || SourceCleaner.namesOutlet(PageAnalysis.withoutLatinName(text)) { return nil }
            return text
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
                   let code = UInt32(String(scalars: scalars[(i + 2)...(i + 5)]), radix: 16),
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
