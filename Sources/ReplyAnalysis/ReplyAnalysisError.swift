/// Errors reading the data reply analysis needs.
public enum ReplyAnalysisError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case badHolidayLine(String, Int, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read the holiday table"
        case .badHolidayLine(let source, let line, let reason): "\(source):\(line): bad holiday line: \(reason)"
        }
    }
}
