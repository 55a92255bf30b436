import Foundation
import TopicsCore

/// The access token of a served workspace: where it comes from (given, or the first line of a
/// file) and when one is needed (any address but the loopback ones).
public enum AccessToken {
    /// The addresses that only this machine reaches: served without a token.
    public static let loopback: Set<String> = ["127.0.0.1", "localhost", "::1"]

    /// What is wrong with serving on a host with a token.
    public enum Problem: Sendable, Equatable {
        /// Shorter than 16 characters, or other characters than letters, digits, `-`, `_` and `.`.
        case malformed
        /// Another address than a loopback one, and no token.
        case missing
    }

    /// `token` when given, else the first line of `file` without its surrounding spaces, else nil.
    /// A file that cannot be read is a `badArgument` error naming it.
    public static func resolve(_ token: String?, file: String?) throws(TopicsError) -> String? {
        if let token { return token }
        guard let file else { return nil }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw TopicsError(.badArgument, input: file, "cannot read the token file")
        }
        return text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// Why `token` cannot serve `host`, or nil when it can.
    public static func problem(_ token: String?, host: String) -> Problem? {
        if let token, !WorkspaceServer.validToken(token) { return .malformed }
        if token == nil && !loopback.contains(host) { return .missing }
        return nil
    }
}
