import Foundation
import GRDB
import TopicsCore

/// Rows of any SQLite database (`--table` or `--query`), as cells by column name.
public enum SQLiteRows {
    public static func forEach(path: String, table: String?, query: String?,
                               _ body: (_ header: [String], _ cells: [String: String], _ row: Int) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw TopicsError(.unreadable, input: path, "no such file") }
        var configuration = Configuration()
        configuration.readonly = true
        let sql: String
        if let query { sql = query }
        else if let table { sql = "SELECT * FROM \"\(table.replacingOccurrences(of: "\"", with: "\"\""))\"" }
        else { throw TopicsError(.badArgument, input: path, "name the rows to read: a table or a query", remedy: .nameTableOrQuery) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: sql)
                var n = 0
                while let row = try rows.next() {
                    n += 1
                    var cells: [String: String] = [:]
                    for (column, value) in row {
                        switch value.storage {
                        case .null: continue
                        case .int64(let v): cells[column] = String(v)
                        case .double(let v): cells[column] = String(v)
                        case .string(let v): cells[column] = v
                        case .blob: continue
                        }
                    }
                    try body(Array(row.columnNames), cells, n)
                }
            }
        } catch let error as TopicsError {
            throw error
        } catch {
            throw TopicsError(.unreadable, input: path, DocumentStore.reason(error))
        }
    }
}
