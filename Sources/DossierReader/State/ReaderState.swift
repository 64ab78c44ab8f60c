import DossierKit

/// Everything the reader shows, as a plain value. Keys change it only through
/// `ReaderState.reduce`; `ReaderView.render` draws it.
///
/// The reader's place in the text is a UTF-8 offset into the open article (`textTop`), not
/// a row number, so that a resize, which wraps the text anew, keeps the same words on top.
public struct ReaderState: Sendable {
    /// Which entities the entity list shows.
    public enum EntityScope: Hashable, Sendable {
        /// The open article's entities, with their counts in that article.
        case article
        /// Every entity of the corpus, with its counts in all articles.
        case corpus
    }

    public let corpus: Corpus
    /// The terminal's size; the reducer needs it to page and to keep cursors on screen.
    public internal(set) var size: Size
    public internal(set) var focus: Pane = .articles

    /// The article under the cursor of the article list, and the first row that list shows.
    public internal(set) var articleCursor = 0
    public internal(set) var articleTop = 0
    /// The article shown in the text pane.
    public internal(set) var openArticle = 0
    /// The offset in the open article's text of the first row shown (any offset inside
    /// that row; drawing starts at the row that holds it).
    public internal(set) var textTop = 0

    public internal(set) var entityScope: EntityScope = .article
    public internal(set) var entityCursor = 0
    public internal(set) var entityTop = 0
    /// The entity that n and N follow.
    public internal(set) var selectedEntity: EntityID?
    /// The mention n or N went to last, drawn in reverse video.
    public internal(set) var target: MentionLocation?

    /// The first row of the help overlay while it shows, nil when it does not.
    public internal(set) var helpTop: Int?
    /// A one-off message for the status line; the next action clears it.
    public internal(set) var notice: String?
    /// Set by the quit action: the main loop ends.
    public internal(set) var isFinished = false

    /// The open article's entities, and the corpus's (sorted once: the corpus is large).
    var articleEntities: [EntityCount]
    let corpusEntities: [EntityCount]

    /// - Parameter notice: a message for the status line until the first key.
    public init(corpus: Corpus, size: Size, notice: String? = nil) {
        self.corpus = corpus
        self.size = size
        self.notice = notice
        self.corpusEntities = corpus.entityCounts().map { EntityCount(entity: $0.entity, count: $0.count) }
        self.articleEntities = []
        if !corpus.articles.isEmpty { articleEntities = Self.entities(of: 0, in: corpus) }
    }

    /// The rows of the entity list, in its current scope.
    public var entityRows: [EntityCount] {
        entityScope == .article ? articleEntities : corpusEntities
    }

    public var isShowingHelp: Bool { helpTop != nil }

    public var layout: ReaderLayout { ReaderLayout(size: size, focus: focus) }

    /// The open article, or nil for an empty corpus.
    public var article: Article? {
        corpus.articles.indices.contains(openArticle) ? corpus.articles[openArticle] : nil
    }

    /// The open article laid out at the text pane's width.
    var articleLines: ArticleLines? {
        article.map { ArticleLines(article: $0, width: layout.content(of: .text).width) }
    }

    static func entities(of article: Int, in corpus: Corpus) -> [EntityCount] {
        corpus.entityCounts(inArticle: article).map { EntityCount(entity: $0.entity, count: $0.count) }
    }
}
