/// Reads a headline quoted in title case inside a sentence ("… (“Netizens Implicate Mike
/// Pompeo in Fresh Anti-Belarus ‘Extortion Scheme’ Before Historic Minsk Trip,” blared one
/// headline)"; see `TaggingDocument.quotedHeadlines`). The tagger takes such a run of capitals
/// in running text for one long name; there
/// - a listed first name and the capitalized words after it, up to two, that are names or no
///   ordinary words, none a place or country, are a person of their own ("Mike Pompeo");
/// - a name (but a work's: "Ice Cold in Alex") does not begin or end with a word in lower case
///   or an ordinary word that no list knows as a surname, place or country, nor as a given
///   name that is no ordinary word ("Minsk Trip" is "Minsk"), and a name made of such words
///   only is none ("Extortion Scheme").
enum QuotedHeadlineRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text
        for sentence in 0..<text.sentenceCount {
            for headline in document.quotedHeadlines(in: text.sentence(sentence)) {
                markPeople(in: headline, &tags, document)
                trimNames(in: headline, &tags, document)
            }
        }
    }

    private static func markPeople(in headline: Range<Int>, _ tags: inout [EntityTag], _ document: TaggingDocument) {
        let views = document.views
        var index = headline.lowerBound
        while index < headline.upperBound - 1 {
            guard views[index].isGivenName, isNamePart(index + 1, document) else {
                index += 1
                continue
            }
            var end = index + 2
            if end < headline.upperBound, end - index < 3, isNamePart(end, document) { end += 1 }
            if end < headline.upperBound, let type = tags[end].type, !tags[end].begins { tags[end] = EntityTag(type, begins: true) }
            tags[index] = .beginPerson
            for token in (index + 1)..<end { tags[token] = .insidePerson }
            index = end
        }
    }

    /// A capitalized word that may be a surname: listed as a name or no ordinary word, and no
    /// place, country or demonym.
    private static func isNamePart(_ token: Int, _ document: TaggingDocument) -> Bool {
        let view = document.views[token]
        guard view.word.isCapitalized,
              view.gazetteer.isDisjoint(with: [.placeBegin, .placeInside, .countryBegin, .countryInside, .demonym]) else { return false }
        return !view.isCommonWord || !view.gazetteer.isDisjoint(with: [.firstName, .givenName, .surname])
    }

    private static func trimNames(in headline: Range<Int>, _ tags: inout [EntityTag], _ document: TaggingDocument) {
        let views = document.views
        func isLoose(_ token: Int) -> Bool {
            let view = views[token]
            return view.word.flags.contains(.initialLowercase)
                || (view.isCommonWord && !view.isGivenName
                    && view.gazetteer.isDisjoint(with: [.surname, .placeBegin, .placeInside, .countryBegin, .countryInside, .demonym]))
        }
        for name in TaggedName.all(in: tags, of: document.text)
        where name.type != .miscellaneous && headline.contains(name.tokens.lowerBound) && headline.contains(name.tokens.upperBound - 1) {
            var tokens = name.tokens
            while let first = tokens.first, isLoose(first) {
                tags[first] = .outside
                tokens = tokens.dropFirst()
            }
            while let last = tokens.last, isLoose(last) {
                tags[last] = .outside
                tokens = tokens.dropLast()
            }
            if let first = tokens.first, let type = tags[first].type { tags[first] = EntityTag(type, begins: true) }
        }
    }
}
