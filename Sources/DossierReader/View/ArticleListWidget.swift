/// The article list: one title a row, the open article marked "▸", starred ones "★" and,
/// while an entity is selected, the other articles that mention it marked "•" in its kind's
/// style; unread titles in bold, titles of sources not processed yet dim; the cursor in
/// reverse video while the list has the focus. Only the rows on screen are drawn.
enum ArticleListWidget {
    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let source = state.source
        guard source.count > 0 else {
            buffer.writeTruncated("No articles", row: area.y, column: area.x, limit: area.width)
            return
        }
        let top = ListScrolling.top(state.articleTop, cursor: state.articleCursor, rows: area.height, count: source.count)
        let index = source.index
        for row in 0..<min(area.height, source.count - top) {
            let position = top + row
            let y = area.y + row
            let summary = source.summary(at: position)
            let isOpen = position == state.openArticle
            var style = Style.plain
            if !summary.isProcessed {
                style = theme.rule
            } else if !state.reading.read.contains(summary.key) {
                style = theme.unread
            }
            var marker = buffer.write(isOpen ? "▸" : " ", row: y, column: area.x, limit: area.width, style: theme.heading)
            if !isOpen, let entity = state.selectedEntity, position < index.articleCount,
               index.articleOrdinal(of: position, for: entity) != nil {
                buffer.write("•", row: y, column: area.x, limit: area.width, style: theme.style(for: index.entities[entity].kind))
            }
            let star = state.reading.starred.contains(summary.key)
            marker += buffer.write(star ? "★" : " ", row: y, column: area.x + marker, limit: area.width - marker, style: theme.star)
            buffer.writeTruncated(summary.title, row: y, column: area.x + marker, limit: area.width - marker, style: style)
            if position == state.articleCursor, state.focus == .articles {
                buffer.addAttributes(theme.cursor.attributes, row: y, columns: area.x..<(area.x + area.width))
            }
        }
    }

    /// The cursor's place in the list: "3/120".
    static func detail(_ state: ReaderState) -> String {
        let count = state.source.count
        return count == 0 ? "none" : "\(state.articleCursor + 1)/\(count)"
    }
}
