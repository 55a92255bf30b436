import ArchiveStore
import Foundation
import TopicsCore

/// Opens a store by its location: today a SQLite file path (`archive.db`). The one place a
/// location becomes a store, so another kind of store (a database URL) is one more case here.
public enum Stores {
    /// `creating`: make the store when it is not there (an output); otherwise a missing store is an
    /// error naming it (an input).
    public static func open(_ location: String, creating: Bool = true) throws(TopicsError) -> any DocumentStoring {
        if !creating && !FileManager.default.fileExists(atPath: location) {
            throw TopicsError(.unreadable, input: location, "no such store")
        }
        return try DocumentStore(path: location)
    }
}
