@preconcurrency import CNcursesw
import DossierReader

/// Copies screen buffers to the terminal, drawing only the cells that changed since the
/// last buffer (all of them after a resize).
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
        let size = buffer.size
        let previous = last?.size == size ? last : nil
        if previous == nil { erase() }
        let rows = min(size.height, Int(getmaxy(stdscr)))
        let columns = min(size.width, Int(getmaxx(stdscr)))
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let width = column + 1 < columns && buffer[row, column + 1].isContinuation ? 2 : 1
                // A wide character is redrawn when either of its two cells changed.
                let changed = previous.map { previous in
                    (column..<(column + width)).contains { buffer[row, $0] != previous[row, $0] }
                } ?? true
                if changed { drawCell(buffer, row: row, column: column, width: width) }
                column += width
            }
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
