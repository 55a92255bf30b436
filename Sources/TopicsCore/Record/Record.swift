/// A flat, ordered list of named values: the one shape every writer (JSON Lines, CSV, text)
/// understands, so a library's output type only has to say how it becomes a `Record`.
///
/// Field order is kept, so JSON objects and CSV columns come out in the order a reader expects.
public struct Record: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: Value
        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// The values a field may hold. Nested records become JSON objects; CSV flattens them.
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case strings([String])
        case record(Record)
        case records([Record])

        /// `.null` for nil, so optional fields are written as JSON `null`.
        public static func optional(_ string: String?) -> Value {
            string.map(Value.string) ?? .null
        }
    }

    public var fields: [Field]

    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }

    public mutating func append(_ name: String, _ value: Value) {
        fields.append(Field(name, value))
    }
}
