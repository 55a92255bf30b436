import TopicsCore

/// A search as the page's form and links carry it (`?q=…&kind=…&from=…&to=…&topic=…&theme=…&region=…&source=…&page=…`).
struct SearchParameters: Sendable, Equatable {
    var q = "", kind = "", from = "", to = "", topic = "", theme = "", region = "", source = ""
    var page = 1
    static let pageSize = 20

    init(_ form: [String: String]) {
        q = form["q"] ?? ""; kind = form["kind"] ?? ""; from = form["from"] ?? ""; to = form["to"] ?? ""
        topic = form["topic"] ?? ""; theme = form["theme"] ?? ""; region = form["region"] ?? ""; source = form["source"] ?? ""
        page = max(1, min(10_000, Int(form["page"] ?? "") ?? 1))
    }

    /// The query string of this search with some fields changed (empty values left out).
    func query(_ changes: [String: String] = [:]) -> String {
        var fields: [(String, String)] = [("q", q), ("kind", kind), ("from", from), ("to", to), ("topic", topic), ("theme", theme),
                                          ("region", region), ("source", source), ("page", page == 1 ? "" : String(page))]
        for (k, v) in changes { if let at = fields.firstIndex(where: { $0.0 == k }) { fields[at].1 = v } else { fields.append((k, v)) } }
        return fields.filter { !$0.1.isEmpty }.map { "\($0.0)=\(Pages.u($0.1))" }.joined(separator: "&")
    }

    /// A date filter must be a day (`2019-03-01`): anything else is refused, naming it.
    static func checkedDate(_ s: String, _ name: String) throws(TopicsError) -> String? {
        if s.isEmpty { return nil }
        let b = Array(s.utf8)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[$0]) }) else {
            throw TopicsError(.badArgument, input: name, "not a day (YYYY-MM-DD): \(s)")
        }
        return s
    }
}

/// `application/x-www-form-urlencoded` (query strings and form bodies) into fields; the last
/// value of a repeated name wins.
enum FormDecoding {
    static func fields(_ encoded: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map({ decode($0) }), !name.isEmpty else { continue }
            out[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return out
    }

    /// `+` is a space (in forms; not in paths), `%XX` a byte; bytes that are not UTF-8 become U+FFFD.
    static func decode(_ s: Substring, plusIsSpace: Bool = true) -> String {
        var bytes: [UInt8] = []
        var i = s.utf8.startIndex
        let u = s.utf8
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while i < u.endIndex {
            let c = u[i]
            if c == UInt8(ascii: "+") && plusIsSpace { bytes.append(UInt8(ascii: " ")) }
            else if c == UInt8(ascii: "%"), let a = u.index(i, offsetBy: 1, limitedBy: u.endIndex), a < u.endIndex,
                    let b = u.index(a, offsetBy: 1, limitedBy: u.endIndex), b < u.endIndex, let x = hex(u[a]), let y = hex(u[b]) {
                bytes.append(x << 4 | y); i = b
            } else { bytes.append(c) }
            i = u.index(after: i)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
