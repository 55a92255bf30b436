#if canImport(Glibc)
import Glibc
#endif
import CXLSXShim
import TopicsCore

/// An Excel workbook (.xlsx, through libxlsxwriter), sheets written a record a row: the header row
/// bold, frozen and filtered, numbers as numbers, lists one item a line (wrapped), nested records
/// as JSON text. Like every output it appears under its name only on `commit()`.
///
/// Text cells are text, never formulas; they are also neutralised like CSV cells (a leading `'`
/// before `=`, `+`, `-`, `@`), so a cell copied into another sheet or saved as CSV stays inert.
public final class XLSXWorkbook {
    private var book: OpaquePointer?
    private let path: String
    private let temporaryPath: String
    private var columns: [String]?
    private var row: UInt32 = 0
    private var widths: [Double] = []
    private var sheets = 0

    /// Excel's limit on the characters of one cell.
    public static let maxCellCharacters = 32_767

    public init(path: String) throws(TopicsError) {
        self.path = path
        var template = Array("\(path).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw TopicsError(.writeFailed, input: path, "cannot create a file beside it: \(OutputFile.errnoText())") }
        fchmod(fd, 0o644)
        close(fd)
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard let book = cxlsx_new(temporaryPath) else {
            unlink(temporaryPath)
            throw TopicsError(.writeFailed, input: path, "cannot start an xlsx workbook")
        }
        self.book = book
    }

    deinit { abandon() }

    private var handle: OpaquePointer { book! }

    /// Starts a sheet; its header comes from `columns`, or from the first record's field names.
    public func addSheet(_ name: String, columns: [String]? = nil) throws(TopicsError) {
        try finishSheet()
        let safe = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        try check(cxlsx_add_sheet(handle, safe))
        sheets += 1
        self.columns = nil
        row = 0
        widths = []
        if let columns { try writeHeader(columns) }
    }

    /// One record as the next row of the current sheet (a sheet named "Sheet1" when none was added).
    public func write(_ record: Record) throws(TopicsError) {
        if sheets == 0 { try addSheet("Sheet1") }
        if columns == nil { try writeHeader(record.fields.map(\.name)) }
        for (k, name) in columns!.enumerated() {
            let col = UInt16(k)
            switch record[name] ?? .null {
            case .null: continue
            case .bool(let b): try text(b ? "true" : "false", col)
            case .int(let n): try check(cxlsx_write_number(handle, row, col, Double(n))); widen(col, Double(String(n).count))
            case .double(let d): try check(cxlsx_write_number(handle, row, col, d)); widen(col, 8)
            case .string(let s): try text(CSVWriter.neutralized(s), col)
            case .strings(let items): try text(CSVWriter.neutralized(items.joined(separator: "\n")), col)
            case let value:
                var bytes: [UInt8] = []
                JSONEncoding.append(value, to: &bytes)
                try text(String(decoding: bytes, as: UTF8.self), col)
            }
        }
        row += 1
    }

    /// Writes the file and renames it over `path`.
    public func commit() throws(TopicsError) {
        try finishSheet()
        guard let book else { return }
        self.book = nil
        let code = cxlsx_close(book)
        guard code == 0 else {
            unlink(temporaryPath)
            throw TopicsError(.writeFailed, input: path, String(cString: cxlsx_error_text(code)))
        }
        if rename(temporaryPath, path) != 0 {
            let reason = OutputFile.errnoText()
            unlink(temporaryPath)
            throw TopicsError(.writeFailed, input: path, reason)
        }
    }

    /// Drops the workbook; the final name is untouched.
    public func abandon() {
        guard let book else { return }
        self.book = nil
        cxlsx_discard(book)
        unlink(temporaryPath)
    }

    private func writeHeader(_ names: [String]) throws(TopicsError) {
        columns = names
        widths = names.map { Double(Self.displayWidth($0)) + 2 }
        for (k, name) in names.enumerated() { try check(cxlsx_write_text(handle, 0, UInt16(k), name, 1)) }
        row = 1
    }

    private func text(_ value: String, _ col: UInt16) throws(TopicsError) {
        let cell = value.count > Self.maxCellCharacters ? String(value.prefix(Self.maxCellCharacters - 1)) + "…" : value
        try check(cxlsx_write_text(handle, row, col, cell, 0))
        let longestLine = cell.split(separator: "\n").lazy.map { Self.displayWidth(String($0)) }.max() ?? 0
        widen(col, Double(longestLine))
    }

    private func widen(_ col: UInt16, _ width: Double) {
        if Int(col) < widths.count { widths[Int(col)] = max(widths[Int(col)], min(width + 1, 60)) }
    }

    private func finishSheet() throws(TopicsError) {
        guard book != nil, sheets > 0, let columns else { return }
        for (k, w) in widths.enumerated() { try check(cxlsx_set_width(handle, UInt16(k), w)) }
        try check(cxlsx_header_filter(handle, row, UInt16(columns.count)))
        self.columns = nil
    }

    private func check(_ code: Int32) throws(TopicsError) {
        guard code == 0 else { throw TopicsError(.writeFailed, input: path, String(cString: cxlsx_error_text(code))) }
    }

    /// Columns a text takes: Chinese characters count two.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
