import ArchiveStore
import Foundation
import PostgresStore
import Testing
import TopicsCore
import TopicsTestSupport

/// The two store implementations the store tests run against: a SQLite file in a temporary
/// folder, and a fresh database on the tests' private PostgreSQL server (skipped with the reason
/// when PostgreSQL is not installed, a failure under CI).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// Where a new, empty store is (a file path or a database URL).
    func newLocation() throws -> String {
        switch self {
        case .sqlite: return try Fixtures.temporaryFolder().appendingPathComponent("store.db").path
        case .postgres: return try PostgresServer.freshDatabase()
        }
    }

    /// Opens (creating) the store at `location`, as another process would.
    func open(_ location: String) throws -> any DocumentStoring {
        switch self {
        case .sqlite: return try DocumentStore(path: location)
        case .postgres: return try PostgresStore(url: location)
        }
    }

    /// A new, empty store.
    func make() throws -> any DocumentStoring { try open(newLocation()) }
}
