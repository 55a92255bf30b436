import ArchiveIO
import TopicModels
import TopicsCore

/// Theme models on disk: `topics cluster --save-model` writes them, `topics assign --model` and
/// `topics cluster --update` read them.
public enum ThemeModelFile {
    /// The model at `path`; an unreadable, foreign, damaged or other-version file is a
    /// `badArgument` error naming the file.
    public static func load(_ path: String) throws(TopicsError) -> ThemeModel {
        let bytes: [UInt8]
        do { bytes = try InputFiles.read(.file(path), maxBytes: 4 << 30) } catch {
            throw TopicsError(.badArgument, input: path, "cannot read the theme model: \(error.reason)")
        }
        return try ThemeModel(serialized: bytes, name: path)
    }

    /// Writes `model` to `path`, replacing it atomically.
    public static func save(_ model: ThemeModel, to path: String) throws(TopicsError) {
        try OutputFile.replace(path, with: model.serialized())
    }

    /// `model` with each theme's dominant taxonomy topics (`tags[i]`: topic paths of document i),
    /// as `topics cluster` reports them per theme.
    public static func tagged(_ model: ThemeModel, themes: [Theme], tags: [[String]]) -> ThemeModel {
        var model = model
        for theme in themes {
            guard let t = model.themes.firstIndex(where: { $0.id == theme.id }) else { continue }
            model.themes[t].tags = theme.dominantTags(tags).tags.map { ThemeModel.Theme.Tag(topic: $0.topic, count: $0.count) }
        }
        return model
    }
}
