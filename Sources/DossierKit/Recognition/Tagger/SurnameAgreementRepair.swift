/// A word the document gives a person as a surname names that person wherever else it
/// stands: one sense per document. The tagger decides word by word, and a surname that is
/// also an ordinary word or a small town ("Trump", "Rice", "Obama") can come out as a place,
/// an organization or nothing where its context says little ("the Trump administration’s
/// effort", "Trump should act"); the same article's "President Trump" or "Donald Trump" says
/// who it is.
///
/// The evidence is sure when the word ends a person's name in running text that opens with a
/// given name or an initial ("Donald Trump", "J. Smith"), or makes one after a title
/// ("President Trump") or before a word for a leader's government ("the Assad regime"); it
/// is weak when the word merely ends a person's name of two words ("Lebed Chechnya"), or when
/// the name stands in a headline, where every word is capitalized. No function word opens a
/// name ("In Osaka": "In" is a listed first name), and a surname is no ordinary word unless
/// the lists know it as a name and the document never writes it in lower case ("Trump", but
/// not "Run" in a text about runs), nor an acronym ("Gemini AI"), an abbreviation or initial
/// ("Solomon R.", "Pierce St."), a day or a month ("met Jose Insulza Monday").
///
/// Where the word stands, it must be no acronym, abbreviation or ordinary word either. With
/// either evidence, the word alone as an organization or other name of one word is the person
/// ("Al-Burhan" opening a sentence). With sure evidence, so is
/// - the word alone as a place, unless it is a place the gazetteers know before a comma and a
///   region ("Jackson, Miss.");
/// - a name of two words of another kind that ends in the word, whose first word is no
///   initial, place, country or demonym: a nickname or epithet ("Teflon Lukashenko"); when
///   that first word is a function word or one the document writes in lower case, the person
///   is the surname alone ("Can Trump wait?");
/// - the word where the tagger left it outside any name and not right after one, capitalized,
///   no place and not next to a number ("May 5"), when it is no ordinary word or the document
///   writes it capitalized inside running text ("the Trump administration"), with the
///   capitalized words before it that the document's people's names hold ("Suu Kyi" after
///   "Aung San Suu Kyi").
/// A name the gazetteers know as a country, a demonym or a region, or in two words as a
/// place, never changes.
enum SurnameAgreementRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let views = document.views
        let names = TaggedName.all(in: tags, of: document.text)
        let evidence = Evidence(names, in: document)
        guard evidence.surnames.count > 0 else { return }
        let countries: Gazetteers.TokenFlags = [.countryBegin, .countryInside, .demonym]
        let places: Gazetteers.TokenFlags = [.placeBegin, .placeInside]
        for name in names where name.type != .person {
            let tokens = name.tokens, last = views[tokens.upperBound - 1]
            guard let strength = evidence.surnames[last.word.lower], Evidence.mayBeSurname(last),
                  last.gazetteer.isDisjoint(with: countries) else { continue }
            let isSure = strength == Evidence.sure
            let known = gazetteers.entry(forFolded: views[tokens].lazy.map(\.word.folded))?.categories ?? []
            guard known.isDisjoint(with: [.region, .country]), tokens.count == 1 || !known.contains(.place) else { continue }
            switch tokens.count {
            case 1 where name.type == .location || known.contains(.place):
                guard isSure, !isPlaceOfRegion(tokens.lowerBound, sentence: name.sentence, in: document) else { continue }
            case 1:
                break
            case 2:
                let first = views[tokens.lowerBound]
                guard isSure, first.word.isCapitalized, !document.isInitial(tokens.lowerBound) else { continue }
                if !Evidence.mayBeName(first) {
                    tags[tokens.lowerBound] = .outside
                    mark(tokens.dropFirst(), &tags)
                    continue
                }
                guard first.gazetteer.isDisjoint(with: countries.union(places)) else { continue }
            default:
                continue
            }
            mark(tokens, &tags)
        }
        for sentence in 0..<document.text.sentenceCount {
            let range = document.text.sentence(sentence)
            for index in range where tags[index] == .outside && evidence.surnames[views[index].word.lower] == Evidence.sure {
                let view = views[index]
                guard Evidence.mayBeSurname(view), view.gazetteer.isDisjoint(with: countries.union(places)),
                      !view.isCommonWord || view.documentCasing & 0b001 != 0,
                      !isNextToNumber(index, in: range, document),
                      index == range.lowerBound || tags[index - 1].type == nil else { continue }
                var start = index
                while start > range.lowerBound, tags[start - 1] == .outside, views[start - 1].word.isCapitalized,
                      evidence.nameWords[views[start - 1].word.lower] != nil { start -= 1 }
                mark(start..<(index + 1), &tags)
            }
        }
    }

    private static func mark(_ tokens: Range<Int>, _ tags: inout [EntityTag]) {
        for index in tokens { tags[index] = index == tokens.lowerBound ? .beginPerson : .insidePerson }
    }

    /// What the document's people's names say of their words.
    private struct Evidence {
        static let weak: Int32 = 1
        static let sure: Int32 = 2

        /// Each surname's lower-case hash, with `weak` or `sure`.
        var surnames = HashTable()
        /// The lower-case hashes of every word of the names that give sure evidence.
        var nameWords = HashTable()

        init(_ names: [TaggedName], in document: TaggingDocument) {
            let views = document.views
            for name in names where name.type == .person {
                let tokens = name.tokens
                let words = tokens.filter { !views[$0].gazetteer.contains(.title) }
                guard let first = words.first, let last = words.last, Self.mayBeSurname(views[last]), !document.isInitial(last)
                else { continue }
                let titled = words.first != tokens.lowerBound
                    || (tokens.lowerBound > name.sentence.lowerBound && views[tokens.lowerBound - 1].gazetteer.contains(.title))
                let leads = tokens.upperBound < name.sentence.upperBound
                    && Lexicon.governments.contains(views[tokens.upperBound].word.lower)
                let introduced = words.count >= 2
                    && (document.isInitial(first) || (views[first].isGivenName && Self.mayBeName(views[first])))
                let lower = views[last].word.lower
                if views[first].sentenceCasing == 0, titled || leads || introduced {
                    surnames[lower] = Self.sure
                    for index in words { nameWords[views[index].word.lower] = 1 }
                } else if words.count >= 2, surnames[lower] == nil {
                    surnames[lower] = Self.weak
                }
            }
        }

        /// Whether a word of a person's name may be a surname: capitalized (or after a particle:
        /// "al-Burhan"), not in capitals unless its sentence is (an acronym: "Gemini AI"), no
        /// abbreviation or initial ("Solomon R.", "Pierce St."), day or month, and `mayBeName`.
        static func mayBeSurname(_ view: TokenView) -> Bool {
            let flags = view.word.flags
            return (view.word.isCapitalized || flags.contains(.hasHyphen)) && !flags.contains(.hasPeriod) && (!flags.contains(.allCapitals) || view.sentenceCasing == 1)
                && view.word.flags.contains(.hasLetter) && !Lexicon.calendar.contains(view.word.lower) && mayBeName(view)
        }

        /// Whether a word may be part of a name: no function word ("In" and "Long" are listed
        /// first names too), and no ordinary word unless the lists know it as a name and the
        /// document never writes it in lower case ("Trump", but not "Run" in a text about runs).
        static func mayBeName(_ view: TokenView) -> Bool {
            guard !Lexicon.functionWords.contains(view.word.lower) else { return false }
            guard view.isCommonWord else { return true }
            return !view.gazetteer.isDisjoint(with: [.firstName, .givenName, .surname]) && view.documentCasing & 0b010 == 0
        }
    }

    /// "Jackson, Mississippi", "Paris, Texas": a place of one word before a comma and a known
    /// region or a code in capitals.
    private static func isPlaceOfRegion(_ token: Int, sentence: Range<Int>, in document: TaggingDocument) -> Bool {
        let views = document.views
        guard views[token].gazetteer.contains(.placeBegin), token + 2 < sentence.upperBound,
              document.text.text(of: token + 1) == "," else { return false }
        let region = views[token + 2]
        return !region.gazetteer.isDisjoint(with: [.placeBegin, .countryBegin]) || region.word.flags.contains(.allCapitals)
    }

    private static func isNextToNumber(_ token: Int, in sentence: Range<Int>, _ document: TaggingDocument) -> Bool {
        [token - 1, token + 1].contains { sentence.contains($0) && document.views[$0].word.flags.contains(.hasDigit) }
    }
}
