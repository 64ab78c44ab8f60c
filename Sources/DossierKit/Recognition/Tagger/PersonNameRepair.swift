/// Corrects the tagger where the gazetteers know better than its context, which newswire
/// rarely shows it:
/// - a known first name and a capitalized word or two at the end of an organization's or
///   place's span are a person named after a role ("for Political Affairs David Hale");
/// - a known first name or a person's name, lower-case particles and a capitalized word are
///   one person ("Ursula von der Leyen", "Mohammed bin Salman", "Abdel Fattah al-Burhan");
/// - a given name or surname alone before a word for a leader's government is a person
///   ("the Assad regime", "the Bush administration");
/// - a person's name running on into a first name is two people, as in a list of tags
///   ("Donald Trump Mike Pence");
/// - a "person" with a capital inside a word, other than after a name's prefix ("McDonald",
///   "DeFreitas", "LeBron"), is a brand or company: "YouTube", "MacBook" are organizations;
/// - a "person" alone on its line or between separators such as "|", "»" or a dash, made of
///   ordinary words only (in the dictionary in lower case, not a common first name, not used
///   for a person in the document's running text), is none: page furniture ("Show Less",
///   "Privacy Policy | Terms", "- Read More »").
enum PersonNameRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        splitPeopleFromRoles(&tags, in: document)
        joinParticles(&tags, in: document)
        markLeadersOfGovernments(&tags, in: document)
        splitRunOnNames(&tags, in: document)
        dropOrdinaryWords(&tags, in: document)
        retypeBrands(&tags, in: document)
    }

    /// The prefixes after which a name has a capital inside it ("McDonald", "DeFreitas").
    private static let namePrefixes: Set<String> = ["mc", "de", "di", "da", "du", "le", "la", "van", "von", "st", "fitz"]

    private static func retypeBrands(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text
        func isBrand(_ token: Int) -> Bool {
            guard document.views[token].word.flags.contains(.innerCapital) else { return false }
            return text.withBytes(of: token) { bytes in
                guard let capital = bytes.indices.dropFirst().first(where: {
                    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[$0])
                        && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[$0 - 1])
                }) else { return false }
                return !namePrefixes.contains(String(decoding: bytes[..<capital], as: UTF8.self).lowercased())
            }
        }
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for name in NameSpan.spans(in: tags[range]) where name.type == .person {
                let tokens = (range.lowerBound + name.start)..<(range.lowerBound + name.end)
                guard tokens.contains(where: isBrand) else { continue }
                tags[tokens.lowerBound] = .beginOrganization
                for index in tokens.dropFirst() { tags[index] = .insideOrganization }
            }
        }
    }

    private static func dropOrdinaryWords(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        func isSeparator(_ token: Int) -> Bool {
            !views[token].word.flags.contains(.hasLetter) && !views[token].word.flags.contains(.hasDigit)
                && text.withBytes(of: token) { bytes in bytes.allSatisfy { !separatorsThatJoin.contains($0) } }
        }
        // People's names as the running text uses them, and the names that stand apart.
        var namesInRunningText = HashTable()
        var standingApart: [Range<Int>] = []
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for name in NameSpan.spans(in: tags[range]) where name.type == .person {
                let tokens = (range.lowerBound + name.start)..<(range.lowerBound + name.end)
                let alone = (tokens.lowerBound == range.lowerBound || isSeparator(tokens.lowerBound - 1))
                    && (tokens.upperBound == range.upperBound || isSeparator(tokens.upperBound))
                if alone {
                    standingApart.append(tokens)
                } else {
                    for index in tokens { namesInRunningText[views[index].word.lower] = 1 }
                }
            }
        }
        for tokens in standingApart {
            let ordinary = views[tokens].allSatisfy {
                $0.isCommonWord && !$0.gazetteer.contains(.firstName) && namesInRunningText[$0.word.lower] == nil
            }
            if ordinary { for index in tokens { tags[index] = .outside } }
        }
    }

    /// Punctuation that runs on within a sentence (commas, full stops, quotes, apostrophes)
    /// rather than parting a page's items.
    private static let separatorsThatJoin: Set<UInt8> = Set(",.;'\"`!?".utf8)

    private static func splitRunOnNames(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for name in NameSpan.spans(in: tags[range]) where name.type == .person && name.end - name.start >= 3 {
                let start = range.lowerBound + name.start, end = range.lowerBound + name.end
                for index in (start + 2)..<end {
                    let previous = views[index - 1].gazetteer, current = views[index].gazetteer
                    guard previous.contains(.surname), !previous.contains(.firstName), current.contains(.firstName)
                    else { continue }
                    tags[index] = .beginPerson
                }
            }
        }
    }

    /// Words for the government or circle of the person named before them.
    private static let governments: Set<UInt64> = Set(
        ["administration", "regime", "government", "presidency", "era", "cabinet", "camp", "family", "dynasty", "junta"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { WordInfo($0).lower } })

    private static func markLeadersOfGovernments(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for index in range.dropFirst().dropLast() where tags[index] != .outside && tags[index].type != .person {
                let view = views[index]
                guard tags[index].begins, tags[index + 1] == .outside, view.word.isCapitalized,
                      !view.word.flags.contains(.allCapitals), views[index + 1].word.flags.contains(.initialLowercase),
                      governments.contains(views[index + 1].word.lower),
                      !view.gazetteer.isDisjoint(with: [.firstName, .givenName, .surname]),
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
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for name in NameSpan.spans(in: tags[range]) where name.type != .person && name.end - name.start >= 3 {
                let start = range.lowerBound + name.start, end = range.lowerBound + name.end
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
}
