import DossierKit

/// What a grapheme cluster from a page may show on a terminal. Text from pages is hostile:
/// a control character could start an escape sequence, so it is shown as a visible symbol
/// (ESC as "␛", a C1 control, line separator or bidirectional override as "�") and never
/// sent as it is. Which characters those are is `TerminalSanitizer`'s to say.
public enum TerminalText {
    /// The text to draw for `character` and the columns it takes; nil for a cluster that has
    /// no width (a lone combining mark, joiner or format character), which is not drawn.
    public static func visible(_ character: Character) -> (text: String, width: Int)? {
        if let control = character.unicodeScalars.first(where: TerminalSanitizer.isUnsafe) {
            return (String(TerminalSanitizer.symbol(for: control)), 1)
        }
        let width = DisplayWidth.of(character)
        return width == 0 ? nil : (String(character), width)
    }

    /// The columns `text` takes on screen, control characters shown as their symbols.
    public static func width(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + (visible($1)?.width ?? 0) }
    }
}
