import ArchiveIO
import ChineseText
import TopicsCore

extension SegmentationTrainer {
    /// A trainer holding the sentences of `corpora` (segmented text, UTF-8; - for standard input)
    /// and the words of the `lexicon` word lists (jieba format). A file that is not UTF-8 is an
    /// `unknownEncoding` error, a word list that cannot be read a `badArgument`, corpora without a
    /// segmented sentence an `empty` error; each names the file(s).
    public static func loading(corpora: [String], lexicon: [String] = []) throws(TopicsError) -> SegmentationTrainer {
        var trainer = SegmentationTrainer()
        for path in corpora {
            let bytes = try InputFiles.read(path == "-" ? .standardInput : .file(path), maxBytes: Int.max)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TopicsError(.unknownEncoding, input: path, "training text must be UTF-8")
            }
            trainer.add(segmentedText: text)
        }
        for path in lexicon {
            do { try trainer.lexicon.load(contentsOf: path) } catch { throw TopicsError(.badArgument, input: path, "\(error)") }
        }
        guard trainer.sentenceCount > 0 else { throw TopicsError(.empty, input: corpora.joined(separator: " "), "no segmented sentences found") }
        return trainer
    }
}
