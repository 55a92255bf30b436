/// What `topics serve` reads and writes beyond `DocumentStoring`: one document by id, a faceted,
/// paged full-text search with snippets, a document's tags, and the curation log (corrections).
///
/// Corrections are never overwritten by the pipeline: `writeTags` and `writeThemes` leave them as
/// they are, and every reader here overlays them (a document's corrected topics replace its
/// stored tags in `tags(of:)` and in the topic filter and facet of `find`). Theme and hot-issue
/// corrections are replayed by the workspace over the agenda it computes (see `Correction`).
public protocol WorkspaceStoring: DocumentStoring, Sendable {
    /// The stored document with this id, or nil when there is none.
    func document(id: String) throws(TopicsError) -> Document?
    /// The document's tags, best first, with its latest topic correction overlaid: a corrected
    /// document has exactly the corrected topics (method `.model` is never invented: corrected
    /// tags carry score 1 and no evidence).
    func tags(of id: String) throws(TopicsError) -> [DocumentTag]
    /// Documents matching `query`, best first (by full-text rank when there is text, else newest
    /// first), one page of them with snippets, the total and the counts per facet over all matches.
    ///
    /// A broad search is bounded by `query.window`: when more documents match, the facets (and
    /// `matchingIDs`) count the window, the `window` matches stored last (with words) or newest
    /// by date (without), and with words the order is those ranked, then the older matches, last
    /// stored first. `WorkspaceResults.counted` says how many matches the facets cover; the total
    /// is always exact and paging reaches every match once.
    func find(_ query: WorkspaceQuery) throws(TopicsError) -> WorkspaceResults
    /// Every correction, oldest first.
    func corrections() throws(TopicsError) -> [Correction]
    /// Appends a correction to the log (in one transaction). Fails with `.writeFailed` on a
    /// store opened read-only.
    func addCorrection(_ correction: Correction) throws(TopicsError)
}

/// A search of the workspace: full-text words and filters, all optional, and the page wanted.
public struct WorkspaceQuery: Sendable, Equatable {
    /// An FTS5 query over the title and the segmented words (words separated by spaces are ANDed).
    public var text: String?
    public var kind: Document.Kind?
    /// Inclusive ISO dates (`2019-01-01`); a document's date is compared by its first 10 characters.
    public var dateFrom: String?
    public var dateTo: String?
    /// A taxonomy topic path; corrected topics count instead of stored tags.
    public var topic: String?
    public var source: String?
    /// Restricts the matches to these ids (how the workspace filters by theme or region, which
    /// it knows and the store does not); nil: no restriction.
    public var within: [String]?
    public var offset: Int
    public var limit: Int
    /// Whether `WorkspaceResults.matchingIDs` should list every match (costly on a broad search:
    /// the workspace asks only when it has an agenda to count themes and regions with).
    public var collectIDs: Bool
    /// How many matches a search ranks and counts facets over (at least 1): ranking and counting
    /// cost per match, so a word found in most of a large archive stays as fast as a rare one.
    public var window: Int

    /// A search's window unless told otherwise: 2 000 matches, its cost bounded to a few
    /// milliseconds on a 100 000-document store.
    public static let defaultWindow = 2_000

    /// The window of `topics serve`'s pages: 1 000 matches. Eight clients searching a 100 000-document
    /// store while an import runs (Benchmarks/serve/load_search.py, 2-core machine, quiet): p99 69 ms
    /// against 78–102 ms with 2 000; facets then count the 1 000 matches stored last (the page says so)
    /// and the total stays exact. `topics serve --search-window N` sets another.
    public static let serveWindow = 1_000

    public init(text: String? = nil, kind: Document.Kind? = nil, dateFrom: String? = nil, dateTo: String? = nil,
                topic: String? = nil, source: String? = nil, within: [String]? = nil, offset: Int = 0, limit: Int = 20,
                collectIDs: Bool = false, window: Int = WorkspaceQuery.defaultWindow) {
        self.text = text; self.kind = kind; self.dateFrom = dateFrom; self.dateTo = dateTo; self.topic = topic
        self.source = source; self.within = within; self.offset = offset; self.limit = limit; self.collectIDs = collectIDs
        self.window = window
    }
}

/// One page of a workspace search.
public struct WorkspaceResults: Sendable {
    public struct Hit: Sendable, Equatable {
        public var id: String
        public var kind: Document.Kind
        public var title: String?
        public var date: String?
        public var source: String?
        /// A short passage around the matched words; each match lies between `WorkspaceResults.markStart`
        /// and `WorkspaceResults.markEnd` (unescaped text: the page escapes it, then marks).
        public var snippet: String
        public init(id: String, kind: Document.Kind, title: String?, date: String?, source: String?, snippet: String) {
            self.id = id; self.kind = kind; self.title = title; self.date = date; self.source = source; self.snippet = snippet
        }
    }

    /// Control characters no document keeps (the readers drop them), so they cannot be forged.
    public static let markStart: Character = "\u{2}"
    public static let markEnd: Character = "\u{3}"

    public var total: Int
    public var hits: [Hit]
    /// Counts per facet (`kind`, `source`, `topic`), most frequent first, over the `counted` matches.
    public var facets: [String: [(value: String, count: Int)]]
    /// The ids of the `counted` matches, in no particular order, when the query asked for them
    /// (`collectIDs`); the workspace counts themes and regions from them.
    public var matchingIDs: [String]
    /// How many matches the facets and `matchingIDs` cover: `total`, or the query's window when
    /// more matched.
    public var counted: Int

    public init(total: Int, hits: [Hit], facets: [String: [(value: String, count: Int)]], matchingIDs: [String], counted: Int? = nil) {
        self.total = total; self.hits = hits; self.facets = facets; self.matchingIDs = matchingIDs; self.counted = counted ?? total
    }
}

/// One curation step, kept in the store with who made it and when, and replayed by readers.
public struct Correction: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        /// `target` a theme id, `value` its new name.
        case renameTheme = "rename-theme"
        /// `target` a hot issue's rank in the agenda, `value` its new description.
        case renameHotIssue = "rename-hot-issue"
        /// `target` the theme id merged away, `value` the theme id it joins.
        case mergeThemes = "merge-themes"
        /// `target` a document id, `value` the theme id it moves to.
        case moveDocument = "move-document"
        /// `target` a document id, `value` its topics separated by `|` (empty: no topic).
        case setTopics = "set-topics"
    }

    public var action: Action
    public var target: String
    public var value: String
    /// Who made it (the name the curator gave, or `local`).
    public var author: String
    /// When, ISO 8601 UTC (`2026-12-01T16:55:00Z`).
    public var at: String

    public init(action: Action, target: String, value: String, author: String, at: String) {
        self.action = action; self.target = target; self.value = value; self.author = author; self.at = at
    }

    /// The topics of a `setTopics` correction.
    public var topics: [String] { value.split(separator: "|").map(String.init).filter { !$0.isEmpty } }
}
