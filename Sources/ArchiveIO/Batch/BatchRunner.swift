import Dispatch
import TopicsCore

/// Runs one job per input on every core and hands the results back in input order.
///
/// Inputs are taken in windows of a few hundred, so memory stays flat however many inputs there
/// are; a failing input becomes a `TopicsError` in its slot and never stops the batch.
public struct BatchRunner: Sendable {
    public var jobs: Int
    public var window: Int

    public init(jobs: Int = BatchRunner.defaultJobs, window: Int = 256) {
        self.jobs = max(1, jobs)
        self.window = max(1, window)
    }

    /// The number of cores this process may use.
    public static var defaultJobs: Int {
        #if canImport(Glibc)
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 2
        #endif
    }

    /// Calls `work` for every item (concurrently) and `deliver` with each result (serially, in order).
    public func run<Item: Sendable, Output: Sendable>(
        _ items: [Item],
        work: @escaping @Sendable (Item) throws(TopicsError) -> Output,
        deliver: (Int, Item, Result<Output, TopicsError>) throws -> Void
    ) rethrows {
        var start = 0
        while start < items.count {
            let end = min(items.count, start + window)
            let slice = Array(items[start..<end])
            let results = ResultSlots<Output>(count: slice.count)
            if jobs == 1 || slice.count == 1 {
                for (i, item) in slice.enumerated() { results.set(i, Result { () throws(TopicsError) in try work(item) }) }
            } else {
                // Each worker takes the next item not taken: every core stays busy to the end of the
                // window, whatever the items' sizes or a core lost to another process meanwhile.
                let workers = min(jobs, slice.count)
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let i = results.take() {
                        results.set(i, Result { () throws(TopicsError) in try work(slice[i]) })
                    }
                }
            }
            for i in 0..<slice.count {
                try deliver(start + i, slice[i], results.get(i))
            }
            start = end
        }
    }
}

extension BatchRunner {
    /// `transform` of every item, computed on every core, in item order: the one parallel map.
    public func map<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        var out: [Output] = []
        out.reserveCapacity(items.count)
        run(items, work: { (item: Item) throws(Never) -> Output in transform(item) }) { _, _, result in
            if case .success(let output) = result { out.append(output) }
        }
        return out
    }
}

/// Result slots written by distinct workers at distinct indices, and the next index to take.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private var slots: [Result<Output, TopicsError>?]
    private var next = 0
    private let lock = NSLockLike()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no worker has taken, nil when all are.
    func take() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func set(_ i: Int, _ value: Result<Output, TopicsError>) {
        lock.withLock { slots[i] = value }
    }

    func get(_ i: Int) -> Result<Output, TopicsError> {
        lock.withLock { slots[i]! }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// A pthread mutex, so ArchiveIO needs no Foundation for one lock.
private final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
