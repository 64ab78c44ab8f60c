import DossierKit

/// The mouse: a click focuses the pane under it and opens the article, selects the entity
/// or the mention under it; the wheel scrolls the pane under the pointer; a click on the
/// status line's target opens its mentions. Over the help or the problems, the wheel scrolls
/// them and a click outside closes them. Where things are comes from the same layout and
/// widgets that draw them.
extension ReaderState {
    /// Rows the wheel moves at a turn, as in most terminal programs.
    static let wheelRows = 3

    mutating func handle(_ event: MouseEvent) {
        let targetColumns = StatusLine.targetColumns(self)
        notice = nil
        if let box = overlayBox {
            switch event.kind {
            case .wheelUp: applyToOverlay(.moveUp, box: box, times: Self.wheelRows)
            case .wheelDown: applyToOverlay(.moveDown, box: box, times: Self.wheelRows)
            case .click:
                if !box.frame(in: size).contains(row: event.row, column: event.column) { overlay = nil }
            }
            return
        }
        let layout = self.layout
        if layout.status.contains(row: event.row, column: event.column) {
            if event.kind == .click, targetColumns?.contains(event.column) == true { apply(.showMentions) }
            return
        }
        if layout.isNarrow, event.row == 0 {
            if event.kind == .click, let tab = ReaderView.tabs.first(where: { $0.columns.contains(event.column) }) {
                focus = tab.pane
            }
            return
        }
        guard let pane = Pane.allCases.first(where: {
            layout.isShown($0) && layout.area(of: $0).contains(row: event.row, column: event.column)
        }) else { return }
        switch event.kind {
        case .wheelUp: move(by: -Self.wheelRows, in: pane)
        case .wheelDown: move(by: Self.wheelRows, in: pane)
        case .click: click(in: pane, row: event.row, column: event.column)
        }
    }

    private mutating func applyToOverlay(_ action: Action, box: OverlayBox, times: Int) {
        for _ in 0..<times { applyToOverlay(action, box: box) }
    }

    /// A click in a pane: its header focuses it; a list row opens that article or selects
    /// that entity; a mention in the text selects its entity with that mention as the target.
    private mutating func click(in pane: Pane, row: Int, column: Int) {
        focus = pane
        let content = layout.content(of: pane)
        guard row >= content.y else { return } // the header
        switch pane {
        case .articles:
            let top = ListScrolling.top(articleTop, cursor: articleCursor, rows: content.height, count: source.count)
            guard top + row - content.y < source.count else { return }
            articleCursor = top + row - content.y
            activate()
        case .entities:
            let rows = entityRows
            let top = ListScrolling.top(entityTop, cursor: entityCursor, rows: content.height, count: rows.count)
            guard top + row - content.y < rows.count else { return }
            entityCursor = top + row - content.y
            activate()
        case .text:
            guard let offset = TextWidget.offset(atRow: row, column: column, state: self, in: content), let opened,
                  let index = opened.mentions.firstIndex(where: { $0.range.contains(offset) })
            else { return }
            selectedEntity = opened.mentions[index].entity
            target = MentionLocation(article: openArticle, index: index)
            followSelectedEntity()
            keepCursorsVisible()
        }
    }
}
