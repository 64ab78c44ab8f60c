/// The cells a terminal driver draws to turn the screen it showed last into a new one: the
/// cells that changed, or every cell when there is no last screen or its size differs.
///
/// A wide character is drawn as one change two cells wide, and is redrawn when either of its
/// cells changed. Only the cells inside the drawable area are considered (the terminal can be
/// smaller than the buffer for a moment after a resize); a wide character cut by its right
/// edge is drawn one cell wide.
///
/// ```
/// let diff = ScreenDiff(from: lastBuffer, to: buffer, drawable: Size(width: 80, height: 24))
/// if diff.isFullRepaint { /* clear the terminal */ }
/// for change in diff.changes { /* draw buffer[change.row, change.column], change.width cells */ }
/// ```
public struct ScreenDiff: Hashable, Sendable {
    /// One cell to draw, or the two cells of a wide character.
    public struct Change: Hashable, Sendable {
        public let row: Int
        public let column: Int
        /// 1, or 2 for a wide character (the cell after it is its continuation).
        public let width: Int

        public init(row: Int, column: Int, width: Int) {
            self.row = row
            self.column = column
            self.width = width
        }
    }

    /// True when every cell is drawn: there was no last screen, or it had another size.
    public let isFullRepaint: Bool
    /// The cells to draw, in row-major order.
    public let changes: [Change]

    /// - Parameters:
    ///   - previous: the buffer on the terminal now, or nil when nothing known is there;
    ///   - buffer: the buffer to show;
    ///   - drawable: the terminal's size, when it may be smaller than the buffer.
    /// - Complexity: O(cells of the drawable part of `buffer`).
    public init(from previous: ScreenBuffer?, to buffer: ScreenBuffer, drawable: Size? = nil) {
        let size = buffer.size
        let previous = previous?.size == size ? previous : nil
        let rows = min(size.height, drawable?.height ?? size.height)
        let columns = min(size.width, drawable?.width ?? size.width)
        var changes: [Change] = []
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let width = column + 1 < columns && buffer[row, column + 1].isContinuation ? 2 : 1
                let changed = previous.map { previous in
                    (column..<(column + width)).contains { buffer[row, $0] != previous[row, $0] }
                } ?? true
                if changed { changes.append(Change(row: row, column: column, width: width)) }
                column += width
            }
        }
        self.isFullRepaint = previous == nil
        self.changes = changes
    }
}
