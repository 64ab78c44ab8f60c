/// A rectangle of cells on the screen: the area a widget draws into.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }

    /// True when the cell at (row, column) is inside.
    public func contains(row: Int, column: Int) -> Bool {
        (y..<(y + height)).contains(row) && (x..<(x + width)).contains(column)
    }

    /// The rectangle without its first `rows` rows.
    func droppingTop(_ rows: Int) -> Rect {
        let rows = min(rows, height)
        return Rect(x: x, y: y + rows, width: width, height: height - rows)
    }

    /// The rectangle with `columns` fewer columns on each side, or itself when too narrow.
    func insetHorizontally(_ columns: Int) -> Rect {
        width > 2 * columns ? Rect(x: x + columns, y: y, width: width - 2 * columns, height: height) : self
    }
}
