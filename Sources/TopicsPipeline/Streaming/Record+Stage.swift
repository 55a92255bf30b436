import TopicsCore

extension Record {
    /// This record with `added` after its own fields; a field of the same name it already had is
    /// dropped (a stage run twice over its own output replaces its fields, it does not repeat them).
    public func adding(_ added: [Record.Field]) -> Record {
        let names = Set(added.map(\.name))
        return Record(fields.filter { !names.contains($0.name) } + added)
    }
}
