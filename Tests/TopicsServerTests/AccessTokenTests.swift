import Foundation
import Testing
import TopicsCore
import TopicsServer
import TopicsTestSupport

/// `topics serve`'s token rules, without the binary.
@Suite("Access token")
struct AccessTokenTests {
    @Test("A given token wins over a file; a file gives its first line without spaces; an unreadable file is an error naming it")
    func resolve() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("token").path
        try "  abcdefghijklmnop-1234 \nsecond line\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try AccessToken.resolve(nil, file: file) == "abcdefghijklmnop-1234")
        #expect(try AccessToken.resolve("given-token-0123456", file: file) == "given-token-0123456")
        #expect(try AccessToken.resolve(nil, file: nil) == nil)
        let missing = folder.appendingPathComponent("missing").path
        do { _ = try AccessToken.resolve(nil, file: missing); Issue.record("read a missing file") }
        catch { #expect(error.code == .badArgument && error.input == missing) }
    }

    @Test("Loopback addresses need no token, others do; a short token or one with other characters is refused")
    func problems() {
        for host in ["127.0.0.1", "localhost", "::1"] { #expect(AccessToken.problem(nil, host: host) == nil) }
        #expect(AccessToken.problem(nil, host: "0.0.0.0") == .missing)
        #expect(AccessToken.problem("abcdefghijklmnop", host: "0.0.0.0") == nil)
        #expect(AccessToken.problem("short", host: "127.0.0.1") == .malformed)
        #expect(AccessToken.problem("abcdefghijklmnop;", host: "0.0.0.0") == .malformed)
    }
}
