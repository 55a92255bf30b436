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
        /// Tag every document with the taxonomy (what `topics tag` gives it; `runWithModel`'s `each`
        /// hears the tags), from the analysis placing it already made; otherwise only the sample is tagged.
        public var tagEvery = false

        public init(samplePerTheme: Int = 1000, aggregates: AgendaAggregates? = nil) {
            self.samplePerTheme = samplePerTheme; self.aggregates = aggregates
        }
    }

    /// One document as `runWithModel` leaves it, in archive order: what `topics assign` and (with
    /// `tagEvery`) `topics tag` give it.
    public struct PlacedDocument: Sendable {
        public var document: Document
        public var placement: ThemeAssigner.Placement
        /// The taxonomy's tags (with `ModelOptions.tagEvery`; empty otherwise).
        public var tags: [DocumentTag]
    }

    /// The agenda from a saved theme model, without clustering the archive: each document is read,
    /// normalised and segmented once (`DocumentAnalyzer`), a batch at a time on all cores, and that
    /// one analysis gives its placement (`ThemeAssigner`), its near-duplicate sketch, and with
    /// `tagEvery` its taxonomy tags; it is counted per (theme, month, region, unit) with its likes
    /// and authors, and only a bounded sample per theme is kept. Near-duplicates are grouped as the
    /// documents stream by (`NearDuplicates.Grouping`: the groups `topics dedupe` finds) and merged
    /// as the in-memory run merges them: a duplicate counts in the theme of the member its group
    /// keeps, and once as a matter. The themes are ranked from the counts (`AgendaRanker`), and the
    /// hot issues, representative documents and taxonomy figures come from the sample. Memory:
    /// each document's signature (1 kB) and a few numbers, the counts, and the sample. Replies are
    /// not judged; the summary says so.
    ///
    /// `each` hears every document in archive order as it is placed; `failed` what could not be
    /// read. The output's `documents` and the themes' members are the sample; `aggregates` holds
    /// the counts, `nearDuplicates` the groups.
    public func runWithModel(_ model: ThemeModel, archive: Archive, options: ModelOptions = ModelOptions(),
                             runner: BatchRunner = BatchRunner(), each: ((PlacedDocument) throws -> Void)? = nil,
                             failed: (TopicsError) throws -> Void) throws -> Output {
        let assigner = ThemeAssigner(model: model, segmenter: segmenter, stopWords: stopWords)
        let counting = options.aggregates == nil
        let taggers = options.tagEvery ? taxonomy.map { Taggers(taxonomy: $0, classifier: nil, threshold: $0.threshold) } : nil
        let analyzer = DocumentAnalyzer(segmenter: segmenter, withBoundaries: taggers != nil)
        let finder = NearDuplicates(threshold: duplicateThreshold)
        struct Placed: Sendable {
            var document: Document
            var agenda: AgendaDocument
            var placement: ThemeAssigner.Placement
            var tags: [DocumentTag]?
            var sketch: NearDuplicates.Sketch?
            /// The cell without its theme, and the text's length in characters (what a group keeps its member by).
            var cell: AgendaAggregates.Cell
            var length: Int
        }
        var ledger = Ledger()
        var grouping = NearDuplicates.Grouping(threshold: duplicateThreshold)
        // Per own theme: (ordinal, placed), trimmed to the most recent `samplePerTheme` when twice that.
        var sample: [Int: [(Int, Placed)]] = [:]
        var read = 0, undated = 0, anonymous = 0
        let keep = max(1, options.samplePerTheme)
        func trim(_ kept: [(Int, Placed)]) -> [(Int, Placed)] {
            Array(kept.sorted { a, b in
                let da = a.1.document.date ?? "", db = b.1.document.date ?? ""
                return da != db ? da > db : a.0 < b.0
            }.prefix(keep))
        }
        _ = try archive.forEachBatch(of: options.batchSize, runner: runner, failed: failed, work: { document in
            let analyzed = analyzer.analyze(document)
            let agenda = Self.agendaDocument(document, opening: analyzed.openingWords)
            return Placed(document: document, agenda: agenda, placement: assigner.place(analyzed.text, words: analyzed.words),
                          tags: taggers?.tag(analyzed),
                          sketch: counting ? finder.sketch(normalized: analyzed.normalized.scalars) : nil,
                          cell: AgendaAggregates.cell(of: document, theme: nil, region: agenda.region),
                          length: counting ? analyzed.text.count : 0)
        }, deliver: { batch in
            for var p in batch {
                let ordinal = read
                read += 1
                if p.document.date == nil { undated += 1 }
                if p.document.authors.isEmpty { anonymous += 1 }
                if counting {
                    grouping.add(p.sketch)
                    ledger.add(p.document, cell: p.cell, likes: p.agenda.likes, theme: p.placement.theme, length: p.length)
                }
                try each?(PlacedDocument(document: p.document, placement: p.placement, tags: p.tags ?? []))
                guard let theme = p.placement.theme else { continue }
                p.sketch = nil
                sample[theme, default: []].append((ordinal, p))
                if sample[theme]!.count >= 2 * keep { sample[theme] = trim(sample[theme]!) }
            }
        })
        guard read >= 2 else {
            throw TopicsError(.noContent, input: archive.source.inputs.joined(separator: " "), "need at least 2 documents, found \(read)")
        }
        // Near-duplicates: each group's longest member kept, the others counted in its theme.
        var canonical: [Int: Int] = [:]
        var nearDuplicates: [(canonical: String, members: [String])] = []
        var aggregates: AgendaAggregates
        var memberIDs: [Int: [String]] = [:]
        if counting {
            for group in grouping.groups() {
                let kept = NearDuplicates.canonical(of: group) { Int(ledger.lengths[$0]) }
                for m in group where m != kept { canonical[m] = kept }
                nearDuplicates.append((ledger.ids[kept], group.map { ledger.ids[$0] }))
            }
            (aggregates, memberIDs) = ledger.aggregates(canonical: canonical)
        } else {
            aggregates = options.aggregates!
        }
        func mergedTheme(_ ordinal: Int, _ p: Placed) -> Int? {
            guard counting, let c = canonical[ordinal] else { return p.placement.theme }
            let t = ledger.themes[c]
            return t < 0 ? nil : Int(t)
        }
        // The sample by each document's theme after merging, in archive order: the documents the
        // themes, hot issues and examples point into.
        var merged: [Int: [(Int, Placed)]] = [:]
        for (o, p) in sample.values.joined() { if let t = mergedTheme(o, p) { merged[t, default: []].append((o, p)) } }
        let kept = merged.values.flatMap { trim($0) }.sorted { $0.0 < $1.0 }
        let keptThemes = kept.map { mergedTheme($0.0, $0.1) }
        let documents = kept.map(\.1.document), agendaDocuments = kept.map(\.1.agenda)
        let texts = documents.map(\.fullText)
        let tags = taggers != nil ? kept.map { $0.1.tags ?? [] } : (taxonomy?.tag(texts) ?? texts.map { _ in [] }).map { $0.map(\.documentTag) }
        let tagPaths = tags.map { $0.map(\.topic) }
        var themes: [Theme] = []
        var figures: [AgendaRanker.ThemeFigures] = []
        for t in model.themes {
            let members = kept.indices.filter { keptThemes[$0] == t.id }
            // Representatives among the documents kept for themselves (not a duplicate of another).
            let representatives = members.filter { canonical[kept[$0].0] == nil }
                .sorted { (kept[$0].1.placement.distance, $0) < (kept[$1].1.placement.distance, $1) }.prefix(3)
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
        let merges = aggregates.duplicates.values.reduce(0, +)
        let summary = "\(total) documents, \(placed) placed in \(figures.count) theme\(figures.count == 1 ? "" : "s") of a saved model, "
            + "\(merges) near-duplicate\(merges == 1 ? "" : "s") merged "
            + "(hot issues and examples from the latest \(keep) documents of each theme, "
            + "\(documents.count) in all; replies not judged)."
            + warnings.map { " Note: \($0)." }.joined()
        var report = AgendaReport(title: title, items: items, summary: summary, hotIssues: hotIssues, documents: agendaDocuments)
        report.themeClasses = Dictionary(figures.map { ($0.theme, aggregates.classCounts($0.theme)) }, uniquingKeysWith: { a, _ in a })
            .filter { !$0.value.isEmpty }
        var output = Output(report: report, themes: themes, canonical: [:], tags: tags,
                            hotIssues: hotIssues, documents: agendaDocuments, warnings: warnings)
        output.aggregates = aggregates
        output.sample = documents
        output.nearDuplicates = nearDuplicates
        return output
    }
}

/// What `runWithModel` keeps of every document until the near-duplicate groups are known: its id,
/// own theme, cell (interned), likes, authors (interned) and length. A few dozen bytes a document.
private struct Ledger {
    var ids: [String] = []
    /// The theme the model placed it in (-1: none).
    var themes: [Int32] = []
    var cells: [Int32] = []
    var likes: [Int] = []
    var lengths: [Int32] = []
    var authorStarts: [Int32] = [0]
    var authors: [Int32] = []
    var cellKeys: [AgendaAggregates.Cell] = []
    var cellIndex: [AgendaAggregates.Cell: Int32] = [:]
    var authorIndex: [String: Int32] = [:]

    mutating func add(_ document: Document, cell: AgendaAggregates.Cell, likes: Int, theme: Int?, length: Int) {
        ids.append(document.id)
        themes.append(theme.map { Int32($0) } ?? -1)
        if let c = cellIndex[cell] { cells.append(c) } else {
            cellIndex[cell] = Int32(cellKeys.count); cells.append(Int32(cellKeys.count)); cellKeys.append(cell)
        }
        self.likes.append(likes)
        lengths.append(Int32(clamping: length))
        for a in document.authors {
            if let id = authorIndex[a] { authors.append(id) } else {
                authorIndex[a] = Int32(authorIndex.count); authors.append(Int32(authorIndex.count - 1))
            }
        }
        authorStarts.append(Int32(authors.count))
    }

    /// The counts with each near-duplicate (`canonical`: duplicate → the member kept) in the theme
    /// of the member kept, and each theme's member ids in archive order.
    func aggregates(canonical: [Int: Int]) -> (AgendaAggregates, [Int: [String]]) {
        var out = AgendaAggregates()
        var perAuthor: [Int: [Int32: Int]] = [:]
        var members: [Int: [String]] = [:]
        for i in ids.indices {
            let own = themes[canonical[i] ?? i]
            let theme = own < 0 ? nil : Int(own)
            var cell = cellKeys[Int(cells[i])]
            cell.theme = theme
            out.add(cell, likes: likes[i])
            guard let theme else { continue }
            for a in authors[Int(authorStarts[i])..<Int(authorStarts[i + 1])] { perAuthor[theme, default: [:]][a, default: 0] += 1 }
            members[theme, default: []].append(ids[i])
            if canonical[i] != nil { out.duplicates[theme, default: 0] += 1 }
        }
        out.authors = perAuthor.mapValues { AgendaAggregates.Authors(distinct: $0.count, top: Array($0.values.sorted(by: >).prefix(2))) }
        return (out, members)
    }
}
