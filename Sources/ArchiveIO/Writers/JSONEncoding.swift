import TopicsCore

/// Writes a `Record` as one compact JSON object, straight into UTF-8 bytes.
public enum JSONEncoding {
    public static func append(_ record: Record, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, field) in record.fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendString(field.name, to: &out)
            out.append(UInt8(ascii: ":"))
            append(field.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    public static func append(_ value: Record.Value, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
        case .string(let s): appendString(s, to: &out)
        case .strings(let items):
            out.append(UInt8(ascii: "["))
            for (i, s) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendString(s, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .record(let r): append(r, to: &out)
        case .records(let items):
            out.append(UInt8(ascii: "["))
            for (i, r) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(r, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string literal: UTF-8 passes through, quotes, backslashes and control characters
    /// are escaped, and U+2028/2029 too so the line is safe to embed in JavaScript.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count + 1)
            var i = 0, run = 0  // bytes[run..<i] pass through unchanged, copied at once
            while i < bytes.count {
                let b = bytes[i]
                let plain = b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x7F
                    && !(b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9))
                if plain { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0xE2:
                    out.append(contentsOf: Array("\\u202".utf8) + [bytes[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")])
                    i += 2
                default:
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
