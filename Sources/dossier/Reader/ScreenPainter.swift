@preconcurrency import CNcursesw
import DossierReader

/// Copies screen buffers to the terminal with ncurses, drawing only the cells that
/// `ScreenDiff` finds changed since the last buffer (all of them after a resize).
struct ScreenPainter {
    let usesColor: Bool
    private var last: ScreenBuffer?

    init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// Forgets what is on screen: the next `draw` repaints every cell.
    mutating func invalidate() {
        last = nil
    }

    mutating func draw(_ buffer: ScreenBuffer) {
        let drawable = Size(width: Int(getmaxx(stdscr)), height: Int(getmaxy(stdscr)))
        let diff = ScreenDiff(from: last, to: buffer, drawable: drawable)
        if diff.isFullRepaint { erase() }
        for change in diff.changes {
            drawCell(buffer, row: change.row, column: change.column, width: change.width)
        }
        refresh()
        last = buffer
    }

    /// Draws one cell, or the two cells of a wide character.
    ///
    /// ncurses and the terminal measure characters with the C library's `wcwidth`, which can
    /// differ from the buffer's width (an emoji made wide by U+FE0F, a flag). So a cell gets
    /// its first character with the combining marks after it only when `wcwidth` agrees;
    /// a character `wcwidth` finds narrower is drawn bare and padded with a space, and one it
    /// cannot place is drawn as "?", so that the rest of the row stays where it belongs.
    private func drawCell(_ buffer: ScreenBuffer, row: Int, column: Int, width: Int) {
        let cell = buffer[row, column]
        let scalars = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let baseWidth = scalars.first.map { Int(wcwidth($0)) } ?? -1
        var characters = [questionMark]
        if baseWidth == width {
            // One spacing character and up to four combining ones; an emoji sequence stops
            // at its first joiner.
            let marks = scalars.dropFirst().prefix { $0 != zeroWidthJoiner }.filter { wcwidth($0) == 0 }
            characters = [scalars[0]] + marks.prefix(4)
        } else if baseWidth >= 1, baseWidth < width {
            characters = [scalars[0]]
        }
        put(characters, style: cell.style, row: row, column: column)
        if max(1, min(baseWidth, width)) < width {
            put([space], style: cell.style, row: row, column: column + 1)
        }
    }

    private let questionMark = wchar_t(0x3F)
    private let space = wchar_t(0x20)
    private let zeroWidthJoiner = wchar_t(0x200D)

    private func put(_ characters: [wchar_t], style: Style, row: Int, column: Int) {
        var cell = cchar_t()
        let terminated = characters + [0]
        let pair = usesColor ? style.foreground.map(CursesTerminal.pair(of:)) ?? 0 : 0
        setcchar(&cell, terminated, attributes(of: style), pair, nil)
        mvadd_wch(Int32(row), Int32(column), &cell)
    }

    private func attributes(of style: Style) -> attr_t {
        var attributes = dossier_a_normal()
        if style.attributes.contains(.bold) { attributes |= dossier_a_bold() }
        if style.attributes.contains(.underline) { attributes |= dossier_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= dossier_a_reverse() }
        if style.attributes.contains(.dim) { attributes |= dossier_a_dim() }
        return attributes
    }
}
