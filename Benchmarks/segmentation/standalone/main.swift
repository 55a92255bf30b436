// Times `WordSegmenter.segmentedText` built alone from one tree's ChineseText sources (see
// ../compare_trees.sh): model and CPPCC lexicon loading, then segmenting a file REPS times,
// both in process CPU time (the steadier figure on a shared machine).
// usage: segment-standalone CORPORA_DIR INPUT OUTPUT   (environment REPS, default 1)
import Foundation

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write("usage: segment-standalone CORPORA_DIR INPUT OUTPUT\n".data(using: .utf8)!)
    exit(2)
}
let corpora = arguments[1]
let reps = max(1, Int(ProcessInfo.processInfo.environment["REPS"] ?? "1") ?? 1)
let t0 = cpuSeconds()
let model = try SegmentationModel(contentsOf: corpora + "/segmenter.model")
var lexicon = Lexicon()
try lexicon.load(contentsOf: corpora + "/lexicon/cppcc.dict")
let segmenter = WordSegmenter(model: model, lexicon: lexicon)
let t1 = cpuSeconds()
let input = [UInt8](FileManager.default.contents(atPath: arguments[2]) ?? Data())
var output: [UInt8] = []
let t2 = cpuSeconds()
for _ in 0..<reps { output = input.withUnsafeBufferPointer { segmenter.segmentedText(lines: $0) } }
let t3 = cpuSeconds()
guard FileManager.default.createFile(atPath: arguments[3], contents: Data(output)) else { exit(1) }
print(String(format: "load %.4f segment %.4f", t1 - t0, (t3 - t2) / Double(reps)))
