/// What an extractor found in a page, before it becomes an `Article`.
///
/// Extractors fill a draft field by field; `Article(draft:)` normalizes it, joins the reading
/// text and computes every range once.
public struct ArticleDraft: Sendable, Hashable {
    public struct Piece: Sendable, Hashable {
        public var kind: Block.Kind
        public var text: String
        public init(_ kind: Block.Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public var source: String
    public var title: String?
    public var subtitle: String?
    public var byline: String?
    /// ISO 8601: `2019-11-19` or `2019-11-19T22:31:00-06:00`.
    public var date: String?
    public var section: String?
    /// The page's own address as it declares it; kept only when `ArticleURL` accepts it.
    public var url: String?
    public var body: [Piece]

    public init(source: String, title: String? = nil, subtitle: String? = nil, byline: String? = nil,
                date: String? = nil, section: String? = nil, url: String? = nil, body: [Piece] = []) {
        self.source = source
        self.title = title
        self.subtitle = subtitle
        self.byline = byline
        self.date = date
        self.section = section
        self.url = url
        self.body = body
    }
}
