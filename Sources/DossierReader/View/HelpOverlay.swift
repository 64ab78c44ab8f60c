import DossierKit

/// The help: every command with its keys as configured (`KeyBindings`), and the styles of
/// the entity kinds.
enum HelpOverlay {
    typealias Piece = OverlayBox.Piece

    static let labelWidth = 14

    static func lines(_ bindings: KeyBindings) -> [[Piece]] {
        var lines: [[Piece]] = [[Piece(text: "Keys")], []]
        for binding in bindings.bindings {
            let label = binding.sequences.isEmpty ? "(none)" : binding.label
            let padding = String(repeating: " ", count: max(1, labelWidth - DisplayWidth.of(label)))
            lines.append([Piece(text: label + padding + binding.command.help)])
        }
        lines.append([])
        var legend = [Piece(text: "Highlights: ")]
        for kind in EntityKind.allCases {
            legend.append(Piece(text: kind.rawValue, kind: kind))
            legend.append(Piece(text: " "))
        }
        lines.append(legend)
        let scope = bindings.firstLabel(of: .toggleEntityScope).map { "; \($0) shows all" } ?? ""
        lines.append([Piece(text: "The entity list shows this article's entities\(scope).")])
        let closing = [bindings.firstLabel(of: .dismiss), bindings.firstLabel(of: .toggleHelp), bindings.firstLabel(of: .quit)]
        lines.append([Piece(text: "Ctrl-Z suspends the reader; fg brings it back.")])
        lines.append([Piece(text: closing.compactMap { $0 }.joined(separator: ", ") + " closes this help.")])
        lines.append([Piece(text: "Keys, colours and the mouse: see dossier --print-config.")])
        return lines
    }

    static func box(_ bindings: KeyBindings) -> OverlayBox {
        OverlayBox(lines: lines(bindings))
    }
}
