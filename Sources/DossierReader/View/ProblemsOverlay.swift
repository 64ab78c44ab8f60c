/// The problems: each file or record that could not be read, with its reason.
enum ProblemsOverlay {
    static func box(_ problems: [String]) -> OverlayBox {
        var lines: [[OverlayBox.Piece]] = [[.init(text: "Files and records that could not be read: \(problems.count)")], []]
        lines += problems.map { [.init(text: $0)] }
        lines += [[], [.init(text: "Esc, ! or q closes this list; they are printed again when you quit.")]]
        return OverlayBox(lines: lines)
    }
}
