/// The bottom row: where the reader is, and the main keys at the right when there is room.
///
///     Alexander Lukashenko · mention 3 of 27 · article 1 of 2        ? help · q quit
enum StatusLine {
    /// Key hints with the keys as configured, longest first; the longest that fits beside the
    /// text is shown: "Tab pane · Enter open · n/N mention · ? help · q quit".
    static func hints(_ bindings: KeyBindings) -> [String] {
        func hint(_ word: String, _ actions: Action...) -> String? {
            let keys = actions.compactMap(bindings.firstLabel(of:))
            return keys.isEmpty ? nil : keys.joined(separator: "/") + " " + word
        }
        let help = hint("help", .toggleHelp), quit = hint("quit", .quit)
        let hints = [
            [hint("pane", .focusNext), hint("open", .activate), hint("search", .startSearch),
             hint("next", .nextMention, .previousMention), help, quit],
            [help, quit], [help],
        ]
        return hints.map { $0.compactMap { $0 }.joined(separator: " · ") }.filter { !$0.isEmpty }
    }

    /// The columns of the status line that name the target (the selected entity), where a
    /// click opens its mentions; nil when the line does not name one.
    static func targetColumns(_ state: ReaderState) -> Range<Int>? {
        guard state.notice == nil, state.targetKind == .entity, let entity = state.selectedEntity else { return nil }
        let width = TerminalText.width(of: state.source.index.entities[entity].name)
        let area = state.layout.status
        return area.x + 1..<min(area.x + 1 + width, area.x + area.width)
    }

    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        if let prompt = state.prompt {
            // The line being typed, its end in view, and a block for the cursor.
            buffer.fill(area, style: .plain)
            let line = prompt.lead + prompt.text
            let shown = String(line.suffix(max(0, area.width - 2)))
            let x = buffer.write(shown, row: area.y, column: area.x, limit: area.width)
            buffer.write(" ", row: area.y, column: area.x + x, limit: area.width - x, style: theme.cursor)
            return
        }
        buffer.fill(area, style: theme.status)
        let text = " " + self.text(state)
        let textWidth = TerminalText.width(of: text)
        // While processing goes on, its progress stands where the key hints do.
        let right = state.processing.map { [$0.text] } ?? hints(state.keyBindings)
        let hint = right.first { textWidth + TerminalText.width(of: $0) + 3 <= area.width }
        let hintWidth = hint.map { TerminalText.width(of: $0) + 1 } ?? 0
        buffer.writeTruncated(text, row: area.y, column: area.x, limit: area.width - hintWidth, style: theme.status)
        if let hint {
            buffer.write(hint, row: area.y, column: area.x + area.width - hintWidth, style: theme.status)
        }
    }

    /// A notice if there is one; else the selected entity and where the target is among its
    /// mentions and articles; else the open article's place in the list.
    static func text(_ state: ReaderState) -> String {
        if let notice = state.notice { return notice }
        if let count = state.count { return "\(count) (G goes to article \(count))" }
        let index = state.source.index
        if state.targetKind == .search, let search = state.search {
            let pattern = "/" + search.pattern.text
            let hits = search.hitCount, articles = search.articles.count
            if let hit = state.searchHit, let ordinal = search.ordinal(of: hit), let slot = search.slot(of: hit.article) {
                return "\(pattern) · hit \(ordinal) of \(hits) · article \(slot + 1) of \(articles)"
            }
            return "\(pattern) · \(hits) hit\(hits == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
        }
        if let entity = state.selectedEntity {
            let name = index.entities[entity].name
            let mentions = index.mentionCount(of: entity)
            let articles = index.articleCount(mentioning: entity)
            if let target = state.target, let article = index.articleOrdinal(of: target.article, for: entity) {
                return "\(name) · mention \(index.ordinal(of: target)) of \(mentions) · article \(article) of \(articles)"
            }
            return "\(name) · \(mentions) mention\(mentions == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
        }
        guard state.source.count > 0 else { return "No articles" }
        var text = "Article \(state.openArticle + 1) of \(state.source.count)"
        if let note = state.opened?.note { text += " · \(note)" }
        if !state.problems.isEmpty {
            let count = state.problems.count
            text += " · \(count) file\(count == 1 ? "" : "s") or record\(count == 1 ? "" : "s") could not be read"
            if let key = state.keyBindings.firstLabel(of: .toggleProblems) { text += " (\(key) lists them)" }
        }
        return text
    }
}
