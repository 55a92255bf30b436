import CICUShim

/// ICU's dictionary-based word break for Chinese: the fallback segmenter (`--segmenter icu`).
public enum ICUWordBreak {
    /// Word spans of `scalars` as half-open code point ranges; spaces and punctuation are skipped.
    public static func words(in scalars: [UInt32], locale: String = "zh") throws(ICUError) -> [Range<Int>] {
        if scalars.isEmpty { return [] }
        let utf16 = UTF16Buffer.encode(scalars)
        // UTF-16 index → code point index, for the spans ICU reports.
        var scalarIndex = [Int](repeating: 0, count: utf16.count + 1)
        var s = 0
        for (i, unit) in utf16.enumerated() {
            scalarIndex[i] = s
            if !(0xD800...0xDBFF).contains(unit) { s += 1 }
        }
        scalarIndex[utf16.count] = s
        var err: Int32 = 0
        guard let breaker = cicu_wb_open(locale, &err) else { throw ICUError(operation: "opening word break", code: err) }
        defer { cicu_wb_close(breaker) }
        var spans: [Range<Int>] = []
        try utf16.withUnsafeBufferPointer { (text) throws(ICUError) in
            cicu_wb_set_text(breaker, text.baseAddress, Int32(text.count), &err)
            try ICUError.check(err, "word break")
            var start: Int32 = 0, end: Int32 = 0
            while cicu_wb_next_word(breaker, &start, &end) != 0 {
                spans.append(scalarIndex[Int(start)]..<scalarIndex[Int(end)])
            }
        }
        return spans
    }
}
