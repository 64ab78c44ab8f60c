/// Puts the bounds of names where a page's punctuation and the gazetteers say they are:
/// - a name never runs over a separator standing alone ("|", "»", "•", "/", a dash, a comma):
///   "Nairobi | The Meridian Post" is two names;
/// - a country's name the gazetteers know in full is one name, where the tagger cut it into
///   pieces or left some of its words out ("Democratic | Republic of Congo");
/// - a name never runs from an abbreviation onto a capitalized function word: the abbreviation
///   ended a sentence the tokenizer could not end ("from the U.S. | To the contrary").
enum NameBoundaryRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        cutAtSeparators(&tags, in: document)
        cutAfterAbbreviations(&tags, in: document)
        joinCountryNames(&tags, in: document, gazetteers: gazetteers)
    }

    private static func cutAfterAbbreviations(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let views = document.views
        for index in tags.indices.dropFirst() where tags[index].type != nil && !tags[index].begins {
            let word = views[index].word
            guard word.isCapitalized, Lexicon.functionWords.contains(word.lower),
                  views[index - 1].word.flags.contains(.hasPeriod), !document.isInitial(index - 1),
                  document.text.withBytes(of: index - 1, { $0.last == UInt8(ascii: ".") }) else { continue }
            tags[index] = .outside
            if index + 1 < tags.count, let type = tags[index + 1].type, !tags[index + 1].begins {
                tags[index + 1] = EntityTag(type, begins: true)
            }
        }
    }

    /// Marks that may stand inside a name: "Lernout & Hauspie", "St . Louis", an apostrophe.
    private static let joiningMarks = WordSet(["&", ".", "'", "`"])

    private static func cutAtSeparators(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let views = document.views
        for index in tags.indices.dropFirst().dropLast() where tags[index].type != nil && !tags[index].begins {
            let word = views[index].word
            guard word.flags.isDisjoint(with: [.hasLetter, .hasDigit]), !joiningMarks.contains(word.lower) else { continue }
            tags[index] = .outside
            if let type = tags[index + 1].type, !tags[index + 1].begins { tags[index + 1] = EntityTag(type, begins: true) }
        }
    }

    private static func joinCountryNames(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let text = document.text
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            var start = range.lowerBound
            while start < range.upperBound - 1 {
                guard tags[start].type == nil || tags[start].begins, document.views[start].word.isCapitalized,
                      document.views[start].gazetteer.contains(.countryBegin),
                      let length = gazetteers.longestPhrase(of: .country, at: start, before: range.upperBound, in: document.views),
                      length >= 2 else {
                    start += 1
                    continue
                }
                let end = start + length
                let pieces = tags[start..<end]
                // Cut in pieces, or some of its words left out: "Democratic Republic of | Congo".
                let isCut = !pieces.contains { $0.type == .person } && pieces.contains { $0.type != nil }
                    && (pieces.contains { $0.type == nil } || pieces.dropFirst().contains(where: \.begins))
                let endsThere = end == range.upperBound || tags[end].type == nil || tags[end].begins
                if isCut, endsThere {
                    tags[start] = .beginLocation
                    for index in (start + 1)..<end { tags[index] = .insideLocation }
                }
                start = end
            }
        }
    }
}
