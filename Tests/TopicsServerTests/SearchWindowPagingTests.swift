import Testing
import TopicsCore

/// Issue 14: the search window's arithmetic, written once for both stores (SearchWindowTests
/// checks the stores end to end).
@Suite("Search window paging")
struct SearchWindowPagingTests {
    static func window(size: Int, limit: Int, offset: Int, matches: Int) -> SearchWindow {
        var w = SearchWindow(WorkspaceQuery(offset: offset, limit: limit, window: size))
        for i in 0..<matches { w.add(id: "d\(i)", kind: i % 3 == 0 ? "proposal" : "suggestion", source: i % 2 == 0 ? "网" : nil) }
        return w
    }

    @Test("The asked window, page and offset are bounded: at least 1, at most 500 a page, no negative offset")
    func bounds() {
        let w = SearchWindow(WorkspaceQuery(offset: -3, limit: 900, window: 0))
        #expect(w.size == 1 && w.limit == 500 && w.offset == 0)
    }

    @Test("A full window: the page's ranked part inside it, the older part after it counted from its first, a slice only when the page lies inside")
    func fullWindow() {
        let inside = Self.window(size: 10, limit: 4, offset: 2, matches: 10)
        #expect(!inside.complete && inside.counted == 10)
        #expect(inside.ranked == SearchWindow.Read(limit: 4, offset: 2) && inside.older == nil && inside.slice == 2..<6)
        let across = Self.window(size: 10, limit: 4, offset: 8, matches: 10)
        #expect(across.ranked == SearchWindow.Read(limit: 2, offset: 8) && across.older == SearchWindow.Read(limit: 2, offset: 0) && across.slice == nil)
        let past = Self.window(size: 10, limit: 4, offset: 13, matches: 10)
        #expect(past.ranked == nil && past.older == SearchWindow.Read(limit: 4, offset: 3) && past.slice == nil)
    }

    @Test("A window holding every match: nothing older, a page past the matches reads nothing ranked")
    func completeWindow() {
        let w = Self.window(size: 10, limit: 4, offset: 4, matches: 6)
        #expect(w.complete && w.ranked == SearchWindow.Read(limit: 2, offset: 4) && w.older == nil && w.slice == nil)
        let beyond = Self.window(size: 10, limit: 4, offset: 6, matches: 6)
        #expect(beyond.ranked == nil && beyond.older == nil)
        #expect(Self.window(size: 10, limit: 0, offset: 0, matches: 6).ranked == nil)
    }

    @Test("Facets count the window's matches, most first then by name; the ids are kept only when asked for")
    func facets() {
        let w = Self.window(size: 10, limit: 2, offset: 0, matches: 7)
        let results = w.results(total: 7, hits: [], topics: [(value: "教育", count: 2)], collectIDs: true)
        #expect(results.facets["kind"]?.map { "\($0.value)=\($0.count)" } == ["suggestion=4", "proposal=3"])
        #expect(results.facets["source"]?.map { "\($0.value)=\($0.count)" } == ["网=4"])
        #expect(results.facets["topic"]?.map(\.value) == ["教育"])
        #expect(results.matchingIDs == (0..<7).map { "d\($0)" } && results.total == 7)
        #expect(w.results(total: 7, hits: [], topics: [], collectIDs: false).matchingIDs.isEmpty)
    }
}
