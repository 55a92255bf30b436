#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TopicsCore

/// Where a command's records go: standard output, or a file that is replaced atomically.
///
/// A file is written under a temporary name in the same folder and renamed over the final name
/// only by `commit()`, after an fsync: a crash or kill leaves the old file (or nothing), never
/// half a file under the final name.
public final class OutputFile {
    private var descriptor: Int32
    private let finalPath: String?
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var committed = false

    /// Standard output, buffered.
    public static func standardOutput() -> OutputFile { OutputFile(descriptor: 1, finalPath: nil, temporaryPath: nil) }

    /// A new file at `path` (see `atomic`), or standard output when `path` is nil.
    public static func named(_ path: String?) throws(TopicsError) -> OutputFile {
        if let path { try atomic(path) } else { standardOutput() }
    }

    /// `path` replaced atomically by `bytes`, written whole (a model, a table); nothing is left
    /// behind when writing fails.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(TopicsError) {
        let out = try atomic(path)
        do {
            try out.write(bytes)
            try out.commit()
        } catch {
            out.abandon()
            throw error
        }
    }

    /// A new file at `path`, visible only after `commit()`. A path that is not a regular file —
    /// `/dev/null`, `/dev/stdout`, a named pipe — is written to directly: renaming over it would
    /// replace the device with a file.
    public static func atomic(_ path: String) throws(TopicsError) -> OutputFile {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw TopicsError(.writeFailed, input: path, "cannot open it for writing: \(Self.errnoText())") }
            return OutputFile(descriptor: fd, finalPath: path, temporaryPath: nil)
        }
        var template = Array("\(path).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw TopicsError(.writeFailed, input: path, "cannot create a file beside it: \(Self.errnoText())")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        fchmod(fd, 0o644)
        return OutputFile(descriptor: fd, finalPath: path, temporaryPath: temporary)
    }

    private init(descriptor: Int32, finalPath: String?, temporaryPath: String?) {
        self.descriptor = descriptor
        self.finalPath = finalPath
        self.temporaryPath = temporaryPath
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !committed { abandon() }
    }

    public var name: String { finalPath ?? "standard output" }

    public func write(_ bytes: [UInt8]) throws(TopicsError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func flush() throws(TopicsError) {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = Self.errnoText()
                buffer.removeAll(keepingCapacity: true)
                throw TopicsError(.writeFailed, input: name, reason)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes; for a file, syncs it and moves it to its final name.
    public func commit() throws(TopicsError) {
        try flush()
        committed = true
        guard let finalPath else { return }
        guard let temporaryPath else {   // a device or pipe, written directly
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
            return
        }
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            unlink(temporaryPath)
            throw TopicsError(.writeFailed, input: finalPath, Self.errnoText())
        }
        descriptor = -1
        if rename(temporaryPath, finalPath) != 0 {
            let reason = Self.errnoText()
            unlink(temporaryPath)
            throw TopicsError(.writeFailed, input: finalPath, reason)
        }
    }

    /// Drops a file that will not be committed.
    public func abandon() {
        committed = true
        guard let temporaryPath else {
            if finalPath != nil, descriptor >= 0 { close(descriptor); descriptor = -1 }
            return
        }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporaryPath)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
