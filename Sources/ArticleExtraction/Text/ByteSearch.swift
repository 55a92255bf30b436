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
