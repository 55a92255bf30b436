import ChineseText
import TopicsCore

extension WordSegmenter {
    /// `topics segment --records` on one record: the record as it came, every field kept, plus
    /// `tokens`, the words of its title and text (normalised first when `normalizer` is given);
    /// a record with neither gets `tokens` [].
    public func tokenized(_ record: Record, normalizer: TextNormalizer? = nil) -> Record {
        let text = Document(record: record, fallbackID: "")?.fullText ?? ""
        let words = words(normalizer.map { String(scalars: $0.normalize(text).scalars) } ?? text)
        return record.adding([.init("tokens", .strings(words))])
    }
}
