import Foundation

/// Paths the tests read: the package's own samples and the shared corpora beside the checkout.
public enum Fixtures {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `corpora/samples/NAME`.
    public static func sample(_ name: String) -> URL {
        packageRoot.appendingPathComponent("corpora/samples/\(name)")
    }

    public static func sampleBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: sample(name)))
    }

    /// `../shared/corpora/PATH`, read-only data shared with CI.
    public static func shared(_ path: String) -> URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/\(path)")
    }

    public static var sharedCorporaPresent: Bool {
        FileManager.default.fileExists(atPath: shared("extraction/pages").path)
    }

    /// A fresh temporary folder for one test. It sits inside this test process's own folder,
    /// `topics-tests-PID-…`, which is removed with everything in it when the process exits, so a
    /// test that does not tidy up after itself leaves nothing behind.
    public static func temporaryFolder() throws -> URL {
        let url = processFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// This process's folder for test files, created on first use and removed at exit.
    public static let processFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("topics-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.processFolder) }
        return url
    }()

    /// The built `topics` binary, beside the test bundle in the build folder.
    public static var topicsBinary: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // The test binary may sit inside a `.xctest` bundle folder.
        while dir.pathExtension == "xctest" || dir.lastPathComponent == "Contents" || dir.lastPathComponent == "MacOS" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("topics")
    }
}

/// The result of running a command.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

extension Fixtures {
    /// Runs the built `topics` with `arguments`, feeding `stdin`, and waits for it. Standard
    /// streams go through temporary files, so large outputs cannot block the child.
    /// `environment`: variables set (or, with an empty value, removed) for the child only.
    public static func runTopics(_ arguments: [String], stdin: [UInt8]? = nil, in directory: URL? = nil,
                                 environment: [String: String] = [:]) throws -> ProcessResult {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inURL = folder.appendingPathComponent("stdin"), outURL = folder.appendingPathComponent("stdout"),
            errURL = folder.appendingPathComponent("stderr")
        try Data(stdin ?? []).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = topicsBinary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            var variables = ProcessInfo.processInfo.environment
            for (name, value) in environment { variables[name] = value.isEmpty ? nil : value }
            process.environment = variables
        }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

extension Fixtures {
    /// `corpora/NAME`: data topics ships (model, lexicon, stop words).
    public static func shipped(_ name: String) -> URL {
        packageRoot.appendingPathComponent("corpora/\(name)")
    }

    /// One of the two seed texts in `../shared/corpora/seeds` (000 = the Hunan CPPCC news reprint,
    /// 003 = the Longnan CPPCC work report), or nil when the shared corpora are absent.
    public static func seedText(_ prefix: String) -> String? {
        let folder = shared("seeds")
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: folder.path).first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Fixtures {
    /// The shipped segmentation model's path.
    public static var shippedModelPath: String { shipped("segmenter.model").path }
}
