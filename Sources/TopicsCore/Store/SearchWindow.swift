/// The dialect-free half of a workspace search, shared by the SQLite and the PostgreSQL store: the
/// window, page size and offset a query asks for, bounded; the facets counted over the window's
/// matches; and which reads make up the asked page. Each store only says how to read, in its SQL.
///
/// The window is the matches stored last (with a text query) or newest by date (without): at most
/// `size` of them are counted and, with a text query, ranked; matches past the window are listed
/// after it, last stored first, and only counted for the total.
public struct SearchWindow: Sendable {
    /// Matches the window holds at most.
    public let size: Int
    /// Hits on the page (at most 500).
    public let limit: Int
    /// Hits skipped before the page.
    public let offset: Int
    /// The window's matches, in window order.
    public private(set) var ids: [String] = []
    private var kinds: [String: Int] = [:]
    private var sources: [String: Int] = [:]

    public init(_ query: WorkspaceQuery) {
        size = max(1, query.window)
        limit = max(0, min(query.limit, 500))
        offset = max(0, query.offset)
    }

    /// A read of hits: `limit` of them after skipping `offset`.
    public struct Read: Sendable, Equatable {
        public var limit: Int
        public var offset: Int
        public init(limit: Int, offset: Int) { self.limit = limit; self.offset = offset }
    }

    /// The next match of the window (read in window order), counted for the facets.
    public mutating func add(id: String, kind: String, source: String?) {
        ids.append(id)
        kinds[kind, default: 0] += 1
        if let source { sources[source, default: 0] += 1 }
    }

    /// Matches in the window.
    public var counted: Int { ids.count }

    /// The window holds every match: the total is `counted` and there are none older.
    public var complete: Bool { ids.count < size }

    /// With a text query, the page's hits inside the window, by rank; nil when the page starts past it.
    public var ranked: Read? {
        offset < counted && limit > 0 ? Read(limit: min(limit, counted - offset), offset: offset) : nil
    }

    /// With a text query, the page's hits past the window: the matches older than its oldest, last
    /// stored first, `offset` counted from the first of them; nil when the page ends inside the window.
    public var older: Read? {
        guard !complete && offset + limit > counted else { return nil }
        let start = max(offset, counted)
        return Read(limit: offset + limit - start, offset: start - counted)
    }

    /// Without a text query, the page's positions in the window when it lies wholly inside (the
    /// store reads those rows by key, in this order, rather than sorting again); nil otherwise.
    public var slice: Range<Int>? {
        offset < counted && offset + limit <= counted ? offset..<offset + limit : nil
    }

    /// The results: the hits read, the `total` (counted past the window when it is not complete),
    /// the kind and source facets counted here and the `topics` the store counted for `ids`.
    public func results(total: Int, hits: [WorkspaceResults.Hit], topics: [(value: String, count: Int)], collectIDs: Bool) -> WorkspaceResults {
        func sorted(_ counts: [String: Int]) -> [(value: String, count: Int)] {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (value: $0.key, count: $0.value) }
        }
        return WorkspaceResults(total: total, hits: hits, facets: ["kind": sorted(kinds), "source": sorted(sources), "topic": topics],
                                matchingIDs: collectIDs ? ids : [], counted: counted)
    }
}
