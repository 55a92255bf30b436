import TopicsCore

/// One extracted page: the article a reader came for, without the site around it.
public struct Article: Sendable, Equatable {
    public struct Image: Sendable, Equatable {
        public var src: String
        public var caption: String?
    }

    /// Where the page came from, when known (`--base-url` or the page's canonical link).
    public var url: String?
    /// The file it was read from, when there was one.
    public var path: String?
    public var title: String?
    /// ISO 8601: `2020-10-24`, or `2020-10-24T09:30` / `2020-10-24T09:30:15` when a time is given.
    public var date: String?
    /// The outlet the article comes from (来源).
    public var source: String?
    /// Author or reporter (作者 / 记者), several joined by a space.
    public var author: String?
    /// The page's own summary (核心提示, 摘要, 导读) when it has one.
    public var summary: String?
    public var paragraphs: [String]
    public var images: [Image]
    /// The charset the page was decoded from.
    public var encoding: String

    /// The body as one string, paragraphs separated by newlines.
    public var text: String { paragraphs.joined(separator: "\n") }

    public var record: Record {
        Record([
            .init("url", .optional(url)),
            .init("path", .optional(path)),
            .init("title", .optional(title)),
            .init("date", .optional(date)),
            .init("source", .optional(source)),
            .init("author", .optional(author)),
            .init("summary", .optional(summary)),
            .init("paragraphs", .strings(paragraphs)),
            .init("text", .string(text)),
            .init("images", .records(images.map { Record([.init("src", .string($0.src)), .init("caption", .optional($0.caption))]) })),
            .init("encoding", .string(encoding)),
        ])
    }
}
