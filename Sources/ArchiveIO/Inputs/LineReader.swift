#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TopicsCore

extension InputFiles {
    /// File name endings of plain-text inputs taken from folders.
    public static let textExtensions: Set<String> = ["txt", "text", "utf8"]

    /// Streams an input line by line without holding it whole: `body` gets each line's bytes
    /// (without "\n" or "\r\n"), valid only during the call. Memory stays at one 1 MB buffer plus
    /// the longest line.
    public static func forEachLine(_ input: Input, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let fd: Int32
        switch input {
        case .standardInput: fd = 0
        case .file(let path):
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw TopicsError(.unreadable, input: path, OutputFile.errnoText()) }
            var info = stat()
            if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                throw TopicsError(.unreadable, input: path, "is a folder")
            }
        }
        defer { if fd != 0 { close(fd) } }
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        func emit(_ line: UnsafeBufferPointer<UInt8>) throws {
            var count = line.count
            if count > 0 && line[count - 1] == 0x0D { count -= 1 }
            try body(UnsafeBufferPointer(rebasing: line[0..<count]))
        }
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw TopicsError(.unreadable, input: input.description, OutputFile.errnoText())
            }
            if n == 0 { break }
            try chunk.withUnsafeBufferPointer { buffer in
                var start = 0
                for i in 0..<n where buffer[i] == 0x0A {
                    if pending.isEmpty {
                        try emit(UnsafeBufferPointer(rebasing: buffer[start..<i]))
                    } else {
                        pending.append(contentsOf: buffer[start..<i])
                        try pending.withUnsafeBufferPointer { try emit($0) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = i + 1
                }
                pending.append(contentsOf: buffer[start..<n])
            }
        }
        if !pending.isEmpty { try pending.withUnsafeBufferPointer { try emit($0) } }
    }
}
