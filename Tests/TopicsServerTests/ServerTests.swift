import ArchiveStore
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Testing
import TopicsCore
@testable import TopicsServer

/// Issue 19: `topics serve`'s routes, through HummingbirdTesting (no socket).
@Suite struct ServerRouteTests {
    static let csrf = "test-csrf-0123456789abcdef"

    static func form(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.key)=\(Pages.u($0.value))" }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func searchFindsTheWordsHighlightsThemAndCountsFacets() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/?q=" + Pages.u("停车"), method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("4 documents"), "\(page)")
                #expect(page.contains("<mark>停车"))
                #expect(page.contains("/documents/p1") && page.contains("/documents/m1") && !page.contains("/documents/m2"))
                // Facets over all matches: 2 proposals and 2 suggestions; the topic facet from the tags.
                #expect(page.contains(">proposal</a> (2)") && page.contains(">suggestion</a> (2)"))
                #expect(page.contains(">交通/停车</a> (4)"))
            }
            // Filters: kind, date range, topic, source.
            try await client.execute(uri: "/?q=" + Pages.u("停车") + "&kind=proposal", method: .get) { response in
                #expect(response.text.contains("2 documents"))
                #expect(!response.text.contains("/documents/m1\""))
            }
            try await client.execute(uri: "/?from=2024-05-01&to=2024-06-30", method: .get) { response in
                #expect(response.text.contains("3 documents"), "\(response.text)")   // m1, m2, m3
            }
            try await client.execute(uri: "/?topic=" + Pages.u("环境/噪音"), method: .get) { response in
                #expect(response.text.contains("3 documents"))
            }
            try await client.execute(uri: "/?source=" + Pages.u("市政协") + "&q=" + Pages.u("噪音"), method: .get) { response in
                #expect(response.text.contains("1 documents") && response.text.contains("/documents/p3"))
            }
            // A bad date is refused with a reason naming the field.
            try await client.execute(uri: "/?from=yesterday", method: .get) { response in
                #expect(response.text.contains("not a day (YYYY-MM-DD): yesterday"))
            }
            // FTS5 syntax typed by a user is words, never an error or an injection.
            try await client.execute(uri: "/?q=" + Pages.u("停车\" OR * NEAR("), method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("syntax error"))
            }
        }
    }

    @Test func searchPagesThroughManyResults() throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        let first = try f.store.find(WorkspaceQuery(offset: 0, limit: 3))
        let second = try f.store.find(WorkspaceQuery(offset: 3, limit: 3))
        #expect(first.total == 7 && second.total == 7)
        #expect(first.hits.count == 3 && second.hits.count == 3)
        #expect(Set(first.hits.map(\.id)).isDisjoint(with: second.hits.map(\.id)))
        #expect(first.hits.first?.id == "x1")   // newest first without words
    }

    @Test func documentPageShowsFieldsAndTheEvidenceAtItsOffsets() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/documents/p1", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("关于解决老旧小区停车难问题的提案"))
                #expect(page.contains("第101号") && page.contains("张三") && page.contains("2024-03-01"))
                // The title has 停车 once and the text twice (停车难, 停车位): three marks, each exactly the term.
                #expect(page.components(separatedBy: "<mark class=\"tag\" title=\"交通/停车\">停车</mark>").count - 1 == 3)
            }
            // Ids are often paths: a percent-encoded id (slash, space, plus, Chinese) finds its document.
            try await client.execute(uri: "/documents/" + Pages.u("msg/3 搅拌站+"), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("搅拌站噪音扰民"))
            }
            try await client.execute(uri: "/documents/nope", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func everyValueFromADocumentIsEscaped() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        try await f.application.test(.router) { client in
            for uri in ["/documents/x1", "/?q=" + Pages.u("停车"), "/?source=" + Pages.u(WorkspaceFixture.formula)] {
                try await client.execute(uri: uri, method: .get) { response in
                    let page = response.text
                    #expect(!page.contains("<script"), "\(uri)")
                    #expect(!page.contains("<img"), "\(uri)")
                    #expect(!page.contains("<b>坏人"), "\(uri)")
                    #expect(!page.contains("href=\"javascript:"), "\(uri)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                }
            }
            try await client.execute(uri: "/documents/x1", method: .get) { response in
                #expect(response.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;停车难"))
                #expect(response.text.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            }
            // CSV: the formula is neutralised by the shared CSV writer; Markdown keeps no markup.
            try await client.execute(uri: "/export?what=search&format=csv&q=" + Pages.u("停车"), method: .get) { response in
                #expect(response.status == .ok)
                let csv = response.text
                #expect(csv.contains("x1"))
                #expect(!csv.contains(",=HYPERLINK") && !csv.contains("\n=HYPERLINK") && !csv.contains(",\"=HYPERLINK"), "\(csv)")
            }
            try await client.execute(uri: "/export?what=search&format=md&q=" + Pages.u("停车"), method: .get) { response in
                #expect(!response.text.contains("<script"))
            }
        }
    }

    @Test func exportsTheSearchAsXLSXAndTheAgendaAsMarkdown() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/export?what=search&format=xlsx&q=" + Pages.u("噪音"), method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])   // a zip: the workbook
            }
            try await client.execute(uri: "/export?what=agenda&format=md", method: .get) { response in
                #expect(response.text.hasPrefix("# 测试议题"))
            }
            try await client.execute(uri: "/export?what=agenda&format=pdf", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func curationRoundTripIsStoredAndSurvivesTheNextTaggingRun() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        try await f.application.test(.router) { client in
            let body = Self.form(["csrf": Self.csrf, "action": "set-topics", "target": "m2", "value": "城建/施工|环境/噪音", "author": "小刘"])
            try await client.execute(uri: "/curate", method: .post, headers: Self.formHeaders, body: body) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/documents/m2")
            }
            try await client.execute(uri: "/documents/m2", method: .get) { response in
                #expect(response.text.contains(">城建/施工</a>"))
            }
            try await client.execute(uri: "/?topic=" + Pages.u("城建/施工"), method: .get) { response in
                #expect(response.text.contains("1 documents") && response.text.contains("/documents/m2"))
            }
        }
        let log = try f.store.corrections()
        #expect(log.count == 1 && log[0].author == "小刘" && log[0].action == .setTopics && log[0].at.hasSuffix("Z"))
        // `topics tag --store` runs again and rewrites the tags: the correction still wins.
        let writer = try DocumentStore(path: f.path)
        try writer.writeTags([(documentID: "m2", tags: [DocumentTag(topic: "交通/停车", score: 1, method: .taxonomy)])])
        #expect(try f.store.tags(of: "m2").map(\.topic) == ["城建/施工", "环境/噪音"])
        // … and the corrected labels are training data `topics train --label-field label` reads.
        let records = try f.workspace.trainingRecords()
        #expect(records.count == 1)
        #expect(records.first?["label"] == .strings(["城建/施工", "环境/噪音"]))
        #expect(records.first?["id"] == .string("m2"))
    }

    @Test func mergingTwoThemesLeavesOneWithAllTheirDocuments() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        let before = try f.workspace.agenda()
        #expect(before.themes.count == 2)
        let sizes = before.themes.map(\.members.count).reduce(0, +)
        try await f.application.test(.router) { client in
            let body = Self.form(["csrf": Self.csrf, "action": "merge-themes", "target": "2", "value": "1"])
            try await client.execute(uri: "/curate", method: .post, headers: Self.formHeaders, body: body) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/agenda", method: .get) { response in
                #expect(response.text.contains("/themes/1\"") && !response.text.contains("/themes/2\""))
            }
            let rename = Self.form(["csrf": Self.csrf, "action": "rename-theme", "target": "1", "value": "<i>城市治理</i>"])
            try await client.execute(uri: "/curate", method: .post, headers: Self.formHeaders, body: rename) { _ in }
            try await client.execute(uri: "/themes/1", method: .get) { response in
                #expect(response.text.contains("&lt;i&gt;城市治理&lt;/i&gt;"))
            }
        }
        let after = try f.workspace.agenda()
        #expect(after.themes.count == 1 && after.themes[0].members.count == sizes)
        // The corrections are replayed over a fresh run of the pipeline too.
        f.workspace.refreshAgenda()
        #expect(try f.workspace.agenda().themes.map(\.name) == ["<i>城市治理</i>"])
    }

    @Test func postsWithoutTheCSRFTokenAndEditsOfAReadOnlyStoreAreRefused() async throws {
        let f = try WorkspaceFixture()
        defer { f.remove() }
        try await f.application.test(.router) { client in
            for csrf in [nil, "wrong"] as [String?] {
                var fields = ["action": "rename-theme", "target": "1", "value": "x"]
                fields["csrf"] = csrf
                try await client.execute(uri: "/curate", method: .post, headers: Self.formHeaders, body: Self.form(fields)) { response in
                    #expect(response.status == .forbidden)
                    #expect(response.text.contains("CSRF"))
                }
            }
        }
        #expect(try f.store.corrections().isEmpty)

        let readOnly = try WorkspaceFixture(allowEdits: false)
        defer { readOnly.remove() }
        try await readOnly.application.test(.router) { client in
            let body = Self.form(["csrf": Self.csrf, "action": "set-topics", "target": "m1", "value": "x"])
            try await client.execute(uri: "/curate", method: .post, headers: Self.formHeaders, body: body) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("--allow-edits"))
            }
            try await client.execute(uri: "/documents/m1", method: .get) { response in
                #expect(!response.text.contains("name=\"csrf\""))   // no curation forms on a read-only store
            }
        }
        // The store itself refuses too.
        #expect(throws: TopicsError.self) {
            try readOnly.store.addCorrection(Correction(action: .setTopics, target: "m1", value: "x", author: "a", at: "2026-01-01T00:00:00Z"))
        }
        #expect(throws: TopicsError.self) { try readOnly.store.writeTags([(documentID: "m1", tags: [])]) }
    }

    @Test func withATokenEveryRequestMustCarryIt() async throws {
        let token = "tok-0123456789abcdef"
        let f = try WorkspaceFixture(token: token)
        defer { f.remove() }
        try await f.application.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/documents/p1", method: .get, headers: [HTTPField.Name("X-Topics-Token")!: "wrong-0123456789abc"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/documents/p1", method: .get, headers: [HTTPField.Name("X-Topics-Token")!: token]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/agenda?token=\(token)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/agenda")
                #expect(response.headers[.setCookie]?.contains("topics_token=\(token)") == true)
                #expect(response.headers[.setCookie]?.contains("HttpOnly") == true)
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "topics_token=\(token)"]) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(!WorkspaceServer.validToken("short"))
        #expect(!WorkspaceServer.validToken("has space 0123456789"))
        // The address printed on start: an IPv6 host in brackets, so a browser can open it.
        #expect(WorkspaceServer.address(host: "127.0.0.1", port: 8080) == "http://127.0.0.1:8080/")
        #expect(WorkspaceServer.address(host: "::1", port: 9000) == "http://[::1]:9000/")
    }
}
