import TopicsCore

/// A page built in one byte buffer: markup appended as its UTF-8, values from documents and
/// requests escaped byte by byte on the way in (the search page, issue 19: one buffer instead
/// of many String concatenations, escapes and replacements per request).
///
/// `text` escapes `& < > " '` like `Pages.h`, but per byte: a quote followed by a combining mark
/// is still escaped (a `Character` loop sees one grapheme there and lets it through).
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    /// Markup the page writes itself (never a value from a document or a request).
    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A decimal number.
    mutating func number(_ n: Int) { raw(String(n)) }

    /// Text or an attribute value, escaped.
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in for b in utf8 { escape(b) } }
    }

    /// Snippet text from the store: escaped, its match markers (`WorkspaceResults.markStart` and
    /// `markEnd`, one byte each in UTF-8) as `<mark>` and `</mark>`.
    mutating func marked(_ snippet: String) {
        let start = WorkspaceResults.markStart.asciiValue!, end = WorkspaceResults.markEnd.asciiValue!
        var s = snippet
        s.withUTF8 { utf8 in
            for b in utf8 {
                if b == start { raw("<mark>") } else if b == end { raw("</mark>") } else { escape(b) }
            }
        }
    }

    /// A URL path segment or query value: everything but unreserved characters percent-encoded (`Pages.u`).
    mutating func urlComponent(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            for b in utf8 {
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                    bytes.append(b)
                default:
                    bytes.append(UInt8(ascii: "%")); bytes.append(Self.hex[Int(b >> 4)]); bytes.append(Self.hex[Int(b & 15)])
                }
            }
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    @inline(__always)
    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "&"): raw("&amp;")
        case UInt8(ascii: "<"): raw("&lt;")
        case UInt8(ascii: ">"): raw("&gt;")
        case UInt8(ascii: "\""): raw("&quot;")
        case UInt8(ascii: "'"): raw("&#39;")
        default: bytes.append(b)
        }
    }
}
