/// A capitalized word right after a person's capitalized title is that person's name:
/// "President Trump", "Mr. Rice", "Secretary of State Mike Pompeo". Newswire taught the tagger
/// that "trump", "rice" or "bush" in lower case are ordinary words, and on the web it may take
/// them for places or nothing at all; the title says otherwise.
///
/// The name runs over the capitalized words that follow, up to three, each of them a name in
/// a list or no ordinary word, and none a place, country or demonym. Only running text is
/// read so: in a headline every word is capitalized ("Coach Nice", "Spokeswoman Said"). A
/// title inside another kind of name ("General Motors", "Justice Department", "Premier
/// League") introduces no one, and an ordinary word no list knows as a name ("General
/// Assembly") is no name; but a title abbreviated ("Mr.", "Dr.") opens no place or
/// organization, and a name it opens is a person's ("Mr. Rice" taken for a place).
enum TitledNameRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            guard views[range.lowerBound].sentenceCasing == 0 else { continue }
            for title in range.dropLast() where views[title].gazetteer.contains(.title) && views[title].word.isCapitalized {
                let first = title + 1
                guard !views[first].gazetteer.contains(.title) else { continue }
                if let kind = tags[title].type, kind != .person {
                    guard tags[title].begins, views[title].word.flags.contains(.hasPeriod) else { continue }
                    var end = first
                    while end < range.upperBound, tags[end].type == kind, !tags[end].begins { end += 1 }
                    guard end > first, end - first <= 3, (first..<end).allSatisfy({ isNamePart($0, in: document) }) else { continue }
                    tags[title] = .beginPerson
                    for index in first..<end { tags[index] = .insidePerson }
                    continue
                }
                var end = first
                if let kind = tags[first].type {
                    guard kind != .person, tags[first].begins else { continue }
                    end += 1
                    while end < range.upperBound, tags[end].type == kind, !tags[end].begins { end += 1 }
                    guard end - first <= 3, (first..<end).allSatisfy({ isNamePart($0, in: document) }) else { continue }
                } else {
                    while end < range.upperBound, end - first < 3, tags[end] == .outside, isNamePart(end, in: document) { end += 1 }
                    guard end > first else { continue }
                }
                tags[first] = tags[title].type == .person ? .insidePerson : .beginPerson
                for index in (first + 1)..<end { tags[index] = .insidePerson }
            }
        }
    }

    /// A capitalized word that may be part of a person's name: listed as a name or no ordinary
    /// word; never a place, country or demonym.
    private static func isNamePart(_ token: Int, in document: TaggingDocument) -> Bool {
        let view = document.views[token]
        guard view.word.isCapitalized, view.word.flags.contains(.hasLetter),
              view.gazetteer.isDisjoint(with: [.countryBegin, .countryInside, .demonym, .placeBegin, .placeInside]),
              !Lexicon.functionWords.contains(view.word.lower) else { return false }
        return !view.isCommonWord || !view.gazetteer.isDisjoint(with: [.firstName, .givenName, .surname])
    }
}
