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

    @Option(name: .shortAndLong, help: "Write the groups here (replaced atomically) instead of standard output.")
    var output: String?

    @Option(help: "Also write the documents without their duplicates (JSON Lines) to this file.")
    var unique: String?

    func validate() throws {
        guard threshold > 0 && threshold <= 1 else { throw ValidationError("--threshold must be in (0, 1]") }
    }

    func run() throws {
        var failed = 0
        let documents = try archive.archive.readAll { failed += 1; Terminal.report($0) }
        let texts = documents.map(\.fullText)
        let groups = NearDuplicates(threshold: threshold).groups(texts)
        let out = try output.map { try OutputFile.atomic($0) } ?? OutputFile.standardOutput()
        var bytes: [UInt8] = []
        var canonicalOf: [Int: Int] = [:]
        for group in groups {
            let canonical = NearDuplicates.canonical(of: group, texts: texts)
            for m in group { canonicalOf[m] = canonical }
            JSONEncoding.append(Record([
                .init("canonical", .string(documents[canonical].id)),
                .init("members", .strings(group.map { documents[$0].id })),
                .init("size", .int(group.count)),
            ]), to: &bytes)
            bytes.append(0x0A)
        }
        try out.write(bytes)
        try out.commit()
        if let unique {
            let file = try OutputFile.atomic(unique)
            var lines: [UInt8] = []
            var sizes: [Int: Int] = [:]
            for c in canonicalOf.values { sizes[c, default: 0] += 1 }
            for (i, d) in documents.enumerated() where canonicalOf[i] == nil || canonicalOf[i] == i {
                var doc = d
                if let n = sizes[i] { doc.metadata.append("duplicates", .int(n - 1)) }
                JSONEncoding.append(doc.record, to: &lines)
                lines.append(0x0A)
            }
            try file.write(lines)
            try file.commit()
        }
        let duplicates = groups.reduce(0) { $0 + $1.count - 1 }
        Terminal.printError("dedupe: \(documents.count) documents, \(groups.count) groups, \(duplicates) duplicates")
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }
}
