/// Where each pane goes on a screen of a given size.
///
/// From 80 columns the three panes stand side by side (article list, text, entity list)
/// with a one-column rule between them, the lists as wide as `PaneWidths` says; below that,
/// or with the text zoomed, only the focused pane shows, full width.
/// Each pane's first row is its header; the screen's last row is the status line.
public struct ReaderLayout: Hashable, Sendable {
    /// The narrowest screen that shows all three panes.
    public static let sideBySideWidth = 80

    /// True when one pane shows at a time: a narrow screen, or the text zoomed.
    public let isNarrow: Bool
    public let focus: Pane
    public let status: Rect
    /// The columns of the rules between panes.
    public let rules: [Int]
    private let areas: [Pane: Rect]

    public init(size: Size, focus: Pane, widths: PaneWidths = .standard, isZoomed: Bool = false) {
        self.focus = focus
        isNarrow = size.width < Self.sideBySideWidth || isZoomed
        let paneHeight = max(0, size.height - 1)
        status = Rect(x: 0, y: paneHeight, width: size.width, height: size.height > 0 ? 1 : 0)
        if isNarrow {
            let whole = Rect(x: 0, y: 0, width: size.width, height: paneHeight)
            areas = [.articles: whole, .text: whole, .entities: whole]
            rules = []
        } else {
            let listWidth = size.width * widths.articles / 100
            let entityWidth = size.width * widths.entities / 100
            let textWidth = size.width - listWidth - entityWidth - 2
            areas = [
                .articles: Rect(x: 0, y: 0, width: listWidth, height: paneHeight),
                .text: Rect(x: listWidth + 1, y: 0, width: textWidth, height: paneHeight),
                .entities: Rect(x: listWidth + textWidth + 2, y: 0, width: entityWidth, height: paneHeight),
            ]
            rules = [listWidth, listWidth + 1 + textWidth]
        }
    }

    public func isShown(_ pane: Pane) -> Bool { !isNarrow || pane == focus }

    /// A pane's whole area, header included.
    public func area(of pane: Pane) -> Rect { areas[pane]! }

    /// A pane's rows under its header; the text pane keeps a margin on each side when it can.
    public func content(of pane: Pane) -> Rect {
        let content = area(of: pane).droppingTop(1)
        return pane == .text && content.width >= 40 ? content.insetHorizontally(1) : content
    }
}
