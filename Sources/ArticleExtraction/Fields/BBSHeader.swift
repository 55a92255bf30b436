/// A BBS post as the station prints it, its header lines opening the text (PTT's web pages before 2008, 水木社区,
/// 北大未名): `作者: julysecond (還是台灣好) 站內: Gossiping` / `標題: Re: 有沒有俄國人的八卦？` / `時間: Sat Mar 10 00:07:48 2007`,
/// or `发信人: abc (昵称), 信区: Joke` / `标  题: …` / `发信站: 水木社区 (Sun Mar 11 10:12:00 2007), 站内`. The header names the
/// poster, the title and the time; it is not the post's text.
struct BBSHeader: Equatable {
    var poster: String
    var title: String
    var date: String?
    /// The header's last line, collapsed as a block's text prints it: where the post's text begins.
    var lastLine: String

    private static let posterLabels: Set<String> = ["作者", "发信人", "發信人"]
    private static let titleLabels: Set<String> = ["標題", "标题"]
    private static let timeLabels: Set<String> = ["時間", "时间", "发信站", "發信站"]

    /// Whether `raw` opens on a poster's label: the cheap test before reading a header.
    static func opens(_ raw: String) -> Bool {
        let opening = raw.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        return opening.hasBytePrefix("作者") || opening.hasBytePrefix("发信人") || opening.hasBytePrefix("發信人")
    }

    /// The header opening `raw` (the text of the post's first text nodes, their line breaks kept), or nil.
    static func read(_ raw: String) -> BBSHeader? {
        guard opens(raw) else { return nil }
        let opening = raw.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        var poster: String?, title: String?, date: String?, last: String?
        for line in opening.split(separator: "\n", omittingEmptySubsequences: false).prefix(5) {
            let text = String(line).trimmingBytes(" \r\t")
            if text.isEmpty { break }
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { break }
            let label = String(text[..<colon].filter { $0 != " " && $0 != "\u{3000}" })
            let value = String(text[text.index(after: colon)...]).collapsingWhitespace
            if posterLabels.contains(label), poster == nil {
                // The account, before its nickname in brackets and the board (`julysecond (還是台灣好) 站內: Gossiping`).
                poster = value.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "（" || $0 == "," || $0 == "，" }).first.map(String.init)
            } else if titleLabels.contains(label), title == nil {
                title = value
            } else if timeLabels.contains(label), date == nil {
                date = DateParser.first(in: value)?.iso
            } else {
                break
            }
            last = text.collapsingWhitespace
        }
        guard let poster, !poster.isEmpty, let title, !title.isEmpty, let last else { return nil }
        return BBSHeader(poster: poster, title: title, date: date, lastLine: last)
    }

    /// The opening paragraph without the header's lines, when it begins with them.
    func withoutHeader(_ paragraph: String) -> String? {
        guard let end = paragraph.firstByteRange(of: lastLine), paragraph.distance(from: paragraph.startIndex, to: end.lowerBound) <= 400 else { return nil }
        return String(paragraph[end.upperBound...]).collapsingWhitespace
    }
}
