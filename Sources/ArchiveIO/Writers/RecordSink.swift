import TopicsCore

/// Where a command's records go, in the format the user chose: every command writes records
/// through one of these, so `--format` means the same everywhere.
public protocol RecordSink: AnyObject {
    func write(_ record: Record) throws(TopicsError)
    /// Makes the output visible under its name (files are replaced atomically).
    func commit() throws(TopicsError)
    /// Drops what was written; an existing file under the name stays as it was.
    func abandon()
}

/// The record formats: JSON Lines, CSV, text for reading, Excel.
public enum RecordFormat: String, Sendable, CaseIterable {
    case jsonl, csv, text, xlsx

    /// A sink writing to `path`, or to standard output when `path` is nil (not for xlsx).
    public func sink(_ path: String?) throws(TopicsError) -> any RecordSink {
        switch self {
        case .xlsx:
            guard let path else {
                throw TopicsError(.badArgument, "an xlsx workbook is written to a file, not to standard output: name the output file")
            }
            return XLSXSink(try XLSXWorkbook(path: path))
        case .jsonl, .csv, .text:
            let file = try OutputFile.named(path)
            return EncodedSink(file, writer: makeWriter()!)
        }
    }

    /// Every record of `records` written to `path` (standard output when nil) and committed; on a
    /// failure nothing is left under the name.
    public func write(_ records: some Sequence<Record>, to path: String?) throws(TopicsError) {
        let sink = try sink(path)
        do {
            for record in records { try sink.write(record) }
            try sink.commit()
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// The byte writer of a text format; nil for xlsx.
    public func makeWriter() -> (any RecordWriter)? {
        switch self {
        case .jsonl: JSONLinesWriter()
        case .csv: CSVWriter()
        case .text: ReadingTextWriter()
        case .xlsx: nil
        }
    }
}

/// Records encoded by a `RecordWriter` into a file or standard output.
public final class EncodedSink: RecordSink {
    public let file: OutputFile
    private var writer: any RecordWriter
    private var bytes: [UInt8] = []

    public init(_ file: OutputFile, writer: any RecordWriter) { self.file = file; self.writer = writer }

    public func write(_ record: Record) throws(TopicsError) {
        bytes.removeAll(keepingCapacity: true)
        writer.encode(record, into: &bytes)
        try file.write(bytes)
    }

    public func commit() throws(TopicsError) { try file.commit() }
    public func abandon() { file.abandon() }
}

/// Records as the rows of one sheet.
public final class XLSXSink: RecordSink {
    public let workbook: XLSXWorkbook
    public init(_ workbook: XLSXWorkbook) { self.workbook = workbook }
    public func write(_ record: Record) throws(TopicsError) { try workbook.write(record) }
    public func commit() throws(TopicsError) { try workbook.commit() }
    public func abandon() { workbook.abandon() }
}
