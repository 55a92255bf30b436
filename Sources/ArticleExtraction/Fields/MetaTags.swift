/// The page's `<meta>` values by lower-cased `name`, `property` or `itemprop`, plus `<time>`
/// elements, the canonical link and the record header of crawl dumps.
struct MetaTags {
    private var values: [String: String] = [:]
    /// The `<time>` elements' values (and `itemprop="datePublished"`), with the element's node, in the page's order.
    var times: [(node: Int, value: String)] = []
    var canonicalURL: String?
    /// Crawl dumps in the SogouT style wrap each page in `<text id="URL" title="…">`: the
    /// crawler's copy of the page's URL and `<title>`, kept for pages that lost their own.
    var recordURL: String?
    var recordTitle: String?

    init(_ tree: HTMLTree) {
        for i in tree.nodes.indices {
            switch tree.nodes[i].tag {
            case .meta:
                guard let content = tree.attribute("content", of: i)?.collapsingWhitespace, !content.isEmpty else { continue }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let name = tree.attribute(key, of: i)?.lowercased(), values[name] == nil { values[name] = content }
                }
            case .time:
                if let value = tree.attribute("datetime", of: i) ?? tree.attribute("pubdate", of: i) { times.append((i, value)) }
                times.append((i, tree.text(of: i)))
            case .link:
                if tree.attribute("rel", of: i)?.lowercased() == "canonical", let href = tree.attribute("href", of: i) {
                    canonicalURL = href
                }
            default:
                guard tree.nodes[i].attributeCount > 0 else { continue }
                if recordURL == nil, tree.nodes[i].tag == .other,
                   let id = tree.attribute("id", of: i), id.hasBytePrefix("http://") || id.hasBytePrefix("https://"),
                   let title = tree.attribute("title", of: i) {
                    recordURL = id
                    recordTitle = title.collapsingWhitespace
                }
                if tree.attribute("itemprop", of: i) == "datePublished" {
                    times.append((i, tree.attribute("content", of: i) ?? tree.attribute("datetime", of: i) ?? tree.text(of: i)))
                }
            }
        }
    }

    func first(_ names: [String]) -> String? {
        for name in names {
            if let value = values[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// Names publishers use for the publication date.
    static let dateNames = [
        "article:published_time", "og:article:published_time", "og:release_date", "datepublished", "publishdate",
        "pubdate", "publish_date", "publication_date", "publishtime", "pub_date", "dc.date.issued", "dc.date",
        "sailthru.date", "article.published", "published_time", "publish_time", "pubtime", "pub_time", "ptime",
        "og:published_time", "article:published", "releasedate", "release_date", "firstpublishedtime", "date", "created",
        "weibo:article:create_at",
    ]
    /// Names for the time a page was last updated: a date only when the page gives no other.
    static let updateNames = ["dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmod", "last-modified"]
    static let authorNames = ["author", "article:author", "og:article:author", "dc.creator", "byline"]
    static let sourceNames = ["source", "og:article:source", "article:source", "contentsource", "mediaid"]
}
