/// Whitespace and invisible-character normalization for text that comes from pages.
/// Typographic quotes and dashes are kept.
public enum TextNormalization {
    /// Collapses every run of whitespace (no-break spaces, tabs and newlines included) to one
    /// space, drops zero-width and control characters, and trims.
    public static func cleanLine(_ text: some StringProtocol) -> String {
        if isClean(text.utf8) { return String(text) }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace {
                result.append(0x20)
                pendingSpace = false
            }
            UTF8.encode(scalar) { result.append($0) }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// True when the text is printable ASCII with single inner spaces, so cleaning would not change it.
    /// - Complexity: O(n), stopping at the first byte that needs a closer look.
    static func isClean(_ utf8: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for byte in utf8 {
            if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
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
