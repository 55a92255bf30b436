import ChineseText
import Foundation
import ReplyAnalysis
import TopicsCore
import TopicsTestSupport

/// The analyzer as `topics replies` builds it: shipped model, lexicon, stop words, IDF table and holidays.
let analyzer: ReplyAnalyzer = {
    var lexicon = Lexicon()
    try! lexicon.load(contentsOf: Fixtures.shipped("lexicon/cppcc.dict").path)
    let segmenter = WordSegmenter(model: try! SegmentationModel(contentsOf: Fixtures.shippedModelPath), lexicon: lexicon)
    return ReplyAnalyzer(segmenter: segmenter, stopWords: try! StopWords(contentsOf: Fixtures.shipped("stopwords.txt").path),
                         idf: try! IDFTable(contentsOf: Fixtures.shipped("idf.tsv").path),
                         calendar: try! WorkingCalendar(contentsOf: Fixtures.shipped("holidays-cn.tsv").path))
}()

/// `../shared/corpora/topics/teddy2020_replies.jsonl` as documents (message, reply, both dates), or
/// nil when the shared corpora are absent.
let sharedReplies: [Document]? = {
    guard let data = FileManager.default.contents(atPath: Fixtures.shared("topics/teddy2020_replies.jsonl").path) else { return nil }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
        let o = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        return Document(id: o["id"] as! String, kind: .suggestion, title: o["title"] as? String, date: o["date"] as? String,
                        text: o["text"] as? String ?? "",
                        reply: Document.Reply(date: o["reply_date"] as? String, text: o["reply"] as? String ?? ""))
    }
}()

/// ROC AUC of `positive` against `negative` scores (Mann–Whitney U, ties count ½).
func rocAUC(_ positive: [Double], _ negative: [Double]) -> Double {
    let ranked = (positive.map { ($0, true) } + negative.map { ($0, false) }).sorted { $0.0 < $1.0 }
    var rankSum = 0.0, i = 0
    while i < ranked.count {
        var j = i
        while j < ranked.count && ranked[j].0 == ranked[i].0 { j += 1 }
        let average = Double(i + j + 1) / 2
        rankSum += average * Double(ranked[i..<j].filter(\.1).count)
        i = j
    }
    let p = Double(positive.count), q = Double(negative.count)
    return (rankSum - p * (p + 1) / 2) / (p * q)
}
