extension WorkspaceResults {
    /// Segmented words (`停车 难 问题`), as stores index them, back as written: a space is kept only
    /// between two Latin letters or digits. Snippets cut from the indexed words are shown this way.
    public static func unsegmented(_ words: String) -> String {
        var out = ""
        var previous: Character? = nil
        var pendingSpace = false
        for c in words {
            if c == " " { pendingSpace = true; continue }
            if pendingSpace, let p = previous, (p.isASCII && (p.isLetter || p.isNumber)) && (c.isASCII && (c.isLetter || c.isNumber)) { out.append(" ") }
            pendingSpace = false
            out.append(c)
            previous = c
        }
        return out
    }
}
