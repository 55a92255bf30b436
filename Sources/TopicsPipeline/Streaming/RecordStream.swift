import ArchiveIO
import TopicsCore

/// A per-record stage over JSON Lines, the shape `assign` (and any stage that adds fields to a
/// record) streams in: each input's lines are read in order, gathered `batchSize` at a time,
/// `work` runs on a batch on all cores, and `deliver` gets each output in input order before the
/// next batch is read. One batch is held at a time, so memory stays flat however long the stream.
///
/// `work` sees one record and nothing else, so an output cannot depend on what else is in the
/// batch: cutting a stream into parts and concatenating their outputs gives the whole's output.
/// Blank lines are skipped; a line that is not a JSON object goes to `failed` as an `unparsable`
/// error naming the input and line number, and the stream goes on.
public struct RecordStream: Sendable {
    public var runner: BatchRunner
    public var batchSize: Int

    public init(runner: BatchRunner = BatchRunner(), batchSize: Int = 1024) {
        self.runner = runner
        self.batchSize = max(1, batchSize)
    }

    /// Returns how many records were delivered.
    @discardableResult
    public func run(_ inputs: [Input], work: @escaping @Sendable (Record) throws(TopicsError) -> Record,
                    deliver: (Record) throws -> Void, failed: (TopicsError) throws -> Void) throws -> Int {
        var pending: [(line: Int, bytes: [UInt8])] = []
        var delivered = 0
        func flush(_ input: Input) throws {
            guard !pending.isEmpty else { return }
            let name = input.description
            try runner.run(pending, work: { (item: (line: Int, bytes: [UInt8])) throws(TopicsError) -> Record in
                guard let record = JSONDecoding.record(item.bytes) else {
                    throw TopicsError(.unparsable, input: "\(name):\(item.line)", "not a JSON object")
                }
                return try work(record)
            }) { _, _, result in
                switch result {
                case .success(let record): try deliver(record); delivered += 1
                case .failure(let error): try failed(error)
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        for input in inputs {
            var line = 0
            do {
                try InputFiles.forEachLine(input) { bytes in
                    line += 1
                    guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                    pending.append((line, Array(bytes)))
                    if pending.count >= batchSize { try flush(input) }
                }
                try flush(input)
            } catch let error as TopicsError {
                pending.removeAll()
                try failed(error)
            }
        }
        return delivered
    }
}
