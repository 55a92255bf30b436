import ChineseText
import Foundation
import Testing
import TopicsTestSupport

/// Word for word against what the segmenter did before its speed work (issue 18): the fixture
/// `Tests/SegmentationFixtures/segmentation-spans.txt`, made by
/// `Benchmarks/segmentation/make_segmentation_fixture.py` with the segmenter of that time (and
/// remade once, when the shipped model was retrained with `--prune 4`), holds
/// the word positions (no text) of ~600 lines: a sample of the SIGHAN PKU and MSR test texts, the
/// seed texts and the repo's CPPCC samples, segmented with the shipped model and domain lexicon.
@Suite("Segmentation fixture")
struct SegmentationFixtureTests {
    /// Name in the fixture → file (the script's SOURCES).
    static func source(_ name: String) -> URL {
        switch name {
        case "pku": Fixtures.shared("sighan2005/pku_test.utf8")
        case "msr": Fixtures.shared("sighan2005/msr_test.utf8")
        case "seed000": Fixtures.shared("seeds/000_4ecd0d3adc810341.txt")
        case "seed003": Fixtures.shared("seeds/003_e1bdeffe884b6950.txt")
        default: Fixtures.sample(name)
        }
    }

    /// The file's lines as bytes, split at \n, without a trailing \r or a leading BOM.
    static func lines(_ url: URL) throws -> [[UInt8]] {
        let bytes = [UInt8](try Data(contentsOf: url))
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw in
            var line = Array(raw)
            if line.last == 0x0D { line.removeLast() }
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            return line
        }
    }

    /// Word lengths, each preceded by `-N` when N characters are skipped before it (the fixture's format).
    static func describe(_ spans: [Range<Int>]) -> String {
        var fields: [String] = [], at = 0
        for span in spans {
            if span.lowerBound > at { fields.append("-\(span.lowerBound - at)") }
            fields.append(String(span.count))
            at = span.upperBound
        }
        return fields.joined(separator: " ")
    }

    @Test("The segmenter splits the fixture's lines exactly as before")
    func sameWords() throws {
        let fixture = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/SegmentationFixtures/segmentation-spans.txt"),
                                 encoding: .utf8)
        var cache: [String: [[UInt8]]] = [:]
        var checked = 0, differences: [String] = []
        var decoded = UTF8Scalars()
        var workspace = WordSegmenter.Workspace()
        var spans: [Range<Int>] = []
        for entry in fixture.split(separator: "\n") {
            let parts = entry.split(separator: "\t", omittingEmptySubsequences: false)
            let head = parts[0].split(separator: " ")
            let name = String(head[0]), number = Int(head[1])!
            let url = Self.source(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue } // shared corpora absent
            if cache[name] == nil { cache[name] = try Self.lines(url) }
            let line = cache[name]![number]
            line.withUnsafeBufferPointer { decoded.decode($0) }
            spans.removeAll()
            decoded.scalars.withUnsafeBufferPointer { shippedSegmenter.wordSpans($0, into: &spans, workspace: &workspace) }
            let got = Self.describe(spans)
            if got != String(parts[1]) {
                let words = spans.map { String(scalars: decoded.scalars[$0]) }.joined(separator: " ")
                differences.append("\(name) line \(number): \(words)\n  expected \(parts[1])\n  got      \(got)")
            }
            checked += 1
        }
        #expect(checked > 0)
        #expect(differences.isEmpty, "\(differences.count) of \(checked) lines differ; first: \(differences.prefix(3).joined(separator: "\n"))")
    }
}
