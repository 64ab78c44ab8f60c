/// Corrects the tagger where the gazetteers know better than its context, which newswire
/// rarely shows it:
/// - a known first name and a capitalized word or two at the end of an organization's or
///   place's span are a person named after a role ("for Political Affairs David Hale");
/// - a known first name or a person's name, lower-case particles and a capitalized word are
///   one person ("Ursula von der Leyen", "Mohammed bin Salman", "Abdel Fattah al-Burhan");
/// - a given name or surname alone before a word for a leader's government is a person
///   ("the Assad regime", "the Bush administration"); so is a word no list knows and no
///   dictionary holds before "administration" or "presidency", which only people head ("the
///   Biden administration"; "the Taliban regime" and "the Hamas government" stay);
/// - a person's name running on into a first name is two people, as in a list of tags
///   ("Donald Trump Mike Pence");
/// - a name of two or three words after "By" opening a line, that ends the line or a part of
///   it, is a byline's person, unless the gazetteers know it as a place ("By Sofía Carrasco —
///   April 2").
enum PersonNameRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        splitPeopleFromRoles(&tags, in: document)
        joinParticles(&tags, in: document)
        markLeadersOfGovernments(&tags, in: document)
        splitRunOnNames(&tags, in: document)
        markBylines(&tags, in: document, gazetteers: gazetteers)
    }

    private static func splitRunOnNames(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        for name in TaggedName.all(in: tags, of: text) where name.type == .person && name.tokens.count >= 3 {
            let start = name.tokens.lowerBound, end = name.tokens.upperBound
            for index in (start + 2)..<end {
                let previous = views[index - 1].gazetteer, current = views[index].gazetteer
                guard previous.contains(.surname), !previous.contains(.firstName), current.contains(.firstName)
                else { continue }
                tags[index] = .beginPerson
            }
        }
    }

    private static func markBylines(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            guard range.count >= 3, views[range.lowerBound].word.lower == FeatureHash.of("by"),
                  let name = NameSpan.spans(in: tags[range]).first, name.start == 1, name.type != .person,
                  (2...3).contains(name.end - name.start) else { continue }
            let tokens = (range.lowerBound + 1)..<(range.lowerBound + name.end)
            let endsPart = tokens.upperBound == range.upperBound || views[tokens.upperBound].word.flags.isDisjoint(with: [.hasLetter, .hasDigit])
            let entry = gazetteers.entry(forFolded: views[tokens].map(\.word.folded))
            guard endsPart, views[tokens].allSatisfy(\.word.isCapitalized),
                  entry.map({ $0.categories.isDisjoint(with: [.place, .region, .country]) }) ?? true else { continue }
            tags[tokens.lowerBound] = .beginPerson
            for index in tokens.dropFirst() { tags[index] = .insidePerson }
        }
    }

    private static func markLeadersOfGovernments(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for index in range.dropFirst().dropLast() where tags[index] != .outside && tags[index].type != .person {
                let view = views[index], government = views[index + 1].word
                let isName = !view.gazetteer.isDisjoint(with: [.firstName, .givenName, .surname])
                    || (Lexicon.personalGovernments.contains(government.lower) && !view.isCommonWord)
                guard tags[index].begins, tags[index + 1] == .outside, view.word.isCapitalized,
                      !view.word.flags.contains(.allCapitals), government.flags.contains(.initialLowercase),
                      Lexicon.governments.contains(government.lower), isName,
                      view.gazetteer.isDisjoint(with: [.countryBegin, .countryInside, .demonym, .placeBegin, .placeInside])
                else { continue }
                tags[index] = .beginPerson
            }
        }
    }

    /// "al-Burhan", "el-Sisi": a particle, a hyphen and a capitalized name, in one token.
    private static func isParticleName(_ token: Int, in document: TaggingDocument) -> Bool {
        let word = document.views[token].word
        guard word.flags.contains(.initialLowercase), word.flags.contains(.hasHyphen) else { return false }
        return document.text.withBytes(of: token) { bytes in
            guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen + 1 < bytes.count,
                  (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[hyphen + 1]) else { return false }
            return NameParticles.hashes.contains(WordInfo(UnsafeBufferPointer(rebasing: bytes[..<hyphen])).lower)
        }
    }

    private static func joinParticles(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            var index = range.lowerBound
            while index < range.upperBound - 1 {
                let view = views[index]
                guard view.word.isCapitalized, tags[index].type == .person || view.gazetteer.contains(.firstName) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < range.upperBound, views[end].word.flags.contains(.initialLowercase),
                      NameParticles.hashes.contains(views[end].word.lower) { end += 1 }
                let joinsName = end > index + 1 && end < range.upperBound && views[end].word.isCapitalized
                guard joinsName || isParticleName(index + 1, in: document) else {
                    index += 1
                    continue
                }
                if !joinsName { end = index + 1 }
                var start = index
                while start > range.lowerBound, tags[start].type == .person, !tags[start].begins { start -= 1 }
                tags[start] = .beginPerson
                for position in (start + 1)...end { tags[position] = .insidePerson }
                var after = end + 1
                while after < range.upperBound, tags[after].type != nil, !tags[after].begins {
                    tags[after] = .insidePerson
                    after += 1
                }
                index = after
            }
        }
    }

    private static func splitPeopleFromRoles(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text
        for name in TaggedName.all(in: tags, of: text) where name.type != .person && name.tokens.count >= 3 {
            let start = name.tokens.lowerBound, end = name.tokens.upperBound
            for first in (start + 1)..<(end - 1) where end - first <= 3 {
                let views = document.views[first..<end]
                let isPerson = views.first!.gazetteer.contains(.firstName)
                    && views.allSatisfy { $0.word.isCapitalized && !$0.word.flags.contains(.allCapitals)
                        && $0.gazetteer.isDisjoint(with: [.countryBegin, .countryInside, .demonym])
                        && ($0.gazetteer.isDisjoint(with: [.placeBegin, .placeInside]) || $0.gazetteer.contains(.surname)) }
                guard isPerson else { continue }
                tags[first] = .beginPerson
                for index in (first + 1)..<end { tags[index] = .insidePerson }
                break
            }
        }
    }
}
