import TopicModels
import TopicsCore

/// `topics assign` on one record: the record as it came, every field kept, plus `theme` (the
/// theme's id), `theme_name`, `theme_distance` (1 − cosine to the theme's centre, 4 decimals) and
/// `far` (beyond every theme's far threshold: a candidate for a new theme). A record with no text
/// and no title, or none the model knows, gets `theme` and `theme_name` null, distance 1, far true.
public struct ThemeAssignment: Sendable {
    public let assigner: ThemeAssigner
    public static let fields = ["theme", "theme_name", "theme_distance", "far"]

    public init(assigner: ThemeAssigner) { self.assigner = assigner }

    public func placement(of record: Record) -> ThemeAssigner.Placement {
        guard let document = Document(record: record, fallbackID: "") else { return .nowhere }
        return assigner.place(document.fullText)
    }

    /// `record` with the placement's fields (replacing fields of those names it already had).
    public func assigned(_ record: Record) -> Record {
        record.adding(Self.fields(placement(of: record), model: assigner.model))
    }

    /// The fields a placement in `model` adds to a record: theme, theme_name, theme_distance and far.
    public static func fields(_ placement: ThemeAssigner.Placement, model: ThemeModel) -> [Record.Field] {
        let theme = placement.theme.flatMap { id in model.themes.first { $0.id == id } }
        return [
            .init("theme", theme.map { .int($0.id) } ?? .null),
            .init("theme_name", .optional(theme?.name)),
            .init("theme_distance", .double((Double(placement.distance) * 10_000).rounded() / 10_000)),
            .init("far", .bool(placement.far)),
        ]
    }
}
