/// The JSON form of a cleaned article, as `dossier clean --format json` prints it:
/// `{"source", "title", "subtitle", "byline", "date", "section", "url", "text", "blocks": [{"kind", "text"}]}`.
/// Absent fields are null.
public struct ArticleJSON: Encodable, Sendable {
    public struct BlockJSON: Encodable, Sendable {
        public let kind: String
        public let text: String
    }

    public let source: String
    public let title: String
    public let subtitle: String?
    public let byline: String?
    public let date: String?
    public let section: String?
    /// The page's own address, when it declared one.
    public let url: String?
    public let text: String
    public let blocks: [BlockJSON]

    public init(_ article: Article) {
        source = article.source
        title = article.title
        subtitle = article.subtitle
        byline = article.byline
        date = article.date
        section = article.section
        url = article.url
        text = article.text
        blocks = article.blocks.map { BlockJSON(kind: $0.kind.rawValue, text: String(article[$0.range])) }
    }

    enum CodingKeys: String, CodingKey {
        case source, title, subtitle, byline, date, section, url, text, blocks
    }

    /// Encodes absent fields as null rather than leaving them out.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(subtitle, forKey: .subtitle)
        try container.encode(byline, forKey: .byline)
        try container.encode(date, forKey: .date)
        try container.encode(section, forKey: .section)
        try container.encode(url, forKey: .url)
        try container.encode(text, forKey: .text)
        try container.encode(blocks, forKey: .blocks)
    }
}
