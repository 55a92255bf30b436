import CICUShim

/// Traditional → Simplified Chinese, one code point at a time, as ICU's "Traditional-Simplified"
/// transliterator maps them.
///
/// ICU's rules map characters, so the mapping is a table: `SimplifiedTable.swift`, written by
/// `corpora/tools/build_simplified_table.py` from ICU (compiling ICU's rules and running all CJK
/// ideographs through them cost about 50 ms in every process). A lookup per code point keeps every
/// offset of the original text valid.
public enum SimplifiedChinese {
    /// The simplified form of `scalar`, or `scalar` itself.
    @inline(__always)
    public static func simplify(_ scalar: UInt32) -> UInt32 {
        guard scalar >= 0x3400 else { return scalar }
        return table[scalar] ?? scalar
    }

    /// Whether the table is there (it is compiled in).
    public static var isAvailable: Bool { !table.isEmpty }

    /// Traditional code point → simplified code point, for the ideographs ICU changes.
    static let table: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        table.reserveCapacity(3000)
        var pending: UInt32? = nil
        for s in pairs.unicodeScalars where s != "\n" {
            if let traditional = pending { table[traditional] = s.value; pending = nil } else { pending = s.value }
        }
        return table
    }()

    /// The same mapping from the live ICU transliterator (one-to-one changes only: a mapping to several
    /// characters would move offsets), for checking the table; empty when ICU cannot open the transform.
    static func fromICU() -> [UInt32: UInt32] {
        var err: Int32 = 0
        guard let handle = cicu_translit_open("Traditional-Simplified", &err), err <= 0 else { return [:] }
        defer { cicu_translit_close(handle) }
        var table: [UInt32: UInt32] = [:]
        var buffer = [UInt16](repeating: 0, count: 16)
        let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
        for block in blocks {
            for scalar in block {
                buffer[0] = UInt16(scalar)
                var e: Int32 = 0
                let length = cicu_translit_apply(handle, &buffer, 1, Int32(buffer.count), &e)
                if e <= 0, length == 1, UInt32(buffer[0]) != scalar, !(0xD800...0xDFFF).contains(buffer[0]) {
                    table[scalar] = UInt32(buffer[0])
                }
            }
        }
        return table
    }
}
