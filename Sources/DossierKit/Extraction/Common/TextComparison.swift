/// Comparing short texts the way a reader would: case, punctuation and spacing aside.
enum TextComparison {
    /// Lowercased words joined by single spaces.
    static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        // Most texts are ASCII, where a letter or digit is one byte: no Unicode properties needed.
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            return lowered.utf8.split(whereSeparator: { !isASCIILetterOrDigit($0) }).map { Substring($0) }
        }
        return lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }
}
