import TopicsCore

/// What a batch run tells whoever watches it: how many items to expect, each failure as it
/// comes, how far it got, and that it ended. `topics` draws a progress line on a terminal and
/// prints failures on standard error; a test can simply collect them.
public protocol RunObserver: AnyObject {
    /// The run starts with `total` items to go through (0: unknown, a stream).
    func start(total: Int)
    /// An input or record failed; the run goes on.
    func failed(_ error: TopicsError)
    /// `done` items handled so far, `failed` of them failed.
    func progress(done: Int, failed: Int)
    /// The run ended or was abandoned: whatever progress drew is cleared.
    func finish()
}
