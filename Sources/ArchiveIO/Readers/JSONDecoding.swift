import Foundation
import TopicsCore

/// JSON text → `Record`, the inverse of `JSONEncoding` (objects keep their key order).
public enum JSONDecoding {
    /// The record of one JSON object, or nil when `bytes` is not a JSON object.
    public static func record(_ bytes: some Collection<UInt8>) -> Record? {
        var parser = Parser(bytes: Array(bytes))
        parser.skipSpace()
        guard case .record(let r)? = parser.value() else { return nil }
        parser.skipSpace()
        return parser.atEnd ? r : nil
    }

    /// A small recursive-descent parser: Foundation's JSONSerialization loses key order.
    struct Parser {
        let bytes: [UInt8]
        var i = 0
        var depth = 0
        var atEnd: Bool { i >= bytes.count }

        mutating func skipSpace() { while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }

        mutating func value() -> Record.Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"): return object().map(Record.Value.record)
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map(Record.Value.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func literal(_ word: String, _ v: Record.Value) -> Record.Value? {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { return nil }
            i += w.count
            return v
        }

        mutating func number() -> Record.Value? {
            let start = i
            while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
            guard let text = String(bytes: bytes[start..<i], encoding: .ascii), !text.isEmpty else { return nil }
            if let n = Int(text) { return .int(n) }
            return Double(text).map(Record.Value.double)
        }

        mutating func object() -> Record? {
            depth += 1
            defer { depth -= 1 }
            guard depth < 200 else { return nil }
            i += 1
            var record = Record()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return record }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value() else { return nil }
                record.append(key, v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return record }
                return nil
            }
        }

        /// Arrays of strings become `.strings`, of objects `.records`; mixed arrays become strings.
        mutating func array() -> Record.Value? {
            depth += 1
            defer { depth -= 1 }
            guard depth < 200 else { return nil }
            i += 1
            var items: [Record.Value] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .strings([]) }
            while true {
                guard let v = value() else { return nil }
                items.append(v)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                return nil
            }
            let records = items.compactMap { if case .record(let r) = $0 { r } else { nil } }
            if records.count == items.count { return .records(records) }
            return .strings(items.map { v in
                switch v {
                case .string(let s): s
                case .int(let n): String(n)
                case .double(let d): String(d)
                case .bool(let b): String(b)
                default: ""
                }
            })
        }

        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard var unit = hex4() else { return nil }
                        var scalar = UInt32(unit)
                        if (0xD800...0xDBFF).contains(unit), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            guard let low = hex4() else { return nil }
                            if (0xDC00...0xDFFF).contains(low) {
                                scalar = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
                            } else { unit = low; scalar = 0xFFFD }
                        }
                        let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                        out.append(contentsOf: Array(String(Character(s)).utf8))
                    default: out.append(e)
                    }
                    continue
                }
                out.append(b)
                i += 1
            }
            return nil
        }

        mutating func hex4() -> UInt16? {
            guard i + 4 <= bytes.count, let v = UInt16(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else { return nil }
            i += 4
            return v
        }
    }
}
