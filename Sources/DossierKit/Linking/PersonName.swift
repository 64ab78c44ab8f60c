import Foundation

/// A person's name as written, cut into the parts linking compares: the given name, the
/// surname (with its particles: "von der Leyen", "bin Salman", "al-Burhan"), initials left out.
struct PersonName: Hashable, Sendable {
    /// The name as the mention gave it ("Alexander Lukashenko").
    let surface: String
    /// The given name folded for comparison ("alexander"), nil for a bare surname.
    let given: String?
    /// The surname folded for comparison ("lukashenko", "von der leyen").
    let surname: String
    /// How many words the name has, initials included.
    let wordCount: Int

    init(_ surface: String) {
        self.surface = surface
        let words = surface.split(separator: " ").map { Self.fold($0) }.filter { !$0.isEmpty }
        wordCount = words.count
        // Initials ("J.", "J") and suffixes ("Jr.") say nothing about who is meant.
        let meaningful = words.filter { !(($0.count <= 2 && $0.hasSuffix(".")) || $0.count == 1 || ["jr.", "jr", "sr.", "sr", "ii", "iii"].contains($0)) }
        guard let last = meaningful.last else {
            given = nil
            surname = words.joined(separator: " ")
            return
        }
        var surnameStart = meaningful.count - 1
        while surnameStart > 0, NameParticles.words.contains(meaningful[surnameStart - 1]) { surnameStart -= 1 }
        surname = surnameStart == meaningful.count - 1 ? last : meaningful[surnameStart...].joined(separator: " ")
        given = surnameStart > 0 ? meaningful[0] : nil
    }

    /// Case, diacritics and typographic apostrophes folded: "Łukaszenka’s" → "lukaszenka's".
    static func fold(_ text: some StringProtocol) -> String {
        NameFolding.fold(text)
    }

    /// Whether two given names can be one person's: the same, an initial of the other, or the
    /// same name in another transliteration ("Alexander", "Aleksandr").
    static func givenNamesMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let sa = skeleton(a), sb = skeleton(b)
        guard sa.first == sb.first else { return false }
        return editDistance(Array(sa), Array(sb)) <= max(1, min(sa.count, sb.count) / 4)
    }

    /// A spelling reduced to its sound: "x" → "ks", "ph" → "f", "y", "j" → "i", "w" → "v",
    /// "c" → "k", "kh" → "h", doubled letters once, and a final vowel cut.
    private static func skeleton(_ name: String) -> String {
        var text = name.lowercased()
        for (from, to) in [("x", "ks"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("c", "k"), ("y", "i"), ("j", "i"), ("w", "v")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        var result = ""
        for character in text where character.isLetter && character != result.last { result.append(character) }
        return result
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
