import ArchiveIO
import ArgumentParser
import ArticleExtraction
import TopicsCore

/// `topics extract`: HTML pages in, one article record per page out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article (title, date, source, author, body) from HTML pages.",
        discussion: """
            Reads HTML files, folders (recursively: .html, .htm, .shtml …), glob patterns, or - for \
            standard input. The encoding is detected (UTF-8, GBK/GB18030, Big5); site menus, share bars, \
            font-size widgets, editor credits and related links are dropped.

            Fields: url, path, title, date (ISO 8601), source (来源), author (作者/记者), summary \
            (核心提示/摘要), paragraphs, text, images (src, caption), encoding.

            Examples:
              topics extract page.html
              topics extract pages/ -o articles.jsonl --errors failed.jsonl
              curl -s https://… | topics extract - --base-url https://… --format text
            """)

    @Argument(help: "HTML files, folders, glob patterns, or - for standard input.")
    var inputs: [String] = []

    @Option(help: "The page's address: recorded as `url` and used to resolve relative image links.")
    var baseURL: String?

    @Option(help: "Refuse pages larger than this many bytes.")
    var maxBytes: Int = 64 << 20

    @Flag(help: "Print how each page was read (its text blocks, and which were taken as headline and body) instead of records.")
    var explain = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input: a file, a folder, a glob, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    func run() throws {
        var options = ArticleExtractor.Options()
        options.maxBytes = maxBytes
        let extractor = ArticleExtractor(options: options)
        let baseURL = self.baseURL
        let maxBytes = self.maxBytes
        if explain {
            for input in InputFiles.expand(inputs).inputs {
                print("== \(input)")
                do { print(try extractor.explain(InputFiles.read(input, maxBytes: maxBytes), path: input.description)) }
                catch { Terminal.report(error) }
            }
            return
        }
        let summary = try RecordPipeline(label: "extract", output: output, run: runOptions).process(inputArguments: inputs) {
            (input: Input) throws(TopicsError) -> Record in
            let bytes = try InputFiles.read(input, maxBytes: maxBytes)
            let path: String? = if case .file(let p) = input { p } else { nil }
            do throws(TopicsError) {
                return try extractor.extract(bytes, path: path, url: baseURL).record
            } catch {
                var named = error
                named.input = named.input ?? input.description
                throw named
            }
        }
        if summary.failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
