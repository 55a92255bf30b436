/// Joins pieces of HTML text the way a browser shows them: runs of whitespace collapse to one
/// space, leading and trailing space go, and no space is left between two Chinese characters
/// (source line breaks inside Chinese text are not word breaks).
struct TextAccumulator {
    private var scalars = String.UnicodeScalarView()
    private var pendingSpace = false
    private var last: UInt32 = 0

    var isEmpty: Bool { scalars.isEmpty }

    mutating func append(_ text: String) {
        for s in text.unicodeScalars {
            let v = s.value
            if CharacterClass.isSpace(v) || v < 0x20 || v == 0x7F {
                if !scalars.isEmpty { pendingSpace = true }
                continue
            }
            if pendingSpace {
                if !(CharacterClass.joinsWithoutSpace(last) && CharacterClass.joinsWithoutSpace(v)) {
                    scalars.append(" ")
                }
                pendingSpace = false
            }
            scalars.append(s)
            last = v
        }
    }

    /// Marks a word boundary (an inline element edge) without forcing a space.
    mutating func appendSpace() {
        if !scalars.isEmpty { pendingSpace = true }
    }

    mutating func finish() -> String {
        let out = String(scalars)
        scalars = String.UnicodeScalarView()
        pendingSpace = false
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
