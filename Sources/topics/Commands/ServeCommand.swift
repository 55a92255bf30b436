import ArchiveStore
import ArgumentParser
import TopicsPipeline
import TopicsServer

/// `topics serve`: the office's web workspace over a store (options → TopicsServer → serve).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "A local web workspace over a store: search, documents, the agenda, curation and export.",
        discussion: """
            Binds 127.0.0.1 by default. Any other address needs --token (or --token-file): every request must then carry it, as the \
            X-Topics-Token header or the cookie set by a first visit to the printed address (…/?token=…). The store is opened read-only \
            unless --allow-edits; curation forms (rename, merge, move, correct topics) are POSTs with a CSRF token, and corrections are \
            kept in the store with who made them and when.

            Example:
              topics serve archive.db --allow-edits
            """)

    @Argument(help: "The store: a SQLite file written by topics import, or a PostgreSQL URL; default: $TOPICS_STORE.") var store: String?
    var location: String { get throws { try Stores.location(store, else: "name the store to serve") } }
    @Option(help: "Port to listen on (0: any free port, printed on start).") var port = 8080
    @Option(help: "Address to bind; anything but 127.0.0.1 / localhost / ::1 needs --token.") var host = "127.0.0.1"
    @Option(help: "Access token every request must carry (at least 16 letters, digits, - _ .).") var token: String?
    @Option(help: "A file holding the access token (its first line).") var tokenFile: String?
    @Flag(help: "Open the store for writing, so curation (renames, merges, moves, topic corrections) is stored.") var allowEdits = false
    @Option(help: "Number of themes of the agenda (default: chosen by silhouette).") var k: Int?
    @Option(help: "How many matches a broad search ranks and counts its facets over (the matches stored last); the page says when a search found more.") var searchWindow = WorkspaceQuery.serveWindow
    @OptionGroup var segmenterOptions: SegmenterOptions

    func accessToken() throws -> String? { try AccessToken.resolve(token, file: tokenFile) }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard searchWindow >= 1 else { throw ValidationError("--search-window must be at least 1") }
        _ = try location
        if let problem = AccessToken.problem(try accessToken(), host: host) {
            throw ValidationError(problem == .malformed ? "the token must be at least 16 characters of letters, digits, - _ and ."
                                  : "serving on \(host) lets other machines in: give --token or --token-file")
        }
    }

    func run() throws {
        let location = try self.location
        let documentStore = try Stores.openWorkspace(location, writable: allowEdits)
        let segmenter = try segmenterOptions.makeSegmenter()
        let workspace = Workspace(store: documentStore, segmenter: segmenter, pipeline: try AgendaPipeline.make(segmenter: segmenter, k: k),
                                  allowsEdits: allowEdits, searchWindow: searchWindow)
        let token = try accessToken()
        let host = self.host, store = Stores.displayed(location), allowEdits = self.allowEdits
        try WorkspaceServer(workspace: workspace, token: token).runBlocking(host: host, port: port) { bound in
            Terminal.printError("serve: \(store) (\(allowEdits ? "edits allowed" : "read-only")) on \(WorkspaceServer.address(host: host, port: bound))"
                                + (token.map { "?token=\($0)  (every request must carry this token)" } ?? ""))
        }
    }
}
