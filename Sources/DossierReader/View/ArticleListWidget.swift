import DossierKit

/// The article list: one title a row, the open article marked "▸", starred ones "★" and,
/// while an entity is selected, the other articles that mention it marked "•" in its kind's
/// style; a short date column when the list is wide enough and has dates; unread titles in bold, titles of
/// sources not processed yet dim; the cursor in reverse video while the list has the focus.
/// Filtered by an entity, each row ends with that entity's count in the article. Only the
/// rows on screen are drawn.
enum ArticleListWidget {
    /// The narrowest list that shows the date column.
    static let dateColumnWidth = 30

    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let source = state.source
        let count = state.listCount
        guard count > 0 else {
            let empty = source.count == 0 ? "No articles" : "No \(state.articleFilter?.label(in: source.index) ?? "") articles"
            buffer.writeTruncated(empty, row: area.y, column: area.x, limit: area.width)
            return
        }
        let top = ListScrolling.top(state.articleTop, cursor: state.articleCursor, rows: area.height, count: count)
        let index = source.index
        let shown = (0..<min(area.height, count - top)).map { state.listedArticle(atRow: top + $0) }
        // The date column shows when there is room and a date on screen to show.
        let showsDates = area.width >= dateColumnWidth && shown.contains { source.summary(at: $0).date != nil }
        var filterEntity: EntityID?
        if case .entity(let key) = state.articleFilter { filterEntity = index.entity(forKey: key) }
        for (row, position) in shown.enumerated() {
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
            if showsDates {
                marker += buffer.write(shortDate(summary.date).padding(toWidth: 7), row: y, column: area.x + marker,
                                       limit: area.width - marker, style: theme.rule)
            }
            var titleWidth = area.width - marker
            if let filterEntity, position < index.articleCount {
                let mentions = String(index.entities(inArticle: position).lazy.filter { Int($0) == filterEntity }.count)
                if mentions.count + 2 < titleWidth {
                    titleWidth -= mentions.count + 1
                    buffer.write(mentions, row: y, column: area.x + area.width - mentions.count, style: theme.rule)
                }
            }
            buffer.writeTruncated(summary.title, row: y, column: area.x + marker, limit: titleWidth, style: style)
            if top + row == state.articleCursor, state.focus == .articles {
                buffer.addAttributes(theme.cursor.attributes, row: y, columns: area.x..<(area.x + area.width))
            }
        }
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Mar 05" from an ISO 8601 date ("2024-03-05…"), as mutt shows dates; "" without one.
    static func shortDate(_ date: String?) -> String {
        guard let date else { return "" }
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), parts[2].count == 2 else {
            return String(date.prefix(6))
        }
        return "\(months[month - 1]) \(parts[2])"
    }

    /// The cursor's place in the list, the filter and the order: "3/120 · unread · by date".
    static func detail(_ state: ReaderState) -> String {
        let count = state.listCount
        var detail = count == 0 ? "none" : "\(state.articleCursor + 1)/\(count)"
        if let filter = state.articleFilter { detail += " · " + filter.label(in: state.source.index) }
        detail += " · by \(state.articleSort.rawValue)"
        return detail
    }
}

extension String {
    /// The string with spaces after it up to `width` columns.
    func padding(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
