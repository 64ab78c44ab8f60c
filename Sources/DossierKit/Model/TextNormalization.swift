import Foundation

/// Whitespace and invisible-character normalization for text that comes from pages.
/// Typographic quotes and dashes are kept.
public enum TextNormalization {
    /// Collapses every run of whitespace (no-break spaces, tabs and newlines included) to one
    /// space, drops zero-width and control characters, and trims.
    public static func cleanLine(_ text: some StringProtocol) -> String {
        UTF8Characters.withBytes(text) { cleanedBytes($0).map { String(decoding: $0, as: UTF8.self) } } ?? String(text)
    }

    /// The bytes of the cleaned line, or nil when cleaning would not change them.
    static func cleanedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if isClean(bytes) { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let (scalar, length) = scalar(in: bytes, at: index)
            defer { index += length }
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace {
                result.append(0x20)
                pendingSpace = false
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
        }
        return result
    }

    /// True when the text has single inner spaces, no other whitespace and no invisible
    /// characters, so cleaning would not change it.
    /// - Complexity: O(n); scalars beyond printable ASCII are decoded.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20, !PackedBytes.hasDoubleSpace(bytes) else {
            return false
        }
        if PackedBytes.isPrintableASCII(bytes) { return true }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            let (scalar, length) = scalar(in: bytes, at: index)
            if isSpace(scalar) || isInvisible(scalar) { return false }
            index += length
        }
        return true
    }

    /// The scalar at `index`; a string's bytes are UTF-8, so the replacement is never used.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        UTF8Characters.scalar(in: bytes, at: index) ?? ("\u{FFFD}", 1)
    }

    /// `text.trimmingCharacters(in: whitespace)` for `whitespace` `.whitespaces` or
    /// `.whitespacesAndNewlines`: a text that opens and ends with printable ASCII other than a
    /// space has nothing of either at its ends, and is returned without asking Foundation.
    static func trimming(_ text: some StringProtocol, _ whitespace: CharacterSet) -> String {
        let settled = UTF8Characters.withBytes(text) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first &- 0x21 < 0x5E && last &- 0x21 < 0x5E
        }
        return settled ? String(text) : text.trimmingCharacters(in: whitespace)
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
