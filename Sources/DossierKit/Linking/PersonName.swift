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
    /// - Parameter skeleton: `skeleton(_:)`, or a caller's cache of it.
    static func givenNamesMatch(_ a: String, _ b: String, skeleton: (String) -> String = skeleton) -> Bool {
        if a == b { return true }
        let sa = skeleton(a), sb = skeleton(b)
        guard sa.first == sb.first else { return false }
        return editDistance(Array(sa), Array(sb)) <= max(1, min(sa.count, sb.count) / 4)
    }

    /// A spelling reduced to its sound: "x" → "ks", "ph" → "f", "y", "j" → "i", "w" → "v",
    /// "c" → "k", "kh" → "h", doubled letters once, and a final vowel cut.
    static func skeleton(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSkeleton(name) }
        var text = name.lowercased()
        for (from, to) in skeletonRules {
            text = text.replacingOccurrences(of: from, with: to)
        }
        var result = ""
        for character in text where character.isLetter && character != result.last { result.append(character) }
        return result
    }

    /// The spellings `skeleton` rewrites, in the order it rewrites them.
    private static let skeletonRules = [("x", "ks"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("c", "k"), ("y", "i"), ("j", "i"), ("w", "v")]

    /// `skeleton` of an ASCII name, by bytes: each rule is a pass over the name, as a
    /// replacement of every occurrence is.
    private static func asciiSkeleton(_ name: String) -> String {
        var bytes = name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for (from, to) in skeletonRules {
            let pattern = Array(from.utf8), replacement = Array(to.utf8)
            var rewritten: [UInt8] = []
            rewritten.reserveCapacity(bytes.count + 4)
            var index = 0
            while index < bytes.count {
                if index + pattern.count <= bytes.count, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    rewritten += replacement
                    index += pattern.count
                } else {
                    rewritten.append(bytes[index])
                    index += 1
                }
            }
            bytes = rewritten
        }
        var result: [UInt8] = []
        for byte in bytes where byte >= 0x61 && byte <= 0x7A && byte != result.last { result.append(byte) }
        return String(decoding: result, as: UTF8.self)
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
