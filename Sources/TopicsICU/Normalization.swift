import CICUShim

/// Unicode NFKC through ICU's `unorm2`, on code points (UTF-32) so callers keep their own offsets.
public enum NFKC {
    /// True when NFKC leaves `scalar` unchanged whatever surrounds it: such a code point can be
    /// copied without calling ICU (ASCII and the CJK ideographs, most text, are checked inline).
    @inline(__always)
    public static func isInert(_ scalar: UInt32) -> Bool {
        if scalar < 0xA0 { return true }
        if scalar >= 0x4E00 && scalar <= 0x9FFF { return true }
        return cicu_nfkc_is_inert(scalar) != 0
    }

    /// True when nothing before `scalar` can combine with it, so an NFKC run may start here.
    public static func hasBoundaryBefore(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return true }
        return cicu_nfkc_has_boundary_before(scalar) != 0
    }

    /// NFKC of a run of code points.
    public static func normalize(_ scalars: some Collection<UInt32>) -> [UInt32] {
        let utf16 = UTF16Buffer.encode(scalars)
        var out = [UInt16](repeating: 0, count: utf16.count * 4 + 8)
        var err: Int32 = 0
        var written = cicu_nfkc(utf16, Int32(utf16.count), &out, Int32(out.count), &err)
        if err == ICUError.bufferOverflow {
            out = [UInt16](repeating: 0, count: Int(written))
            err = 0
            written = cicu_nfkc(utf16, Int32(utf16.count), &out, Int32(out.count), &err)
        }
        guard err <= 0 else { return Array(scalars) } // ICU failed: leave the text as it was
        return UTF16Buffer.decode(out.prefix(Int(written)))
    }
}

/// UTF-16 ↔ code points, for the ICU calls that take `UChar`.
enum UTF16Buffer {
    static func encode(_ scalars: some Collection<UInt32>) -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(scalars.count)
        for value in scalars {
            if value < 0x10000 {
                out.append(UInt16(value))
            } else {
                let v = value - 0x10000
                out.append(UInt16(0xD800 + (v >> 10)))
                out.append(UInt16(0xDC00 + (v & 0x3FF)))
            }
        }
        return out
    }

    static func decode(_ units: some Collection<UInt16>) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(units.count)
        for scalar in Unicode.UTF16.decode(units) { out.append(scalar) }
        return out
    }
}

extension Unicode.UTF16 {
    /// Decodes UTF-16 code units, replacing unpaired surrogates with U+FFFD.
    static func decode(_ units: some Collection<UInt16>) -> [UInt32] {
        var out: [UInt32] = []
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): out.append(s.value)
            case .error: out.append(0xFFFD)
            case .emptyInput: break loop
            }
        }
        return out
    }
}
