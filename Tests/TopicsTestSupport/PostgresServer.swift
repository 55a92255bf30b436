#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization
import Testing

/// A private PostgreSQL server for the tests: Debian's binaries (`/usr/lib/postgresql/*/bin`,
/// package `postgresql`, installed by `make setup-postgres`), a cluster made with `initdb` in a
/// temporary folder and started with `pg_ctl` on a free port of 127.0.0.1, once per test process,
/// and stopped when the process exits. PostgreSQL refuses to run as root, so under root the
/// server runs as the `postgres` user (or `nobody`) through `runuser`. Trust authentication, on
/// loopback only; `fsync` off (the tests kill clients, never the server).
public final class PostgresServer: Sendable {
    /// The superuser's URL of the running server, without a database.
    public let baseURL: String
    let folder: String, binaries: String, runAs: String?
    let port: Int

    /// The server, or why there is none.
    public static let shared: Result<PostgresServer, PostgresUnavailable> = {
        do {
            let server = try PostgresServer()
            atexit { if case .success(let server) = PostgresServer.shared { server.stop() } }
            return .success(server)
        } catch let error as PostgresUnavailable {
            return .failure(error)
        } catch {
            return .failure(PostgresUnavailable(reason: "\(error)"))
        }
    }()

    /// True when CI runs the tests (`CI=true`): there a missing server is a failure, not a skip.
    public static var underCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// A new, empty database on the shared server: its URL. When there is no server: under CI a
    /// failure, otherwise the calling test is skipped with the reason.
    public static func freshDatabase() throws -> String {
        switch shared {
        case .success(let server): return try server.createDatabase()
        case .failure(let unavailable):
            if underCI { throw unavailable }
            try Test.cancel(Comment(rawValue: unavailable.reason))
        }
    }

    private init() throws {
        guard let binaries = Self.findBinaries() else {
            throw PostgresUnavailable(reason: "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `make setup-postgres` (Debian package postgresql)")
        }
        self.binaries = binaries
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("topics-pg-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.folder = folder
        var ready = false
        defer { if !ready { try? FileManager.default.removeItem(atPath: folder) } }
        runAs = getuid() == 0 ? (Self.userExists("postgres") ? "postgres" : "nobody") : nil
        if let runAs { try Self.run("/bin/chown", [runAs, folder]) }
        try Self.run(binaries + "/initdb", ["-D", folder + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"],
                     as: runAs)
        var started = false
        var port = 0
        for _ in 0..<5 where !started {
            port = Self.freePort()
            started = (try? Self.run(binaries + "/pg_ctl", ["-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60", "-o",
                                                             "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                                                             "start"], as: runAs)) != nil
        }
        guard started else {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            throw PostgresUnavailable(reason: "the private PostgreSQL server did not start: \(log.suffix(500))")
        }
        self.port = port
        baseURL = "postgres://postgres@127.0.0.1:\(port)"
        ready = true
    }

    private static let counter = Mutex(0)

    /// Creates `topics_test_N` and returns its URL.
    public func createDatabase() throws -> String {
        let n = Self.counter.withLock { value in value += 1; return value }
        let name = "topics_test_\(n)"
        try Self.run(binaries + "/createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", name])
        return "\(baseURL)/\(name)"
    }

    /// Runs `psql -c sql` on `database` and returns its unaligned output (for tests that look
    /// at the tables as another client would).
    public func psql(_ database: String, _ sql: String) throws -> String {
        try Self.run(binaries + "/psql", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "-d", database, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])
    }

    func stop() {
        _ = try? Self.run(binaries + "/pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"], as: runAs)
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func findBinaries() -> String? {
        if let bin = ProcessInfo.processInfo.environment["TOPICS_PG_BIN"] { return bin }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        return versions.reversed().map { "\(root)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    static func userExists(_ name: String) -> Bool { getpwnam(name) != nil }

    /// A port nothing listens on now (the kernel's choice for port 0).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a program (as `user` through runuser when given) and returns its standard output;
    /// a non-zero exit is an error with its standard error. posix_spawn and waitpid rather than
    /// Foundation's Process, whose waitUntilExit can miss a child's end when called while the
    /// shared server is being set up (inside a lazy static's initialiser).
    @discardableResult
    static func run(_ program: String, _ arguments: [String], as user: String? = nil) throws -> String {
        let argv = user.map { ["/usr/sbin/runuser", "-u", $0, "--", program] + arguments } ?? [program] + arguments
        // Files, not pipes: `pg_ctl start` leaves a server running that could hold a pipe open.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("topics-pg-run-\(UUID().uuidString)").path
        defer { unlink(base + ".out"); unlink(base + ".err") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw PostgresUnavailable(reason: "cannot run \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errors = FileManager.default.contents(atPath: base + ".err") ?? Data()
        guard status == 0 else {
            throw PostgresUnavailable(reason: "\((program as NSString).lastPathComponent) failed: \(String(decoding: errors, as: UTF8.self).suffix(400))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Why the tests have no PostgreSQL server.
public struct PostgresUnavailable: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "needs PostgreSQL: \(reason)" }
}
