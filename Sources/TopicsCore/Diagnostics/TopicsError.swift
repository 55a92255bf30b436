/// An error a user can act on: a stable code, the input it concerns and the reason in words.
///
/// `description` is the one line printed on the terminal (`topics: page.html: E102 not HTML: …`);
/// the same fields go into error records, so scripts can match on `code`.
public struct TopicsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Code
    /// The file, URL or record the error is about, when there is one.
    public var input: String?
    public var reason: String
    /// What the user can do about it, when the library knows: the command-line tool turns it into
    /// the flag to use (libraries name no flag).
    public var remedy: Remedy?

    public enum Remedy: String, Sendable {
        /// Say which column of a table holds the text.
        case nameTextColumn
        /// Say which rows of a database to read: a table or a query.
        case nameTableOrQuery
    }

    public init(_ code: Code, input: String? = nil, _ reason: String, remedy: Remedy? = nil) {
        self.code = code
        self.input = input
        self.reason = reason
        self.remedy = remedy
    }

    public var description: String {
        let head = input.map { "\($0): " } ?? ""
        return "\(head)\(code.rawValue) \(code.summary): \(reason)"
    }

    /// The error as a record for `--errors FILE`.
    public var record: Record {
        Record([
            .init("input", .optional(input)),
            .init("code", .string(code.rawValue)),
            .init("error", .string(code.summary)),
            .init("reason", .string(reason)),
        ])
    }

    /// Stable error codes. Never renumber: scripts and error records rely on them.
    public enum Code: String, Sendable, CaseIterable {
        case unreadable = "E101"
        case empty = "E102"
        case binary = "E103"
        case unknownEncoding = "E104"
        case tooLarge = "E105"
        case unparsable = "E106"
        case noContent = "E107"
        case badArgument = "E201"
        case writeFailed = "E301"

        public var summary: String {
            switch self {
            case .unreadable: "cannot read input"
            case .empty: "empty input"
            case .binary: "not text"
            case .unknownEncoding: "unknown encoding"
            case .tooLarge: "input too large"
            case .unparsable: "cannot parse input"
            case .noContent: "no article text found"
            case .badArgument: "bad argument"
            case .writeFailed: "cannot write output"
            }
        }
    }
}
