import Foundation

extension WordSegmenter {
    /// Segments lines of UTF-8 text into the SIGHAN format that `topics segment --format text`
    /// writes: each line's words as they are in the input, separated by one space, then `\n`.
    /// `text` is split at `\n` (a `\r` before it is dropped); a last line without `\n` gets one.
    /// With `jobs` > 1 the lines are cut into `jobs` runs of about equal size, segmented on as many
    /// threads, and joined back in order: the result is the same for every `jobs`.
    public func segmentedText(lines text: UnsafeBufferPointer<UInt8>, jobs: Int = 1) -> [UInt8] {
        let n = text.count
        if n == 0 { return [] }
        let parts = max(1, min(jobs, n / 4096 + 1))
        // Cut after the first \n at or past each k/parts of the text.
        var cuts = [0]
        for k in 1..<parts {
            var i = max(cuts[cuts.count - 1], n * k / parts)
            while i < n && text[i] != 0x0A { i += 1 }
            cuts.append(min(n, i + 1))
        }
        cuts.append(n)
        if parts == 1 { return segmentRun(UnsafeBufferPointer(rebasing: text[0..<n])) }
        let results = UnsafeMutablePointer<[UInt8]>.allocate(capacity: parts)
        results.initialize(repeating: [], count: parts)
        defer { results.deinitialize(count: parts); results.deallocate() }
        // Each thread reads its own run of `text` and writes only its own slot of `results`.
        nonisolated(unsafe) let slots = results, input = text
        let bounds = cuts
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            slots[k] = segmentRun(UnsafeBufferPointer(rebasing: input[bounds[k]..<bounds[k + 1]]))
        }
        var out: [UInt8] = []
        out.reserveCapacity((0..<parts).reduce(0) { $0 + results[$1].count })
        for k in 0..<parts { out += results[k] }
        return out
    }

    /// One thread's run of whole lines.
    private func segmentRun(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 4)
        var decoded = UTF8Scalars()
        var workspace = Workspace()
        var spans: [Range<Int>] = []
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            var stop = end
            if stop > start && text[stop - 1] == 0x0D { stop -= 1 }
            let line = UnsafeBufferPointer(rebasing: text[start..<stop])
            decoded.decode(line)
            spans.removeAll(keepingCapacity: true)
            decoded.scalars.withUnsafeBufferPointer { wordSpans($0, into: &spans, workspace: &workspace) }
            decoded.byteOffsets.withUnsafeBufferPointer { offsets in
                for (k, span) in spans.enumerated() {
                    if k > 0 { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: line[Int(offsets[span.lowerBound])..<Int(offsets[span.upperBound])]))
                }
            }
            out.append(0x0A)
            start = end + 1
        }
        return out
    }
}
