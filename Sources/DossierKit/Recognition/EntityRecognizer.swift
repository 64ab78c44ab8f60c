/// Finds people, countries, organizations and places in an article's text.
public struct EntityRecognizer: Sendable {
    public init() {}

    /// Loads the shipped model and gazetteers.
    public static func shipped() throws -> EntityRecognizer { EntityRecognizer() }

    /// The mentions in an article, sorted and not overlapping.
    public func recognize(_ article: Article) -> [RecognizedMention] {
        PlaceholderRecognition.recognize(article.text)
    }

    /// IOB2 tags (PER, LOC, ORG, MISC) for one sentence of tokens.
    public func tag(sentence tokens: [String]) -> [String] {
        tokens.map { PlaceholderRecognition.countries[$0] != nil ? "B-LOC" : "O" }
    }
}

/// A first, simple recognizer until the trained tagger lands: a few countries by name and
/// runs of two or three capitalized words as people.
enum PlaceholderRecognition {
    static let countries: [String: (name: String, code: String, form: MentionForm)] = [
        "Belarus": ("Belarus", "BY", .name), "Belarusian": ("Belarus", "BY", .demonym),
        "Russia": ("Russia", "RU", .name), "Russian": ("Russia", "RU", .demonym),
        "Ukraine": ("Ukraine", "UA", .name), "China": ("China", "CN", .name),
        "U.S.": ("United States", "US", .alias), "America": ("United States", "US", .alias),
    ]

    static func recognize(_ text: String) -> [RecognizedMention] {
        var result: [RecognizedMention] = []
        var offset = 0
        var run: [(range: UTF8Range, word: String)] = []
        func flushRun() {
            if run.count >= 2 && run.count <= 3 {
                let name = run.map(\.word).joined(separator: " ")
                result.append(RecognizedMention(range: UTF8Range(run.first!.range.start, run.last!.range.end),
                                                kind: .person, form: .name, name: name))
            }
            run.removeAll()
        }
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            let start = offset
            offset += piece.utf8.count + 1
            var word = Substring(piece)
            while let last = word.last, ",;:!?”’)".contains(last) || (last == "." && !word.dropLast().contains(".")) { word = word.dropLast() }
            if word.hasSuffix("’s") || word.hasSuffix("'s") { word = word.dropLast(2) }
            let range = UTF8Range(start, start + word.utf8.count)
            if let country = countries[String(word)] {
                flushRun()
                result.append(RecognizedMention(range: range, kind: .country, form: country.form,
                                                name: country.name, code: country.code))
            } else if let first = word.first, first.isUppercase, word.count > 1, word.allSatisfy({ $0.isLetter }) {
                run.append((range, String(word)))
                if word.count != piece.count { flushRun() }
            } else {
                flushRun()
            }
        }
        flushRun()
        return result
    }
}
