import TopicsCore

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
                let (v, length) = utf8.codePoint(at: i)
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
        if isCollapsed { return self }
        var acc = TextAccumulator()
        acc.append(self)
        return acc.finish()
    }

    /// Whether collapsing would leave the text as it is: its only whitespace single spaces between visible characters
    /// (most lines read as fields). Answered in one pass over the bytes, without building a copy.
    var isCollapsed: Bool {
        var text = self
        return text.withUTF8 { b in
            var i = 0, afterSpace = true  // a space opening the text goes
            while i < b.count {
                let (v, length) = b.codePoint(at: i)
                if CharacterClass.isSpace(v) || v < 0x20 || v == 0x7F {
                    guard v == 0x20, !afterSpace else { return false }
                    afterSpace = true
                } else {
                    afterSpace = false
                }
                i += length
            }
            return b.isEmpty || !afterSpace
        }
    }
}
