import Foundation

/// The data files topics ships in `corpora/`: the default segmentation model, the domain
/// lexicon, stop words and the IDF table. Found through `TOPICS_DATA` (a folder), else in a
/// `corpora` folder beside the executable or in one of its parent folders (a SwiftPM build
/// puts the binary at `.build/release/topics`, three levels under the package).
public enum ShippedData {
    public static let segmentationModel = "segmenter.model"
    public static let domainLexicon = "lexicon/cppcc.dict"
    public static let stopWords = "stopwords.txt"
    public static let idfTable = "idf.tsv"

    /// The `corpora` folder, or nil when none is found.
    public static let folder: String? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["TOPICS_DATA"], !env.isEmpty { return env }
        var directory = URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("corpora")
            if fm.fileExists(atPath: candidate.appendingPathComponent(segmentationModel).path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// Full path of a shipped file, or nil.
    public static func path(_ name: String) -> String? {
        guard let folder else { return nil }
        let path = folder + "/" + name
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    private static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
