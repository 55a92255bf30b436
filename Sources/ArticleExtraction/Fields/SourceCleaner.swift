/// Tidies the outlet named as an article's source (来源).
enum SourceCleaner {
    static func clean(_ raw: String) -> String? {
        var value = raw.collapsingWhitespace
        let brackets: Set<Character> = ["《", "》", "[", "]", "【", "】", "「", "」", "(", ")", "（", "）"]
        value = String(value.filter { !brackets.contains($0) })
        value = value.collapsingWhitespace
        // "转载"/"互联网"/"网络" name no outlet.
        if value.isEmpty || ["转载", "互联网", "网络", "本站", "原创", "未知", "网友投稿", "转载文章"].contains(value) { return nil }
        return value
    }

    /// The first 《…》 title in a line.
    static func bookTitle(in text: String) -> String? {
        guard let open = text.firstIndex(of: "《"), let close = text[open...].firstIndex(of: "》") else { return nil }
        let inner = String(text[text.index(after: open)..<close]).collapsingWhitespace
        return inner.isEmpty ? nil : inner
    }

    static let outletSuffixes = ["网", "报", "社", "台", "新闻", "日报", "晚报", "周刊", "周报", "客户端", "频道", "杂志", "在线", "之声"]

    /// The word right after the date (and time) on a meta line, when it names an outlet.
    static func outletAfterDate(in text: String) -> String? {
        guard let date = DateParser.first(in: text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard date.end < scalars.count else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[date.end...])).collapsingWhitespace
        // Past a time of day (`03:18`) to the first word.
        let words = rest.split(separator: " ").drop { $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":") } }
        guard let first = words.first, let word = clean(String(first)), word.count >= 2, word.count <= 16 else { return nil }
        return outletSuffixes.contains(where: word.hasSuffix) ? word : nil
    }
}

/// Resolves a link found on a page against the page's URL, without Foundation.
enum URLResolver {
    static func resolve(_ link: String, against base: String) -> String {
        if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("data:") { return link }
        guard let schemeEnd = base.firstIndex(of: ":"), base[schemeEnd...].hasPrefix("://") else { return link }
        let scheme = base[..<schemeEnd]
        if link.hasPrefix("//") { return "\(scheme):\(link)" }
        let afterScheme = base.index(schemeEnd, offsetBy: 3)
        let pathStart = base[afterScheme...].firstIndex(of: "/") ?? base.endIndex
        let origin = base[..<pathStart]
        if link.hasPrefix("/") { return origin + link }
        var path = base[pathStart...]
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        let directory = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        var segments: [Substring] = []
        for part in (directory + link).split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if part == ".." { if !segments.isEmpty { segments.removeLast() } } else if part != "." { segments.append(part) }
        }
        return origin + "/" + segments.joined(separator: "/")
    }
}
