import DossierKit

/// The views over the panes: search results (F), an entity's mentions (m) and the entities
/// found beside it (r). Moving keys move their cursor, Enter goes to the row's place, Esc
/// and q return to the panes as they were.
extension ReaderState {
    /// The rows a view shows under its header.
    var viewRows: Int {
        max(1, (layout.status.y - 1) / (view?.rowHeight ?? 1))
    }

    mutating func showSearchResults() {
        guard let search, !search.isEmpty else {
            notice = "No search yet: / searches every article"
            return
        }
        var view = FindView(.searchResults)
        view.cursor = search.ranking.firstIndex { search.articles[$0].article == openArticle } ?? 0
        self.view = view
        keepViewCursorVisible()
    }

    mutating func showMentions() {
        guard let entity = entityInFocus else {
            notice = Self.noSelectionNotice
            return
        }
        let list = MentionsList(entity: entity, index: index)
        var view = FindView(.mentions(list))
        // The cursor starts on the target when it is this entity's, else on the first mention.
        let here = target.flatMap { target in list.rows.firstIndex(of: .mention(target)) }
        view.cursor = here ?? list.mentionRow(near: 0) ?? 0
        self.view = view
        keepViewCursorVisible()
    }

    mutating func showRelated() {
        guard let entity = entityInFocus else {
            notice = Self.noSelectionNotice
            return
        }
        let list = RelatedList(entity: entity, index: index)
        guard !list.rows.isEmpty else {
            notice = "No person or country shares a paragraph with \(index.entities[entity].name)"
            return
        }
        view = FindView(.related(list))
        keepViewCursorVisible()
    }

    mutating func applyToView(_ action: Action) {
        guard var view else { return }
        let count = view.rowCount(search: search)
        let page = max(1, viewRows - 1)
        switch action {
        case .moveDown: view.cursor += 1
        case .moveUp: view.cursor -= 1
        case .pageDown: view.cursor += page
        case .pageUp: view.cursor -= page
        case .halfPageDown: view.cursor += max(1, viewRows / 2)
        case .halfPageUp: view.cursor -= max(1, viewRows / 2)
        case .top: view.cursor = 0
        case .bottom: view.cursor = count - 1
        case .activate:
            self.view = nil
            activateRow(of: view)
            return
        case .dismiss, .showSearchResults, .showMentions, .showRelated:
            self.view = nil
            return
        case .toggleHelp:
            show(.help)
            return
        case .resize(let size):
            self.size = size
            keepCursorsVisible()
        case .quit:
            isFinished = true
            return
        default:
            return
        }
        // In the mentions view the cursor steps over the articles' title rows.
        if case .mentions(let list) = view.content, case .article = list.rows[Self.clamped(view.cursor, count: count)] {
            let forward = action != .moveUp && action != .pageUp && action != .halfPageUp
            let cursor = Self.clamped(view.cursor, count: count)
            view.cursor = forward ? (list.mentionRow(near: cursor) ?? cursor) : (cursor > 0 ? cursor - 1 : list.mentionRow(near: 0) ?? 0)
        }
        view.cursor = Self.clamped(view.cursor, count: count)
        self.view = view
        keepViewCursorVisible()
    }

    /// Scrolls the view to its cursor and loads the context lines of the rows on screen.
    mutating func keepViewCursorVisible() {
        guard var view else { return }
        let count = view.rowCount(search: search)
        view.cursor = Self.clamped(view.cursor, count: count)
        view.top = ListScrolling.top(view.top, cursor: view.cursor, rows: viewRows, count: count)
        if case .mentions(var list) = view.content {
            // A title row above the first row shown keeps its article in sight.
            list.loadContexts(rows: view.top..<(view.top + viewRows), from: source)
            view.content = .mentions(list)
        }
        self.view = view
    }

    /// Enter on a row: the hit, the mention or the entity it shows.
    private mutating func activateRow(of view: FindView) {
        switch view.content {
        case .searchResults:
            guard let search, search.ranking.indices.contains(view.cursor) else { return }
            let slot = search.ranking[view.cursor]
            go(to: SearchHit(article: search.articles[slot].article, index: 0))
        case .mentions(let list):
            guard list.rows.indices.contains(view.cursor), case .mention(let location) = list.rows[view.cursor] else { return }
            selectedEntity = list.entity
            targetKind = .entity
            go(to: location)
            followSelectedEntity()
            keepCursorsVisible()
            if layout.isNarrow { focus = .text }
        case .related(let list):
            guard list.rows.indices.contains(view.cursor) else { return }
            select(list.rows[view.cursor].entity)
            followSelectedEntity()
            keepCursorsVisible()
        }
    }
}
