/// How far a list is scrolled: as little as it takes to keep the cursor on screen, and never
/// so far that rows stand empty below the end of a list longer than the screen.
enum ListScrolling {
    static func top(_ top: Int, cursor: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return cursor }
        var top = min(top, max(0, count - rows))
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
        return max(0, top)
    }
}
