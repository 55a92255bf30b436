/// Joins pieces of HTML text the way a browser shows them: runs of whitespace collapse to one
/// space and leading and trailing space go. A run that holds a line break is dropped altogether
/// between two Chinese characters: source lines wrapped inside Chinese text are not word breaks,
/// while a typed space between two halves of a headline is kept.
struct TextAccumulator {
    /// The text so far, as UTF-8.
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingLineBreak = false
    private var pendingBoundary = false
    /// The run holds a typed space (`&nbsp;`, U+3000), which a line break beside it does not take away.
    private var pendingTypedSpace = false
    private var last: UInt32 = 0

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let n = utf8.count
            var i = 0
            // The visible characters since `run` are copied at once when whitespace or the end comes.
            var run = -1
            while i < n {
                // A String's UTF-8 is valid: each lead byte is followed by its continuation bytes.
                let b0 = utf8[i]
                let v: UInt32, length: Int
                if b0 < 0x80 {
                    v = UInt32(b0); length = 1
                } else if b0 < 0xE0 {
                    v = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); length = 2
                } else if b0 < 0xF0 {
                    v = UInt32(b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); length = 3
                } else {
                    v = UInt32(b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                        | UInt32(utf8[i + 3] & 0x3F)
                    length = 4
                }
                defer { i += length }
                if CharacterClass.isSpace(v) || v < 0x20 || v == 0x7F {
                    if run >= 0 {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                        run = -1
                    }
                    if !bytes.isEmpty {
                        pendingSpace = true
                        if v == 0x0A || v == 0x0D { pendingLineBreak = true }
                        if v == 0xA0 || v == 0x3000 { pendingTypedSpace = true }
                    }
                    continue
                }
                if pendingSpace {
                    if pendingBoundary || pendingTypedSpace
                        || !(pendingLineBreak && CharacterClass.joinsWithoutSpace(last) && CharacterClass.joinsWithoutSpace(v)) {
                        bytes.append(0x20)
                    }
                    pendingSpace = false
                    pendingLineBreak = false
                    pendingBoundary = false
                    pendingTypedSpace = false
                }
                if run < 0 { run = i }
                last = v
            }
            if run >= 0 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<n])) }
        }
    }

    /// A boundary between two elements: one space before the next visible character, even where
    /// the whitespace around it would have been dropped.
    mutating func appendBoundary() {
        guard !bytes.isEmpty else { return }
        pendingSpace = true
        pendingBoundary = true
    }

    mutating func finish() -> String {
        let out = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingLineBreak = false
        pendingBoundary = false
        pendingTypedSpace = false
        last = 0
        return out
    }
}

extension String {
    /// Whitespace collapsed as in `TextAccumulator`.
    var collapsingWhitespace: String {
        var acc = TextAccumulator()
        acc.append(self)
        return acc.finish()
    }
}
