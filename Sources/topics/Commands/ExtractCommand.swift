import ArgumentParser
import TopicsPipeline

/// `topics extract`: HTML pages in, one article record per page out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article (title, date, source, author, body) from HTML pages.",
        discussion: """
            Reads HTML files, folders (recursively: .html, .htm, .shtml …), glob patterns, or - for standard input. The encoding is \
            detected (UTF-8, GBK/GB18030, Big5); site menus, share bars, font-size widgets, editor credits and related links are dropped.

            Fields: url, path, title, date (ISO 8601), source (来源), author (作者/记者), summary (核心提示/摘要), paragraphs, text, images (src, \
            caption), encoding.

            With --kind, pages and plain-text files (.txt) become documents instead: proposals (提案号, 案由, 提案人, 联名人, 界别, 类别, 主办/会办单位, \
            numbered 建议), suggestions (社情民意, 留言主题/时间/详情, 答复), work reports (一、二、 sections) or articles, with the fields id, kind, title, \
            date, source, authors, cosigners, sector, number, category, lead_unit, assisting_units, sections, text, metadata.

            Examples:
              topics extract page.html
              topics extract pages/ -o articles.jsonl --errors failed.jsonl
              curl -s https://… | topics extract - --base-url https://… --format text
              cat crawl.jsonl | topics extract --records > articles.jsonl     (each record: {"url", "html", …})
            """)

    @Argument(help: "HTML files, folders, glob patterns, or - for standard input.") var inputs: [String] = []
    @Option(help: "The page's address: recorded as `url` and used to resolve relative image links.") var baseURL: String?
    @Option(help: "Refuse pages larger than this many bytes.") var maxBytes: Int = 64 << 20
    @Option(help: "Read pages and .txt files as documents of this kind: auto (detect), article, proposal, suggestion or report.") var kind: KindOption?
    @Flag(help: "Stream JSON Lines records (files, or - / standard input when none is named), each with the page in html (and its address in url): each is written back, every field but html kept, with the extracted fields added.") var records = false
    @Flag(help: "Print how each page was read (its text blocks, and which were taken as headline and body) instead of records.") var explain = false
    @OptionGroup var output: OutputOptions
    @OptionGroup var errors: ErrorLogOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if records {
            if explain { throw ValidationError("--explain reads pages, not --records") }
            return try output.checkStream(inputs: inputs)
        }
        if inputs.isEmpty { throw ValidationError("name at least one input: a file, a folder, a glob, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        try output.check(allowed: RecordFormat.allCases)
    }

    func run() throws {
        let extraction = PageExtraction(readsDocuments: kind != nil, kind: kind?.kind, baseURL: baseURL, maxBytes: maxBytes)
        if explain { return extraction.explain(inputs, write: { print($0) }, failed: Terminal.report) }
        let pipeline = RecordPipeline(label: "extract", output: output, errors: errors, run: runOptions)
        if records {
            return try pipeline.stream(inputArguments: inputs) { (record: Record) throws(TopicsError) -> Record in try extraction.extracted(record) }
        }
        try pipeline.process(inputArguments: inputs, extensions: InputFiles.htmlExtensions.union(InputFiles.textExtensions)) {
            (input: Input) throws(TopicsError) -> Record in try extraction.record(of: input)
        }
    }
}
