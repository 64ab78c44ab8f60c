/// Links the mentions of every article into corpus-wide entities: a country by its ISO
/// code, a person by `PersonLinking`, an organization or place by its name folded for case
/// and diacritics (a name tagged now as one, now as the other, is whichever it was tagged as
/// most: "the Kremlin"). Each entity's name is its most complete frequent form, and its key
/// (`EntityKey`) is its kind and folded name, or a country's code.
///
/// Linking reads mention records only (`LinkInput`), never texts.
public struct EntityLinker: Sendable {
    /// Raised by hand whenever linking changes what it makes of the same records, so that a
    /// kept linking is not taken for a new one.
    public static let version = 2

    public init() {}

    /// Links articles recognized in memory.
    public func link(articles: [Article], recognized: [[RecognizedMention]]) -> Corpus {
        let records = zip(articles, recognized).map { ArticleProcessor.records(of: $1, in: $0) }
        return link(articles: articles, records: records)
    }

    /// Links articles and their mention records into a corpus.
    public func link(articles: [Article], records: [[MentionRecord]]) -> Corpus {
        var input = LinkInput()
        for list in records { input.append(list) }
        return Corpus(articles: articles, records: records, index: link(input))
    }

    /// The entities of a corpus's mentions and, for each mention, its entity.
    /// - Complexity: O(m) in the mentions, plus one parse of each distinct name.
    public func link(_ input: LinkInput) -> CorpusIndex {
        let count = input.mentionCount
        let strings = input.strings

        // Each distinct person name parsed once.
        var personNameNumber = Array(repeating: Int32(-1), count: strings.count)
        var personNames: [PersonName] = []
        var nameOf = Array(repeating: Int32(-1), count: count)
        for mention in 0..<count where input.kinds[mention] == .person {
            let string = Int(input.names[mention])
            if personNameNumber[string] < 0 {
                personNameNumber[string] = Int32(personNames.count)
                personNames.append(PersonName(strings[string]))
            }
            nameOf[mention] = personNameNumber[string]
        }
        let people = PersonLinking(articleStarts: input.articleStarts, nameOf: nameOf, names: personNames,
                                   sentences: input.sentences, isFirstName: { FirstNames.shared.contains($0) },
                                   isOrdinaryWord: OrdinaryWords.contains)

        // Names folded once each, numbered.
        var foldedTexts = [String?](repeating: nil, count: strings.count)
        func foldedText(_ string: Int32) -> String {
            if let known = foldedTexts[Int(string)] { return known }
            let text = NameFolding.fold(strings[Int(string)])
            foldedTexts[Int(string)] = text
            return text
        }
        var foldedNumberOf = Array(repeating: Int32(-1), count: strings.count)
        var foldedNumbers: [String: Int32] = [:]
        func folded(_ string: Int32) -> Int32 {
            if foldedNumberOf[Int(string)] >= 0 { return foldedNumberOf[Int(string)] }
            let text = foldedText(string)
            let number = foldedNumbers[text] ?? Int32(foldedNumbers.count)
            foldedNumbers[text] = number
            foldedNumberOf[Int(string)] = number
            return number
        }
        var votes: [Int32: (organization: Int, place: Int)] = [:]
        for mention in 0..<count {
            switch input.kinds[mention] {
            case .organization: votes[folded(input.names[mention]), default: (0, 0)].organization += 1
            case .place: votes[folded(input.names[mention]), default: (0, 0)].place += 1
            case .person, .country: break
            }
        }

        var entityOfKey: [LinkKey: Int32] = [:]
        var entityOfMention = Array(repeating: Int32(0), count: count)
        var kinds: [EntityKind] = []
        var prototypes: [Int] = []
        var forms: [[Int32: Int]] = []
        for mention in 0..<count {
            let key: LinkKey
            var kind = input.kinds[mention]
            switch kind {
            case .person:
                key = .person(people.personOf[mention])
            case .country:
                key = input.codes[mention] >= 0 ? .country(input.codes[mention]) : .countryName(folded(input.names[mention]))
            case .organization, .place:
                let name = folded(input.names[mention])
                let vote = votes[name]!
                kind = vote.place > vote.organization ? .place : vote.organization > vote.place ? .organization : kind
                key = kind == .place ? .place(name) : .organization(name)
            }
            let entity: Int32
            if let known = entityOfKey[key] {
                entity = known
            } else {
                entity = Int32(prototypes.count)
                entityOfKey[key] = entity
                prototypes.append(mention)
                kinds.append(kind)
                forms.append([:])
            }
            // A country's name comes from the gazetteers; what the text wrote is an alias.
            let surface = input.kinds[mention] == .country ? input.surfaces[mention] : input.names[mention]
            forms[Int(entity)][surface, default: 0] += 1
            entityOfMention[mention] = entity
        }

        var usedKeys: Set<EntityKey> = []
        var names: [String] = []
        names.reserveCapacity(prototypes.count)
        let entities = prototypes.indices.map { id -> Entity in
            let prototype = prototypes[id]
            var counts: [String: Int] = [:]
            var number: [String: Int32] = [:]
            for (string, count) in forms[id] {
                counts[strings[Int(string)]] = count
                number[strings[Int(string)]] = string
            }
            let ranked = Self.ranked(counts, kind: kinds[id])
            let nameNumber = kinds[id] == .country ? input.names[prototype] : number[ranked[0]]!
            let name = strings[Int(nameNumber)]
            names.append(name)
            let code = input.codes[prototype] >= 0 ? strings[Int(input.codes[prototype])] : nil
            // Two people can share a canonical name; the later one's key is told apart.
            let base = kinds[id] == .country && code != nil ? "country:\(code!)" : "\(kinds[id].rawValue):\(foldedText(nameNumber))"
            var key = EntityKey(base)
            var suffix = 2
            while !usedKeys.insert(key).inserted {
                key = EntityKey(base + "#\(suffix)")
                suffix += 1
            }
            return Entity(id: id, kind: kinds[id], name: name, aliases: ranked.filter { $0 != name }, code: code, key: key)
        }
        // The entity list's order: kind, then most mentioned, then name.
        var mentionCounts = [Int](repeating: 0, count: entities.count)
        for entity in entityOfMention { mentionCounts[Int(entity)] += 1 }
        let kindRanks = kinds.map { EntityKind.allCases.firstIndex(of: $0)! }
        let order = entities.indices.sorted { a, b in
            if kindRanks[a] != kindRanks[b] { return kindRanks[a] < kindRanks[b] }
            if mentionCounts[a] != mentionCounts[b] { return mentionCounts[a] > mentionCounts[b] }
            if names[a] != names[b] { return names[a] < names[b] }
            return a < b
        }.map { Int32($0) }
        return CorpusIndex(entities: entities, articleStarts: input.articleStarts, mentionStarts: input.starts,
                           mentionEntities: entityOfMention, mentionParagraphs: input.paragraphs, entityOrder: order)
    }

    /// What makes two mentions one entity, before the entity has a name.
    private enum LinkKey: Hashable {
        case person(Int32)
        case country(Int32)
        case countryName(Int32)
        case organization(Int32)
        case place(Int32)
    }

    /// An entity's forms, the canonical one first. For a person, a full name with a known first
    /// name beats a bare surname, then the more frequent form wins, then the longer; for the
    /// rest, the more frequent form written in mixed case, then the longer.
    static func ranked(_ forms: [String: Int], kind: EntityKind) -> [String] {
        if forms.count == 1 { return Array(forms.keys) }
        func rank(_ form: String) -> (Int, Int, Int, Int) {
            let name = PersonName(form)
            let complete = kind == .person
                ? (name.given.map { FirstNames.shared.contains($0) ? 2 : 1 } ?? 0)
                : (form.contains(where: \.isLowercase) ? 1 : 0)
            return (complete, forms[form]!, name.wordCount, form.count)
        }
        let ranks = Dictionary(uniqueKeysWithValues: forms.keys.map { ($0, rank($0)) })
        return forms.keys.sorted { a, b in
            let ra = ranks[a]!, rb = ranks[b]!
            return ra != rb ? ra > rb : a < b
        }
    }
}
