/// Comparing short texts the way a reader would: case, punctuation and spacing aside.
enum TextComparison {
    /// Lowercased words joined by single spaces.
    static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        return lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }
}
