/// Page furniture and code are not text, and name no one:
/// - a token with an underscore or "=" between letters or digits, or a bracket or "<" right
///   after one, is code (`WordInfo.Flags.codeMark`: "user_id", "render(props", "x=1"; not "1="
///   in a results table); a sentence that holds such a token (a line of code, an
///   identifier in a how-to) makes no names;
/// - a person, place or organization made only of ordinary and function words that no list
///   knows as a first name, surname, place, country, region, organization or product,
///   standing alone on its line or between separators, is a navigation label or a button
///   ("Contact Us", "About Us", "Latest News | Sport"), no name ("Brown" alone in a table of
///   results stays).
enum PageFurnitureRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            guard views[range].contains(where: { $0.word.flags.contains(.codeMark) }) else { continue }
            for index in range { tags[index] = .outside }
        }
        for name in TaggedName.all(in: tags, of: text) where name.type != .miscellaneous {
            let words = views[name.tokens]
            guard words.allSatisfy({ $0.isCommonWord || Lexicon.functionWords.contains($0.word.lower) || !$0.word.flags.contains(.hasLetter) }),
                  words.contains(where: \.word.isCapitalized), words.allSatisfy({ $0.gazetteer.isDisjoint(with: known) }),
                  (gazetteers.entry(forFolded: words.map(\.word.folded))?.categories ?? []).isDisjoint(with: knownNames),
                  document.standsApart(name.tokens, in: name.sentence) else { continue }
            for index in name.tokens { tags[index] = .outside }
        }
    }

    private static let known: Gazetteers.TokenFlags = [.countryBegin, .countryInside, .demonym, .placeBegin, .placeInside,
                                                       .organizationBegin, .organizationInside, .firstName, .givenName, .surname]
    private static let knownNames: Gazetteers.Categories = [.country, .demonym, .place, .region, .regionAdjective, .organization,
                                                            .product, .seatOfGovernment]
}
