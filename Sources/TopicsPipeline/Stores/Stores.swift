import ArchiveStore
import Foundation
import PostgresStore
import TopicsCore

/// Opens a store by its location: a PostgreSQL URL (`postgres://user@host:5432/db`, also
/// `postgresql://`) or a SQLite file path (`archive.db`). The one place a location becomes a store.
public enum Stores {
    /// The environment variable naming the store where a command takes `--store` and none is given.
    public static let environmentVariable = "TOPICS_STORE"

    /// `TOPICS_STORE`, when set and not empty.
    public static var fromEnvironment: String? {
        ProcessInfo.processInfo.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// True when `location` is a PostgreSQL URL rather than a file.
    public static func isDatabaseURL(_ location: String) -> Bool { PostgresLocation.matches(location) }

    /// `location` as messages show it: a URL without its password.
    public static func displayed(_ location: String) -> String {
        isDatabaseURL(location) ? PostgresLocation.redact(location) : location
    }

    /// `creating`: make the store when it is not there (an output); otherwise a missing store is an
    /// error naming it (an input). A PostgreSQL database must exist; its tables are created when missing.
    public static func open(_ location: String, creating: Bool = true) throws(TopicsError) -> any DocumentStoring {
        if PostgresLocation.matches(location) { return try PostgresStore(url: location) }
        if !creating && !FileManager.default.fileExists(atPath: location) {
            throw TopicsError(.unreadable, input: location, "no such store")
        }
        return try DocumentStore(path: location)
    }

    /// The store `topics serve` works on: an existing SQLite file (many readers beside one writer)
    /// or a PostgreSQL database, opened read-only unless `writable`.
    public static func openWorkspace(_ location: String, writable: Bool) throws(TopicsError) -> any WorkspaceStoring {
        if PostgresLocation.matches(location) { return try PostgresStore(url: location, readOnly: !writable) }
        if !FileManager.default.fileExists(atPath: location) { throw TopicsError(.unreadable, input: location, "no such store") }
        return try DocumentStore(path: location, readOnly: !writable, concurrentReaders: true)
    }
}
