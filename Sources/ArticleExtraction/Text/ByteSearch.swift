extension String {
    /// Substring test on the UTF-8 bytes. `String.contains(_:)` compares by grapheme cluster,
    /// which costs ~100× more and matters when every block of a 50 MB page is checked.
    func containsBytes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// How many of `phrases` occur in the string (each counted once), reading its UTF-8 once.
    func countBytes(of phrases: PhraseList, stopAt limit: Int = .max) -> Int {
        var haystack = self
        return haystack.withUTF8 { h in
            var found = 0
            for n in phrases.bytes where n.count <= h.count {
                let first = n[0], last = h.count - n.count
                var i = 0
                search: while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count {
                            found += 1
                            if found >= limit { return found }
                            break search
                        }
                    }
                    i += 1
                }
            }
            return found
        }
    }

    /// Equality of the UTF-8 bytes (no Unicode canonical-equivalence work).
    func sameBytes(_ other: String) -> Bool {
        utf8.elementsEqual(other.utf8)
    }
}

extension StringProtocol {
    /// Prefix test on the UTF-8 bytes.
    func hasBytePrefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }
}

/// Phrases kept as UTF-8 bytes, so a line is tested against all of them without re-encoding.
struct PhraseList: Sendable {
    let bytes: [[UInt8]]
    init(_ phrases: [String]) { bytes = phrases.filter { !$0.isEmpty }.map { Array($0.utf8) } }
}
