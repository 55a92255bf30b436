import ChineseText
import Foundation
import TopicModels
import TopicsCore
import TopicsPipeline

/// The state `topics serve` works on: the store, the segmenter that turns a search into the
/// store's words, and the agenda, computed on first need and then kept (recomputed only on
/// `refreshAgenda()`; a new correction is replayed over the kept run, not a new run).
public final class Workspace: @unchecked Sendable {
    public let store: any WorkspaceStoring
    public let segmenter: WordSegmenter
    public let pipeline: AgendaPipeline
    /// Whether curation is allowed (the store was opened for writing: `--allow-edits`).
    public let allowsEdits: Bool
    /// How many matches a search ranks and counts facets over (`WorkspaceQuery.window`).
    public let searchWindow: Int

    /// Guards `run` and `view` (held only for moments); `computing` serialises pipeline runs, so
    /// pages that do not need the agenda keep answering while it computes.
    private let lock = NSLock()
    private let computing = NSLock()
    private var run: AgendaPipeline.Output?
    private var view: WorkspaceAgenda?

    public init(store: any WorkspaceStoring, segmenter: WordSegmenter, pipeline: AgendaPipeline, allowsEdits: Bool,
                searchWindow: Int = WorkspaceQuery.serveWindow) {
        self.store = store; self.segmenter = segmenter; self.pipeline = pipeline; self.allowsEdits = allowsEdits
        self.searchWindow = searchWindow
    }

    /// The store's documents through the agenda pipeline, once; then the kept run with the
    /// corrections replayed. Callers wait while the first run computes.
    public func agenda() throws -> WorkspaceAgenda {
        if let view = computedAgenda { return view }
        computing.lock()
        defer { computing.unlock() }
        if let view = computedAgenda { return view }   // another request computed it meanwhile
        lock.lock()
        var output = run
        lock.unlock()
        if output == nil {
            var documents: [Document] = []
            try store.forEachDocument { documents.append($0) }
            output = pipeline.run(documents)
        }
        let fresh = WorkspaceAgenda(output!, corrections: try store.corrections())
        lock.lock()
        run = output; view = fresh
        lock.unlock()
        return fresh
    }

    /// The agenda already computed, if any (search uses it for themes and regions without
    /// starting a run of its own).
    public var computedAgenda: WorkspaceAgenda? {
        lock.lock()
        defer { lock.unlock() }
        return view
    }

    /// Runs the pipeline again on the next `agenda()` (after an import or tagging run).
    public func refreshAgenda() {
        lock.lock()
        run = nil; view = nil
        lock.unlock()
    }

    /// Stores a correction (who and when) and replays the log over the kept agenda.
    public func correct(_ action: Correction.Action, target: String, value: String, author: String, now: Date = Date()) throws(TopicsError) {
        guard allowsEdits else {
            throw TopicsError(.writeFailed, input: store.location, "the store is open read-only: start `topics serve` with --allow-edits to curate")
        }
        let target = target.trimmingCharacters(in: .whitespacesAndNewlines), value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !target.isEmpty else { throw TopicsError(.badArgument, input: action.rawValue, "a correction needs a target") }
        switch action {
        case .renameTheme, .renameHotIssue:
            guard Int(target) != nil else { throw TopicsError(.badArgument, input: target, "not a theme or hot-issue number") }
            guard !value.isEmpty else { throw TopicsError(.badArgument, input: target, "the new name is empty") }
        case .mergeThemes:
            guard Int(target) != nil, Int(value) != nil, target != value else {
                throw TopicsError(.badArgument, input: "\(target) → \(value)", "name two different theme numbers to merge")
            }
        case .moveDocument:
            guard Int(value) != nil else { throw TopicsError(.badArgument, input: value, "not a theme number") }
            guard try store.document(id: target) != nil else { throw TopicsError(.badArgument, input: target, "no such document") }
        case .setTopics:
            guard try store.document(id: target) != nil else { throw TopicsError(.badArgument, input: target, "no such document") }
        }
        let author = author.trimmingCharacters(in: .whitespacesAndNewlines)
        try store.addCorrection(Correction(action: action, target: target, value: value, author: author.isEmpty ? "local" : String(author.prefix(80)),
                                           at: Self.timestamp(now)))
        lock.lock()
        if let run { view = WorkspaceAgenda(run, corrections: (try? store.corrections()) ?? []) }
        lock.unlock()
    }

    /// ISO 8601 UTC, seconds precision.
    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    /// A search typed by a person, as the store's words: each word segmented like the documents were.
    public func storeWords(_ typed: String) -> String {
        typed.split(whereSeparator: { $0.isWhitespace }).flatMap { segmenter.words(String($0)) }
            .filter { !$0.allSatisfy { $0.isPunctuation || $0.isSymbol } }.joined(separator: " ")
    }

    /// Corrected labels as training data for `topics train` (JSON Lines records with `id`, `title`,
    /// `text` and `label`: the corrected topics, read with `--label-field label`).
    public func trainingRecords() throws(TopicsError) -> [Record] {
        var latest: [String: Correction] = [:]
        var order: [String] = []
        for c in try store.corrections() where c.action == .setTopics {
            if latest[c.target] == nil { order.append(c.target) }
            latest[c.target] = c
        }
        var out: [Record] = []
        for id in order {
            guard let c = latest[id], !c.topics.isEmpty, let d = try store.document(id: id) else { continue }
            out.append(Record([.init("id", .string(d.id)), .init("kind", .string(d.kind.rawValue)), .init("title", .optional(d.title)),
                               .init("text", .string(d.text)), .init("label", .strings(c.topics)),
                               .init("corrected_by", .string(c.author)), .init("corrected_at", .string(c.at))]))
        }
        return out
    }
}
