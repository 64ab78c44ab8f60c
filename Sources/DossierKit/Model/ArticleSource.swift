/// Where the reader gets its articles: how many there are, what the list shows of each, an
/// article's text and mentions when it is opened, and the index over every mention. An
/// in-memory `Corpus` is one; a store that loads texts on demand is another.
public protocol ArticleSource: Sendable {
    /// How many articles there are, in reading order.
    var count: Int { get }
    /// What the article list shows of article `index`; cheap, no text.
    func summary(at index: Int) -> ArticleSummary
    /// Article `index`'s text and mentions (entities numbered as in `index`), or nil when it
    /// cannot be had (not processed yet, or gone).
    func article(at index: Int) -> LoadedArticle?
    /// Entities and where each is mentioned.
    var index: CorpusIndex { get }
    /// The articles whose text holds every word of `words` (each as a word or the start of
    /// one), best first, at most `limit`; nil when the source keeps no index of its words,
    /// and whoever searches looks through every article.
    func articlesContaining(words: String, limit: Int) -> [Int]?
}

extension ArticleSource {
    public func articlesContaining(words: String, limit: Int) -> [Int]? { nil }
}

/// An article as the reader opens it: its text and its mentions, sorted by range.
public struct LoadedArticle: Sendable {
    public let article: Article
    public let mentions: [Mention]
    /// Set when recognition did not run on the article, saying why.
    public let note: String?

    public init(article: Article, mentions: [Mention], note: String? = nil) {
        self.article = article
        self.mentions = mentions
        self.note = note
    }
}

/// What the article list knows of an article without its text.
public struct ArticleSummary: Sendable, Hashable {
    /// What reading state (read, starred, the reader's place) is kept under: the source path,
    /// or for a record of a JSON Lines file its path and content hash.
    public var key: String
    public var title: String
    public var date: String?
    public var byline: String?
    public var source: String
    /// False while the source waits to be processed: `title` is then its file name.
    public var isProcessed: Bool

    public init(key: String, title: String, date: String? = nil, byline: String? = nil, source: String, isProcessed: Bool = true) {
        self.key = key
        self.title = title
        self.date = date
        self.byline = byline
        self.source = source
        self.isProcessed = isProcessed
    }

    public init(_ article: Article, key: String) {
        self.init(key: key, title: article.title, date: article.date, byline: article.byline, source: article.source)
    }
}
