#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TopicsCore

/// One input named on the command line, after folders and globs are expanded.
public enum Input: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case standardInput

    public var description: String {
        switch self {
        case .file(let path): path
        case .standardInput: "<stdin>"
        }
    }
}

/// Expands command-line arguments into inputs and reads them as bytes.
public enum InputFiles {
    /// File name endings taken from folders (files named directly are always taken).
    public static let htmlExtensions: Set<String> = ["html", "htm", "shtml", "xhtml", "shtm", "asp", "aspx", "php", "jsp"]

    /// Files, folders (walked recursively, in name order), globs (`pages/*.html`), or `-` for
    /// standard input. Arguments that match nothing come back as errors; the rest go on.
    public static func expand(_ arguments: [String], extensions: Set<String> = htmlExtensions) -> (inputs: [Input], errors: [TopicsError]) {
        var inputs: [Input] = []
        var errors: [TopicsError] = []
        for argument in arguments {
            if argument == "-" {
                inputs.append(.standardInput)
            } else if isDatabaseURL(argument) {
                inputs.append(.file(argument))
            } else if isDirectory(argument) {
                let found = walk(argument, extensions: extensions)
                if found.isEmpty { errors.append(TopicsError(.unreadable, input: argument, "the folder holds no file this command reads (\(describe(extensions)))")) }
                inputs += found.map(Input.file)
            } else if exists(argument) {
                inputs.append(.file(argument))
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = glob(argument)
                if matches.isEmpty { errors.append(TopicsError(.unreadable, input: argument, "the pattern matches no file")) }
                for match in matches {
                    if isDirectory(match) { inputs += walk(match, extensions: extensions).map(Input.file) } else { inputs.append(.file(match)) }
                }
            } else {
                errors.append(TopicsError(.unreadable, input: argument, "no such file or folder"))
            }
        }
        return (inputs, errors)
    }

    /// A PostgreSQL store's URL (`postgres://…`, `postgresql://…`): an input read as a store, not a file.
    public static func isDatabaseURL(_ argument: String) -> Bool {
        argument.hasPrefix("postgres://") || argument.hasPrefix("postgresql://")
    }

    /// `.csv .htm .html …`: the endings a folder is searched for, for messages.
    public static func describe(_ extensions: Set<String>) -> String {
        extensions.sorted().map { "." + $0 }.joined(separator: " ")
    }

    /// Reads a whole input. Files over `maxBytes` are refused before reading.
    public static func read(_ input: Input, maxBytes: Int) throws(TopicsError) -> [UInt8] {
        switch input {
        case .standardInput:
            return try readAll(descriptor: 0, name: input.description, maxBytes: maxBytes)
        case .file(let path):
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw TopicsError(.unreadable, input: path, OutputFile.errnoText()) }
            defer { close(fd) }
            var info = stat()
            if fstat(fd, &info) == 0 {
                if (info.st_mode & S_IFMT) == S_IFDIR { throw TopicsError(.unreadable, input: path, "is a folder") }
                if Int(info.st_size) > maxBytes {
                    throw TopicsError(.tooLarge, input: path, "\(info.st_size) bytes is over the limit of \(maxBytes)")
                }
            }
            return try readAll(descriptor: fd, name: path, maxBytes: maxBytes)
        }
    }

    private static func readAll(descriptor: Int32, name: String, maxBytes: Int) throws(TopicsError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw TopicsError(.unreadable, input: name, OutputFile.errnoText())
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes { throw TopicsError(.tooLarge, input: name, "more than \(maxBytes) bytes") }
        }
        return bytes
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Files below `folder` whose extension is in `extensions`, sorted, without following loops.
    static func walk(_ folder: String, extensions: Set<String>) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let dir = opendir(current) else { continue }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." || name.hasPrefix(".") { continue }
                names.append(name)
            }
            closedir(dir)
            for name in names {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(path)
                } else if (info.st_mode & S_IFMT) == S_IFREG || (info.st_mode & S_IFMT) == S_IFLNK {
                    let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
                    if name.contains("."), extensions.contains(ext) { found.append(path) }
                }
            }
        }
        return found.sorted()
    }

    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
    }
}
