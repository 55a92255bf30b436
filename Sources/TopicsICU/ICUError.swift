import CICUShim

/// An ICU call that failed: the operation and ICU's own error name.
public struct ICUError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var code: Int32

    public var description: String {
        "\(operation) failed: \(String(cString: cicu_error_name(code)))"
    }

    static let bufferOverflow: Int32 = 15

    /// Throws when `code` is a failure (> 0); ICU warnings (< 0) pass.
    static func check(_ code: Int32, _ operation: String) throws(ICUError) {
        if code > 0 { throw ICUError(operation: operation, code: code) }
    }
}
