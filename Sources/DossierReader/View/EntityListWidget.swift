/// The entity list: people first, then countries, organizations and places, each name in
/// its kind's style with its mention count at the right; the selected entity marked "▸".
enum EntityListWidget {
    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        let rows = state.entityRows
        guard !rows.isEmpty else {
            buffer.writeTruncated(state.entityScope == .article ? "No entities in this article" : "No entities",
                                  row: area.y, column: area.x, limit: area.width)
            return
        }
        let top = ListScrolling.top(state.entityTop, cursor: state.entityCursor, rows: area.height, count: rows.count)
        for row in 0..<min(area.height, rows.count - top) {
            let index = top + row
            let y = area.y + row
            let entry = rows[index]
            let entity = state.source.index.entities[entry.entity]
            let count = String(entry.count)
            let isSelected = entry.entity == state.selectedEntity
            let marker = buffer.write(isSelected ? "▸ " : "  ", row: y, column: area.x, limit: area.width)
            let nameWidth = area.width - marker - count.count - 1
            if nameWidth > 0 {
                let style = isSelected ? theme.selectedMention.over(theme.style(for: entity.kind)) : theme.style(for: entity.kind)
                buffer.writeTruncated(entity.name, row: y, column: area.x + marker, limit: nameWidth, style: style)
                buffer.write(count, row: y, column: area.x + area.width - count.count, style: theme.rule)
            }
            if index == state.entityCursor, state.focus == .entities {
                buffer.addAttributes(theme.cursor.attributes, row: y, columns: area.x..<(area.x + area.width))
            }
        }
    }

    /// Which entities the list shows.
    static func detail(_ state: ReaderState) -> String {
        state.entityScope == .article ? "this article" : "all articles"
    }
}
