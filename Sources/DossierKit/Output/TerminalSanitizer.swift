/// Text from outside (pages, records, file names, tokens) on its way to a terminal.
///
/// A terminal obeys the control characters it is sent: an ESC from a page could retitle the
/// window, switch modes or rewrite the screen, and a bidirectional override could make a file
/// name read backwards. Every writer of text to a terminal (the reader's cells, standard
/// output, standard error) shows such characters as visible symbols instead:
///
///     TerminalSanitizer.sanitize("a\u{1B}]2;x\u{7}b")   // "a␛]2;x␇b"
///     TerminalSanitizer.sanitize("file\u{202E}lmth.exe") // "file�lmth.exe"
///
/// JSON output escapes the same characters rather than showing them (`JSONOutput`).
public enum TerminalSanitizer {
    /// True for what must never reach a terminal as it is: C0 and C1 controls, DEL, the
    /// Unicode line and paragraph separators, and the bidirectional embeddings, overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069).
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The visible stand-in for an unsafe scalar: the Control Pictures symbol for a C0 control
    /// or DEL (ESC is "␛"), the replacement character "�" for the others.
    public static func symbol(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// `text` with every unsafe scalar shown as its symbol. Line feeds (and tabs) are kept
    /// when asked, for output made of lines (and columns); a carriage return never is.
    /// - Complexity: O(n); text with nothing to replace is returned as it is.
    public static func sanitize(_ text: some StringProtocol, keepingLineFeeds: Bool = false, keepingTabs: Bool = false) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool {
            (keepingLineFeeds && scalar == "\n") || (keepingTabs && scalar == "\t")
        }
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !kept($0) }) else { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isUnsafe(scalar) && !kept(scalar) ? symbol(for: scalar) : scalar)
        }
        return String(result)
    }
}
