import DossierKit

extension ReaderState {
    /// The state after `action`. Pure but for reading the open article from the source: the
    /// same state and action give the same result.
    public static func reduce(_ state: ReaderState, _ action: Action) -> ReaderState {
        var next = state
        next.apply(action)
        return next
    }

    /// The state over a newer source (more articles processed, the corpus linked again, a
    /// rescan): the same article stays open at the same place, the same entity selected, by
    /// their keys; `processing` and `problems` as given.
    public static func updated(_ state: ReaderState, source: any ArticleSource, processing: ProcessingStatus?,
                               problems: [String]) -> ReaderState {
        var next = state
        next.replaceSource(source, processing: processing, problems: problems)
        return next
    }

    /// The state with a message in the status line (until the next key).
    public static func noticed(_ state: ReaderState, _ message: String) -> ReaderState {
        var next = state
        next.notice = message
        return next
    }

    /// Takes the effects out of the state, for the main loop to carry out.
    public mutating func takeEffects() -> [ReaderEffect] {
        defer { effects = [] }
        return effects
    }

    mutating func apply(_ action: Action) {
        // The mouse needs to know what the status line showed, notice or target.
        if case .mouse(let event) = action {
            handle(event)
            return
        }
        notice = nil
        if prompt != nil {
            applyToPrompt(action)
            return
        }
        if let box = overlayBox {
            applyToOverlay(action, box: box)
            return
        }
        let count = self.count
        if case .countDigit(let digit) = action {
            // A count cannot start with 0; it stops growing at a billion.
            if count != nil || digit > 0 { self.count = min((count ?? 0) * 10 + digit, 1_000_000_000) }
            return
        }
        self.count = nil
        if view != nil {
            applyToView(action)
            return
        }
        switch action {
        case .moveDown: move(by: count ?? 1)
        case .moveUp: move(by: -(count ?? 1))
        case .pageDown: move(by: pageLength)
        case .pageUp: move(by: -pageLength)
        case .halfPageDown: move(by: halfPageLength)
        case .halfPageUp: move(by: -halfPageLength)
        case .top: moveToEnd(last: false)
        case .bottom:
            if let count { goToArticle(number: count) } else { moveToEnd(last: true) }
        case .focusNext: focus = focus.cycled(by: 1)
        case .focusPrevious: focus = focus.cycled(by: -1)
        case .focusLeft: focusAside(by: -1)
        case .focusRight: focusAside(by: 1)
        case .activate: activate()
        case .nextMention: goToNextInTarget(forward: true)
        case .previousMention: goToNextInTarget(forward: false)
        case .nextTargetArticle: goToTargetArticle(forward: true)
        case .previousTargetArticle: goToTargetArticle(forward: false)
        case .toggleEntityScope:
            entityScope = entityScope == .article ? .corpus : .article
            if entityScope == .corpus && corpusEntities == nil { corpusEntities = Self.corpusEntities(of: source) }
            refilterEntities()
            entityCursor = 0
            entityTop = 0
            followSelectedEntity()
        case .toggleRead: toggleRead()
        case .toggleStar: toggleStar()
        case .rescan:
            effects.append(.rescan)
            notice = "Scanning the paths again…"
        case .toggleHelp: show(.help)
        case .toggleProblems:
            if problems.isEmpty {
                notice = "No problems: every file and record was read"
            } else {
                show(.problems)
            }
        case .dismiss:
            selectedEntity = nil
            target = nil
            search = nil
            searchHit = nil
        case .resize(let size):
            self.size = size
            keepCursorsVisible()
        case .quit: isFinished = true
        case .mouse: break // handled above
        case .startSearch:
            prompt = focus == .entities ? Prompt(kind: .entityFilter, text: entityFilter ?? "") : Prompt(kind: .search)
        case .startGoTo: prompt = Prompt(kind: .goTo)
        case .showSearchResults: showSearchResults()
        case .showMentions: showMentions()
        case .showRelated: showRelated()
        case .filterByEntity: filterByEntity()
        case .filterStarred: toggleFilter(.starred)
        case .filterUnread: toggleFilter(.unread)
        case .cycleSort: cycleSort()
        case .toggleZoom: toggleZoom()
        case .moveBorderLeft: moveBorder(by: -1)
        case .moveBorderRight: moveBorder(by: 1)
        case .redraw: effects.append(.redraw)
        case .countDigit, .edit: break
        }
    }

    mutating func show(_ overlay: Overlay) {
        self.overlay = overlay
        overlayTop = 0
    }

    /// While an overlay shows, moving keys scroll it; Esc, q and its own key close it; the
    /// rest wait.
    mutating func applyToOverlay(_ action: Action, box: OverlayBox) {
        let top = overlayTop, last = box.lastTop(in: size)
        switch action {
        case .moveDown: overlayTop = min(top + 1, last)
        case .moveUp: overlayTop = max(top - 1, 0)
        case .pageDown: overlayTop = min(top + box.pageLength(in: size), last)
        case .pageUp: overlayTop = max(top - box.pageLength(in: size), 0)
        case .top: overlayTop = 0
        case .bottom: overlayTop = last
        case .dismiss: overlay = nil
        case .toggleHelp: if overlay == .help { overlay = nil } else { show(.help) }
        case .toggleProblems: if overlay == .problems { overlay = nil } else if !problems.isEmpty { show(.problems) }
        case .resize(let size):
            self.size = size
            overlayTop = min(top, box.lastTop(in: size))
            keepCursorsVisible()
        case .quit: isFinished = true
        default: break
        }
    }

    /// A page: the focused pane's rows less one, so one row stays in view.
    private var pageLength: Int {
        max(1, layout.content(of: focus).height - 1)
    }

    /// Half the focused pane's rows (Ctrl-D and Ctrl-U).
    private var halfPageLength: Int {
        max(1, layout.content(of: focus).height / 2)
    }

    /// Moves a pane's cursor (the focused pane's by default), or scrolls the text, by `rows`
    /// (clamped at the ends).
    mutating func move(by rows: Int, in pane: Pane? = nil) {
        switch pane ?? focus {
        case .articles: articleCursor = Self.clamped(articleCursor + rows, count: listCount)
        case .entities: entityCursor = Self.clamped(entityCursor + rows, count: entityRows.count)
        case .text: scrollText(by: rows)
        }
        keepCursorsVisible()
    }

    /// Moves the focused pane's cursor, or scrolls the text, to its first or last row.
    private mutating func moveToEnd(last: Bool) {
        switch focus {
        case .articles: articleCursor = last ? max(0, listCount - 1) : 0
        case .entities: entityCursor = last ? max(0, entityRows.count - 1) : 0
        case .text:
            guard let lines = articleLines else { return }
            textTop = last ? lines.offset(of: lastTextTop(lines)) : 0
        }
        keepCursorsVisible()
    }

    static func clamped(_ index: Int, count: Int) -> Int {
        min(max(index, 0), max(0, count - 1))
    }

    /// The top row of the page that ends with the text's last row.
    func lastTextTop(_ lines: ArticleLines) -> ArticleLines.Position {
        lines.position(lines.last, movedBy: -(max(layout.content(of: .text).height, 1) - 1))
    }

    /// Scrolls the text by `rows`, no further down than the page that ends with the last row.
    private mutating func scrollText(by rows: Int) {
        guard let lines = articleLines else { return }
        let current = lines.position(containing: textTop)
        var top = lines.position(current, movedBy: rows)
        if top > current { top = min(top, max(current, lastTextTop(lines))) }
        textTop = lines.offset(of: top)
    }

    mutating func activate() {
        switch focus {
        case .articles:
            guard articleCursor < listCount else { return }
            open(listedArticle(atRow: articleCursor))
            if layout.isNarrow { focus = .text }
        case .entities:
            guard entityRows.indices.contains(entityCursor) else { return }
            select(entityRows[entityCursor].entity)
        case .text:
            break
        }
    }

    /// Shows an article in the text pane; the place is kept when it is already open. Opening
    /// an article marks it read.
    mutating func open(_ index: Int, markingRead: Bool = true) {
        guard index >= 0, index < source.count else { return }
        if index != openArticle || opened == nil {
            openArticle = index
            textTop = 0
            opened = source.article(at: index)
            articleEntities = Self.entities(of: index, in: source)
            if entityScope == .article {
                refilterEntities()
                entityCursor = 0
                entityTop = 0
            }
        }
        if markingRead { setRead(true, of: index) }
        if let target, target.article != index { self.target = nil }
        if let searchHit, searchHit.article != index { self.searchHit = nil }
        if let row = listRow(of: index) { articleCursor = row }
        followSelectedEntity()
        keepCursorsVisible()
    }

    /// The article `u` and `s` act on: the one under the list's cursor while the list has the
    /// focus, else the open one.
    private var actedOnArticle: Int {
        focus == .articles && articleCursor < listCount ? listedArticle(atRow: articleCursor) : openArticle
    }

    private mutating func toggleRead() {
        guard actedOnArticle < source.count else { return }
        let key = source.summary(at: actedOnArticle).key
        setRead(!reading.read.contains(key), of: actedOnArticle)
        notice = reading.read.contains(key) ? "Marked read" : "Marked unread"
    }

    private mutating func setRead(_ read: Bool, of index: Int) {
        let summary = source.summary(at: index)
        guard summary.isProcessed, reading.read.contains(summary.key) != read else { return }
        if read { reading.read.insert(summary.key) } else { reading.read.remove(summary.key) }
        effects.append(.setRead(read, key: summary.key))
    }

    private mutating func toggleStar() {
        guard actedOnArticle < source.count else { return }
        let key = source.summary(at: actedOnArticle).key
        let starred = !reading.starred.contains(key)
        if starred { reading.starred.insert(key) } else { reading.starred.remove(key) }
        effects.append(.setStarred(starred, key: key))
        notice = starred ? "Starred" : "Star removed"
    }

    /// Selects an entity and goes to its first mention on or after the top of the text, else
    /// its first mention in this article, else its next one in the corpus, else its first.
    mutating func select(_ entity: EntityID) {
        selectedEntity = entity
        targetKind = .entity
        let inView = index.nextMention(of: entity, afterOffset: textTop - 1, inArticle: openArticle)
        let here = inView?.article == openArticle ? inView : nil
        guard let location = here
            ?? index.nextMention(of: entity, afterOffset: -1, inArticle: openArticle)
            ?? index.locations(of: entity).first
        else { return }
        go(to: location)
        if layout.isNarrow { focus = .text }
    }

    static let noSelectionNotice = "No entity selected: pick one in the entity list (Tab, then Enter)"

    /// n and N: from the current target when it is in the open article, else from the top
    /// of the text; past the last mention they wrap around, with a notice.
    mutating func goToMention(forward: Bool) {
        guard let entity = selectedEntity else {
            notice = Self.noSelectionNotice
            return
        }
        let found: MentionLocation?
        if let target, target.article == openArticle, let mention = mention(at: target) {
            let start = mention.range.start
            found = forward
                ? index.nextMention(of: entity, afterOffset: start, inArticle: openArticle)
                : index.previousMention(of: entity, beforeOffset: start, inArticle: openArticle)
        } else {
            found = forward
                ? index.nextMention(of: entity, afterOffset: textTop - 1, inArticle: openArticle)
                : index.previousMention(of: entity, beforeOffset: textTop, inArticle: openArticle)
        }
        let locations = index.locations(of: entity)
        guard let location = found ?? (forward ? locations.first : locations.last) else { return }
        if found == nil {
            notice = forward ? "Past the last mention: back to the first" : "Before the first mention: on to the last"
        }
        go(to: location)
        if layout.isNarrow { focus = .text }
    }

    /// Opens the mention's article, makes the mention the target and scrolls it into view:
    /// left where it is when already on screen, else placed a third of the way down.
    mutating func go(to location: MentionLocation) {
        open(location.article)
        target = location
        guard let mention = mention(at: location) else { return }
        scrollIntoView(mention.range.start)
    }

    /// Scrolls the text so that `offset` is on screen: left where it is when it already is,
    /// else placed a third of the way down.
    mutating func scrollIntoView(_ offset: Int) {
        guard let lines = articleLines else { return }
        let height = layout.content(of: .text).height
        guard height > 0 else { return }
        let top = lines.position(containing: textTop)
        let position = lines.position(containing: offset)
        if top <= position, position <= lines.position(top, movedBy: height - 1) { return }
        textTop = lines.offset(of: min(lines.position(position, movedBy: -(height / 3)), lastTextTop(lines)))
    }

    /// Puts the entity cursor on the selected entity when the list shows it.
    mutating func followSelectedEntity() {
        if let selectedEntity, let row = entityRows.firstIndex(where: { $0.entity == selectedEntity }) {
            entityCursor = row
        }
        entityCursor = min(entityCursor, max(0, entityRows.count - 1))
    }

    /// Scrolls both lists so that their cursors are on screen.
    mutating func keepCursorsVisible() {
        let layout = self.layout
        articleTop = ListScrolling.top(articleTop, cursor: articleCursor,
                                      rows: layout.content(of: .articles).height, count: listCount)
        entityTop = ListScrolling.top(entityTop, cursor: entityCursor,
                                     rows: layout.content(of: .entities).height, count: entityRows.count)
    }

    /// The entities of an article with their counts there, in the entity list's order.
    static func entities(of article: Int, in source: any ArticleSource) -> [EntityCount] {
        guard article < source.index.articleCount else { return [] }
        return source.index.entityCounts(inArticle: article).map { EntityCount(entity: $0.entity, count: $0.count) }
    }

    // MARK: A newer source

    private mutating func replaceSource(_ newSource: any ArticleSource, processing: ProcessingStatus?, problems: [String]) {
        let oldSource = source
        let openKey = openArticle < oldSource.count ? oldSource.summary(at: openArticle).key : nil
        let cursorKey = articleCursor < listCount ? oldSource.summary(at: listedArticle(atRow: articleCursor)).key : nil
        let selectedKey = selectedEntity.map { oldSource.index.entities[$0].key }
        let targetStart = target.flatMap { mention(at: $0)?.range.start }
        let keepTextTop = textTop

        source = newSource
        self.processing = processing
        self.problems = problems
        var positions: [String: Int] = [:]
        if openKey != nil || cursorKey != nil {
            for position in 0..<newSource.count {
                let key = newSource.summary(at: position).key
                if key == openKey || key == cursorKey { positions[key] = position }
            }
        }
        selectedEntity = selectedKey.flatMap { newSource.index.entity(forKey: $0) }
        corpusEntities = entityScope == .corpus ? Self.corpusEntities(of: newSource) : nil

        let newOpen = openKey.flatMap { positions[$0] } ?? min(openArticle, max(0, newSource.count - 1))
        openArticle = newOpen
        opened = newSource.count > 0 ? newSource.article(at: newOpen) : nil
        articleEntities = Self.entities(of: newOpen, in: newSource)
        let length = opened?.article.text.utf8.count ?? 0
        textTop = openKey != nil && positions[openKey!] == newOpen ? min(keepTextTop, length) : 0
        target = nil
        if let targetStart, selectedEntity != nil, let opened,
           let index = opened.mentions.firstIndex(where: { $0.range.start == targetStart && $0.entity == selectedEntity }) {
            target = MentionLocation(article: newOpen, index: index)
        }
        search = search?.moved(to: newSource)
        if let searchHit, let search, let slot = search.slot(of: newOpen), oldSource.summary(at: searchHit.article).key == openKey,
           search.articles[slot].hits.indices.contains(searchHit.index) {
            self.searchHit = SearchHit(article: newOpen, index: searchHit.index)
        } else {
            searchHit = nil
        }
        view = view.flatMap { $0.moved(from: oldSource, to: newSource) }
        listedArticles = Self.listedArticles(of: newSource, sort: articleSort, filter: articleFilter, reading: reading)
        let cursorArticle = cursorKey.flatMap { positions[$0] } ?? min(articleCursor, max(0, newSource.count - 1))
        articleCursor = listRow(of: cursorArticle) ?? min(articleCursor, max(0, listCount - 1))
        refilterEntities()
        followSelectedEntity()
        keepCursorsVisible()
        keepViewCursorVisible()
    }
}
