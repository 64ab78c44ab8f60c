/// A screen of cells, what `ReaderView.render` draws into and the terminal driver copies out.
///
/// Text goes in only through `write`, which turns every grapheme cluster into its visible
/// form (`TerminalText.visible`), so a cell never holds a control character, and which clips
/// at the given width so that nothing spills into a neighbouring widget.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.width + column]
    }

    /// Writes `text` from (row, column) in at most `limit` columns (up to the row's end when
    /// nil). A wide character that would not fit is left out with a blank in its place.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, row: Int, column: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard row >= 0, row < size.height, column >= 0 else { return 0 }
        let end = min(size.width, column + (limit ?? size.width - column))
        var x = column
        for character in text {
            guard x < end else { break }
            guard let visible = TerminalText.visible(character) else { continue }
            if x + visible.width > end {
                put(" ", width: 1, row: row, column: x, style: style)
                x += 1
                break
            }
            put(visible.text, width: visible.width, row: row, column: x, style: style)
            x += visible.width
        }
        return x - column
    }

    /// Writes `text` in at most `limit` columns, ending it with "…" when it does not fit.
    @discardableResult
    public mutating func writeTruncated(_ text: some StringProtocol, row: Int, column: Int, limit: Int, style: Style = .plain) -> Int {
        guard limit > 0 else { return 0 }
        var width = 0
        var fitting = text.startIndex // the end of the prefix that leaves room for "…"
        var index = text.startIndex
        while index < text.endIndex {
            width += TerminalText.visible(text[index])?.width ?? 0
            if width > limit {
                let written = write(text[text.startIndex..<fitting], row: row, column: column, limit: limit - 1, style: style)
                return written + write("…", row: row, column: column + written, limit: 1, style: style)
            }
            index = text.index(after: index)
            if width <= limit - 1 { fitting = index }
        }
        return write(text, row: row, column: column, limit: limit, style: style)
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in rect.y..<(rect.y + rect.height) {
            for column in rect.x..<(rect.x + rect.width) {
                cells[row * size.width + column] = Cell(text: " ", style: style)
            }
        }
    }

    /// Adds attributes to the cells of part of a row (a cursor bar, a reversed mention).
    public mutating func addAttributes(_ attributes: Style.Attributes, row: Int, columns: Range<Int>) {
        for column in columns {
            cells[row * size.width + column].style = cells[row * size.width + column].style.adding(attributes)
        }
    }

    /// The text of a row, wide characters once each.
    public func text(ofRow row: Int) -> String {
        cells[(row * size.width)..<((row + 1) * size.width)].map(\.text).joined()
    }

    /// Every row's text, top to bottom.
    public var rows: [String] {
        (0..<size.height).map(text(ofRow:))
    }

    private mutating func put(_ text: String, width: Int, row: Int, column: Int, style: Style) {
        let base = row * size.width
        // Overwriting half of a wide character blanks its other half.
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = Cell(text: " ", style: cells[base + column - 1].style)
        }
        let last = column + width - 1
        if last + 1 < size.width, cells[base + last + 1].isContinuation {
            cells[base + last + 1] = Cell(text: " ", style: cells[base + last + 1].style)
        }
        cells[base + column] = Cell(text: text, style: style)
        if width == 2 { cells[base + column + 1] = Cell(text: "", style: style) }
    }
}
