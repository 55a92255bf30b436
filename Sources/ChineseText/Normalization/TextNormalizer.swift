import TopicsICU

/// Text after normalisation, with the way back: every normalised code point knows the span of the
/// original it came from, so evidence found in normalised text can point into the original.
public struct NormalizedText: Sendable, Equatable {
    /// The normalised code points.
    public var scalars: [UInt32]
    /// For normalised code point `i`, the original code points `originStart[i] ..< originEnd[i]`.
    public var originStart: [Int32]
    public var originEnd: [Int32]

    public var text: String { String(scalars: scalars) }

    /// The original code point range that normalised range `range` came from.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < originStart.count ? Int(originStart[range.lowerBound])
                : (originEnd.last.map(Int.init) ?? 0)
            return at..<at
        }
        return Int(originStart[range.lowerBound])..<Int(originEnd[range.upperBound - 1])
    }
}

/// Cleans Chinese text for matching and segmentation, through ICU:
/// NFKC (full-width letters and digits to half width, compatibility forms such as ① and ㈠ expanded),
/// optional Traditional → Simplified, invisible characters (U+200B, BOM, soft hyphen) dropped and
/// every kind of space (U+3000, NBSP, tabs) turned into one ASCII space. Chinese punctuation
/// (，。！？：；（）…) is kept as it is: NFKC would turn the full-width forms into ASCII.
public struct TextNormalizer: Sendable {
    public var traditionalToSimplified: Bool
    /// Keep line breaks (sentence boundaries) instead of turning them into spaces.
    public var keepLineBreaks: Bool

    public init(traditionalToSimplified: Bool = false, keepLineBreaks: Bool = true) {
        self.traditionalToSimplified = traditionalToSimplified
        self.keepLineBreaks = keepLineBreaks
    }

    public func normalize(_ text: String) -> NormalizedText {
        normalize(scalars: text.unicodeScalars.map(\.value))
    }

    public func normalize(scalars input: [UInt32]) -> NormalizedText {
        var out = NormalizedText(scalars: [], originStart: [], originEnd: [])
        out.scalars.reserveCapacity(input.count)
        out.originStart.reserveCapacity(input.count)
        out.originEnd.reserveCapacity(input.count)
        var lastWasSpace = true // drops leading spaces
        func emit(_ s: UInt32, _ from: Int, _ to: Int) {
            var value = s
            if traditionalToSimplified { value = SimplifiedChinese.simplify(value) }
            if ScalarClass.isInvisibleOrSpace(value) {
                let isBreak = keepLineBreaks && (value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85)
                if isBreak {
                    // "\r\n" and runs of breaks become one "\n"; a space before it is dropped.
                    if out.scalars.last == 0x20 { out.scalars.removeLast(); out.originStart.removeLast(); out.originEnd.removeLast() }
                    if out.scalars.last == 0x0A || out.scalars.isEmpty { return }
                    value = 0x0A
                } else if isVisibleSpace(value) {
                    if lastWasSpace { return }
                    value = 0x20
                } else {
                    return // invisible: dropped
                }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            out.scalars.append(value)
            out.originStart.append(Int32(from))
            out.originEnd.append(Int32(to))
        }
        var i = 0
        while i < input.count {
            let s = input[i]
            if NFKC.isInert(s) || keepsPunctuation(s) {
                emit(s, i, i + 1); i += 1; continue
            }
            // A run that NFKC must see whole: this code point and any that combine with it.
            var end = i + 1
            while end < input.count && !NFKC.hasBoundaryBefore(input[end]) { end += 1 }
            let normalized = NFKC.normalize(input[i..<end])
            if normalized.count == end - i {
                for (k, value) in normalized.enumerated() { emit(value, i + k, i + k + 1) }
            } else {
                for value in normalized { emit(value, i, end) }
            }
            i = end
        }
        if out.scalars.last == 0x20 || out.scalars.last == 0x0A {
            out.scalars.removeLast(); out.originStart.removeLast(); out.originEnd.removeLast()
        }
        return out
    }

    /// Full-width punctuation and the ellipsis stay Chinese (NFKC would make them ASCII).
    @inline(__always)
    private func keepsPunctuation(_ s: UInt32) -> Bool {
        switch s {
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x2026, 0x2025, 0x3000...0x303F:
            return s != 0x3000
        default: return false
        }
    }

    @inline(__always)
    private func isVisibleSpace(_ s: UInt32) -> Bool {
        switch s {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
