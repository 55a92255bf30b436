#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Named moments where the crash-safety tests have the process killed, so that every moment a
/// user's kill can land on (before the store file exists, while its schema is written, in the
/// middle of a batch, right after a commit) is covered on purpose rather than by timing luck.
///
/// `TOPICS_KILL_AT=NAME:N` sends the process SIGKILL the N-th time it reaches `NAME` (N defaults
/// to 1). Without the variable a point costs one comparison. Points: `store.open`, `store.schema`,
/// `store.batch` (half of a batch written, not committed), `store.commit` (a batch committed),
/// `store.tags` (half of a batch of tags written), `store.tags-commit`, and `store.clusters`
/// (half of the themes written).
public enum KillPoint {
    private static let target: (name: String, count: Int)? = {
        guard let raw = getenv("TOPICS_KILL_AT") else { return nil }
        let spec = String(cString: raw)
        let parts = spec.split(separator: ":", maxSplits: 1)
        guard let name = parts.first, !name.isEmpty else { return nil }
        return (String(name), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()
    private static let reached = Atomic<Int>(0)

    /// Kills the process here when the test asked for this point and this is the asked-for time.
    @inline(__always)
    public static func reach(_ name: StaticString) {
        guard let target else { return }
        guard name.withUTF8Buffer({ String(decoding: $0, as: UTF8.self) }) == target.name else { return }
        if reached.add(1, ordering: .relaxed).newValue == target.count { kill(getpid(), SIGKILL) }
    }
}
