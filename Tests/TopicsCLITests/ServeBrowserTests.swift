import Foundation
import Testing
import TopicsTestSupport

/// Issue 19 end to end: `topics serve` over a store built from corpora/samples, driven by Debian's
/// headless chromium: search, open a document, merge two themes with the page's own form, export,
/// and screenshots at a laptop's and a phone's width (kept with TOPICS_KEEP_SCREENSHOTS=FOLDER).
@Suite("topics serve in a browser (end to end)")
struct ServeBrowserTests {
    /// A running `topics serve`, stopped (SIGTERM) by `stop()`.
    final class Server {
        let process = Process()
        let port: Int
        let log: URL

        init(store: String, folder: URL, arguments: [String] = []) throws {
            log = folder.appendingPathComponent("serve.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = Fixtures.topicsBinary
            process.arguments = ["serve", store, "--port", "0"] + arguments
            process.standardError = try FileHandle(forWritingTo: log)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // The server prints its address once it listens; read the log until it does (bounded).
            var found: Int? = nil
            for _ in 0..<600 where found == nil {
                let text = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
                if let range = text.range(of: "http://127.0.0.1:") {
                    found = Int(text[range.upperBound...].prefix { $0.isNumber })
                } else if !process.isRunning { break } else { Thread.sleep(forTimeInterval: 0.1) }
            }
            guard let found else {
                process.terminate()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "topics serve did not start: " + String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)])
            }
            port = found
        }

        func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test(.enabled(if: HeadlessBrowser.path != nil, "no chromium on this machine"))
    func searchOpenMergeAndExportInABrowser() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("samples.db").path
        let samples = Fixtures.packageRoot.appendingPathComponent("corpora/samples").path
        let imported = try Fixtures.runTopics(["import", samples, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let tagged = try Fixtures.runTopics(["tag", "--store", store])
        #expect(tagged.status == 0, "\(tagged.stderr)")
        let server = try Server(store: store, folder: folder, arguments: ["--allow-edits", "--k", "3"])
        defer { server.stop() }
        #expect(String(decoding: try Data(contentsOf: server.log), as: UTF8.self).contains("edits allowed"))
        var profiles = 0
        func profile() -> URL { profiles += 1; return folder.appendingPathComponent("profile\(profiles)") }

        // Search: results with the word marked.
        let search = try HeadlessBrowser.load(server.url("/?q=%E6%8F%90%E6%A1%88"), profile: profile())   // 提案
        #expect(search.dom.contains("<mark>提案</mark>"), "\(search.dom.prefix(3000))")
        let firstDocument = try #require(search.dom.range(of: "href=\"/documents/").map { search.dom[$0.upperBound...].prefix { $0 != "\"" } })

        // A document: its fields and text.
        let document = try HeadlessBrowser.load(server.url("/documents/" + firstDocument), profile: profile())
        #expect(document.dom.contains("正文 · Text") && document.dom.contains("<dl class=\"fields\">"))

        // The agenda, then its merge form submitted by the browser (a real form POST with the page's
        // CSRF token; the page itself has no script, so a local page holding the same form submits it).
        let agenda = try HeadlessBrowser.load(server.url("/agenda"), profile: profile())
        #expect(agenda.dom.contains("/themes/1\"") && agenda.dom.contains("/themes/2\""), "\(agenda.dom.prefix(3000))")
        #expect(agenda.dom.components(separatedBy: "<svg").count - 1 >= 2)
        let csrf = try #require(agenda.dom.range(of: "name=\"csrf\" value=\"").map { String(agenda.dom[$0.upperBound...].prefix { $0 != "\"" }) })
        let submit = folder.appendingPathComponent("merge.html")
        try """
            <!DOCTYPE html><form method="post" action="\(server.url("/curate").absoluteString)">
            <input name="csrf" value="\(csrf)"><input name="action" value="merge-themes"><input name="target" value="2">
            <input name="value" value="1"><input name="author" value="browser test"></form><script>document.forms[0].submit()</script>
            """.write(to: submit, atomically: true, encoding: .utf8)
        let merged = try HeadlessBrowser.run(["--virtual-time-budget=10000", "--dump-dom", submit.absoluteString], profile: profile())
        #expect(merged.dom.contains("theme #1</small></h1>"), "the merge should land on theme 1: \(merged.dom.prefix(2000))")
        let after = try HeadlessBrowser.load(server.url("/agenda"), profile: profile())
        #expect(after.dom.contains("/themes/1\"") && !after.dom.contains("/themes/2\""))

        // Export: the agenda as Markdown, shown as text.
        let markdown = try HeadlessBrowser.load(server.url("/export?what=agenda&format=md"), profile: profile())
        #expect(markdown.dom.contains("| rank | theme |"))

        // Screenshots: the search and a document at 1366 and at 390 pixels wide.
        for (name, path) in [("search", "/?q=%E6%8F%90%E6%A1%88"), ("document", "/documents/" + firstDocument), ("agenda", "/agenda")] {
            for (width, height) in [(1366, 768), (390, 844)] {
                let shot = folder.appendingPathComponent("serve-\(name)-\(width).png")
                try HeadlessBrowser.screenshot(server.url(path), to: shot, profile: profile(), width: width, height: height)
                let png = try Data(contentsOf: shot)
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 5_000, "no screenshot of \(path) at \(width)")
                if let keep = ProcessInfo.processInfo.environment["TOPICS_KEEP_SCREENSHOTS"] {
                    try? FileManager.default.removeItem(at: URL(fileURLWithPath: keep).appendingPathComponent(shot.lastPathComponent))
                    try? FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep).appendingPathComponent(shot.lastPathComponent))
                }
            }
        }
    }

    @Test func anotherAddressNeedsAToken() throws {
        let run = try Fixtures.runTopics(["serve", "nowhere.db", "--host", "0.0.0.0"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("give --token or --token-file"))
        let missing = try Fixtures.runTopics(["serve", "/nonexistent/store.db", "--port", "0"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/store.db"))
    }
}
