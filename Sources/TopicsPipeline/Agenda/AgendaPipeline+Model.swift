import ArchiveIO
import ChineseText
import Reports
import TopicModels
import TopicsCore

extension AgendaPipeline {
    /// How `runWithModel` goes through an archive.
    public struct ModelOptions: Sendable {
        /// Documents of each theme kept for the hot issues, the examples and the taxonomy figures:
        /// the most recent ones (hot issues weigh recency), ties in archive order.
        public var samplePerTheme = 1000
        /// Documents read and placed at a time (on all cores).
        public var batchSize = 1024
        /// Counts made elsewhere (`AgendaAggregates.read`, e.g. by the Spark job): the archive read
        /// then gives only the sample, and the figures are these.
        public var aggregates: AgendaAggregates? = nil

        public init() {}
    }

    /// The agenda from a saved theme model, without clustering the archive: each document is read
    /// and placed by `ThemeAssigner` a batch at a time (on all cores) and counted per (theme, month,
    /// region, unit) with its likes and authors; only a bounded sample per theme is kept. The
    /// themes are ranked from the counts (`AgendaRanker`, as the in-memory run ranks them), and
    /// the hot issues, representative documents and taxonomy figures come from the sample.
    /// Memory: the counts, each theme's authors and member ids, and the sample, whatever the
    /// size of the archive. Near-duplicates are not merged (matters are documents) and replies
    /// are not judged; the summary says so.
    ///
    /// `failed` hears what could not be read. The output's `documents` and the themes' members
    /// are the sample; `aggregates` holds the counts.
    public func runWithModel(_ model: ThemeModel, archive: Archive, options: ModelOptions = ModelOptions(),
                             runner: BatchRunner = BatchRunner(), failed: (TopicsError) throws -> Void) throws -> Output {
        let assigner = ThemeAssigner(model: model, segmenter: segmenter, stopWords: stopWords)
        struct Placed: Sendable {
            var document: Document
            var agenda: AgendaDocument
            var placement: ThemeAssigner.Placement
        }
        var aggregates = AgendaAggregates()
        var authors: [Int: [String: Int]] = [:]
        var memberIDs: [Int: [String]] = [:]
        // Per theme: (ordinal, placed), trimmed to the most recent `samplePerTheme` when twice that.
        var sample: [Int: [(Int, Placed)]] = [:]
        var read = 0, undated = 0, anonymous = 0
        let keep = max(1, options.samplePerTheme)
        func trim(_ kept: [(Int, Placed)]) -> [(Int, Placed)] {
            Array(kept.sorted { a, b in
                let da = a.1.document.date ?? "", db = b.1.document.date ?? ""
                return da != db ? da > db : a.0 < b.0
            }.prefix(keep))
        }
        let counting = options.aggregates == nil
        _ = try archive.forEachBatch(of: options.batchSize, runner: runner, failed: failed, work: { document in
            let text = document.fullText
            let words = assigner.segmenter.words(text)
            let opening = words.prefix(DocumentAnalyzer.openingCount(words, title: document.title))
            return Placed(document: document, agenda: Self.agendaDocument(document, opening: opening),
                          placement: assigner.place(text, words: words))
        }, deliver: { batch in
            for p in batch {
                let ordinal = read
                read += 1
                if p.document.date == nil { undated += 1 }
                if p.document.authors.isEmpty { anonymous += 1 }
                let theme = p.placement.theme
                if counting {
                    aggregates.add(AgendaAggregates.cell(of: p.document, theme: theme, region: p.agenda.region), likes: p.agenda.likes)
                }
                guard let theme else { continue }
                if counting {
                    for a in p.document.authors { authors[theme, default: [:]][a, default: 0] += 1 }
                    memberIDs[theme, default: []].append(p.document.id)
                }
                sample[theme, default: []].append((ordinal, p))
                if sample[theme]!.count >= 2 * keep { sample[theme] = trim(sample[theme]!) }
            }
        })
        guard read >= 2 else {
            throw TopicsError(.noContent, input: archive.source.inputs.joined(separator: " "), "need at least 2 documents, found \(read)")
        }
        if counting {
            aggregates.authors = authors.mapValues { AgendaAggregates.Authors(distinct: $0.count, top: Array($0.values.sorted(by: >).prefix(2))) }
        } else {
            aggregates = options.aggregates!
        }
        // The sample in archive order: the documents the themes, hot issues and examples point into.
        let kept = sample.values.flatMap { trim($0) }.sorted { $0.0 < $1.0 }.map(\.1)
        let documents = kept.map(\.document), agendaDocuments = kept.map(\.agenda)
        let texts = documents.map(\.fullText)
        let tags = taxonomy?.tag(texts) ?? texts.map { _ in [] }
        let tagPaths = tags.map { $0.map(\.path) }
        var themes: [Theme] = []
        var figures: [AgendaRanker.ThemeFigures] = []
        for t in model.themes {
            let members = kept.indices.filter { kept[$0].placement.theme == t.id }
            let representatives = members.sorted { (kept[$0].placement.distance, $0) < (kept[$1].placement.distance, $1) }.prefix(3)
            let theme = Theme(id: t.id, name: t.name, terms: t.terms, members: members, representatives: Array(representatives))
            var f = aggregates.figures(t)
            guard f.documents > 0 else { continue }
            if taxonomy != nil {
                let (dominant, share) = theme.dominantTags(tagPaths)
                f.tags = dominant; f.taxonomyShare = share
            }
            f.representatives = theme.representatives.map { agendaDocuments[$0] }
            f.memberIDs = memberIDs[t.id] ?? []
            themes.append(theme)
            figures.append(f)
        }
        let items = AgendaRanker.rank(figures, lastMonth: aggregates.lastMonth)
        let hotIssues = HotIssueFinder(segmenter: segmenter, stopWords: stopWords).find(agendaDocuments, texts: texts, themes: themes)
        let total = counting ? read : aggregates.counts.values.reduce(0, +)
        let warnings: [Warning] = counting
            ? (undated > 0 ? [.undated(undated, of: read)] : []) + (anonymous > 0 ? [.anonymous(anonymous, of: read)] : [])
            : []
        let placed = aggregates.documentsPerTheme.values.reduce(0, +)
        let summary = "\(total) documents, \(placed) placed in \(figures.count) theme\(figures.count == 1 ? "" : "s") of a saved model "
            + "(near-duplicates not merged; hot issues and examples from the latest \(keep) documents of each theme, "
            + "\(documents.count) in all; replies not judged)."
            + warnings.map { " Note: \($0)." }.joined()
        var report = AgendaReport(title: title, items: items, summary: summary, hotIssues: hotIssues, documents: agendaDocuments)
        report.themeClasses = Dictionary(figures.map { ($0.theme, aggregates.classCounts($0.theme)) }, uniquingKeysWith: { a, _ in a })
            .filter { !$0.value.isEmpty }
        var output = Output(report: report, themes: themes, canonical: [:], tags: tags.map { $0.map(\.documentTag) },
                            hotIssues: hotIssues, documents: agendaDocuments, warnings: warnings)
        output.aggregates = aggregates
        output.sample = documents
        return output
    }
}
