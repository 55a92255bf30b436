import CICUShim

/// Traditional → Simplified Chinese, one code point at a time, through ICU's
/// "Traditional-Simplified" transliterator.
///
/// ICU's rules map characters, so the table is built once (all CJK ideographs through ICU, about
/// 0.1 s on first use) and then applied without ICU: a lookup per code point keeps every offset
/// of the original text valid.
public enum SimplifiedChinese {
    /// The simplified form of `scalar`, or `scalar` itself.
    @inline(__always)
    public static func simplify(_ scalar: UInt32) -> UInt32 {
        guard scalar >= 0x3400 else { return scalar }
        return table[scalar] ?? scalar
    }

    /// Whether the ICU transliterator could be opened (the table is empty otherwise).
    public static var isAvailable: Bool { !table.isEmpty }

    /// Traditional code point → simplified code point, for the ideographs ICU changes.
    static let table: [UInt32: UInt32] = {
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
                // Only one-to-one changes: a mapping to several characters would move offsets.
                if e <= 0, length == 1, UInt32(buffer[0]) != scalar, !(0xD800...0xDFFF).contains(buffer[0]) {
                    table[scalar] = UInt32(buffer[0])
                }
            }
        }
        return table
    }()
}
