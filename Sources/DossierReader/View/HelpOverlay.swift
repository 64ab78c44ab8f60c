import DossierKit

/// The help: every key binding (from `KeyMap.bindings`) and the styles of the entity kinds.
enum HelpOverlay {
    typealias Piece = OverlayBox.Piece

    static let labelWidth = 14

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
        lines.append([Piece(text: "Ctrl-Z suspends the reader; fg brings it back.")])
        lines.append([Piece(text: "Esc, ? or q closes this help.")])
        return lines
    }()

    static let box = OverlayBox(lines: lines)
}
