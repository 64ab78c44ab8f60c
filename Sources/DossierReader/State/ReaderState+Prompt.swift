import DossierKit

/// The prompt in the status line: typing, ↑ and ↓ through the history, Enter runs, Esc
/// cancels. The entity list's filter applies as it is typed.
extension ReaderState {
    /// The most searches kept in the history.
    static let historyLimit = 100

    /// True while a prompt takes the keys: the main loop then sends them as `.edit`.
    public var isEditingPrompt: Bool { prompt != nil }

    mutating func applyToPrompt(_ action: Action) {
        guard var prompt else { return }
        switch action {
        case .edit(let key):
            switch key {
            case .character(let character):
                prompt.text.append(character)
                prompt.recalled = nil
            case .backspace:
                if prompt.text.isEmpty {
                    cancelPrompt()
                    return
                }
                prompt.text.removeLast()
                prompt.recalled = nil
            case .control("u"):
                prompt.text = ""
            case .escape, .control("c"), .control("g"):
                cancelPrompt()
                return
            case .enter:
                self.prompt = nil
                run(prompt)
                return
            case .up, .down:
                guard prompt.kind == .search else { break }
                recall(in: &prompt, older: key == .up)
            default:
                break
            }
            self.prompt = prompt
            if prompt.kind == .entityFilter { setEntityFilter(prompt.text) }
        case .resize(let size):
            self.size = size
            keepCursorsVisible()
        case .quit:
            isFinished = true
        default:
            break
        }
    }

    private mutating func cancelPrompt() {
        if prompt?.kind == .entityFilter { setEntityFilter("") }
        prompt = nil
    }

    /// ↑ shows the next older search, ↓ the next newer, and past the newest what was typed.
    private func recall(in prompt: inout Prompt, older: Bool) {
        guard !searchHistory.isEmpty else { return }
        if prompt.recalled == nil { prompt.typed = prompt.text }
        let current = prompt.recalled ?? 0
        let next = older ? min(current + 1, searchHistory.count) : current - 1
        if next <= 0 {
            prompt.recalled = nil
            prompt.text = prompt.typed
        } else {
            prompt.recalled = next
            prompt.text = searchHistory[searchHistory.count - next]
        }
    }

    private mutating func run(_ prompt: Prompt) {
        switch prompt.kind {
        case .search: runSearch(prompt.text)
        case .goTo:
            let text = prompt.text.filter { !$0.isWhitespace }
            guard !text.isEmpty else { return }
            guard let number = Int(text) else {
                notice = "Not an article number: \(text)"
                return
            }
            goToArticle(number: number)
        case .entityFilter:
            setEntityFilter(prompt.text)
            if let entityFilter { notice = "\(entityRows.count) name\(entityRows.count == 1 ? "" : "s") with \"\(entityFilter)\"; / then Esc lists all" }
        }
    }

    // MARK: Search

    /// Searches every article; the hits become the target, the reader goes to the first at
    /// or after the top of the text (else in the next article with one) and the results show.
    /// An empty pattern searches again for the last one.
    mutating func runSearch(_ typed: String) {
        guard let text = typed.isEmpty ? searchHistory.last : typed, !text.isEmpty else { return }
        remember(text)
        let results = SearchResults.find(SearchPattern(text), in: source, openArticle: openArticle)
        guard !results.isEmpty else {
            notice = "Pattern not found: \(text)"
            return
        }
        search = results
        searchHit = nil
        targetKind = .search
        let start = textTop
        if let slot = results.slot(of: openArticle), let index = results.articles[slot].hits.firstIndex(where: { $0.start >= start }) {
            go(to: SearchHit(article: openArticle, index: index))
        } else {
            goToHit(forward: true)
            notice = nil
        }
        var view = FindView(.searchResults)
        view.cursor = searchHit.flatMap { hit in results.ranking.firstIndex { results.articles[$0].article == hit.article } } ?? 0
        self.view = view
        keepViewCursorVisible()
    }

    private mutating func remember(_ text: String) {
        searchHistory.removeAll { $0 == text }
        searchHistory.append(text)
        if searchHistory.count > Self.historyLimit { searchHistory.removeFirst(searchHistory.count - Self.historyLimit) }
        effects.append(.rememberSearch(text))
    }

    // MARK: The entity list's filter

    /// Shows only the entities with `text` in a form of their name (case and diacritics
    /// aside); an empty text shows all.
    mutating func setEntityFilter(_ text: String) {
        entityFilter = text.isEmpty ? nil : text
        refilterEntities()
        entityCursor = 0
        entityTop = 0
        followSelectedEntity()
        keepCursorsVisible()
    }

    /// Applies the entity filter to the list's rows again (after the rows changed).
    mutating func refilterEntities() {
        guard let entityFilter else {
            filteredEntities = nil
            return
        }
        let needle = NameFolding.fold(entityFilter)
        let entities = index.entities
        filteredEntities = unfilteredEntityRows.filter { row in
            let entity = entities[row.entity]
            return NameFolding.fold(entity.name).contains(needle) || entity.aliases.contains { NameFolding.fold($0).contains(needle) }
        }
    }
}
