// Fuzz targets for libFuzzer, and a replay runner.
//
//   Tests/Fuzz/run.sh TARGET SECONDS   build with -sanitize=fuzzer,address and fuzz TARGET
//   .build/debug/topics-fuzz TARGET FILE…   replay inputs through TARGET (no sanitizer needed)
//
// Targets: extract (HTML bytes → article), decode (charset detection and decoding), segment
// (normalise + sentences + segmentation of arbitrary UTF-8), document (proposal/message text
// parsing), csv, jsonl (record decoding), readers (the first byte picks a format — JSON Lines,
// CSV, text, HTML, SQLite — and the rest is a file read through the pipeline's Archive, as every
// command reads), taxonomy (YAML loading), themes (clustering a handful of texts: every document
// lands in exactly one theme).
import ArchiveIO
import ArticleExtraction
import ChineseText
import DocumentStructure
import Foundation
import TopicModels
import TopicsPipeline

let segmenter: WordSegmenter? = {
    guard let path = ShippedData.path(ShippedData.segmentationModel), let model = try? SegmentationModel(contentsOf: path) else { return nil }
    return WordSegmenter(model: model)
}()

/// A private folder for the `readers` target's input files.
let readerFolder: String = {
    let folder = NSTemporaryDirectory() + "topics-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}()

func run(_ target: String, _ bytes: [UInt8]) {
    switch target {
    case "extract":
        _ = try? ArticleExtractor().extract(bytes, path: "fuzz.html", url: nil)
    case "decode":
        _ = try? PageDecoder.decode(bytes, input: "fuzz")
    case "segment":
        let text = String(decoding: bytes, as: UTF8.self)
        let normalized = TextNormalizer(traditionalToSimplified: true).normalize(text)
        _ = SentenceSplitter.sentences(in: normalized.scalars)
        if let segmenter {
            var workspace = WordSegmenter.Workspace()
            let tokens = segmenter.tokens(scalars: normalized.scalars, workspace: &workspace)
            for t in tokens { precondition(t.start < t.end && t.end <= normalized.scalars.count) }
        }
    case "document":
        _ = DocumentParser().parse(text: String(decoding: bytes, as: UTF8.self), id: "fuzz")
    case "csv":
        if var reader = try? CSVReader(bytes: bytes, input: "fuzz.csv") { while reader.nextRow() != nil {} }
    case "jsonl":
        for line in bytes.split(separator: 0x0A) { _ = JSONDecoding.record(line) }
    case "readers":
        guard let first = bytes.first else { return }
        let endings = ["jsonl", "csv", "txt", "html", "db"]
        let path = readerFolder + "/input." + endings[Int(first) % endings.count]
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst())) else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        var source = ArchiveSource(inputs: [path])
        if path.hasSuffix(".db") { source.table = "t" }
        var count = 0
        _ = try? Archive(source).forEach { result in
            if case .success(let d) = result { precondition(!d.id.isEmpty); count += 1 }
        }
    case "taxonomy":
        if let t = try? Taxonomy(yaml: String(decoding: bytes, as: UTF8.self)) {
            _ = t.check()
            _ = TaxonomyTagger(taxonomy: t).tag("政协委员围绕教育扶贫和公交线路提出建议。")
        }
    case "themes":
        // First byte: k (0 = chosen by silhouette) and the algorithm; then a text a line (at most 40).
        guard let segmenter, let first = bytes.first else { return }
        let texts = bytes.dropFirst().split(separator: 0x0A, omittingEmptySubsequences: false).prefix(40)
            .map { String(decoding: $0, as: UTF8.self) }
        var finder = ThemeFinder(segmenter: segmenter, stopWords: StopWords())
        finder.algorithm = ThemeFinder.Algorithm.allCases[Int(first >> 6) % 3]
        finder.dimensions = Int(first >> 4) & 3 == 3 ? 0 : 100
        finder.maxK = 6
        let k = Int(first & 7)
        let found = finder.themes(texts, k: k == 0 ? nil : k)
        let members = found.themes.flatMap(\.members).sorted()
        precondition(members == Array(texts.indices), "every document in exactly one theme")
        precondition(found.themes.enumerated().allSatisfy { $0.element.id == $0.offset + 1 }, "theme ids run from 1")
    default:
        FileHandle.standardError.write(Data("unknown target \(target)\n".utf8))
        exit(2)
    }
}

#if FUZZING
let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "extract"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    run(fuzzTarget, Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under its own name: hand over to libFuzzer's driver.
@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first else {
            print("usage: topics-fuzz TARGET FILE…   (targets: extract decode segment document csv jsonl readers taxonomy themes)")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): unreadable"); continue }
            run(target, [UInt8](data))
            print("\(path): ok")
        }
    }
}
#endif
