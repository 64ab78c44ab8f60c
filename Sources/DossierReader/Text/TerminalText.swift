/// What a grapheme cluster from a page may show on a terminal. Text from pages is hostile:
/// a control character could start an escape sequence, so it is shown as a visible symbol
/// (ESC as "␛", a C1 control or line separator as "�") and never sent as it is.
public enum TerminalText {
    /// The text to draw for `character` and the columns it takes; nil for a cluster that has
    /// no width (a lone combining mark, joiner or format character), which is not drawn.
    public static func visible(_ character: Character) -> (text: String, width: Int)? {
        if let control = character.unicodeScalars.first(where: isControl) {
            return (String(symbol(for: control)), 1)
        }
        let width = DisplayWidth.of(character)
        return width == 0 ? nil : (String(character), width)
    }

    /// The columns `text` takes on screen, control characters shown as their symbols.
    public static func width(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + (visible($1)?.width ?? 0) }
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The Control Pictures symbol for a C0 control or DEL, the replacement character otherwise.
    static func symbol(for control: Unicode.Scalar) -> Unicode.Scalar {
        switch control.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + control.value)!
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
