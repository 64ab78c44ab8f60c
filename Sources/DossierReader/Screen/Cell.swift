/// One cell of the screen. A wide character fills its cell and makes the next one a
/// continuation (empty text), so every row has exactly one cell per column.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster without control characters, a space, or "" for a continuation.
    public private(set) var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .plain)

    init(text: String, style: Style) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }
}
