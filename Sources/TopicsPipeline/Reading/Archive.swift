import ArchiveIO
import TopicsCore

/// Every document an `ArchiveSource` names, input after input, each through the reader its format
/// takes (`DocumentReaders`). Inputs and records that cannot be read come as errors in their place;
/// the rest go on.
public struct Archive: Sendable {
    public let source: ArchiveSource
    /// Hears what a user should know that is not an error (ids qualified because two inputs share them).
    public var notice: @Sendable (String) -> Void

    public init(_ source: ArchiveSource, notice: @escaping @Sendable (String) -> Void = { _ in }) {
        self.source = source
        self.notice = notice
    }

    /// Each document, or the error that took its place, in input order (streaming where the format
    /// allows: JSON Lines and SQLite).
    ///
    /// Ids are unique across inputs: a document whose id an earlier input already used gets its
    /// input's name in front (`messages-gbk.csv:360101`), and the notice says so once per input.
    /// (Within one input ids are left as they are: a store replaces a document with the same id.)
    public func forEach(_ body: (Result<Document, TopicsError>) throws -> Void) throws {
        let expanded = InputFiles.expand(source.inputs, extensions: ArchiveSource.extensions)
        for error in expanded.errors { try body(.failure(error)) }
        var earlier: [String: String] = [:]   // id → the input that used it first
        for input in expanded.inputs {
            let name = input.description
            var own: Set<String> = [], clashes = 0, clashWith: String? = nil
            do {
                try DocumentReaders.reader(for: input, source).forEach { result in
                    guard case .success(var document) = result else { return try body(result) }
                    if let first = earlier[document.id], first != name {
                        clashes += 1
                        clashWith = clashWith ?? first
                        document.id = name + "#" + document.id
                    }
                    own.insert(document.id)
                    try body(.success(document))
                }
            } catch let error as TopicsError {
                try body(.failure(error))
            }
            if clashes > 0, let clashWith {
                notice("\(name): \(clashes) ids also used by \(clashWith); these documents are \(name)#ID")
            }
            if expanded.inputs.count > 1 { for id in own where earlier[id] == nil { earlier[id] = name } }
        }
    }

    /// Every document in memory (clustering needs them all); failures go to `failed` as they come.
    /// Fewer than `minimum` documents is an error naming the inputs.
    public func readAll(atLeast minimum: Int = 0, failed: (TopicsError) throws -> Void) throws -> [Document] {
        var documents: [Document] = []
        try forEach { result in
            switch result {
            case .success(let d): documents.append(d)
            case .failure(let e): try failed(e)
            }
        }
        guard documents.count >= minimum else {
            throw TopicsError(.noContent, input: source.inputs.joined(separator: " "),
                              "need at least \(minimum) documents, found \(documents.count)")
        }
        return documents
    }

    /// The streaming loop of `import` and `tag`: documents whose ids are not in `skip` are gathered
    /// `batchSize` at a time, `work` runs on each batch on all cores, and `deliver` gets the batch's
    /// outputs in input order (write them, then return). Failures go to `failed`; `progress` hears
    /// the count done and skipped after each batch. One batch is held at a time, so memory stays flat
    /// however large the archive.
    public func forEachBatch<Output: Sendable>(
        of batchSize: Int, skip: Set<String> = [], runner: BatchRunner,
        failed: (TopicsError) throws -> Void, progress: (Int) -> Void = { _ in },
        work: @escaping @Sendable (Document) throws(TopicsError) -> Output,
        deliver: ([Output]) throws -> Void
    ) throws -> (done: Int, skipped: Int) {
        var pending: [Document] = []
        var done = 0, skipped = 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            var outputs: [Output] = []
            outputs.reserveCapacity(pending.count)
            try runner.run(pending, work: work) { _, _, result in
                switch result {
                case .success(let output): outputs.append(output)
                case .failure(let error): try failed(error)
                }
            }
            try deliver(outputs)
            done += outputs.count
            pending.removeAll(keepingCapacity: true)
            progress(done + skipped)
        }
        try forEach { result in
            switch result {
            case .success(let document):
                if skip.contains(document.id) { skipped += 1; return }
                pending.append(document)
                if pending.count >= batchSize { try flush() }
            case .failure(let error):
                try failed(error)
            }
        }
        try flush()
        return (done, skipped)
    }
}
