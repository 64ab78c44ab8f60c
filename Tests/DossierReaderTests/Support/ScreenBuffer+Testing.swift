@testable import DossierReader

extension ScreenBuffer {
    /// The styles of the cells under the first occurrence of `text` in a row, or nil.
    func styles(of text: String, inRow row: Int, from column: Int = 0) -> [Style]? {
        let cells = (0..<size.width).map { self[row, $0] }
        let characters = Array(text).map(String.init)
        for start in column..<size.width {
            var column = start, matched = 0
            var styles: [Style] = []
            while matched < characters.count, column < size.width {
                let cell = cells[column]
                if cell.isContinuation { column += 1; continue }
                guard cell.text == characters[matched] else { break }
                styles.append(cell.style)
                matched += 1
                column += 1
            }
            if matched == characters.count { return styles }
        }
        return nil
    }

    /// The column where `text` first starts in a row (cells, so wide characters count two).
    func column(of text: String, inRow row: Int, from column: Int = 0) -> Int? {
        let characters = Array(text).map(String.init)
        return (column..<size.width).first { start in
            var column = start
            for character in characters {
                while column < size.width, self[row, column].isContinuation { column += 1 }
                guard column < size.width, self[row, column].text == character else { return false }
                column += 1
            }
            return true
        }
    }

    /// The first row whose text contains `text`.
    func row(containing text: String) -> Int? {
        rows.firstIndex { $0.contains(text) }
    }
}
