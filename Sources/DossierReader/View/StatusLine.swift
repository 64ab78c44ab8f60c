/// The bottom row: where the reader is, and the main keys at the right when there is room.
///
///     Alexander Lukashenko · mention 3 of 27 · article 1 of 2        ? help · q quit
enum StatusLine {
    /// Key hints, longest first; the longest that fits beside the text is shown.
    static let hints = ["Tab pane · Enter open · n/N mention · ? help · q quit", "? help · q quit", "? help"]

    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.status)
        let text = " " + self.text(state)
        let textWidth = TerminalText.width(of: text)
        let hint = hints.first { textWidth + TerminalText.width(of: $0) + 3 <= area.width }
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
        let corpus = state.corpus
        if let entity = state.selectedEntity {
            let name = corpus.entities[entity].name
            let mentions = corpus.mentionCount(of: entity)
            let articles = corpus.articles(mentioning: entity).count
            if let target = state.target, let article = corpus.articleOrdinal(of: target.article, for: entity) {
                return "\(name) · mention \(corpus.ordinal(of: target)) of \(mentions) · article \(article) of \(articles)"
            }
            return "\(name) · \(mentions) mention\(mentions == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
        }
        guard !corpus.articles.isEmpty else { return "No articles" }
        return "Article \(state.openArticle + 1) of \(corpus.articles.count)"
    }
}
