import TopicsCore

/// Character classes used by the extraction heuristics, on Unicode scalars (no `Character`
/// grapheme work in the hot loops).
enum CharacterClass {
    /// CJK ideographs (the unified blocks and compatibility ideographs).
    @inline(__always)
    static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FA1F).contains(v)
    }

    /// Scalars that count as content: Han, letters and digits (ASCII and full width). This is the
    /// same set the extraction scorer counts, so block lengths mean the same thing.
    @inline(__always)
    static func isContent(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return isHan(v) || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v)
            || (0xFF41...0xFF5A).contains(v) || (0x00C0...0x024F).contains(v)
    }

    /// Punctuation that ends or splits a sentence: the marks readers of running text leave behind
    /// and menus and link lists do not.
    @inline(__always)
    static func isSentencePunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F,  // 。，、；：！？
             0x201C, 0x201D, 0x300A, 0x300B,  // “”《》
             0x2C, 0x2E, 0x3B, 0x21, 0x3F:  // , . ; ! ?
            true
        default:
            false
        }
    }

    /// Whitespace including the ideographic space, NBSP and zero-width characters.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2002, 0x2003,
             0x2009, 0x202F, 0x205F, 0x1680, 0x85:
            true
        default:
            false
        }
    }

    /// Characters next to which a collapsed space is dropped: Chinese text has no spaces between
    /// words, so line breaks in the HTML source between two Han characters must not become one.
    @inline(__always)
    static func joinsWithoutSpace(_ v: UInt32) -> Bool {
        isHan(v) || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) || (0x2018...0x201F).contains(v)
            || v == 0x2026 || v == 0x2014
    }
}

/// Counts of character classes in a piece of text.
struct TextCounts {
    var content = 0
    var punctuation = 0

    init() {}

    init(_ text: String) {
        var text = text
        (content, punctuation) = text.withUTF8 { b -> (Int, Int) in
            var content = 0, punctuation = 0, i = 0
            while i < b.count {
                let (v, length) = b.codePoint(at: i)
                if CharacterClass.isContent(v) {
                    content += 1
                } else if CharacterClass.isSentencePunctuation(v) {
                    punctuation += 1
                }
                i += length
            }
            return (content, punctuation)
        }
    }

    static func += (lhs: inout TextCounts, rhs: TextCounts) {
        lhs.content += rhs.content
        lhs.punctuation += rhs.punctuation
    }
}
