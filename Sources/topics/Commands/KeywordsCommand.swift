import ArgumentParser
import ChineseText
import TopicsPipeline

/// `topics keywords`: the words that characterise each document.
struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Keywords of each document, by TF-IDF or TextRank.",
        discussion: """
            TF-IDF uses the IDF table shipped in corpora/idf.tsv unless --idf names another (build one from your archive with `topics idf \
            build`). Stop words: corpora/stopwords.txt plus --stop-words.

            Examples:
              topics keywords report.txt
              topics extract pages/ | topics keywords --method textrank --top 5
            """)

    @OptionGroup var source: DocumentInputOptions
    @OptionGroup var segmenterOptions: SegmenterOptions
    @Option(help: "tfidf or textrank.") var method: DocumentKeywords.Method = .tfidf
    @Option(help: "How many keywords per document.") var top = 10
    @Option(help: "IDF table (TSV from `topics idf build`; default: corpora/idf.tsv).") var idf: String?
    @Option(help: "More stop words, one per line.") var stopWords: String?
    @OptionGroup(title: "Output (jsonl: {id, keywords: [{word, score}]} a line; text: id, then word:score pairs)") var output: OutputOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        try output.check(allowed: [.jsonl, .text])
    }

    func run() throws {
        let keywords = try DocumentKeywords(segmenter: try segmenterOptions.makeSegmenter(), method: method, top: top, idf: idf, stopWords: stopWords)
        let failures = Failures()
        let documents = try source.archive.readAll(failed: failures.report)
        try keywords.write(documents, format: output.format, to: output.output)
        try Terminal.finish(nil, failed: failures.count)
    }
}

/// `topics idf build`: document frequencies of words over a corpus, for TF-IDF keywords.
struct IDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idf",
        abstract: "Build IDF tables for keywords.",
        subcommands: [Build.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Count in how many documents each word occurs and write an IDF table (TSV).")

        @OptionGroup var source: DocumentInputOptions
        @OptionGroup var segmenterOptions: SegmenterOptions
        @Option(name: .shortAndLong, help: "Where to write the table (replaced atomically).") var output: String
        @Option(help: "Keep only words found in at least this many documents.") var minDocuments = 2

        func run() throws {
            let segmenter = try segmenterOptions.makeSegmenter()
            let failures = Failures()
            let documents = try source.archive.readAll(failed: failures.report)
            guard !documents.isEmpty else { throw TopicsError(.empty, input: source.inputs.joined(separator: " "), "no documents to count") }
            let table = IDFTable.counting(documents, segmenter: segmenter, minimumDocuments: minDocuments)
            try OutputFile.replace(output, with: Array(table.tsv().utf8))
            try Terminal.finish("\(output): \(table.documentFrequency.count) words from \(table.documentCount) documents", failed: failures.count)
        }
    }
}
