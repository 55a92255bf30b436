import Foundation
import TopicsCore

/// Where a PostgreSQL store is: `postgres://user:password@host:5432/database` (or `postgresql://`),
/// parsed the way libpq reads such URLs. A `?host=/path/to/socket/folder` query parameter (or a
/// percent-encoded socket folder as the host) connects through a Unix socket; `sslmode` may be
/// `disable` (the default here) or `prefer`/`allow`, which connect without TLS too.
///
/// `description` never holds the password, so messages can name the store safely.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    /// A host name or address; nil when `socketFolder` is set.
    public var host: String?
    public var port: Int
    public var database: String
    /// The folder holding the server's `.s.PGSQL.PORT` socket.
    public var socketFolder: String?

    /// True when `location` names a PostgreSQL store rather than a file.
    public static func matches(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Parses `url`; a bad URL is an error naming it (without its password) and the reason.
    public init(_ url: String) throws(TopicsError) {
        let shown = Self.redact(url)
        guard Self.matches(url), let components = URLComponents(string: url) else {
            throw TopicsError(.badArgument, input: shown, "not a PostgreSQL URL: expected postgres://user@host:5432/database")
        }
        user = components.percentEncodedUser.flatMap { $0.removingPercentEncoding }
            ?? ProcessInfo.processInfo.environment["PGUSER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
            ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        port = components.port ?? 5432
        let rawHost = components.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        var socket: String? = rawHost.hasPrefix("/") ? rawHost : nil
        var name = String(components.path.drop(while: { $0 == "/" }))
        for item in components.queryItems ?? [] {
            switch item.name {
            case "host":
                if let value = item.value, value.hasPrefix("/") { socket = value }
            case "sslmode":
                guard ["disable", "allow", "prefer"].contains(item.value ?? "") else {
                    throw TopicsError(.badArgument, input: shown,
                                      "sslmode=\(item.value ?? "") is not supported: this build connects without TLS (sslmode=disable)")
                }
            case "user": if let value = item.value { user = value }
            case "password": if let value = item.value { password = value }
            case "port":
                guard let value = item.value.flatMap(Int.init) else { throw TopicsError(.badArgument, input: shown, "port is not a number") }
                port = value
            case "dbname": if let value = item.value { name = value }
            default:
                throw TopicsError(.badArgument, input: shown, "unknown URL parameter \(item.name) (known: host, port, user, password, dbname, sslmode)")
            }
        }
        guard (1...65535).contains(port) else { throw TopicsError(.badArgument, input: shown, "port \(port) is out of range") }
        socketFolder = socket
        host = socket == nil ? (rawHost.isEmpty ? "localhost" : rawHost) : nil
        database = name.isEmpty ? user : name
    }

    /// `postgres://user@host:port/database`, without the password.
    public var description: String {
        let place = socketFolder.map { "?host=\($0)" } ?? ""
        return "postgres://\(user)@\(host ?? ""):\(port)/\(database)\(place)"
    }

    /// `url` with any password replaced by `***`, for messages about a URL that did not parse.
    public static func redact(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].lastIndex(of: "@") else {
            return url.replacingOccurrences(of: #"password=[^&]*"#, with: "password=***", options: .regularExpression)
        }
        let credentials = url[scheme.upperBound..<at]
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        let rest = String(url[at...]).replacingOccurrences(of: #"password=[^&]*"#, with: "password=***", options: .regularExpression)
        return String(url[..<scheme.upperBound]) + user + (credentials.contains(":") ? ":***" : "") + rest
    }
}
