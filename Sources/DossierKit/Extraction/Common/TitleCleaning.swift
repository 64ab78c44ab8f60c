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
        for separator in separators {
            guard let last = heading.range(of: separator, options: .backwards),
                  siteNames.contains(TextComparison.fold(String(heading[last.upperBound...]))) else { continue }
            return TextNormalization.cleanLine(String(heading[..<last.lowerBound]))
        }
        return heading
    }

    /// A title ending with a site name that holds a separator itself ("Headline — Jane Doe |
    /// Photography" for the site "Jane Doe | Photography"), which no single cut leaves whole.
    private static func withoutCompoundSiteName(_ title: String, siteNames: Set<String>) -> (String, String)? {
        guard !siteNames.isEmpty else { return nil }
        for separator in separators {
            var searchEnd = title.endIndex
            while let found = title.range(of: separator, options: .backwards, range: title.startIndex..<searchEnd) {
                let site = String(title[found.upperBound...])
                if separators.contains(where: site.contains), siteNames.contains(TextComparison.fold(site)) {
                    return (TextNormalization.cleanLine(String(title[..<found.lowerBound])), site)
                }
                searchEnd = found.lowerBound
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
