import ArchiveIO
import TopicsCore

/// What a batch does with an input or record that failed: count it, tell the observer, and when
/// given a path write it as a JSON error record (the file replaced atomically on `commit`).
public struct FailureLog {
    private let sink: OutputFile?
    private let observer: (any RunObserver)?
    private var writer = JSONLinesWriter()
    public private(set) var count = 0

    public init(path: String?, observer: (any RunObserver)? = nil) throws(TopicsError) {
        sink = try path.map { (path) throws(TopicsError) in try OutputFile.atomic(path) }
        self.observer = observer
    }

    public mutating func record(_ error: TopicsError) throws(TopicsError) {
        count += 1
        observer?.failed(error)
        guard let sink else { return }
        var bytes: [UInt8] = []
        writer.encode(error.record, into: &bytes)
        try sink.write(bytes)
    }

    public func commit() throws(TopicsError) { try sink?.commit() }
    public func abandon() { sink?.abandon() }
}
