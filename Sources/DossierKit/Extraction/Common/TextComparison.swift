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

    /// The share of the shorter text's words found in the longer one (0 to 1), 1 for equal texts.
    static func similarity(_ a: String, _ b: String) -> Double {
        let wordsA = words(a), wordsB = words(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let (short, long) = wordsA.count <= wordsB.count ? (wordsA, wordsB) : (wordsB, wordsA)
        let longSet = Set(long)
        let shared = short.filter { longSet.contains($0) }.count
        let coverage = Double(shared) / Double(short.count)
        // A short heading inside a long title is not the title.
        let balance = Double(short.count) / Double(long.count)
        return coverage * min(1, balance * 2)
    }
}
