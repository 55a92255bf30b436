import Foundation

/// The data files topics ships (`corpora/` in the source tree): the default segmentation model,
/// the domain lexicon, stop words, the IDF table and the taxonomy. One rule finds them, the first
/// folder that holds `segmenter.model`:
///
/// 1. `$TOPICS_DATA`, when set (a folder laid out like `corpora/`);
/// 2. `../share/topics` beside the executable: where `make install PREFIX=…` puts them
///    (`PREFIX/bin/topics`, `PREFIX/share/topics/`);
/// 3. `corpora/` beside the executable or up to five folders above it: a SwiftPM build tree
///    (`.build/release/topics`, three levels under the package).
public enum ShippedData {
    public static let segmentationModel = "segmenter.model"
    public static let domainLexicon = "lexicon/cppcc.dict"
    public static let stopWords = "stopwords.txt"
    public static let idfTable = "idf.tsv"
    public static let taxonomy = "taxonomy.yaml"
    public static let holidays = "holidays-cn.tsv"

    /// The folder the rule above finds, or nil.
    public static let folder: String? = {
        if let env = ProcessInfo.processInfo.environment["TOPICS_DATA"], !env.isEmpty { return env }
        return search(from: URL(fileURLWithPath: executablePath()).deletingLastPathComponent())
    }()

    /// Rules 2 and 3 from the folder that holds the executable.
    static func search(from executableFolder: URL) -> String? {
        let fm = FileManager.default
        func holdsData(_ url: URL) -> Bool { fm.fileExists(atPath: url.appendingPathComponent(segmentationModel).path) }
        let installed = executableFolder.deletingLastPathComponent().appendingPathComponent("share/topics")
        if holdsData(installed) { return installed.standardizedFileURL.path }
        var directory = executableFolder
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("corpora")
            if holdsData(candidate) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        return nil
    }

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
