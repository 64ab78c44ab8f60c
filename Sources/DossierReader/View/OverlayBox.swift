import DossierKit

/// A box of lines over the panes (the help, the problems), up to 76 columns wide, centred
/// above the status line, scrolled when the screen is too short for it.
struct OverlayBox {
    /// A piece of a line; a piece with a kind is drawn in that kind's style.
    struct Piece {
        var text: String
        var kind: EntityKind?
    }

    /// The lines; the first is the box's title, drawn in bold.
    let lines: [[Piece]]

    /// The box: up to 76 columns wide, centred, above the status line.
    func frame(in size: Size) -> Rect {
        let width = min(size.width, 76)
        let height = min(max(0, size.height - 1), lines.count + 2)
        return Rect(x: (size.width - width) / 2, y: max(0, (size.height - 1 - height) / 2), width: width, height: height)
    }

    /// Where the lines go: inside the border when the box is big enough for one.
    func content(in size: Size) -> Rect {
        let frame = frame(in: size)
        guard frame.width >= 6, frame.height >= 3 else { return frame }
        return Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
    }

    func lastTop(in size: Size) -> Int {
        max(0, lines.count - content(in: size).height)
    }

    func pageLength(in size: Size) -> Int {
        max(1, content(in: size).height - 1)
    }

    func draw(top: Int, theme: Theme, size: Size, into buffer: inout ScreenBuffer) {
        let frame = frame(in: size)
        guard !frame.isEmpty else { return }
        buffer.fill(frame)
        let content = content(in: size)
        if content != frame { drawBorder(frame, into: &buffer) }
        for row in 0..<max(0, min(content.height, lines.count - top)) {
            var x = content.x
            for piece in lines[top + row] {
                let style = piece.kind.map(theme.style(for:)) ?? (top + row == 0 ? theme.heading : .plain)
                x += buffer.writeTruncated(piece.text, row: content.y + row, column: x, limit: content.x + content.width - x, style: style)
            }
        }
    }

    private func drawBorder(_ frame: Rect, into buffer: inout ScreenBuffer) {
        let inner = String(repeating: "─", count: frame.width - 2)
        buffer.write("┌" + inner + "┐", row: frame.y, column: frame.x, limit: frame.width)
        buffer.write("└" + inner + "┘", row: frame.y + frame.height - 1, column: frame.x, limit: frame.width)
        for y in (frame.y + 1)..<(frame.y + frame.height - 1) {
            buffer.write("│", row: y, column: frame.x, limit: 1)
            buffer.write("│", row: y, column: frame.x + frame.width - 1, limit: 1)
        }
    }
}
