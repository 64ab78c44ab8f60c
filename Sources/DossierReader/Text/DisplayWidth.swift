/// How many terminal columns a grapheme cluster takes, computed in Swift alone so that the
/// layout does not depend on the C library's locale tables and tests are deterministic.
///
/// A cluster takes the width of its first visible scalar: 2 for East Asian Wide and
/// Fullwidth characters and for emoji shown as emoji (emoji presentation, or any emoji
/// followed by U+FE0F), 0 for combining marks, joiners, variation selectors and other
/// format characters, 1 for the rest.
///
///     DisplayWidth.of("é")   // 1
///     DisplayWidth.of("漢")  // 2
///     DisplayWidth.of("👍🏽") // 2
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first(where: { width(of: $0) > 0 }) else { return 0 }
        if base.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        if base.properties.isEmoji, scalars.contains("\u{FE0E}") { return 1 }
        return width(of: base)
    }

    /// The width of a whole string, cluster by cluster.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The width of one scalar on its own.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 } // Hangul medial vowels and final consonants
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji, sorted.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
        0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
        0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
        0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7,
        0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1B2FB, 0x1F200...0x1F202,
        0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count
        while low < high {
            let mid = (low + high) / 2
            if wideRanges[mid].upperBound < value { low = mid + 1 } else { high = mid }
        }
        return low < wideRanges.count && wideRanges[low].contains(value)
    }
}
