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
        try forEachLinePiece(input, maxPieceBytes: .max) { line, _ in try body(line) }
    }

    /// Like `forEachLine`, but a line longer than `maxPieceBytes` arrives in pieces, so memory stays
    /// bounded whatever the input (a 200 MB text on one line). A piece ends after a sentence end
    /// (。！？) or a space when one is near its end, else at a character boundary; `endsLine` is
    /// true for the last piece of each line.
    public static func forEachLinePiece(_ input: Input, maxPieceBytes: Int,
                                        _ body: (_ piece: UnsafeBufferPointer<UInt8>, _ endsLine: Bool) throws -> Void) throws {
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
            try body(UnsafeBufferPointer(rebasing: line[0..<count]), true)
        }
        // Hands over the front of an over-long line, keeping the rest pending.
        func emitPieces() throws {
            while pending.count > maxPieceBytes {
                let cut = pieceEnd(pending, limit: maxPieceBytes)
                try pending.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<cut]), false) }
                pending.removeFirst(cut)
            }
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
                        try emitPieces()
                        try pending.withUnsafeBufferPointer { try emit($0) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = i + 1
                }
                pending.append(contentsOf: buffer[start..<n])
                try emitPieces()
            }
        }
        if !pending.isEmpty { try pending.withUnsafeBufferPointer { try emit($0) } }
    }

    /// Where to cut `bytes` at or before `limit`: after the last 。！？ or ASCII space in the final
    /// 64 KB, else at the last UTF-8 character boundary.
    static func pieceEnd(_ bytes: [UInt8], limit: Int) -> Int {
        let floor = max(1, limit - (64 << 10))
        var i = limit
        while i > floor {
            let b = bytes[i - 1]
            if b == 0x20 || b == 0x09 { return i }
            // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F
            if i >= 3, (bytes[i - 3] == 0xE3 && bytes[i - 2] == 0x80 && b == 0x82)
                || (bytes[i - 3] == 0xEF && bytes[i - 2] == 0xBC && (b == 0x81 || b == 0x9F)) { return i }
            i -= 1
        }
        i = limit
        while i > 1, bytes[i] & 0xC0 == 0x80 { i -= 1 }   // not inside a character
        return i
    }
}
