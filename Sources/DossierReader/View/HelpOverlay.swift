import DossierKit

/// The help: every key binding (from `KeyMap.bindings`) and the styles of the entity kinds,
/// in a box over the panes. It scrolls when the screen is too short for it.
enum HelpOverlay {
    /// A piece of a help line; a piece with a kind is drawn in that kind's style.
    struct Piece {
        var text: String
        var kind: EntityKind?
    }

    static let labelWidth = 12

    static let lines: [[Piece]] = {
        var lines: [[Piece]] = [[Piece(text: "Keys")], []]
        for binding in KeyMap.bindings {
            let padding = String(repeating: " ", count: max(1, labelWidth - DisplayWidth.of(binding.label)))
            lines.append([Piece(text: binding.label + padding + binding.help)])
        }
        lines.append([])
        var legend = [Piece(text: "Highlights: ")]
        for kind in EntityKind.allCases {
            legend.append(Piece(text: kind.rawValue, kind: kind))
            legend.append(Piece(text: " "))
        }
        lines.append(legend)
        lines.append([Piece(text: "The entity list shows this article's entities; a shows all.")])
        lines.append([Piece(text: "Esc, ? or q closes this help.")])
        return lines
    }()

    /// The box: up to 76 columns wide, centred, above the status line.
    static func frame(in size: Size) -> Rect {
        let width = min(size.width, 76)
        let height = min(max(0, size.height - 1), lines.count + 2)
        return Rect(x: (size.width - width) / 2, y: max(0, (size.height - 1 - height) / 2), width: width, height: height)
    }

    /// Where the lines go: inside the border when the box is big enough for one.
    static func content(in size: Size) -> Rect {
        let frame = frame(in: size)
        guard frame.width >= 6, frame.height >= 3 else { return frame }
        return Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
    }

    static func lastTop(in size: Size) -> Int {
        max(0, lines.count - content(in: size).height)
    }

    static func pageLength(in size: Size) -> Int {
        max(1, content(in: size).height - 1)
    }

    static func draw(top: Int, theme: Theme, size: Size, into buffer: inout ScreenBuffer) {
        let frame = frame(in: size)
        guard !frame.isEmpty else { return }
        buffer.fill(frame)
        let content = content(in: size)
        if content != frame { drawBorder(frame, into: &buffer) }
        for row in 0..<min(content.height, lines.count - top) {
            var x = content.x
            for piece in lines[top + row] {
                let style = piece.kind.map(theme.style(for:)) ?? (top + row == 0 ? theme.heading : .plain)
                x += buffer.writeTruncated(piece.text, row: content.y + row, column: x, limit: content.x + content.width - x, style: style)
            }
        }
    }

    private static func drawBorder(_ frame: Rect, into buffer: inout ScreenBuffer) {
        let inner = String(repeating: "─", count: frame.width - 2)
        buffer.write("┌" + inner + "┐", row: frame.y, column: frame.x, limit: frame.width)
        buffer.write("└" + inner + "┘", row: frame.y + frame.height - 1, column: frame.x, limit: frame.width)
        for y in (frame.y + 1)..<(frame.y + frame.height - 1) {
            buffer.write("│", row: y, column: frame.x, limit: 1)
            buffer.write("│", row: y, column: frame.x + frame.width - 1, limit: 1)
        }
    }
}
