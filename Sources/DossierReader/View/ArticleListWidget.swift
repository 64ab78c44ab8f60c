/// The article list: one title a row, the open article marked "▸" and, while an entity is
/// selected, the other articles that mention it marked "•" in its kind's style; the cursor
/// in reverse video while the list has the focus. Only the rows on screen are drawn.
enum ArticleListWidget {
    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let articles = state.corpus.articles
        guard !articles.isEmpty else {
            buffer.writeTruncated("No articles", row: area.y, column: area.x, limit: area.width)
            return
        }
        let top = ListScrolling.top(state.articleTop, cursor: state.articleCursor, rows: area.height, count: articles.count)
        for row in 0..<min(area.height, articles.count - top) {
            let index = top + row
            let y = area.y + row
            let isOpen = index == state.openArticle
            let style = isOpen ? theme.heading : Style.plain
            var marker = buffer.write(isOpen ? "▸ " : "  ", row: y, column: area.x, limit: area.width, style: style)
            if !isOpen, let entity = state.selectedEntity, state.corpus.articleOrdinal(of: index, for: entity) != nil {
                let kind = state.corpus.entities[entity].kind
                marker = buffer.write("• ", row: y, column: area.x, limit: area.width, style: theme.style(for: kind))
            }
            buffer.writeTruncated(articles[index].title, row: y, column: area.x + marker, limit: area.width - marker, style: style)
            if index == state.articleCursor, state.focus == .articles {
                buffer.addAttributes(theme.cursor.attributes, row: y, columns: area.x..<(area.x + area.width))
            }
        }
    }

    /// The cursor's place in the list: "3/120".
    static func detail(_ state: ReaderState) -> String {
        let count = state.corpus.articles.count
        return count == 0 ? "none" : "\(state.articleCursor + 1)/\(count)"
    }
}
