/// Joins pieces of HTML text the way a browser shows them: runs of whitespace collapse to one
/// space and leading and trailing space go. A run that holds a line break is dropped altogether
/// between two Chinese characters: source lines wrapped inside Chinese text are not word breaks,
/// while a typed space between two halves of a headline is kept.
struct TextAccumulator {
    private var scalars = String.UnicodeScalarView()
    private var pendingSpace = false
    private var pendingLineBreak = false
    private var pendingBoundary = false
    private var last: UInt32 = 0

    var isEmpty: Bool { scalars.isEmpty }

    mutating func append(_ text: String) {
        for s in text.unicodeScalars {
            let v = s.value
            if CharacterClass.isSpace(v) || v < 0x20 || v == 0x7F {
                if !scalars.isEmpty {
                    pendingSpace = true
                    if v == 0x0A || v == 0x0D { pendingLineBreak = true }
                }
                continue
            }
            if pendingSpace {
                if pendingBoundary || !(pendingLineBreak && CharacterClass.joinsWithoutSpace(last) && CharacterClass.joinsWithoutSpace(v)) {
                    scalars.append(" ")
                }
                pendingSpace = false
                pendingLineBreak = false
                pendingBoundary = false
            }
            scalars.append(s)
            last = v
        }
    }

    /// A boundary between two elements: one space before the next visible character, even where
    /// the whitespace around it would have been dropped.
    mutating func appendBoundary() {
        guard !scalars.isEmpty else { return }
        pendingSpace = true
        pendingBoundary = true
    }

    mutating func finish() -> String {
        let out = String(scalars)
        scalars = String.UnicodeScalarView()
        pendingSpace = false
        pendingLineBreak = false
        pendingBoundary = false
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
