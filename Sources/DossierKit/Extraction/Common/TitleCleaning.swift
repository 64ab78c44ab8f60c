/// Page titles usually carry the site's name: "Story headline | Site" or "Site - Story".
enum TitleCleaning {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    /// The headline part of a title cut at the usual separators: the longest part that is not
    /// one of the site's known names (folded).
    static func withoutSiteName(_ title: String, siteNames: Set<String> = []) -> String {
        headline(of: title, siteNames: siteNames)?.headline ?? title
    }

    /// The parts of a title other than the story's headline: the site's name and section.
    static func siteParts(of title: String) -> [String] {
        headline(of: title, siteNames: [])?.others ?? []
    }

    private static func headline(of title: String, siteNames: Set<String>) -> (headline: String, others: [String])? {
        if let (headline, site) = withoutCompoundSiteName(title, siteNames: siteNames) { return (headline, [site]) }
        for parts in cuts(of: title) {
            let candidates = parts.filter { !siteNames.contains(TextComparison.fold($0)) && !isDomainName($0) }
            if let longest = candidates.max(by: { $0.utf8.count < $1.utf8.count }), longest.count >= 15 || candidates.count == 1 {
                return (longest, parts.filter { $0 != longest })
            }
        }
        return nil
    }

    /// A heading without a site's name after its last separator ("Headline – Acme" gives
    /// "Headline"); anything else after a separator is the headline's own.
    static func withoutSiteSuffix(_ heading: String, siteNames: Set<String>) -> String {
        let bytes = Array(heading.utf8)
        guard let last = separatorRanges(in: bytes).max(by: { $0.lowerBound < $1.lowerBound }),
              siteNames.contains(TextComparison.fold(String(decoding: bytes[last.upperBound...], as: UTF8.self))) else { return heading }
        return TextNormalization.cleanLine(String(decoding: bytes[..<last.lowerBound], as: UTF8.self))
    }

    /// A title ending with a site name that holds a separator itself ("Headline — Jane Doe |
    /// Photography" for the site "Jane Doe | Photography"), which no single cut leaves whole.
    private static func withoutCompoundSiteName(_ title: String, siteNames: Set<String>) -> (String, String)? {
        guard !siteNames.isEmpty else { return nil }
        let bytes = Array(title.utf8)
        let found = separatorRanges(in: bytes)
        guard found.count >= 2 else { return nil }
        for cut in found where found.contains(where: { $0.lowerBound >= cut.upperBound }) {
            let site = String(decoding: bytes[cut.upperBound...], as: UTF8.self)
            if siteNames.contains(TextComparison.fold(site)) {
                return (TextNormalization.cleanLine(String(decoding: bytes[..<cut.lowerBound], as: UTF8.self)), site)
            }
        }
        return nil
    }

    /// True when a heading is the title with characters its page's encoding lost turned into
    /// question marks ("Planning? Beginner? Guide" for "Planning: Beginner's Guide"): each "?"
    /// before the heading's end stands for one or two characters.
    static func isSame(_ title: String, lostToQuestionMarksIn heading: String) -> Bool {
        let marks = heading.dropLast().filter { $0 == "?" }.count
        guard (1...4).contains(marks), title.count >= heading.count, title.count <= heading.count + marks else { return false }
        func matches(_ shown: Substring, _ written: Substring) -> Bool {
            guard let first = shown.first else { return written.isEmpty }
            if first == "?" && shown.count > 1 {
                return (1...2).contains { written.count >= $0 && matches(shown.dropFirst(), written.dropFirst($0)) }
            }
            return written.first == first && matches(shown.dropFirst(), written.dropFirst())
        }
        return matches(Substring(heading), Substring(title))
    }

    /// Where each separator occurs in a title's bytes.
    private static func separatorRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for separator in separatorBytes {
            var from = 0
            while let at = LineText.find(separator, in: bytes, from: from) {
                found.append(at..<(at + separator.count))
                from = at + separator.count
            }
        }
        return found
    }

    /// "Example.com", "news.example.org": a site named by its domain.
    static func isDomainName(_ part: String) -> Bool {
        guard !part.contains(" "), let dot = part.lastIndex(of: ".") else { return false }
        return domainEndings.contains(part[part.index(after: dot)...].lowercased())
    }

    private static let domainEndings: Set<String> = ["com", "org", "net", "io", "co", "ai", "dev", "app", "info", "biz", "edu", "gov",
                                                     "uk", "de", "fr", "ca", "au", "us", "in", "me", "tv", "news", "blog"]

    /// True for a heading of several sentences ("Learn which … pays off? Get expert tips …"): a
    /// summary set as a heading, not a headline.
    static func isSeveralSentences(_ heading: String) -> Bool {
        guard heading.utf8.count > 80 else { return false }
        let characters = Array(heading)
        var ends = 0
        for index in characters.indices.dropLast(2) where ".?!".contains(characters[index]) && characters[index + 1] == " "
            && characters[index + 2].isUppercase {
            ends += 1
        }
        return ends >= 1 && ".?!".contains(characters.last ?? " ") || ends >= 2
    }

    /// The part of a title before its first colon ("Index Funds" in "Index Funds: How to Invest").
    static func topic(of title: String) -> String? {
        let bytes = Array(title.utf8)
        guard let colon = LineText.find(colonBytes, in: bytes, from: 0), colon > 0 else { return nil }
        return String(decoding: bytes[..<colon], as: UTF8.self)
    }

    private static let colonBytes = Array(": ".utf8)

    /// True for a heading of two words or more whose letters are all capitals.
    static func isInCapitals(_ heading: String) -> Bool {
        var letters = 0
        for character in heading where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 8 && heading.contains(" ")
    }

    /// The title cut at each separator it holds, in the order of `separators`.
    static func cuts(of title: String) -> [[String]] {
        let bytes = Array(title.utf8)
        return separatorBytes.compactMap { separator in
            var parts: [String] = []
            var start = 0
            while let found = LineText.find(separator, in: bytes, from: start) {
                parts.append(TextNormalization.cleanLine(String(decoding: bytes[start..<found], as: UTF8.self)))
                start = found + separator.count
            }
            guard !parts.isEmpty else { return nil }
            parts.append(TextNormalization.cleanLine(String(decoding: bytes[start...], as: UTF8.self)))
            return parts
        }
    }

    /// A heading cut at the separators, and its part after a kicker of one or two words
    /// ("Blog: Headline", "Title: Headline"); a colon after more words is the headline's own.
    static func headingCuts(of heading: String) -> [[String]] {
        var result = cuts(of: heading)
        if let colon = heading.range(of: ": "), TextComparison.words(String(heading[..<colon.lowerBound])).count <= 2 {
            result.append([TextNormalization.cleanLine(String(heading[colon.upperBound...]))])
        }
        return result
    }

    private static let separatorBytes = separators.map { Array($0.utf8) }
}
