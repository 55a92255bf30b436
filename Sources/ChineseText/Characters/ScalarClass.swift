/// Coarse character classes: the segmenter's type features, run detection (numbers and Latin words
/// stay whole) and the sentence splitter all read them. Pure table logic on code points.
public enum ScalarClass: UInt8, Sendable, CaseIterable {
    case padding = 0     // before the first / after the last character (model features only)
    case han             // CJK ideographs
    case digit           // 0-9 in any width
    case chineseNumeral  // 〇一二三…十百千万亿 and 两 零
    case latin           // A-Z a-z in any width
    case punctuation
    case space           // whitespace and invisible characters: never part of a word
    case other

    @inline(__always)
    public static func of(_ s: UInt32) -> ScalarClass {
        if s >= 0x80 && s < 0x10000 { return bmpClasses.withUnsafeBufferPointer { $0[Int(s)] } }
        return classify(s)
    }

    /// `of(s) == .space`, without a table: the same rules, most characters answered by the first test.
    @inline(__always)
    public static func isSpace(_ s: UInt32) -> Bool {
        if s > 0x3000 { return s == 0xFEFF }
        if s < 0x80 { return s <= 0x20 || s == 0x7F }
        return isInvisibleOrSpace(s)
    }

    /// Runs `body` with `of` for loops: the table is fetched once instead of at every character.
    @inline(__always)
    static func withClasses<R>(_ body: (Classes) -> R) -> R {
        bmpClasses.withUnsafeBufferPointer { body(Classes(table: $0)) }
    }

    /// `of` over a table fetched once (see `withClasses`).
    struct Classes {
        let table: UnsafeBufferPointer<ScalarClass>
        @inline(__always)
        func of(_ s: UInt32) -> ScalarClass {
            s >= 0x80 && s < 0x10000 ? table[Int(s)] : ScalarClass.classify(s)
        }
    }

    /// `classify` of every BMP code point, looked up instead of branching through the ranges.
    @usableFromInline
    static let bmpClasses: [ScalarClass] = (0..<UInt32(0x10000)).map(classify)

    @usableFromInline
    static func classify(_ s: UInt32) -> ScalarClass {
        if s < 0x80 {
            if s >= 0x30 && s <= 0x39 { return .digit }
            if (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A { return .latin }
            if s <= 0x20 || s == 0x7F { return .space }
            return .punctuation
        }
        if s >= 0x4E00 && s <= 0x9FFF { return isChineseNumeral(s) ? .chineseNumeral : .han }
        if s >= 0xFF10 && s <= 0xFF19 { return .digit }
        if (s >= 0xFF21 && s <= 0xFF3A) || (s >= 0xFF41 && s <= 0xFF5A) { return .latin }
        if s == 0x3007 { return .chineseNumeral }
        if isInvisibleOrSpace(s) { return .space }
        if (s >= 0x3400 && s <= 0x4DBF) || (s >= 0xF900 && s <= 0xFAFF) || (s >= 0x20000 && s <= 0x3FFFF) { return .han }
        if (s >= 0x3000 && s <= 0x303F) || (s >= 0xFF00 && s <= 0xFF65) || (s >= 0x2000 && s <= 0x206F)
            || (s >= 0xFE30 && s <= 0xFE4F) || s == 0xB7 || s == 0xD7 || (s >= 0xA1 && s <= 0xBF) { return .punctuation }
        if s >= 0xC0 && s <= 0x24F { return .latin }
        return .other
    }

    @inline(__always)
    static func isChineseNumeral(_ s: UInt32) -> Bool {
        switch s {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, // 一二三四五六七八九十
             0x767E, 0x5343, 0x4E07, 0x4EBF, 0x4E24, 0x96F6:                                   // 百千万亿两零
            return true
        default: return false
        }
    }

    /// Spaces of every width, line breaks, and characters that print nothing (ZWSP, BOM, soft hyphen).
    @inline(__always)
    public static func isInvisibleOrSpace(_ s: UInt32) -> Bool {
        switch s {
        case 0x00...0x20, 0x7F, 0x85, 0xA0, 0xAD, 0x1680, 0x2000...0x200F, 0x2028, 0x2029, 0x202F, 0x205F,
             0x2060...0x2064, 0x3000, 0xFEFF:
            return true
        default: return false
        }
    }

    /// The character the model sees: full-width ASCII folded to half width, every digit to `0` and
    /// every Latin letter to `a`, so "１９９８年" and "2020年" share features.
    @inline(__always)
    public static func featureScalar(_ s: UInt32) -> UInt32 {
        var c = s
        if c >= 0xFF01 && c <= 0xFF5E { c -= 0xFEE0 }
        if c >= 0x30 && c <= 0x39 { return 0x30 }
        if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { return 0x61 }
        return c
    }
}
