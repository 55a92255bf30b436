import ArgumentParser
import TopicsPipeline

extension Stores {
    /// The store a command names, else `$TOPICS_STORE`; a usage error that starts with `need` when neither names one.
    static func location(_ named: String?, else need: String) throws -> String {
        guard let location = named ?? fromEnvironment else { throw ValidationError("\(need) (a SQLite file or a postgres:// URL), or set TOPICS_STORE") }
        return location
    }
}

/// How to read archives: the options of every command that takes documents from files.
struct ArchiveOptions: ParsableArguments {
    @Argument(help: "HTML pages, text files, JSON Lines, CSV or SQLite files, folders of them, a store (SQLite file or postgres:// URL), or - (JSON Lines on standard input); none: the store $TOPICS_STORE names.") var inputs: [String] = []

    /// The inputs named or, when none are, the store `TOPICS_STORE` names: an office that shares one
    /// archive sets it once and runs `topics agenda -o report/`.
    var namedInputs: [String] { inputs.isEmpty ? Stores.fromEnvironment.map { [$0] } ?? [] : inputs }

    @Option(help: "Read every document as this kind (default: detected for pages and text; the record's own, else suggestion, for tables).") var kind: Document.Kind?
    @Option(help: "CSV/SQLite column with the text (default: guessed from names like 内容, 留言详情, 问题描述, text).") var textColumn: String?
    @Option(help: "CSV/SQLite column with the title (default: guessed: 标题, 留言主题, title …).") var titleColumn: String?
    @Option(help: "CSV/SQLite column with the id (default: guessed: 编号, 序号, id …; else file:row).") var idColumn: String?
    @Option(name: .customLong("map"), help: ArgumentHelp(
        "A document field filled from a CSV/SQLite column, as field=column; repeatable.",
        discussion: "Fields: \(ColumnMapping.Field.allCases.map(\.rawValue).joined(separator: ", ")). Unnamed fields are guessed from usual column names (反映时间, 留言用户, 所属地区, 承办单位, 点赞数 …)."))
    var map: [String] = []

    @Option(help: "SQLite input: the table to read.") var table: String?
    @Option(help: "SQLite input: an SQL query whose rows are the documents.") var query: String?

    func validate() throws {
        if namedInputs.isEmpty { throw ValidationError("name at least one input: a file, a folder, a glob, a store, or - for standard input (or set TOPICS_STORE)") }
        _ = try columns()
    }

    func columns() throws -> ColumnMapping {
        var mapping = ColumnMapping(id: idColumn, title: titleColumn, text: textColumn)
        for pair in map where !mapping.set(pair: pair) {
            throw ValidationError("--map \(pair): expected field=column with a field among \(ColumnMapping.Field.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return mapping
    }

    var source: ArchiveSource {
        ArchiveSource(inputs: namedInputs, kind: kind, columns: (try? columns()) ?? ColumnMapping(), table: table, query: query)
    }

    var archive: Archive { Archive(source, notice: Terminal.notice) }
}
