import ArchiveIO
import ArgumentParser
import ArticleExtraction
import TopicsCore
import TopicsPipeline
#if canImport(Glibc)
import Glibc
#endif

/// `topics extract`: HTML pages in, one article record per page out.
/// `--kind` values.
enum KindOption: String, ExpressibleByArgument, CaseIterable {
    case auto, article, proposal, suggestion, report

    var kind: Document.Kind? { self == .auto ? nil : Document.Kind(rawValue: rawValue) }
}

extension Document.Kind: ExpressibleByArgument {}

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

            With --kind, pages and plain-text files (.txt) become documents instead: proposals \
            (提案号, 案由, 提案人, 联名人, 界别, 类别, 主办/会办单位, numbered 建议), suggestions \
            (社情民意, 留言主题/时间/详情, 答复), work reports (一、二、 sections) or articles, with \
            the fields id, kind, title, date, source, authors, cosigners, sector, number, category, \
            lead_unit, assisting_units, sections, text, metadata.

            Examples:
              topics extract page.html
              topics extract pages/ -o articles.jsonl --errors failed.jsonl
              curl -s https://… | topics extract - --base-url https://… --format text
              cat crawl.jsonl | topics extract --records > articles.jsonl     (each record: {"url", "html", …})
            """)

    @Argument(help: "HTML files, folders, glob patterns, or - for standard input.")
    var inputs: [String] = []

    @Option(help: "The page's address: recorded as `url` and used to resolve relative image links.")
    var baseURL: String?

    @Option(help: "Refuse pages larger than this many bytes.")
    var maxBytes: Int = 64 << 20

    @Option(help: "Read pages and .txt files as documents of this kind: auto (detect), article, proposal, suggestion or report.")
    var kind: KindOption?

    @Flag(help: "Stream JSON Lines records (files, or - / standard input when none is named), each with the page in html (and its address in url): each is written back, every field but html kept, with the extracted fields added.")
    var records = false

    @Flag(help: "Print how each page was read (its text blocks, and which were taken as headline and body) instead of records.")
    var explain = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var errors: ErrorLogOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if records {
            if explain { throw ValidationError("--explain reads pages, not --records") }
            if output.format != .jsonl { throw ValidationError("--records writes JSON Lines: drop --format \(output.format.rawValue)") }
            if inputs.isEmpty && isatty(0) != 0 { throw ValidationError("name the JSON Lines inputs, or pipe records into standard input (-)") }
            return
        }
        if inputs.isEmpty { throw ValidationError("name at least one input: a file, a folder, a glob, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        try output.check(allowed: RecordFormat.allCases)
    }

    func run() throws {
        var options = ArticleExtractor.Options()
        options.maxBytes = maxBytes
        let extractor = ArticleExtractor(options: options)
        let baseURL = self.baseURL
        let maxBytes = self.maxBytes
        if explain {
            for input in InputFiles.expand(inputs, extensions: InputFiles.htmlExtensions.union(InputFiles.textExtensions)).inputs {
                print("== \(input)")
                do { print(try extractor.explain(InputFiles.read(input, maxBytes: maxBytes), path: input.description)) }
                catch { Terminal.report(error) }
            }
            return
        }
        let documents = kind.map { PageDocuments(kind: $0.kind, extractor: extractor) }
        if records {
            let summary = try RecordPipeline(label: "extract", output: output, errors: errors, run: runOptions).stream(inputArguments: inputs) {
                (record: Record) throws(TopicsError) -> Record in
                let id: String? = switch record["id"] { case .string(let s)?: s; case .int(let n)?: String(n); default: nil }
                let url: String? = if case .string(let u)? = record["url"] { u } else { baseURL }
                guard case .string(let html)? = record["html"] else {
                    throw TopicsError(.noContent, input: id ?? url, "the record has no html field (the page to extract)")
                }
                let bytes = Array(html.utf8)
                guard bytes.count <= maxBytes else { throw TopicsError(.tooLarge, input: id ?? url, "the page has \(bytes.count) bytes, over --max-bytes \(maxBytes)") }
                do throws(TopicsError) {
                    let extracted = if let documents {
                        try documents.document(bytes, input: .standardInput, id: id ?? url ?? "-", url: url).record
                    } else {
                        try extractor.extract(bytes, path: nil, url: url).record
                    }
                    return Record(record.fields.filter { $0.name != "html" }).adding(extracted.fields)
                } catch {
                    var named = error
                    named.input = named.input ?? id ?? url
                    throw named
                }
            }
            if summary.failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
            return
        }
        let extensions = InputFiles.htmlExtensions.union(InputFiles.textExtensions)
        let summary = try RecordPipeline(label: "extract", output: output, errors: errors, run: runOptions).process(inputArguments: inputs, extensions: extensions) {
            (input: Input) throws(TopicsError) -> Record in
            let bytes = try InputFiles.read(input, maxBytes: maxBytes)
            let path: String? = if case .file(let p) = input { p } else { nil }
            do throws(TopicsError) {
                guard let documents else { return try extractor.extract(bytes, path: path, url: baseURL).record }
                return try documents.document(bytes, input: input, id: path ?? baseURL ?? input.description, url: baseURL).record
            } catch {
                var named = error
                named.input = named.input ?? input.description
                throw named
            }
        }
        if summary.failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
