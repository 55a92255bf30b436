import ArgumentParser
import TopicModels
import TopicsPipeline

/// `topics cluster`: documents grouped into themes, each named by its distinctive words.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group documents into themes (spherical k-means), name each theme, pick representative documents.",
        discussion: """
            Vectors: words and character 1–3-grams, sublinear tf × idf, unit length, reduced by LSA. Clustering: spherical k-means, \
            k-means++ seeding, --restarts runs (the tightest wins); for short texts (median document of at most 150 content words) the \
            k-means themes are then refined by a Dirichlet multinomial mixture (GSDMM), which places headlines and message subjects by \
            their few words better than cosine geometry does. Without --k, k is chosen from 2 … --max-k by the mean silhouette (cosine) on \
            a sample of 1 500 documents.
            Themes are named by class-based TF-IDF over their words; ids run from 1, largest theme first.

            Output: JSON Lines, a theme a line {cluster, name, terms, size, date_from, date_to, tags (the taxonomy topics most often given \
            to its documents, with counts), representatives, members}; --assignments writes {id, cluster} per document; --store writes the \
            store's clusters and cluster_themes tables.

            --save-model FILE also saves the theme model: the vocabulary's idf, the LSA projection, the centroids, the mixture's \
            word–theme counts, the names and tags, and each theme's far threshold; `topics assign --model FILE` places new documents with \
            it. --update FILE refits that model's themes on the inputs, starting from them, so ids stay where the themes did not change \
            (the feature space stays the model's), reports how many documents changed theme, and rewrites the model (or writes it \
            to --save-model).
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Number of themes (default: chosen by silhouette).") var k: Int?
    @Option(help: "Largest k tried when choosing k.") var maxK = 20
    @Option(help: "k-means runs with different seeds; the tightest is kept (default: 32 000 / documents, between 2 and 64).") var restarts: Int?
    @Option(help: "Random seed (same seed, same input → same themes).") var seed: UInt64 = 1
    @Option(help: "Features: a comma list of words, chars.") var features: TextFeatures.Kinds = .words
    @Option(help: "Weight of the character n-grams beside the words (0–1).") var characterWeight: Float = 0.5
    @Option(help: "Latent semantic dimensions the vectors are reduced to before clustering (0: cluster the tf-idf vectors as they are).") var dimensions = 100
    @OptionGroup(title: "Output (jsonl: a theme a line; csv, xlsx: a theme a row, lists one item a line in the cell)") var output: OutputOptions
    @Option(help: "Also write each document's theme ({id, cluster}) to this JSON Lines file.") var assignments: String?
    @Option(help: "auto (the mixture for short texts, k-means for long ones), kmeans, or mixture (k-means refined by a Dirichlet multinomial mixture).") var algorithm: ThemeFinder.Algorithm = .auto
    @Option(help: "Taxonomy (YAML) whose topics are counted per theme (default: corpora/taxonomy.yaml).") var taxonomy: String?
    @Flag(help: "Do not tag the documents; themes get no tags.") var noTags = false
    @Option(help: "Write the themes into this store's clusters tables (a SQLite file or a PostgreSQL URL).") var store: String?
    @Option(help: "Also save the theme model (what `topics assign` needs to place new documents) to this file.") var saveModel: String?
    @Option(help: "Refit the themes of this saved model on the inputs, keeping their ids; rewrites it unless --save-model names another file.") var update: String?
    @OptionGroup var segmenterOptions: SegmenterOptions

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if saveModel != nil && update == nil && dimensions < 1 { throw ValidationError("--save-model needs --dimensions of at least 1 (the model places documents in the LSA space)") }
        if update != nil && k != nil { throw ValidationError("--update keeps the model's themes: --k cannot change their number") }
        guard maxK >= 2 else { throw ValidationError("--max-k must be at least 2") }
        try output.check(allowed: [.jsonl, .csv, .xlsx])
    }

    func run() throws {
        let segmenter = try segmenterOptions.makeSegmenter()
        let failures = Failures()
        let documents = try archive.archive.readAll(atLeast: 2, failed: failures.report)
        let finder = ThemeFinder(segmenter: segmenter, stopWords: SegmenterConfiguration.shippedStopWords, kinds: features,
                                 characterWeight: characterWeight, dimensions: dimensions, restarts: restarts, seed: seed, maxK: maxK, algorithm: algorithm)
        let clustering = ThemeClustering(finder: finder, tagger: noTags ? nil : try TaxonomyFile.tagger(taxonomy, segmenter: segmenter))
        let result = try clustering.run(documents.map(\.fullText), k: k, update: update, keepModel: saveModel != nil)
        if let choice = result.kChoice { Terminal.printError("cluster: \(choice)") }
        try ThemeRecords.write(result.themes, documents: documents, tags: result.tags, format: output.format, to: output.output,
                               assignmentsPath: assignments, store: store)
        if let target = saveModel ?? update { try result.saveModel(to: target) }
        try Terminal.finish("cluster: " + result.summary(documents: documents.count, updated: update, savedTo: saveModel),
                            failed: failures.count)
    }
}
