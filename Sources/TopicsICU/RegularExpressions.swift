import CICUShim

/// ICU's regular expressions, as far as topics needs them itself.
public enum ICURegex {
    /// Whether `pattern` compiles (ICU syntax, the one `NSRegularExpression` uses on Linux): a check
    /// of text a user wrote that does not go through Foundation (see `Taxonomy.patternProblem` for
    /// the pattern length Foundation leaks on).
    public static func compiles(_ pattern: String) -> Bool {
        let units = Array(pattern.utf16)
        return units.withUnsafeBufferPointer { cicu_regex_compiles($0.baseAddress, Int32($0.count)) } == 1
    }
}
