import CICUShim

/// ICU's regular expressions, as far as topics needs them itself.
public enum ICURegex {
    /// Whether `pattern` compiles (ICU syntax, the one `NSRegularExpression` uses on Linux). Ask
    /// before building an `NSRegularExpression` from text a user wrote: swift-corelibs-foundation
    /// leaks what ICU allocated when the pattern fails (found by the taxonomy fuzz target).
    public static func compiles(_ pattern: String) -> Bool {
        let units = Array(pattern.utf16)
        return units.withUnsafeBufferPointer { cicu_regex_compiles($0.baseAddress, Int32($0.count)) } == 1
    }
}
