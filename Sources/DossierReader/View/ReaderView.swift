/// Draws a reader state into a screen buffer: the layout splits the screen, each widget
/// draws into its rectangle, the status line goes at the bottom and the help over it all.
/// Pure, and its work is proportional to the screen, not to the corpus. The screen's size is
/// part of the state (the resize action sets it), so that the reducer can page and scroll.
public enum ReaderView {
    public static func render(_ state: ReaderState, theme: Theme) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return buffer }
        let layout = state.layout
        if let view = state.view {
            FindViewWidget.draw(view, state: state, theme: theme,
                                in: Rect(x: 0, y: 0, width: state.size.width, height: layout.status.y), into: &buffer)
            StatusLine.draw(state, theme: theme, in: layout.status, into: &buffer)
            state.overlayBox?.draw(top: state.overlayTop, theme: theme, size: state.size, into: &buffer)
            return buffer
        }
        for pane in Pane.allCases where layout.isShown(pane) {
            let content = layout.content(of: pane)
            switch pane {
            case .articles: ArticleListWidget.draw(state, theme: theme, in: content, into: &buffer)
            case .text: TextWidget.draw(state, theme: theme, in: content, into: &buffer)
            case .entities: EntityListWidget.draw(state, theme: theme, in: content, into: &buffer)
            }
            if !layout.isNarrow { drawHeader(of: pane, state: state, theme: theme, into: &buffer) }
        }
        if layout.isNarrow { drawTabs(state, theme: theme, into: &buffer) }
        for column in layout.rules {
            for row in 0..<layout.status.y { buffer.write("│", row: row, column: column, limit: 1, style: theme.rule) }
        }
        StatusLine.draw(state, theme: theme, in: layout.status, into: &buffer)
        state.overlayBox?.draw(top: state.overlayTop, theme: theme, size: state.size, into: &buffer)
        return buffer
    }

    /// A pane's header row: its title and detail, in reverse video for the focused pane.
    private static func drawHeader(of pane: Pane, state: ReaderState, theme: Theme, into buffer: inout ScreenBuffer) {
        let area = state.layout.area(of: pane)
        guard !area.isEmpty else { return }
        let style = pane == state.focus ? theme.focusedHeader : theme.header
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        buffer.writeTruncated(" \(pane.title) · \(detail(of: pane, state: state))", row: area.y, column: area.x,
                              limit: area.width, style: style)
    }

    /// With one pane on screen, the first row names all three, the shown one in reverse
    /// video, then the shown pane's detail.
    private static func drawTabs(_ state: ReaderState, theme: Theme, into buffer: inout ScreenBuffer) {
        guard state.size.height > 1 else { return }
        var x = 0
        for (pane, _) in tabs {
            let style = pane == state.focus ? theme.focusedHeader : theme.header
            x += buffer.write(" \(pane.title) ", row: 0, column: x, style: style)
        }
        buffer.writeTruncated(" · " + detail(of: state.focus, state: state), row: 0, column: x,
                              limit: state.size.width - x, style: theme.rule)
    }

    /// The panes' tabs on the first row of a narrow screen, and their columns.
    static let tabs: [(pane: Pane, columns: Range<Int>)] = {
        var x = 0
        return Pane.allCases.map { pane in
            let width = TerminalText.width(of: " \(pane.title) ")
            defer { x += width }
            return (pane, x..<(x + width))
        }
    }()

    private static func detail(of pane: Pane, state: ReaderState) -> String {
        switch pane {
        case .articles: ArticleListWidget.detail(state)
        case .text: TextWidget.detail(state)
        case .entities: EntityListWidget.detail(state)
        }
    }
}
