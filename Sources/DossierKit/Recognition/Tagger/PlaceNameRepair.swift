/// Gives back to places the names the tagger took for people where the gazetteers know them
/// as places:
/// - a known place right before a comma and a state's or a country's name or a code in two
///   capitals is a place, and so is that code ("Charlotte, NC", "Arles, France"); so is a
///   word no list knows as a name before a code ("Uncasville, CT");
/// - a known place or country that no list knows as a name (in one word: as a surname; of
///   several words: that does not open with a common first name), not after a title, and, in
///   one word, that the document does not use in a longer person's name or as the surname of a
///   name introduced by a first name or title, is a place ("Addis Ababa", "from Denver");
/// - then, a town's name of one word before a word for someone's time in office is
///   a person when the document writes it nowhere else ("the Obama years"; "the Denver years"
///   in a text that says "moved to Denver" stays a place).
enum PlaceNameRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let text = document.text, views = document.views
        var people: [(tokens: Range<Int>, sentence: Range<Int>)] = []
        var inLongerNames = HashTable()
        for name in TaggedName.all(in: tags, of: text) where name.type == .person {
            people.append((name.tokens, name.sentence))
            if name.tokens.count > 1 { for index in name.tokens { inLongerNames[views[index].word.lower] = 1 } }
        }
        for (tokens, sentence) in people {
            let words = views[tokens]
            let entry = gazetteers.entry(forFolded: words.map(\.word.folded))
            let isPlace = entry.map { !$0.categories.isDisjoint(with: [.place, .country]) } ?? false
            // A place of one word is a person's name when it is a surname: a first name alone
            // seldom names anyone ("from Denver"). A place of several words is one only when it
            // opens with a common first name ("Charlotte Amalie" may be; "Addis Ababa" is not,
            // though "Addis" was given).
            let listedAsName = tokens.count == 1
                ? words[tokens.lowerBound].gazetteer.contains(.surname)
                : words[tokens.lowerBound].gazetteer.contains(.firstName)
            if let region = regionAfterComma(tokens, sentence: sentence, in: document),
               isPlace || (!listedAsName && isCode(region, document)) {
                mark(tokens, &tags)
                if tags[region].type != .location { tags[region] = .beginLocation }
                continue
            }
            let usedForPerson = (tokens.lowerBound > sentence.lowerBound && views[tokens.lowerBound - 1].gazetteer.contains(.title))
                || (tokens.count == 1 && (words.first!.isSurnameInDocument || inLongerNames[words.first!.word.lower] != nil))
            if isPlace, !listedAsName, !usedForPerson { mark(tokens, &tags) }
        }
        markHeadsOfTenures(&tags, in: document)
    }

    /// Whether the token, inside the sentence, is a word in lower case for someone's time in
    /// office.
    private static func isTenure(_ token: Int, sentence: Range<Int>, in document: TaggingDocument) -> Bool {
        guard token < sentence.upperBound else { return false }
        let word = document.views[token].word
        return word.flags.contains(.initialLowercase) && Lexicon.tenures.contains(word.lower)
    }

    private static func markHeadsOfTenures(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let views = document.views
        let candidates = TaggedName.all(in: tags, of: document.text).filter { name in
            let view = views[name.tokens.lowerBound]
            return name.type == .location && name.tokens.count == 1 && view.word.isCapitalized
                && !view.word.flags.contains(.allCapitals) && view.gazetteer.contains(.placeBegin)
                && view.gazetteer.isDisjoint(with: [.countryBegin, .demonym])
                && isTenure(name.tokens.upperBound, sentence: name.sentence, in: document)
        }
        guard !candidates.isEmpty else { return }
        var uses = HashTable(), usesBeforeTenure = HashTable()
        for name in candidates { uses[views[name.tokens.lowerBound].word.lower] = 0 }
        let text = document.text
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for index in range {
                let lower = views[index].word.lower
                guard let count = uses[lower] else { continue }
                uses[lower] = count + 1
                if isTenure(index + 1, sentence: range, in: document) { usesBeforeTenure[lower] = (usesBeforeTenure[lower] ?? 0) + 1 }
            }
        }
        for name in candidates {
            let lower = views[name.tokens.lowerBound].word.lower
            if uses[lower] == usesBeforeTenure[lower] { tags[name.tokens.lowerBound] = .beginPerson }
        }
    }

    /// Two capitals, as a state's or country's code is written ("NC", "UK").
    private static func isCode(_ token: Int, _ document: TaggingDocument) -> Bool {
        document.views[token].word.flags.contains(.allCapitals) && document.text.range(of: token).count == 2
    }

    private static func mark(_ tokens: Range<Int>, _ tags: inout [EntityTag]) {
        for index in tokens { tags[index] = EntityTag(.location, begins: index == tokens.lowerBound) }
    }

    /// The token after ", " that names a region: a known place or country in one word, or a
    /// code in two capitals ("NC", "UK").
    private static func regionAfterComma(_ tokens: Range<Int>, sentence: Range<Int>, in document: TaggingDocument) -> Int? {
        let comma = tokens.upperBound, region = tokens.upperBound + 1
        guard region < sentence.upperBound, document.text.text(of: comma) == "," else { return nil }
        let isRegion = !document.views[region].gazetteer.isDisjoint(with: [.placeBegin, .countryBegin]) || isCode(region, document)
        let endsThere = region + 1 == sentence.upperBound || !document.views[region + 1].word.isCapitalized
        return isRegion && endsThere ? region : nil
    }
}
