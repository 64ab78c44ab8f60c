/// Whitespace and invisible-character normalization for text that comes from pages.
/// Typographic quotes and dashes are kept.
public enum TextNormalization {
    /// Collapses every run of whitespace (no-break spaces, tabs and newlines included) to one
    /// space, drops zero-width and control characters, and trims.
    public static func cleanLine(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// The same as `cleanLine`: a block of the reading text is one line; the reader wraps it.
    public static func clean(_ text: some StringProtocol) -> String { cleanLine(text) }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Control characters, zero-width characters and the byte-order mark. Zero-width joiners
    /// stay: they hold emoji sequences together.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0x200C, 0x200E, 0x200F, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF:
            return true
        case 0x202A...0x202E, 0x2066...0x2069: // bidirectional embeddings and isolates
            return true
        default:
            return false
        }
    }
}
