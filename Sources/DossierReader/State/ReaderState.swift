import DossierKit

/// Everything the reader shows, as a plain value. Keys change it only through
/// `ReaderState.reduce`; `ReaderView.render` draws it.
///
/// The reader's place in the text is a UTF-8 offset into the open article (`textTop`), not
/// a row number, so that a resize, which wraps the text anew, keeps the same words on top.
/// The articles come from an `ArticleSource`; only the open one's text is held.
public struct ReaderState: Sendable {
    /// Which entities the entity list shows.
    public enum EntityScope: Hashable, Sendable {
        /// The open article's entities, with their counts in that article.
        case article
        /// Every entity of the corpus, with its counts in all articles.
        case corpus
    }

    public internal(set) var source: any ArticleSource
    /// The terminal's size; the reducer needs it to page and to keep cursors on screen.
    public internal(set) var size: Size
    public internal(set) var focus: Pane = .articles

    /// The article under the cursor of the article list, and the first row that list shows.
    public internal(set) var articleCursor = 0
    public internal(set) var articleTop = 0
    /// The article shown in the text pane, and its text and mentions (nil when there is none,
    /// or it is not processed yet).
    public internal(set) var openArticle = 0
    public internal(set) var opened: LoadedArticle?
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

    /// Read and starred articles.
    public internal(set) var reading: ReadingState
    /// How far background processing has come; nil when nothing is being processed.
    public internal(set) var processing: ProcessingStatus?
    /// Files and records that could not be read.
    public internal(set) var problems: [String] = []

    /// What shows over the panes, if anything.
    public enum Overlay: Hashable, Sendable {
        case help, problems
    }

    public internal(set) var overlay: Overlay?
    /// The first row the overlay shows.
    public internal(set) var overlayTop = 0
    /// A one-off message for the status line; the next action clears it.
    public internal(set) var notice: String?
    /// The keys of each command as configured, for the help and the status line's hints.
    public internal(set) var keyBindings: KeyBindings
    /// Set by the quit action: the main loop ends.
    public internal(set) var isFinished = false
    /// What the reader asks of the world outside (saving reading state, rescanning), for the
    /// main loop to carry out and clear.
    public internal(set) var effects: [ReaderEffect] = []

    /// The open article's entities, and the corpus's (sorted when first shown: the corpus
    /// can be large, and a new source can come every few seconds).
    var articleEntities: [EntityCount] = []
    var corpusEntities: [EntityCount]?

    // MARK: Finding and moving

    /// What n, N, ] and [ follow: the selected entity's mentions or the last search's hits,
    /// whichever was chosen last.
    public enum TargetKind: Hashable, Sendable {
        case entity, search
    }

    public internal(set) var targetKind: TargetKind = .entity
    /// The last search, and the hit n or N went to last.
    public internal(set) var search: SearchResults?
    public internal(set) var searchHit: SearchHit?
    /// Earlier searches, oldest first; ↑ and ↓ recall them in the prompt.
    public internal(set) var searchHistory: [String]
    /// The line being typed in the status line, if any.
    public internal(set) var prompt: Prompt?
    /// The entity list shows only names that contain this (any form of the name counts).
    public internal(set) var entityFilter: String?
    var filteredEntities: [EntityCount]?
    /// A count typed before a command (175 of 175G).
    public internal(set) var count: Int?
    /// A view over the panes: the search's results, an entity's mentions or its related entities.
    public internal(set) var view: FindView?

    /// The article list's order and filter, and its rows as article positions (nil when it
    /// lists every article in reading order). `articleCursor` and `articleTop` are rows of it.
    public internal(set) var articleSort: ArticleSort
    public internal(set) var articleFilter: ArticleFilter?
    var listedArticles: [Int]?

    /// The widths of the article and entity lists, and whether the text has the whole width.
    public internal(set) var paneWidths: PaneWidths
    public internal(set) var isZoomed = false

    /// - Parameters:
    ///   - reading: the read and starred articles;
    ///   - place: where to open: the article with that key, at that offset of its text;
    ///   - notice: a message for the status line until the first key;
    ///   - keyBindings: the keys as the settings configure them.
    ///   - paneWidths, searchHistory, sort: as kept from earlier runs, or as configured.
    public init(source: any ArticleSource, size: Size, reading: ReadingState = ReadingState(),
                place: ReadingPlace? = nil, notice: String? = nil, keyBindings: KeyBindings = .defaults,
                paneWidths: PaneWidths = .standard, searchHistory: [String] = [], sort: ArticleSort = .source) {
        self.source = source
        self.size = size
        self.reading = reading
        self.notice = notice
        self.keyBindings = keyBindings
        self.paneWidths = paneWidths
        self.searchHistory = searchHistory
        self.articleSort = sort
        if sort != .source { listedArticles = Self.listedArticles(of: source, sort: sort, filter: nil, reading: reading) }
        let start = place.flatMap { Self.position(ofKey: $0.articleKey, in: source) } ?? 0
        if source.count > 0 {
            open(start, markingRead: false)
            if let place, start < source.count, source.summary(at: start).key == place.articleKey,
               let opened, place.textOffset <= opened.article.text.utf8.count {
                textTop = place.textOffset
            }
        }
    }

    /// A reader over a corpus held in memory.
    public init(corpus: Corpus, size: Size, notice: String? = nil) {
        self.init(source: corpus, size: size, notice: notice)
    }

    /// The rows of the entity list, in its current scope.
    public var entityRows: [EntityCount] {
        if let filteredEntities { return filteredEntities }
        return unfilteredEntityRows
    }

    /// The rows of the entity list before its filter by name.
    var unfilteredEntityRows: [EntityCount] {
        entityScope == .article ? articleEntities : (corpusEntities ?? Self.corpusEntities(of: source))
    }

    /// True while the help or the problems show: their keys then scroll and close them.
    public var isShowingOverlay: Bool { overlay != nil }

    /// The box of the overlay that shows.
    var overlayBox: OverlayBox? {
        switch overlay {
        case .help: HelpOverlay.box(keyBindings)
        case .problems: ProblemsOverlay.box(problems)
        case nil: nil
        }
    }

    public var layout: ReaderLayout { ReaderLayout(size: size, focus: focus, widths: paneWidths, isZoomed: isZoomed) }

    /// The open article, or nil for an empty corpus or an article not processed yet.
    public var article: Article? { opened?.article }

    /// Where the reader is: the open article's key and the text's offset, for keeping.
    public var place: ReadingPlace? {
        guard source.count > 0, openArticle < source.count else { return nil }
        return ReadingPlace(articleKey: source.summary(at: openArticle).key, textOffset: textTop)
    }

    /// The index over every mention of the source.
    var index: CorpusIndex { source.index }

    /// The open article laid out at the text pane's width.
    var articleLines: ArticleLines? {
        article.map { ArticleLines(article: $0, width: layout.content(of: .text).width) }
    }

    /// The mention at a location of the open article.
    func mention(at location: MentionLocation) -> Mention? {
        guard location.article == openArticle, let opened, opened.mentions.indices.contains(location.index) else { return nil }
        return opened.mentions[location.index]
    }

    static func corpusEntities(of source: any ArticleSource) -> [EntityCount] {
        source.index.entityCounts().map { EntityCount(entity: $0.entity, count: $0.count) }
    }

    static func position(ofKey key: String, in source: any ArticleSource) -> Int? {
        (0..<source.count).first { source.summary(at: $0).key == key }
    }
}

/// What the reader asks the main loop to do.
public enum ReaderEffect: Hashable, Sendable {
    case setRead(Bool, key: String)
    case setStarred(Bool, key: String)
    /// Scan the paths again for new, changed and deleted files.
    case rescan
    /// Keep the pane widths for the next runs.
    case savePaneWidths(PaneWidths)
    /// Keep a search in the history.
    case rememberSearch(String)
    /// Paint every cell of the screen again.
    case redraw
}

/// Background processing as the status line tells it.
public struct ProcessingStatus: Hashable, Sendable {
    public var done: Int
    public var total: Int
    public var articlesPerSecond: Double
    public var secondsLeft: Double?

    public init(done: Int, total: Int, articlesPerSecond: Double, secondsLeft: Double?) {
        self.done = done
        self.total = total
        self.articlesPerSecond = articlesPerSecond
        self.secondsLeft = secondsLeft
    }

    /// "processing 1,204 of 50,000 · 1,150/s · 42 s left"
    public var text: String {
        var text = "processing \(Self.grouped(done)) of \(Self.grouped(total))"
        if articlesPerSecond > 0 { text += " · \(Self.grouped(Int(articlesPerSecond.rounded())))/s" }
        if let secondsLeft {
            let seconds = Int(secondsLeft.rounded(.up))
            text += seconds >= 120 ? " · \(seconds / 60) min left" : " · \(seconds) s left"
        }
        return text
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
