import DossierKit

/// Breaks a paragraph into lines that fit a number of columns, by display width.
///
/// Lines break at spaces (the space itself is dropped) and before a wide character (CJK text
/// has no spaces). A word is broken only when it is longer than a whole line, and then
/// between grapheme clusters, never inside one.
public enum TextWrapper {
    /// The lines of `paragraph`, as UTF-8 ranges of the text it was cut from, where the
    /// paragraph starts at UTF-8 offset `start`. An empty paragraph is one empty line.
    /// - Complexity: O(n) in the paragraph's length.
    public static func lines(of paragraph: Substring, startingAt start: Int, width: Int) -> [UTF8Range] {
        let width = max(1, width)
        var lines: [UTF8Range] = []
        var lineStart = start
        var column = 0
        /// The last place in the current line where it may break: the line would end at
        /// `end` and the next one start at `next`, `columns` into the current one.
        var breakPoint: (end: Int, next: Int, columns: Int)?
        var position = start
        for character in paragraph {
            let length = character.utf8.count
            defer { position += length }
            let characterWidth = TerminalText.visible(character)?.width ?? 0
            if character == " " {
                if column == 0 {
                    lineStart = position + length
                } else {
                    column += characterWidth
                    breakPoint = (position, position + length, column)
                }
                continue
            }
            if characterWidth == 2, column > 0, breakPoint?.next != position {
                breakPoint = (position, position, column)
            }
            while column > 0, column + characterWidth > width {
                if let point = breakPoint {
                    lines.append(UTF8Range(lineStart, point.end))
                    lineStart = point.next
                    column -= point.columns
                    breakPoint = nil
                } else {
                    lines.append(UTF8Range(lineStart, position))
                    lineStart = position
                    column = 0
                }
            }
            column += characterWidth
        }
        lines.append(UTF8Range(min(lineStart, position), position))
        return lines
    }
}
