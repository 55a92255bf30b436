import TopicsCore
/// Publication dates that pages keep out of sight: in JSON-LD (`"datePublished": "2019-09-07T15:10:53+08:00"`)
/// and in script variables (`var publish_time = "2019-09-07 15:10:53"`, `pubtime: 1567840253`).
///
/// The HTML tree leaves script contents out, so this reads the page's UTF-8 bytes. It only looks
/// where one of `keys` stands as a whole word followed by `:` or `=`, and reads the value after it:
/// a date string or a Unix time in seconds or milliseconds (read in China time, UTC+8).
enum ScriptDates {
    /// Names of the publication date in scripts, matched without regard to case.
    static let keys = [
        "datePublished", "publish_time", "publishTime", "publish_date", "publishDate", "pubtime", "pub_time",
        "pubDate", "pub_date", "releaseTime", "release_time", "firstPublishTime", "publishedAt", "published_at",
    ]
    private static let lowered: [[UInt8]] = keys.map { Array($0.lowercased().utf8) }

    /// The first date found after one of `keys`, as ISO 8601.
    static func first(in page: [UInt8]) -> String? {
        page.withUnsafeBufferPointer { first(in: $0) }
    }

    static func first(in h: UnsafeBufferPointer<UInt8>) -> String? {
        guard h.count > 8 else { return nil }
        var i = 0
        while i < h.count - 4 {
            // Every key starts with d, p, r or f: one test rules out most bytes.
            let c = lower(h[i])
            if c == 0x64 || c == 0x70 || c == 0x72 || c == 0x66, i == 0 || !isWordByte(h[i - 1]) {
                for key in lowered where matches(h, at: i, key) {
                    if let date = value(h, from: i + key.count) { return date }
                }
            }
            // WeChat's `var ct = "1659274471"`: a short name, so only with a Unix time.
            if c == 0x63, i + 2 < h.count, lower(h[i + 1]) == 0x74, !isWordByte(h[i + 2]), i == 0 || !isWordByte(h[i - 1]) && h[i - 1] != 0x2E {
                if let date = value(h, from: i + 2, timestampOnly: true) { return date }
            }
            i += 1
        }
        return nil
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    private static func matches(_ h: UnsafeBufferPointer<UInt8>, at i: Int, _ key: [UInt8]) -> Bool {
        guard i + key.count < h.count else { return false }
        for k in 0..<key.count where lower(h[i + k]) != key[k] { return false }
        return !isWordByte(h[i + key.count])
    }

    /// The value after `key`: `": "2019-09-07…"`, `= '2019/9/7'`, `:1567840253`.
    private static func value(_ h: UnsafeBufferPointer<UInt8>, from start: Int, timestampOnly: Bool = false) -> String? {
        var i = start
        func skipSpaces() { while i < h.count, h[i] == 0x20 || h[i] == 0x09 { i += 1 } }
        if i < h.count, h[i] == 0x22 || h[i] == 0x27 || h[i] == 0x5C { i += 1 }  // closing quote of the key
        if i < h.count, h[i] == 0x22 { i += 1 }  // \" in escaped JSON
        skipSpaces()
        guard i < h.count, h[i] == 0x3A || h[i] == 0x3D else { return nil }  // : =
        i += 1
        skipSpaces()
        while i < h.count, h[i] == 0x22 || h[i] == 0x27 || h[i] == 0x5C { i += 1 }
        let valueStart = i
        var digits = 0
        while i < h.count, h[i] >= 0x30 && h[i] <= 0x39 { i += 1; digits += 1 }
        if digits == 10 || digits == 13, i >= h.count || !(h[i] == 0x2D || h[i] == 0x2F || h[i] == 0x2E) {
            var seconds = 0
            for k in valueStart..<(valueStart + 10) { seconds = seconds * 10 + Int(h[k] - 0x30) }
            return unixDate(seconds)
        }
        if timestampOnly { return nil }
        // A date string: up to the closing quote, comma or brace, at most 40 bytes.
        var end = valueStart
        while end < h.count, end - valueStart < 40, h[end] != 0x22, h[end] != 0x27, h[end] != 0x2C, h[end] != 0x7D,
              h[end] != 0x0A, h[end] != 0x3C {
            end += 1
        }
        guard end > valueStart else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: h[valueStart..<end]), as: UTF8.self).replacingBytes("\\/", with: "/")
        guard let date = DateParser.first(in: text), date.start == 0 else { return nil }
        return date.iso
    }

    /// `发布时间：<script>var pubdata='2018年02月13日'; document.write(pubdata);</script>`: a date label whose date a script
    /// writes in (TRS templates of government sites); the first quoted date in that script.
    static func writtenAfterLabel(in page: [UInt8]) -> String? {
        page.withUnsafeBufferPointer { h in
            for label in writtenLabels {
                var from = 0
                while let at = label.first(in: h, from: from) {
                    from = at + label.bytes.count
                    if let date = scriptDate(h, from: from) { return date }
                }
            }
            return nil
        }
    }

    private static let writtenLabels = ["发布时间", "发布日期", "发表时间", "发布于", "時間", "日期", "时间"].map(BytePattern.init)
    private static let scriptClose = BytePattern("</script")
    private static let scriptOpen = Array("<script".utf8)
    private static let fullWidthColon = Array("：".utf8)

    /// After a label: a colon, spaces, then `<script` at once; the first quoted date inside it.
    private static func scriptDate(_ h: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        var i = start
        let colon = fullWidthColon, open = scriptOpen
        while i < h.count, i - start < 40 {
            if h[i] == 0x3A || h[i] == 0x20 || h[i] == 0x09 || h[i] == 0x0A || h[i] == 0x0D { i += 1; continue }
            if i + 3 <= h.count, h[i] == colon[0], h[i + 1] == colon[1], h[i + 2] == colon[2] { i += 3; continue }
            break
        }
        guard i + open.count <= h.count, (0..<open.count).allSatisfy({ lower(h[i + $0]) == open[$0] }) else { return nil }
        let end = scriptClose.first(in: h, from: i).map { min($0, i + 600) } ?? min(h.count, i + 600)
        var k = i
        while k < end {
            guard h[k] == 0x22 || h[k] == 0x27 else { k += 1; continue }
            let quote = h[k]
            var close = k + 1
            while close < end, h[close] != quote, close - k < 48 { close += 1 }
            guard close < end, h[close] == quote else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: h[(k + 1)..<close]), as: UTF8.self)
            if let date = DateParser.first(in: text), date.start == 0 { return date.iso }
            k = close + 1
        }
        return nil
    }

    /// Seconds since 1970 as a date and time in China (UTC+8), for 2000–2099.
    static func unixDate(_ seconds: Int) -> String? {
        guard seconds >= 946_684_800, seconds < 4_102_444_800 else { return nil }
        let local = seconds + 8 * 3600
        let days = local / 86400, rest = local % 86400
        let (year, month, day) = CalendarDay(ordinal: days).components
        let found = DateParser.Found(year: year, month: month, day: day, hour: rest / 3600, minute: rest % 3600 / 60,
                                     second: rest % 60, start: 0, end: 0)
        return found.iso
    }
}
