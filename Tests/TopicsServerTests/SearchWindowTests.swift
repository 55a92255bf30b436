import ArchiveStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TopicsCore
@testable import TopicsServer

/// Issue 19: search's one pass over the index. Totals and facet counts equal a count made by
/// hand from the fixture's documents and tags; a search broader than its window ranks and counts
/// the matches stored last, and paging still reaches every match exactly once.
@Suite struct SearchWindowTests {
    /// The fixture's documents a search's words match, found without the index: every word of the
    /// search begins one of the document's segmented words (or a word of its title, as FTS5's
    /// unicode61 splits it), in store order.
    static func bruteForce(_ f: WorkspaceFixture, _ typed: String) -> [Document] {
        let terms = f.workspace.storeWords(typed).split(separator: " ").map(String.init)
        return WorkspaceFixture.documents.filter { d in
            let words = f.workspace.segmenter.words(d.fullText)
                + (d.title ?? "").split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            return terms.allSatisfy { term in words.contains { $0.hasPrefix(term) } }
        }
    }

    /// Counts per value, most frequent first, ties by value: how the store orders facets.
    static func counts(_ values: [String]) -> [String] {
        var tally: [String: Int] = [:]
        for v in values { tally[v, default: 0] += 1 }
        let ordered = tally.sorted { (a: (key: String, value: Int), b: (key: String, value: Int)) -> Bool in
            a.value != b.value ? a.value > b.value : a.key < b.key
        }
        return ordered.map { "\($0.key) (\($0.value))" }
    }

    static func shown(_ facet: [(value: String, count: Int)]?) -> [String] { (facet ?? []).map { "\($0.value) (\($0.count))" } }

    @Test(arguments: ["停车", "噪音", "小区 停车", "施工", "没有这个词"])
    func facetCountsEqualABruteForceCount(typed: String) throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        let expected = Self.bruteForce(f, typed)
        let found = try f.store.find(WorkspaceQuery(text: f.workspace.storeWords(typed), limit: 50, collectIDs: true))
        #expect(found.total == expected.count && found.counted == expected.count)
        #expect(Set(found.hits.map(\.id)) == Set(expected.map(\.id)))
        #expect(Set(found.matchingIDs) == Set(expected.map(\.id)))
        #expect(Self.shown(found.facets["kind"]) == Self.counts(expected.map(\.kind.rawValue)))
        #expect(Self.shown(found.facets["source"]) == Self.counts(expected.compactMap(\.source)))
        #expect(Self.shown(found.facets["topic"]) == Self.counts(expected.flatMap { WorkspaceFixture.tags(of: $0).map(\.topic) }))
        if typed == "停车" { #expect(expected.count == 4) }   // the route test's figure, found here by hand
    }

    @Test func aBroadSearchRanksTheWindowAndPagesThroughEveryMatchOnce() throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        let words = f.workspace.storeWords("停车")
        let all = Self.bruteForce(f, "停车").map(\.id)   // store order: p1, p2, m1, x1
        #expect(all == ["p1", "p2", "m1", "x1"])
        let broad = try f.store.find(WorkspaceQuery(text: words, limit: 20, collectIDs: true, window: 2))
        #expect(broad.total == 4 && broad.counted == 2)
        // The window is the two matches stored last; the facets count them and nothing else.
        #expect(Set(broad.matchingIDs) == ["m1", "x1"])
        #expect(Self.shown(broad.facets["kind"]) == ["suggestion (2)"])
        #expect(Self.shown(broad.facets["topic"]) == ["交通/停车 (2)"])
        // Ranked window first, then the older matches, last stored first.
        #expect(Set(broad.hits.prefix(2).map(\.id)) == ["m1", "x1"])
        #expect(Array(broad.hits.dropFirst(2).map(\.id)) == ["p2", "p1"])
        // The window keeps the order a search of the window alone gives.
        let windowOnly = try f.store.find(WorkspaceQuery(text: words, within: ["m1", "x1"], limit: 20))
        #expect(Array(broad.hits.prefix(2).map(\.id)) == windowOnly.hits.map(\.id))
        // Pages of any size, across the window's edge, give every match once and in the same order.
        for size in 1...3 {
            var paged: [String] = []
            for offset in stride(from: 0, to: 6, by: size) {
                let page = try f.store.find(WorkspaceQuery(text: words, offset: offset, limit: size, window: 2))
                #expect(page.total == 4 && page.hits.count == max(0, min(size, 4 - offset)))
                paged += page.hits.map(\.id)
            }
            #expect(paged == broad.hits.map(\.id), "page size \(size)")
        }
        // A filter narrows the window itself: 2 proposals match, both inside a window of 2.
        let proposals = try f.store.find(WorkspaceQuery(text: words, kind: .proposal, limit: 20, window: 2))
        #expect(proposals.total == 2 && proposals.counted == 2 && Set(proposals.hits.map(\.id)) == ["p1", "p2"])
        // Without words: newest first throughout, the window being the newest matches.
        let newest = try f.store.find(WorkspaceQuery(limit: 20, window: 3))
        #expect(newest.total == 7 && newest.counted == 3)
        #expect(newest.hits.map(\.id) == ["x1", "msg/3 搅拌站+", "m2", "m1", "p2", "p1", "p3"])
        #expect(Self.shown(newest.facets["kind"]) == ["suggestion (3)"])
    }

    @Test func theSearchPageSaysWhatABroadSearchCounts() async throws {
        let f = try WorkspaceFixture(searchWindow: 2)
        defer { f.remove() }
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/?q=" + Pages.u("停车"), method: .get) { response in
                let page = response.text
                #expect(page.contains("4 documents"))
                #expect(page.contains("the 2 matches stored last are ranked by relevance and counted below; the 2 older ones follow"), "\(page)")
                #expect(page.contains(">suggestion</a> (2)") && !page.contains(">proposal</a>"))
                #expect(page.contains("/documents/p1") && page.contains("/documents/m1"))
            }
            // 施工 matches two documents: a window of 2 holds them all, so nothing is left out of the counts.
            try await client.execute(uri: "/?q=" + Pages.u("施工"), method: .get) { response in
                #expect(response.text.contains("2 documents") && !response.text.contains("broad search"), "\(response.text)")
            }
        }
    }
}
