/// Splits Chinese text into sentences: after 。！？；… (and ASCII !?;), at line breaks, keeping
/// closing quotes and brackets with the sentence they close (“……。”). A stop inside an open
/// 「」 or “” quotation does not end the sentence unless the quotation closes right after it.
public enum SentenceSplitter {
    /// Sentence spans as half-open code point ranges; spaces around sentences are left out.
    public static func sentences(in scalars: [UInt32]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        var quoteDepth = 0
        var i = 0
        func close(at end: Int) {
            var s = start, e = end
            while s < e && ScalarClass.isInvisibleOrSpace(scalars[s]) { s += 1 }
            while e > s && ScalarClass.isInvisibleOrSpace(scalars[e - 1]) { e -= 1 }
            if s < e { spans.append(s..<e) }
            start = end
        }
        while i < scalars.count {
            let s = scalars[i]
            if isLineBreak(s) {
                close(at: i); i += 1; start = i; quoteDepth = 0; continue
            }
            if isOpeningQuote(s) { quoteDepth += 1 }
            else if isClosingQuote(s) { quoteDepth = max(0, quoteDepth - 1) }
            if isStop(s) {
                var end = i + 1
                while end < scalars.count && (isStop(scalars[end]) || scalars[end] == 0x2026) { end += 1 }
                // Closing quotes and brackets right after the stop belong to this sentence.
                var depth = quoteDepth
                while end < scalars.count && (isClosingQuote(scalars[end]) || isClosingBracket(scalars[end])) {
                    if isClosingQuote(scalars[end]) { depth = max(0, depth - 1) }
                    end += 1
                }
                if depth == 0 {
                    quoteDepth = 0
                    close(at: end)
                }
                i = end
                continue
            }
            i += 1
        }
        close(at: scalars.count)
        return spans
    }

    /// Sentences of a string, as strings.
    public static func sentences(in text: String) -> [String] {
        let scalars = text.unicodeScalars.map(\.value)
        return sentences(in: scalars).map { String(scalars: scalars[$0]) }
    }

    @inline(__always) static func isStop(_ s: UInt32) -> Bool {
        switch s {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x2026, 0xFF61: return true // 。！？；!?;…｡
        default: return false
        }
    }
    @inline(__always) static func isLineBreak(_ s: UInt32) -> Bool {
        s == 0x0A || s == 0x0D || s == 0x2028 || s == 0x2029 || s == 0x85
    }
    @inline(__always) static func isOpeningQuote(_ s: UInt32) -> Bool {
        s == 0x201C || s == 0x2018 || s == 0x300C || s == 0x300E // “ ‘ 「 『
    }
    @inline(__always) static func isClosingQuote(_ s: UInt32) -> Bool {
        s == 0x201D || s == 0x2019 || s == 0x300D || s == 0x300F // ” ’ 」 』
    }
    @inline(__always) static func isClosingBracket(_ s: UInt32) -> Bool {
        s == 0xFF09 || s == 0x29 || s == 0x3011 || s == 0x300B || s == 0x3009 // ）) 】 》 〉
    }
}
