import ArchiveIO
import ArgumentParser
import Foundation
import TopicModels
import TopicsCore
import TopicsPipeline

/// `topics dedupe`: groups of near-duplicate documents (reprints, jointly filed proposals: 并案).
struct DedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Find near-duplicate documents (MinHash + LSH over character shingles) and group them.",
        discussion: """
            Exact duplicates (same letters, digits and ideographs after normalisation) are grouped \
            first; then documents whose estimated Jaccard similarity of character 5-shingles reaches \
            --threshold. Output: JSON Lines, a group a line {canonical, members, size}; the canonical \
            member is the longest text (ties: the first). --unique writes the documents with each \
            group reduced to its canonical member, with duplicates counted in metadata.duplicates.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Estimated Jaccard similarity (0–1) from which two documents are duplicates.")
    var threshold = 0.7

    @OptionGroup(title: "Output (a group a record: canonical, members, size)")
    var output: OutputOptions

    @Option(help: "Also write the documents without their duplicates (JSON Lines) to this file.")
    var unique: String?

    func validate() throws {
        guard threshold > 0 && threshold <= 1 else { throw ValidationError("--threshold must be in (0, 1]") }
        try output.check(allowed: [.jsonl, .csv, .xlsx])
    }

    func run() throws {
        var failed = 0
        let documents = try archive.archive.readAll { failed += 1; Terminal.report($0) }
        let texts = documents.map(\.fullText)
        let groups = NearDuplicates(threshold: threshold).groups(texts)
        let out = try output.sink()
        var canonicalOf: [Int: Int] = [:]
        for group in groups {
            let canonical = NearDuplicates.canonical(of: group, texts: texts)
            for m in group { canonicalOf[m] = canonical }
            try out.write(Record([
                .init("canonical", .string(documents[canonical].id)),
                .init("members", .strings(group.map { documents[$0].id })),
                .init("size", .int(group.count)),
            ]))
        }
        try out.commit()
        if let unique {
            let file = try RecordFormat.jsonl.sink(unique)
            var sizes: [Int: Int] = [:]
            for c in canonicalOf.values { sizes[c, default: 0] += 1 }
            for (i, d) in documents.enumerated() where canonicalOf[i] == nil || canonicalOf[i] == i {
                var doc = d
                if let n = sizes[i] { doc.metadata.append("duplicates", .int(n - 1)) }
                try file.write(doc.record)
            }
            try file.commit()
        }
        let duplicates = groups.reduce(0) { $0 + $1.count - 1 }
        Terminal.printError("dedupe: \(documents.count) documents, \(groups.count) groups, \(duplicates) duplicates")
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
