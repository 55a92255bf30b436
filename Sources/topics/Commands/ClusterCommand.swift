import ArchiveIO
import ArchiveStore
import ArgumentParser
import ChineseText
import Foundation
import TopicModels
import TopicsCore

/// `topics cluster`: documents grouped into themes, each named by its distinctive words.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group documents into themes (spherical k-means), name each theme, pick representative documents.",
        discussion: """
            Vectors: words and character 1–3-grams, sublinear tf × idf, unit length. Clustering: \\
            spherical k-means, k-means++ seeding, --restarts runs (the tightest wins). Without --k, \\
            k is chosen from 2 … --max-k by the mean silhouette (cosine) on a sample of 1 500 documents.
            Themes are named by class-based TF-IDF over their words; ids run from 1, largest theme first.

            Output: JSON Lines, a theme a line {cluster, name, terms, size, date_from, date_to, tags, \\
            representatives, members}; --assignments writes {id, cluster} per document; --store writes \\
            the store's clusters and cluster_themes tables.
            """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Number of themes (default: chosen by silhouette).")
    var k: Int?

    @Option(help: "Largest k tried when choosing k.")
    var maxK = 20

    @Option(help: "k-means runs with different seeds; the tightest is kept.")
    var restarts = 4

    @Option(help: "Random seed (same seed, same input → same themes).")
    var seed: UInt64 = 1

    @Option(help: "Features: a comma list of words, chars.")
    var features = "words"

    @Option(help: "Weight of the character n-grams beside the words (0–1).")
    var characterWeight: Float = 0.5

    @Option(help: "Latent semantic dimensions the vectors are reduced to before clustering (0: cluster the tf-idf vectors as they are).")
    var dimensions = 100

    @Option(name: .shortAndLong, help: "Write themes here (replaced atomically) instead of standard output.")
    var output: String?

    @Option(help: "Also write each document's theme ({id, cluster}) to this JSON Lines file.")
    var assignments: String?

    @Option(help: "Write the themes into this store's clusters tables.")
    var store: String?

    @OptionGroup var segmenterOptions: SegmenterOptions

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        guard maxK >= 2 else { throw ValidationError("--max-k must be at least 2") }
    }

    func run() throws {
        let segmenter = try segmenterOptions.makeSegmenter()
        let stopWords = ShippedData.path(ShippedData.stopWords).flatMap { try? StopWords(contentsOf: $0) } ?? StopWords()
        var documents: [Document] = []
        var failed = 0
        try ArchiveReader(options: archive).forEach { result in
            switch result {
            case .success(let d): documents.append(d)
            case .failure(let e): failed += 1; Terminal.report(e)
            }
        }
        guard documents.count >= 2 else { throw TopicsError(.noContent, input: archive.inputs.joined(separator: " "), "need at least two documents to cluster") }
        let texts = documents.map { d in (d.title.map { $0 + "\n" } ?? "") + d.text }
        var kinds: TextFeatures.Kinds = []
        for name in features.split(separator: ",") {
            switch name.trimmingCharacters(in: .whitespaces) {
            case "words": kinds.insert(.words)
            case "chars": kinds.insert(.characters)
            case "pairs": kinds.insert(.wordPairs)
            default: throw ValidationError("unknown feature kind \(name): use words, chars, pairs")
            }
        }
        var featurizer = TextFeatures(segmenter: segmenter, stopWords: stopWords)
        featurizer.kinds = kinds
        featurizer.characterWeight = characterWeight
        featurizer.learnIDF(texts)
        let sparse = vectorize(texts, featurizer)
        let vectors = dimensions > 0 ? LatentSemantic.reduce(sparse, dimensions: dimensions, seed: seed) : sparse
        let space = dimensions > 0 ? (vectors.first?.indices.count ?? 1) : featurizer.buckets

        let start = ContinuousClock.now
        var result: SphericalKMeans.Result
        var chosenK: Int
        if let k {
            chosenK = min(k, documents.count)
            var kmeans = SphericalKMeans(k: chosenK); kmeans.restarts = restarts; kmeans.seed = seed
            result = kmeans.fit(vectors, dimensions: space)
        } else {
            var best: (Double, Int, SphericalKMeans.Result)? = nil
            for candidate in 2...max(2, min(maxK, documents.count - 1)) {
                var kmeans = SphericalKMeans(k: candidate); kmeans.restarts = max(1, restarts / 2); kmeans.seed = seed
                let r = kmeans.fit(vectors, dimensions: space)
                let s = SphericalKMeans.silhouette(vectors, assignments: r.assignments, k: candidate, seed: seed)
                if best == nil || s > best!.0 { best = (s, candidate, r) }
            }
            chosenK = best!.1
            var kmeans = SphericalKMeans(k: chosenK); kmeans.restarts = restarts; kmeans.seed = seed
            result = kmeans.fit(vectors, dimensions: space)
            Terminal.printError("cluster: k = \(chosenK) chosen by silhouette (\(String(format: "%.3f", best!.0)))")
        }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let themes = describe(documents, vectors, result, segmenter: segmenter, stopWords: stopWords)
        try write(themes, documents: documents)
        Terminal.printError("cluster: \(documents.count) documents → \(themes.count) themes in \(String(format: "%.1f", seconds)) s")
        if failed > 0 { throw ExitCode(ExitStatus.someInputsFailed) }
    }

    func vectorize(_ texts: [String], _ featurizer: TextFeatures) -> [SparseVector] {
        var out = [SparseVector](repeating: SparseVector(), count: texts.count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                for i in stride(from: part, to: texts.count, by: 2) { target[i] = featurizer.vector(texts[i]) }
            }
        }
        return out
    }

    struct Theme {
        var cluster: Int
        var name: String
        var terms: [String]
        var members: [Int]
        var representatives: [Int]
        var dateFrom: String?
        var dateTo: String?
        var tags: [(String, Int)]
    }

    func describe(_ documents: [Document], _ vectors: [SparseVector], _ result: SphericalKMeans.Result,
                  segmenter: WordSegmenter, stopWords: StopWords) -> [Theme] {
        let k = result.centroids.count
        var members = [[Int]](repeating: [], count: k)
        for (i, c) in result.assignments.enumerated() { members[c].append(i) }
        var words = [[String: Int]](repeating: [:], count: k)
        for c in 0..<k {
            for i in members[c] {
                let text = (documents[i].title.map { $0 + "\n" } ?? "") + documents[i].text
                for w in segmenter.words(text) where stopWords.isCandidate(w) { words[c][w, default: 0] += 1 }
            }
        }
        let terms = ThemeTerms.top(words, count: 8)
        var themes: [Theme] = (0..<k).filter { !members[$0].isEmpty }.map { c in
            let ranked = members[c].sorted {
                SphericalKMeans.dot(vectors[$0], result.centroids[c]) > SphericalKMeans.dot(vectors[$1], result.centroids[c])
            }
            let dates = members[c].compactMap { documents[$0].date }.sorted()
            return Theme(cluster: c, name: terms[c].prefix(3).joined(separator: " · "), terms: terms[c], members: members[c],
                         representatives: Array(ranked.prefix(3)), dateFrom: dates.first, dateTo: dates.last, tags: [])
        }
        // Stable ids: largest theme first, then by name.
        themes.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.name < $1.name }
        for i in themes.indices { themes[i].cluster = i + 1 }
        return themes
    }

    func write(_ themes: [Theme], documents: [Document]) throws {
        let out = try output.map { try OutputFile.atomic($0) } ?? OutputFile.standardOutput()
        var bytes: [UInt8] = []
        for t in themes {
            JSONEncoding.append(Record([
                .init("cluster", .int(t.cluster)),
                .init("name", .string(t.name)),
                .init("terms", .strings(t.terms)),
                .init("size", .int(t.members.count)),
                .init("date_from", .optional(t.dateFrom)),
                .init("date_to", .optional(t.dateTo)),
                .init("representatives", .records(t.representatives.map {
                    Record([.init("id", .string(documents[$0].id)), .init("title", .optional(documents[$0].title))])
                })),
                .init("members", .strings(t.members.map { documents[$0].id })),
            ]), to: &bytes)
            bytes.append(0x0A)
        }
        try out.write(bytes)
        try out.commit()
        if let assignments {
            let file = try OutputFile.atomic(assignments)
            var lines: [UInt8] = []
            var clusterOf = [Int](repeating: 0, count: documents.count)
            for t in themes { for m in t.members { clusterOf[m] = t.cluster } }
            for (i, d) in documents.enumerated() {
                JSONEncoding.append(Record([.init("id", .string(d.id)), .init("cluster", .int(clusterOf[i]))]), to: &lines)
                lines.append(0x0A)
            }
            try file.write(lines)
            try file.commit()
        }
        if let store {
            let db = try DocumentStore(path: store)
            try db.writeClusters(themes.map { t in
                DocumentStore.Theme(cluster: t.cluster, name: t.name, terms: t.terms, members: t.members.map { documents[$0].id },
                                    representatives: t.representatives.map { documents[$0].id })
            })
        }
    }
}
