/// Turns the tagger's names into mentions: PER → person; a LOC, ORG or MISC name that the
/// gazetteers know as a country's name or alias → that country ("Russia said…" is the
/// country, however the tagger typed it); a LOC name the gazetteers know as a seat of
/// government → organization ("the Kremlin said": newswire's gold tags it a place, the reader
/// shows the government); other LOC → place; other ORG → organization; MISC →
/// a country's mention when it is that country's demonym, else nothing. Titles stay out of a person's
/// range and mark its form; demonyms and country names joined by hyphens
/// ("Belarusian-Russian", "anti-American") count one by one.
///
/// A name written in lower case is never a country ("us"), and an alias that is an ordinary
/// word ("US", "Us") in a headline or at a sentence's start is one only when the running text
/// writes it so too: "TRUMP TELLS US TO WAIT" over a story that says "us" but never "US" is
/// the pronoun.
struct MentionBuilder: Sendable {
    let gazetteers: Gazetteers

    func mentions(in document: TaggingDocument, tags: [EntityTag]) -> [RecognizedMention] {
        let text = document.text
        var result: [RecognizedMention] = []
        for name in TaggedName.all(in: tags, of: text) {
            result += mentions(of: name.type, tokens: name.tokens, sentence: name.sentence, in: document)
        }
        for token in tags.indices where tags[token] == .outside && document.views[token].word.flags.contains(.hasHyphen) {
            result += hyphenatedCountries(token, in: document)
        }
        return result.sorted { $0.range < $1.range }
    }

    private func mentions(of type: EntityTag.EntityType, tokens: Range<Int>, sentence: Range<Int>,
                          in document: TaggingDocument) -> [RecognizedMention] {
        let views = document.views
        let text = document.text
        func span(_ tokens: Range<Int>) -> UTF8Range {
            UTF8Range(text.range(of: tokens.lowerBound).start, text.range(of: tokens.upperBound - 1).end)
        }
        switch type {
        case .person:
            var tokens = tokens
            var titled = tokens.lowerBound > sentence.lowerBound && views[tokens.lowerBound - 1].gazetteer.contains(.title)
            while tokens.count > 1, views[tokens.lowerBound].gazetteer.contains(.title) {
                tokens = (tokens.lowerBound + 1)..<tokens.upperBound
                titled = true
            }
            let range = span(tokens)
            return [RecognizedMention(range: range, kind: .person, form: titled ? .titleName : .name,
                                      name: Self.displayName(document, range))]
        case .location, .organization, .miscellaneous:
            let range = span(tokens)
            let entry = gazetteers.entry(forFolded: tokens.map { views[$0].word.folded })
            if let entry, !entry.categories.isDisjoint(with: [.country, .demonym]), isDoubtfulCountry(entry, tokens, in: document) {
                return []
            }
            if type == .miscellaneous, let entry, entry.categories.contains(.demonym) {
                if entry.categories.contains(.language), namesLanguage(tokens, sentence: sentence, in: document) { return [] }
                return [countryMention(range, entry, form: .demonym)]
            }
            if let entry, entry.categories.contains(.country),
               !isPlaceOfNeighbour(entry, before: tokens.lowerBound, sentence: sentence, in: document) {
                return [countryMention(range, entry, form: entry.isMainName ? .name : .alias)]
            }
            switch type {
            case .location where entry?.categories.contains(.seatOfGovernment) == true:
                return [RecognizedMention(range: range, kind: .organization, form: .name, name: Self.displayName(document, range))]
            case .location:
                return [RecognizedMention(range: range, kind: .place, form: .name, name: Self.displayName(document, range))]
            case .organization:
                return [RecognizedMention(range: range, kind: .organization, form: .name, name: Self.displayName(document, range))]
            default:
                return tokens.count == 1 ? hyphenatedCountries(tokens.lowerBound, in: document) : []
            }
        }
    }

    /// A country's name or demonym written in lower case, or an alias that is an ordinary word
    /// in a headline or at a sentence's start that the running text never writes capitalized.
    private func isDoubtfulCountry(_ entry: Gazetteers.Entry, _ tokens: Range<Int>, in document: TaggingDocument) -> Bool {
        let first = document.views[tokens.lowerBound]
        if first.word.flags.contains(.initialLowercase) { return true }
        // "Us" in "Contact Us": an alias that is a function word names the country only in
        // capitals ("US", "U.S.").
        if tokens.count == 1, !entry.isMainName, Lexicon.functionWords.contains(first.word.lower),
           first.word.flags.isDisjoint(with: [.allCapitals, .hasPeriod]) { return true }
        guard tokens.count == 1, !entry.isMainName, first.isCommonWord else { return false }
        return (first.sentenceCasing != 0 || first.isFirstInSentence) && first.documentCasing & 0b101 == 0
    }

    /// Whether a demonym that is also a language's name names the language there: after a
    /// word such as "speaks" or "translated", or "in" with no word in lower case after it but a
    /// function word ("written in French.", "in English and Spanish"; not "in French politics"),
    /// or before a word such as "version" or "subtitles".
    private func namesLanguage(_ tokens: Range<Int>, sentence: Range<Int>, in document: TaggingDocument) -> Bool {
        let views = document.views
        if standsAsNoun(tokens, sentence: sentence, in: document) { return true }
        if tokens.upperBound < sentence.upperBound, Lexicon.afterLanguage.contains(views[tokens.upperBound].word.lower) { return true }
        guard tokens.lowerBound > sentence.lowerBound else { return false }
        let before = views[tokens.lowerBound - 1].word.lower
        guard Lexicon.beforeLanguage.contains(before) else { return false }
        guard Lexicon.languageIntroductions.contains(before) else { return true }
        guard tokens.upperBound < sentence.upperBound else { return true }
        let after = views[tokens.upperBound].word
        return !after.flags.contains(.initialLowercase) || Lexicon.functionWords.contains(after.lower)
    }

    /// Whether a language's name stands as a noun, alone or at the end of a list of languages,
    /// where the sentence or clause ends or a number follows ("lessons in Spanish, German,
    /// French and English.", "Everyday English 1"): then it names the language. Not after "the"
    /// or a form of "be" ("the English", "she is French"), where it names a people; not before
    /// a comma, a quotation mark or a bracket, after which a list of other things may go on
    /// ("Mexican, Italian, and other influences", "(1908–2004, French)").
    private func standsAsNoun(_ tokens: Range<Int>, sentence: Range<Int>, in document: TaggingDocument) -> Bool {
        let views = document.views
        if tokens.lowerBound > sentence.lowerBound, Lexicon.beforePeople.contains(views[tokens.lowerBound - 1].word.lower) {
            return false
        }
        var end = tokens.upperBound
        // Through a list of languages: "French and English", "Spanish, German, French or English".
        while end + 1 < sentence.upperBound, Lexicon.listJoiners.contains(views[end].word.lower),
              gazetteers.entry(forFolded: [views[end + 1].word.folded])?.categories.contains(.language) == true {
            end += 2
        }
        guard end < sentence.upperBound else { return true }
        let after = views[end].word
        return after.flags.contains(.hasDigit) || Lexicon.clauseEnds.contains(after.lower)
    }

    private func countryMention(_ range: UTF8Range, _ entry: Gazetteers.Entry, form: MentionForm) -> RecognizedMention {
        let country = gazetteers.countries[Int(entry.country)]
        return RecognizedMention(range: range, kind: .country, form: form, name: country.name, code: country.code)
    }

    /// "Atlanta, Georgia": a country's name right after a place of another country and a
    /// comma, when that other country has a place of the same name, is that place.
    private func isPlaceOfNeighbour(_ entry: Gazetteers.Entry, before start: Int, sentence: Range<Int>,
                                    in document: TaggingDocument) -> Bool {
        guard !entry.placeCountries.isEmpty, start - 2 >= sentence.lowerBound,
              document.text.text(of: start - 1) == ",",
              let neighbour = gazetteers.entry(forFolded: [document.views[start - 2].word.folded]) else { return false }
        let countries = Set(neighbour.placeCountries)
        return !countries.contains(entry.country) && !countries.isDisjoint(with: entry.placeCountries)
    }

    /// The capitalized parts of a hyphenated word that are countries or demonyms, each a
    /// mention of its own.
    private func hyphenatedCountries(_ token: Int, in document: TaggingDocument) -> [RecognizedMention] {
        let range = document.text.range(of: token)
        var result: [RecognizedMention] = []
        var partStart = range.start
        let bytes = document.text.bytes
        for index in range.start...range.end where index == range.end || bytes[index] == UInt8(ascii: "-") {
            defer { partStart = index + 1 }
            guard index > partStart, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[partStart]) else { continue }
            let part = bytes.withUnsafeBufferPointer { WordInfo(UnsafeBufferPointer(rebasing: $0[partStart..<index])) }
            guard let entry = gazetteers.entry(forFolded: [part.folded]), entry.country >= 0,
                  !entry.categories.isDisjoint(with: [.country, .demonym]) else { continue }
            // "English-language", "French-speaking": the language.
            if entry.categories.contains(.language), index < range.end,
               Self.languageSuffixes.contains(where: { bytes[(index + 1)...].starts(with: $0) }) { continue }
            let form: MentionForm = entry.categories.contains(.demonym) ? .demonym : entry.isMainName ? .name : .alias
            result.append(countryMention(UTF8Range(partStart, index), entry, form: form))
        }
        return result
    }

    private static let languageSuffixes = [Array("language".utf8), Array("speaking".utf8)]

    /// A name as text; in a headline written in capitals, in title case:
    /// "ALEXANDER LUKASHENKO" → "Alexander Lukashenko". Acronyms elsewhere stay as written.
    static func displayName(_ document: TaggingDocument, _ range: UTF8Range) -> String {
        let name = String(decoding: document.text.bytes[range.start..<range.end], as: UTF8.self)
        let token = document.text.token(startingAt: range.start)
        guard let token, document.views[token].sentenceCasing == 1 else { return name }
        var result = ""
        var startsWord = true
        for character in name {
            result += startsWord ? String(character) : character.lowercased()
            startsWord = !character.isLetter
        }
        return result
    }
}
