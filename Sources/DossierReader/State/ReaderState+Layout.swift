/// h and l, z, < and >: which pane has the focus and how wide the panes are.
extension ReaderState {
    /// h and l: the pane to the left or right, stopping at the edges (no wrapping, as in vim).
    mutating func focusAside(by step: Int) {
        let next = focus.rawValue + step
        guard let pane = Pane(rawValue: next) else { return }
        focus = pane
    }

    /// z: the text alone, full width, and back.
    mutating func toggleZoom() {
        isZoomed.toggle()
        if isZoomed { focus = .text }
        keepCursorsVisible()
    }

    /// < and >: moves the focused pane's border; the widths are kept for the next runs.
    mutating func moveBorder(by steps: Int) {
        guard !layout.isNarrow else {
            notice = isZoomed ? "The text has the whole width: z gives the lists back" : "The screen is too narrow for side-by-side panes"
            return
        }
        let moved = paneWidths.movingBorder(of: focus, by: steps)
        guard moved != paneWidths else {
            notice = "The border cannot move further"
            return
        }
        paneWidths = moved
        effects.append(.savePaneWidths(moved))
        keepCursorsVisible()
    }
}
