import ArchiveIO
import ArchiveStore
import ArgumentParser
import ChineseText
import Foundation
import TopicModels
import TopicsCore

/// `topics tag`: the topics of every document, from the taxonomy (with evidence) and/or a trained model.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag documents with topics: from a taxonomy (with the evidence) and/or a trained classifier.",
        discussion: """
            Without --model the shipped taxonomy (corpora/taxonomy.yaml) or --taxonomy tags each \
            document: every topic whose evidence reaches --threshold, with the matched terms, their \
            [start, end) code point offsets in the document's text (title + newline + text) and the \
            sentence they are in. With --model the classifier decides the topic; a taxonomy given as \
            well explains it (evidence) and adds its own tags.

            Output: JSON Lines {id, tags: [{topic, id, score, method, evidence}]}, or into a store's \
            tags table with --store (the documents then come from that store unless inputs are named).

            Examples:
              topics tag messages.jsonl
              topics tag --store archive.db --resume
              topics tag --model messages.model --taxonomy corpora/taxonomy.yaml new.jsonl
            """)

    @Argument(help: "Documents: pages, text, JSON Lines, CSV or SQLite files, folders, or - (JSON Lines on standard input).")
    var inputs: [String] = []

    @Option(help: "A taxonomy (YAML); default: corpora/taxonomy.yaml when no --model is given.")
    var taxonomy: String?

    @Option(help: "A classifier written by `topics train`.")
    var model: String?

    @Option(help: "Keep taxonomy topics scoring at least this (0–1), and model topics beyond the first at least this probability.")
    var threshold = 0.6

    @Option(help: "Read documents from this store (when no inputs are named) and write the tags into its tags table.")
    var store: String?

    @Flag(help: "With --store: skip documents that already have tags.")
    var resume = false

    @Option(name: .shortAndLong, help: "Write the tags here (replaced atomically) instead of standard output.")
    var output: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @Option(help: "jsonl (a document a line, its tags with evidence) or csv (a tag a row: id, topic, topic_id, score, method, terms).")
    var format: Format = .jsonl

    @Option(help: "Write one JSON error record per input or record that could not be read to this file.")
    var errors: String?

    @OptionGroup var segmenterOptions: SegmenterOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        if inputs.isEmpty && store == nil { throw ValidationError("name the documents to tag, or a --store") }
        if resume && store == nil { throw ValidationError("--resume needs --store") }
    }

    func run() throws {
        let taggers = try makeTaggers()
        let target = try store.map { try DocumentStore(path: $0) }
        let done = resume ? try target?.taggedIDs() ?? [] : []
        let out: OutputFile? = (target == nil || output != nil) ? try output.map { try OutputFile.atomic($0) } ?? OutputFile.standardOutput() : nil
        let archive = ArchiveSettings(inputs: inputs.isEmpty ? [store!] : inputs)
        var progress = ProgressLine(label: "tag", total: 0, quiet: runOptions.quiet)
        var failures = try FailureLog(path: errors)
        var csv = CSVWriter()
        let format = self.format

        // Writes one batch's tags to the output and the store.
        func deliver(_ results: [(id: String, tags: [Record], stored: [DocumentStore.Tag])]) throws {
            if let out {
                var bytes: [UInt8] = []
                for (id, tags, _) in results {
                    switch format {
                    case .jsonl:
                        JSONEncoding.append(Record([.init("id", .string(id)), .init("tags", .records(tags))]), to: &bytes)
                        bytes.append(0x0A)
                    case .csv:
                        for tag in tags {
                            var terms: [String] = []
                            if case .records(let evidence)? = tag["evidence"] {
                                for e in evidence { if case .string(let t)? = e["term"], !terms.contains(t) { terms.append(t) } }
                            }
                            csv.encode(Record([.init("id", .string(id)), .init("topic", tag["topic"] ?? .null),
                                               .init("topic_id", tag["id"] ?? .null), .init("score", tag["score"] ?? .null),
                                               .init("method", tag["method"] ?? .null), .init("terms", .string(terms.joined(separator: " ")))]),
                                       into: &bytes)
                        }
                    }
                }
                try out.write(bytes)
            }
            try target?.writeTags(results.map { ($0.id, $0.stored) })
        }

        let tagged: Int, skipped: Int
        do {
            (tagged, skipped) = try ArchiveReader(settings: archive).forEachBatch(
                of: 2000, skip: done, runner: BatchRunner(jobs: runOptions.jobs), progress: &progress, failures: &failures,
                work: { (d: Document) throws(TopicsError) -> (id: String, tags: [Record], stored: [DocumentStore.Tag]) in
                    let tags = taggers.tag(d.fullText)
                    return (d.id, tags.map(\.record), tags.map(\.storeTag))
                },
                deliver: deliver)
            try out?.commit()
            try failures.commit()
        } catch let error as TopicsError {
            progress.finish()
            out?.abandon()
            failures.abandon()
            Terminal.report(error)
            throw ExitCode(ExitStatus.someInputsFailed)
        }
        progress.finish()
        if !runOptions.quiet && (target != nil || output != nil) {
            let skippedText = skipped > 0 ? ", \(skipped) skipped (already tagged)" : ""
            Terminal.printError("tag: \(tagged) documents tagged\(skippedText), \(failures.count) failed")
        }
        if failures.count > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }

    func makeTaggers() throws -> Taggers {
        let taxonomyTagger = try TaxonomyFile.tagger(taxonomy, shipped: model == nil, threshold: threshold)
        var classifier: TopicClassifier? = nil
        if let model {
            let segmenter = try segmenterOptions.makeSegmenter()
            let stopWords = SegmenterOptions.shippedStopWords
            guard let bytes = FileManager.default.contents(atPath: model) else { throw TopicsError(.badArgument, input: model, "cannot read the model") }
            do { classifier = try TopicClassifier(bytes: [UInt8](bytes), segmenter: segmenter, stopWords: stopWords) }
            catch { throw TopicsError(.badArgument, input: model, "\(error)") }
        }
        guard taxonomyTagger != nil || classifier != nil else {
            throw TopicsError(.badArgument, "no taxonomy found (corpora/taxonomy.yaml) and no --model given")
        }
        return Taggers(taxonomy: taxonomyTagger, classifier: classifier, threshold: threshold)
    }
}

/// The taggers a run uses: the model decides, the taxonomy explains and adds.
struct Taggers: Sendable {
    let taxonomy: TaxonomyTagger?
    let classifier: TopicClassifier?
    let threshold: Double

    struct Tag {
        var topic: String
        var id: String?
        var score: Double
        var method: String
        var evidence: [TopicTag.Evidence]

        var record: Record {
            Record([
                .init("topic", .string(topic)),
                .init("id", .optional(id)),
                .init("score", .double(score)),
                .init("method", .string(method)),
                .init("evidence", .records(evidenceRecords)),
            ])
        }

        var evidenceRecords: [Record] {
            evidence.map {
                Record([.init("term", .string($0.term)), .init("start", .int($0.start)), .init("end", .int($0.end)),
                        .init("sentence", .string($0.sentence))])
            }
        }

        var storeTag: DocumentStore.Tag {
            var json: [UInt8] = []
            JSONEncoding.append(Record.Value.records(evidenceRecords), to: &json)
            return DocumentStore.Tag(topic: topic, score: score, evidence: String(decoding: json, as: UTF8.self), method: method)
        }
    }

    func tag(_ text: String) -> [Tag] {
        let fromTaxonomy = taxonomy?.tag(text) ?? []
        var tags: [Tag] = []
        if let classifier {
            let ranked = classifier.multiLabel ? classifier.labels(text) : classifier.classify(text)
            for (k, r) in ranked.enumerated() where k == 0 || classifier.multiLabel || r.probability >= threshold {
                // The taxonomy's evidence for a topic of the same name explains the model's choice.
                let explained = fromTaxonomy.first { $0.path == r.label || $0.path.hasSuffix("/" + r.label) }
                tags.append(Tag(topic: r.label, id: explained?.topicID, score: (r.probability * 1000).rounded() / 1000,
                                method: "model", evidence: explained?.evidence ?? []))
            }
        }
        for t in fromTaxonomy where !tags.contains(where: { $0.topic == t.path || $0.id == t.topicID }) {
            tags.append(Tag(topic: t.path, id: t.topicID, score: t.score, method: "taxonomy", evidence: t.evidence))
        }
        return tags
    }
}

/// `topics taxonomy check`: problems in a taxonomy file.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Work with topic taxonomies.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a taxonomy: duplicate ids, empty or unreachable topics, bad patterns, short or repeated terms.")

        @Argument(help: "The taxonomy (YAML).")
        var file: String

        func run() throws {
            let taxonomy = try TaxonomyFile.load(file)
            let problems = taxonomy.check()
            for p in problems { print("\(file): \(p)") }
            let errors = problems.filter { $0.severity == .error }.count
            let flat = taxonomy.flattened
            print("\(file): \(flat.count) topics, \(flat.reduce(0) { $0 + $1.topic.terms.count + $1.topic.aliases.count }) terms; \(errors) errors, \(problems.count - errors) warnings")
            if errors > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
        }
    }
}

