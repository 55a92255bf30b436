import ArchiveIO
import ChineseText
import TopicsCore

extension IDFTable {
    /// `topics idf build`: in how many of `documents` each word occurs (segmented on all cores),
    /// keeping the words found in at least `minimumDocuments`.
    public static func counting(_ documents: [Document], segmenter: WordSegmenter, minimumDocuments: Int = 1,
                                runner: BatchRunner = BatchRunner()) -> IDFTable {
        var builder = Builder()
        for words in runner.map(documents, { segmenter.words($0.fullText) }) { builder.add(document: words) }
        return builder.table(minimumDocuments: minimumDocuments)
    }
}
