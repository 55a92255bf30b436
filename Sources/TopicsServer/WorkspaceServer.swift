import ArchiveIO
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TopicsCore

/// `topics serve`: the workspace's routes over HTTP (Hummingbird 2).
///
/// Routes: `GET /` search, `GET /documents/{id}`, `GET /agenda`, `GET /themes/{id}`,
/// `GET /export?what=search|agenda&format=csv|xlsx|md` (+ the search's fields),
/// `GET /export/training.jsonl`, `POST /curate` and `POST /agenda/refresh` (form posts with the
/// CSRF token; refused unless the store was opened with `--allow-edits`).
///
/// With a `token`, every request must carry it: the `X-Topics-Token` header, or the
/// `topics_token` cookie that a first visit with `?token=…` sets.
public struct WorkspaceServer: Sendable {
    public let workspace: Workspace
    public let token: String?
    /// The value every curation form carries; a POST without it is refused (another site's form
    /// cannot know it).
    public let csrf: String

    public init(workspace: Workspace, token: String?, csrf: String = WorkspaceServer.randomToken()) {
        self.workspace = workspace; self.token = token; self.csrf = csrf
    }

    /// 32 hex digits from the system's random source.
    public static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(g.next() as UInt64, radix: 16).leftPadded(16) }.joined().prefix(32).description
    }

    /// The workspace's address for a browser: `http://HOST:PORT/`, an IPv6 host in brackets.
    public static func address(host: String, port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
    }

    /// A token given on the command line or in a file is used in a cookie: letters, digits, `-_.` only.
    public static func validToken(_ t: String) -> Bool {
        t.count >= 16 && t.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders())
        if let token { router.add(middleware: TokenCheck(token: token)) }
        let workspace = self.workspace, csrf = self.csrf

        router.get("/") { request, _ -> Response in
            Self.html(workspace.searchPage(SearchParameters(FormDecoding.fields(request.uri.query ?? ""))))
        }
        router.get("/documents/:id") { _, context -> Response in
            // The router hands the segment over still percent-encoded (ids are often paths).
            let id = FormDecoding.decode(Substring(try context.parameters.require("id")), plusIsSpace: false)
            guard let page = try workspace.documentPage(id, csrf: csrf) else {
                return Self.html(Pages.layout(title: "Not found", body: "<h1>No such document</h1><p>\(Pages.h(id))</p>"), status: .notFound)
            }
            return Self.html(page)
        }
        router.get("/agenda") { _, _ -> Response in Self.html(try workspace.agendaPage(csrf: csrf)) }
        router.get("/themes/:id") { _, context -> Response in
            guard let id = Int(try context.parameters.require("id")), let page = try workspace.themePage(id, csrf: csrf) else {
                return Self.html(Pages.layout(title: "Not found", body: "<h1>No such theme</h1>"), status: .notFound)
            }
            return Self.html(page)
        }
        router.get("/export") { request, _ -> Response in
            let fields = FormDecoding.fields(request.uri.query ?? "")
            guard let format = Workspace.ExportFormat(rawValue: fields["format"] ?? "") else {
                return Self.refusal(.badRequest, "format: csv, xlsx or md")
            }
            let what = fields["what"] ?? "search"
            let bytes: [UInt8]
            switch what {
            case "search":
                let p = SearchParameters(fields)
                let records: [Record]
                do { records = try workspace.searchRecords(p) } catch let error as TopicsError { return Self.refusal(.badRequest, error.description) }
                bytes = try Workspace.encode(records, format: format) { Workspace.markdownTable(records, title: "检索 " + p.q) }
            case "agenda":
                bytes = try Workspace.encode(try workspace.agendaRecords(), format: format) { try workspace.agenda().report.markdown }
            default:
                return Self.refusal(.badRequest, "what: search or agenda")
            }
            let type = switch format {
            case .csv: "text/csv; charset=utf-8"
            case .md: "text/plain; charset=utf-8"   // shown by browsers, saved as .md
            case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(format == .md ? "inline" : "attachment"); filename=\"\(what).\(format.rawValue)\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.get("/export/training.jsonl") { _, _ -> Response in
            var writer = JSONLinesWriter()
            var out: [UInt8] = []
            for r in try workspace.trainingRecords() { writer.encode(r, into: &out) }
            return Response(status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"training.jsonl\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: out)))
        }
        router.post("/curate") { request, _ -> Response in
            let form = FormDecoding.fields(String(buffer: try await request.body.collect(upTo: 1 << 20)))
            if let refusal = Self.checkPost(form, csrf: csrf, workspace: workspace) { return refusal }
            guard let action = Correction.Action(rawValue: form["action"] ?? "") else {
                return Self.refusal(.badRequest, "action: one of " + Correction.Action.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let target = form["target"] ?? "", value = form["value"] ?? ""
            do { try workspace.correct(action, target: target, value: value, author: form["author"] ?? "") }
            catch let error as TopicsError { return Self.refusal(error.code == .writeFailed ? .internalServerError : .badRequest, error.description) }
            let next = switch action {
            case .setTopics, .moveDocument: "/documents/" + Pages.u(target.trimmingCharacters(in: .whitespaces))
            case .renameTheme: "/themes/" + Pages.u(target.trimmingCharacters(in: .whitespaces))
            case .mergeThemes: "/themes/" + Pages.u(value.trimmingCharacters(in: .whitespaces))
            case .renameHotIssue: "/agenda"
            }
            return Response(status: .seeOther, headers: [.location: next])
        }
        router.post("/agenda/refresh") { request, _ -> Response in
            let form = FormDecoding.fields(String(buffer: try await request.body.collect(upTo: 1 << 16)))
            if let refusal = Self.checkPost(form, csrf: csrf, workspace: workspace) { return refusal }
            workspace.refreshAgenda()
            return Response(status: .seeOther, headers: [.location: "/agenda"])
        }
        return router
    }

    /// A curation POST is refused without the CSRF token (403) or on a read-only store (403).
    static func checkPost(_ form: [String: String], csrf: String, workspace: Workspace) -> Response? {
        guard let given = form["csrf"], constantTimeEqual(given, csrf) else {
            return refusal(.forbidden, "the form has no valid CSRF token: reload the page and submit it again")
        }
        guard workspace.allowsEdits else {
            return refusal(.forbidden, "the store is open read-only: start `topics serve` with --allow-edits to curate")
        }
        return nil
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for i in x.indices { d |= x[i] ^ y[i] }
        return d == 0
    }

    static func html(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: s)))
    }

    static func html(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func refusal(_ status: HTTPResponse.Status, _ reason: String) -> Response {
        html(Pages.layout(title: "\(status.code)", body: "<h1>\(status.code) \(Pages.h(status.reasonPhrase))</h1><p class=\"notice error\">\(Pages.h(reason))</p><p><a href=\"/\">back</a></p>"),
             status: status)
    }

    /// Serves on `host:port` until the process is stopped; `started` hears the bound port (the one
    /// chosen when `port` is 0).
    public func run(host: String, port: Int, started: @escaping @Sendable (Int) -> Void) async throws {
        let app = Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "topics"),
                              onServerRunning: { channel in started(channel.localAddress?.port ?? port) })
        try await app.runService()
    }
}

/// No framing, no sniffing, no scripts: the pages need none (they work without JavaScript).
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// Every request carries the token (header or cookie); a first visit with `?token=` sets the cookie.
struct TokenCheck<Context: RequestContext>: RouterMiddleware {
    let token: String
    static var header: HTTPField.Name { HTTPField.Name("X-Topics-Token")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let given = request.headers[Self.header], WorkspaceServer.constantTimeEqual(given, token) { return try await next(request, context) }
        if let cookie = request.cookies["topics_token"], WorkspaceServer.constantTimeEqual(cookie.value, token) { return try await next(request, context) }
        if let given = FormDecoding.fields(request.uri.query ?? "")["token"], WorkspaceServer.constantTimeEqual(given, token) {
            var response = Response(status: .seeOther, headers: [.location: request.uri.path])
            response.setCookie(Cookie(name: "topics_token", value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        return WorkspaceServer.refusal(.unauthorized, "this workspace needs its access token: open the address `topics serve` printed (…?token=…) or send the X-Topics-Token header")
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
