@testable import DossierReader

/// A screen buffer written out for a snapshot file: its rows of characters, then a map of each
/// cell's colour and a map of each cell's attributes, one character a cell, so that a lost
/// highlight or a moved cursor shows in a diff as plainly as a changed word.
///
/// Trailing blanks are left out of every row (the buffer's width is in the header, so nothing
/// is lost) to keep editors that strip them from changing a file.
///
/// ```
/// == text ==
///  Articles · 1/5 …
/// == colours ==
/// ....cccccccccc
/// == attributes ==
/// 5555555555555555
/// ```
enum ScreenSnapshot {
    /// The file's text for `buffer`, under a header naming the screen.
    static func text(of buffer: ScreenBuffer, name: String) -> String {
        let rows = 0..<buffer.size.height
        let cells = { (row: Int) in (0..<buffer.size.width).map { buffer[row, $0] } }
        var lines = [
            "Screen \(name), \(buffer.size.width)×\(buffer.size.height) cells.",
            "Re-record with DOSSIER_RECORD_SNAPSHOTS=1 swift test --filter Snapshot",
            "",
            textHeader,
        ]
        lines += rows.map { trimmed(buffer.text(ofRow: $0), blank: " ") }
        lines.append(coloursHeader)
        lines += rows.map { row in trimmed(String(cells(row).map { colourLetter($0.style.foreground) }), blank: ".") }
        lines.append(attributesHeader)
        lines += rows.map { row in trimmed(String(cells(row).map { attributesLetter($0.style.attributes) }), blank: ".") }
        return lines.joined(separator: "\n") + "\n"
    }

    static let textHeader = "== text (one character for a wide character's two cells) =="
    static let coloursHeader = "== colours (. none; k r g y b m c w the 8 colours, capitals their bright forms, # any other) =="
    static let attributesHeader = "== attributes (. none, else the sum in hex of 1 bold, 2 underline, 4 reverse, 8 dim) =="

    /// The section a line of a snapshot file is in ("text", "colours", "attributes"), for
    /// telling where a difference is.
    static func sections(of lines: [String]) -> [String] {
        var section = "header"
        return lines.map { line in
            if line == textHeader { section = "text" } else if line == coloursHeader { section = "colours" }
            else if line == attributesHeader { section = "attributes" }
            return section
        }
    }

    private static func colourLetter(_ color: Style.Color?) -> Character {
        guard let color else { return "." }
        let letters = Array("krgybmcwKRGYBMCW")
        return color.index < letters.count ? letters[color.index] : "#"
    }

    private static func attributesLetter(_ attributes: Style.Attributes) -> Character {
        attributes.isEmpty ? "." : Character(String(attributes.rawValue, radix: 16))
    }

    private static func trimmed(_ row: String, blank: Character) -> String {
        String(row.reversed().drop { $0 == blank }.reversed())
    }
}
