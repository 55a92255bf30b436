import ArchiveStore
import Foundation
import HummingbirdTesting
import Testing
import TopicsCore
@testable import TopicsServer

/// Issue 19: what the faster search page must keep. The server's pooled readers (mapped file,
/// cached statements) see what another connection writes after a first search; the topic facet
/// counts corrected topics; request values are escaped byte by byte.
@Suite struct SearchPageTests {
    @Test func aDocumentImportedAfterASearchIsInTheNextSearch() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        let late = Document(id: "late-1", kind: .suggestion, title: "垃圾分类设施不足", date: "2024-08-01", source: "网络留言",
                            authors: ["周九"], text: "小区垃圾分类设施不足，垃圾桶太少。")
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/?q=" + Pages.u("垃圾"), method: .get) { response in
                #expect(response.text.contains("0 documents") && response.text.contains("No documents match."), "\(response.text)")
            }
            // Written the way `topics import` writes, by another connection, while the server stays open.
            let writer = try DocumentStore(path: f.path)
            try writer.write([StoreEntry(document: late, words: f.workspace.segmenter.words(late.fullText).joined(separator: " "))])
            try await client.execute(uri: "/?q=" + Pages.u("垃圾"), method: .get) { response in
                let page = response.text
                #expect(page.contains("1 documents") && page.contains("/documents/late-1"), "\(page)")
                #expect(page.contains(">suggestion</a> (1)") && page.contains("<mark>垃圾"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("8 documents"))
            }
        }
    }

    @Test func aCorrectedDocumentCountsUnderItsCorrectedTopic() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        let before = try f.store.find(WorkspaceQuery(text: f.workspace.storeWords("噪音")))
        let noise = before.facets["topic"]?.first { $0.value == "环境/噪音" }?.count ?? 0
        #expect(noise >= 2 && before.facets["topic"]?.contains { $0.value == "城建/施工" } == false)
        try f.workspace.correct(.setTopics, target: "m2", value: "城建/施工", author: "小刘")
        let after = try f.store.find(WorkspaceQuery(text: f.workspace.storeWords("噪音")))
        #expect(after.total == before.total)
        #expect(after.facets["topic"]?.first { $0.value == "环境/噪音" }?.count == noise - 1)
        #expect(after.facets["topic"]?.first { $0.value == "城建/施工" }?.count == 1)
    }

    @Test func aQuoteBeforeACombiningMarkIsStillEscaped() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        // Built from scalars, held in constants: a literal quote before a combining mark also trips
        // the test macros, which read their argument as one grapheme too.
        let mark = String(UnicodeScalar(0x301)!)
        let typed = "\"" + mark + " autofocus onfocus=x", source = "'" + mark + "<" + mark
        let escaped = "&quot;" + mark + " autofocus onfocus=x"
        let attribute = "value=\"" + escaped + "\"", sourceAttribute = "value=\"&#39;" + mark + "&lt;" + mark + "\""
        let unescaped = "\"" + mark + " autofocus"
        #expect(Pages.h(typed) == escaped)
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/?q=" + Pages.u(typed) + "&source=" + Pages.u(source), method: .get) { response in
                let page = response.text
                #expect(page.contains(attribute), "\(page)")
                #expect(page.contains(sourceAttribute))
                #expect(!page.contains(unescaped))
            }
        }
    }
}
