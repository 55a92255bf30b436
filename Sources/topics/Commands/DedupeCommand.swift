import ArgumentParser
import TopicsPipeline

/// `topics dedupe`: groups of near-duplicate documents (reprints, jointly filed proposals: 并案).
struct DedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Find near-duplicate documents (MinHash + LSH over character shingles) and group them.",
        discussion: """
            Exact duplicates (same letters, digits and ideographs after normalisation) are grouped first; then documents whose estimated \
            Jaccard similarity of character 5-shingles reaches --threshold. Output: JSON Lines, a group a line {canonical, members, size}; \
            the canonical member is the longest text (ties: the first). --unique writes the documents with each group reduced to its \
            canonical member, with duplicates counted in metadata.duplicates.

            --signatures is a streaming stage instead (JSON Lines in, one line out per line in, in order): every input field kept, plus \
            minhash (the signature, 16 hex digits a value), bands (the LSH band keys b00:… and the exact-text key x:…; documents sharing a \
            key are candidates, kept when their signatures agree in at least --threshold of their positions) and text_length (what the \
            canonical member is chosen by). Grouping by those keys elsewhere (integrations/spark) gives the groups this command gives.

            Examples:
              topics dedupe messages.jsonl -o groups.jsonl --unique unique.jsonl
              topics dedupe --signatures - < part-00000.jsonl > part-00000.sig.jsonl
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Estimated Jaccard similarity (0–1) from which two documents are duplicates.") var threshold = 0.7
    @OptionGroup(title: "Output (a group a record: canonical, members, size)") var output: OutputOptions
    @Option(help: "Also write the documents without their duplicates (JSON Lines) to this file.") var unique: String?
    @Flag(help: "Write each JSON Lines record with its minhash, bands and text_length instead of the groups (for grouping elsewhere).") var signatures = false

    func validate() throws {
        guard threshold > 0 && threshold <= 1 else { throw ValidationError("--threshold must be in (0, 1]") }
        if signatures && unique != nil { throw ValidationError("--signatures writes every record: it takes no --unique") }
        if signatures { try output.checkStream(inputs: archive.inputs, stage: "--signatures") }
        try output.check(allowed: [.jsonl, .csv, .xlsx])
    }

    func run() throws {
        if signatures { return try writeSignatures() }
        let failures = Failures()
        let documents = try archive.archive.readAll(failed: failures.report)
        let found = DuplicateGroups(documents, threshold: threshold)
        try output.format.write(found.records(documents), to: output.output)
        if let unique { try RecordFormat.jsonl.write(found.unique(documents).lazy.map(\.record), to: unique) }
        try Terminal.finish("dedupe: \(documents.count) documents, \(found.groups.count) groups, \(found.duplicates) duplicates", failed: failures.count)
    }

    /// `--signatures`: JSON Lines in, each record with its sketch out, in order, on every core.
    private func writeSignatures() throws {
        let (written, failed) = try Terminal.exitingOnFailure {
            try DuplicateSignatures(threshold: threshold).write(archive.namedInputs, to: output.sink, problem: Terminal.report)
        }
        try Terminal.finish(output.output != nil || failed > 0 ? "dedupe --signatures: \(written) records written, \(failed) failed" : nil, failed: failed)
    }
}
