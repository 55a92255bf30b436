import Dispatch

extension WorkspaceServer {
    /// `run` for a caller that is not async (the `topics serve` command): serves until the server
    /// stops, then returns, or throws what stopped it.
    public func runBlocking(host: String, port: Int, started: @escaping @Sendable (Int) -> Void) throws {
        let failure = FailureBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await run(host: host, port: port, started: started) } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }
}

/// The server task's error, handed to the waiting caller.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
