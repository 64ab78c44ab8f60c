/// Links the mentions of every article into corpus-wide entities: a country by its ISO
/// code, a person by `PersonLinking`, an organization or place by its name folded for case
/// and diacritics, an acronym by its expansion's (`AcronymLinking`). Before that, each name
/// gets one kind across the corpus (`NameKindVote`), so that a link never joins mentions of
/// different kinds. Each entity's name is its most complete frequent form, and its key
/// (`EntityKey`) is its kind and folded name (an acronym's expansion's), or a country's code.
///
/// Linking reads mention records only (`LinkInput`), never texts.
public struct EntityLinker: Sendable {
    /// Raised by hand whenever linking changes what it makes of the same records, so that a
    /// kept linking is not taken for a new one.
    public static let version = 2

    /// The corpus-level rules, each of which can be switched off to measure what it is worth
    /// (`dossier-bench linking`).
    public enum Rule: String, CaseIterable, Sendable {
        /// One kind per name across the corpus (`NameKindVote`).
        case kindVote = "NameKindVote"
        /// An acronym and its expansion are one name (`AcronymLinking`).
        case acronyms = "AcronymLinking"
    }

    public let rules: Set<Rule>

    public init(rules: Set<Rule> = Set(Rule.allCases)) {
        self.rules = rules
    }

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
        let lexicon = LinkingLexicon.shared
        let isFirstName: (String) -> Bool = { FirstNames.shared.contains($0) }

        // Each distinct name parsed as a person's at most once.
        var parsed = [PersonName?](repeating: nil, count: strings.count)
        func personName(_ string: Int32) -> PersonName {
            if let known = parsed[Int(string)] { return known }
            let name = PersonName(strings[Int(string)])
            parsed[Int(string)] = name
            return name
        }

        // Each mention's folded name, an acronym's its expansion's; then one kind per name.
        var folds = FoldedNames(strings: strings)
        var linkNames = Array(repeating: Int32(-1), count: count)
        for mention in 0..<count where input.kinds[mention] != .country {
            linkNames[mention] = folds.number(ofString: input.names[mention])
        }
        if rules.contains(.acronyms) {
            AcronymLinking.apply(to: &linkNames, kinds: input.kinds, input: input, folds: &folds, lexicon: lexicon)
        }
        var kinds = input.kinds
        if rules.contains(.kindVote) {
            NameKindVote.apply(to: &kinds, linkNames: linkNames, input: input, folds: folds, lexicon: lexicon,
                               personName: personName, isFirstName: isFirstName)
        }

        // Each distinct person name numbered once.
        var personNameNumber = Array(repeating: Int32(-1), count: strings.count)
        var personNames: [PersonName] = []
        var nameOf = Array(repeating: Int32(-1), count: count)
        for mention in 0..<count where kinds[mention] == .person {
            let string = Int(input.names[mention])
            if personNameNumber[string] < 0 {
                personNameNumber[string] = Int32(personNames.count)
                personNames.append(personName(input.names[mention]))
            }
            nameOf[mention] = personNameNumber[string]
        }
        let people = PersonLinking(articleStarts: input.articleStarts, nameOf: nameOf, names: personNames,
                                   sentences: input.sentences, isFirstName: isFirstName,
                                   isOrdinaryWord: OrdinaryWords.contains)

        var entityOfKey = EntityNumbers()
        var entityOfMention = Array(repeating: Int32(0), count: count)
        var entityKinds: [EntityKind] = []
        var prototypes: [Int] = []
        var forms: [[Int32: Int]] = []
        for mention in 0..<count {
            let key: LinkKey
            let kind = kinds[mention]
            switch kind {
            case .person:
                key = .person(people.personOf[mention])
            case .country:
                key = input.codes[mention] >= 0 ? .country(input.codes[mention]) : .countryName(folds.number(ofString: input.names[mention]))
            case .organization:
                key = .organization(linkNames[mention])
            case .place:
                key = .place(linkNames[mention])
            }
            let entity: Int32
            if let known = entityOfKey[key] {
                entity = known
            } else {
                entity = Int32(prototypes.count)
                entityOfKey[key] = entity
                prototypes.append(mention)
                entityKinds.append(kind)
                forms.append([:])
            }
            // A country's name comes from the gazetteers; what the text wrote is an alias.
            let surface = kind == .country ? input.surfaces[mention] : input.names[mention]
            forms[Int(entity)][surface, default: 0] += 1
            entityOfMention[mention] = entity
        }

        var usedKeys: Set<EntityKey> = []
        var names: [String] = []
        names.reserveCapacity(prototypes.count)
        let entities = prototypes.indices.map { id -> Entity in
            let prototype = prototypes[id]
            let kind = entityKinds[id]
            var counts: [String: Int] = [:]
            var number: [String: Int32] = [:]
            for (string, count) in forms[id] {
                counts[strings[Int(string)]] = count
                number[strings[Int(string)]] = string
            }
            let ranked = Self.ranked(counts, kind: kind)
            let nameNumber = kind == .country ? input.names[prototype] : number[ranked[0]]!
            let name = strings[Int(nameNumber)]
            names.append(name)
            let code = input.codes[prototype] >= 0 ? strings[Int(input.codes[prototype])] : nil
            // An organization or place is keyed by its linked name, so that an acronym's key
            // is its expansion's whichever form names it; two people can share a canonical
            // name: the later one's key is told apart.
            let base: String
            switch kind {
            case .country where code != nil: base = "country:\(code!)"
            case .organization, .place: base = "\(kind.rawValue):\(folds.text(linkNames[prototype]))"
            default: base = "\(kind.rawValue):\(folds.text(folds.number(ofString: nameNumber)))"
            }
            var key = EntityKey(base)
            var suffix = 2
            while !usedKeys.insert(key).inserted {
                key = EntityKey(base + "#\(suffix)")
                suffix += 1
            }
            return Entity(id: id, kind: kind, name: name, aliases: ranked.filter { $0 != name }, code: code, key: key)
        }
        // The entity list's order: kind, then most mentioned, then name.
        var mentionCounts = [Int](repeating: 0, count: entities.count)
        for entity in entityOfMention { mentionCounts[Int(entity)] += 1 }
        let kindRanks = entityKinds.map { EntityKind.allCases.firstIndex(of: $0)! }
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

        /// Which table of `EntityNumbers` holds the key, and where in it.
        var place: (table: Int, index: Int) {
            switch self {
            case .person(let number): (0, Int(number))
            case .country(let number): (1, Int(number))
            case .countryName(let number): (2, Int(number))
            case .organization(let number): (3, Int(number))
            case .place(let number): (4, Int(number))
            }
        }
    }

    /// The entity of each link key: a table a case, indexed by the key's number (all small
    /// counts from zero), -1 where there is none yet. A dictionary lookup for each of the
    /// millions of mentions of a large corpus took a tenth of the linking.
    private struct EntityNumbers {
        private var tables = Array(repeating: [Int32](), count: 5)

        subscript(key: LinkKey) -> Int32? {
            get {
                let (table, index) = key.place
                return index < tables[table].count && tables[table][index] >= 0 ? tables[table][index] : nil
            }
            set {
                let (table, index) = key.place
                if index >= tables[table].count {
                    tables[table].append(contentsOf: repeatElement(-1, count: max(index + 1, 2 * tables[table].count) - tables[table].count))
                }
                tables[table][index] = newValue ?? -1
            }
        }
    }

    /// An entity's forms, the canonical one first. For a person, a full name with a known first
    /// name beats a bare surname, then the more frequent form wins, then the longer. For the
    /// rest, the name the corpus uses most wins (its forms that fold alike counted together:
    /// "EU" against "European Union"), then the longer; and of that name, the capitalization
    /// the corpus uses most ("NASA" where it is written so more often than "Nasa"), mixed
    /// case first on a tie ("Google", not a headline's "GOOGLE").
    static func ranked(_ forms: [String: Int], kind: EntityKind) -> [String] {
        if forms.count == 1 { return Array(forms.keys) }
        var rank: [String: [Int]] = [:]
        if kind == .person {
            for (form, count) in forms {
                let name = PersonName(form)
                rank[form] = [name.given.map { FirstNames.shared.contains($0) ? 2 : 1 } ?? 0, count, name.wordCount, form.count]
            }
        } else {
            var folded: [String: String] = [:], foldCounts: [String: Int] = [:]
            for (form, count) in forms {
                let fold = NameFolding.fold(form)
                folded[form] = fold
                foldCounts[fold, default: 0] += count
            }
            for (form, count) in forms {
                let fold = folded[form]!
                rank[form] = [foldCounts[fold]!, fold.count, count, form.contains(where: \.isLowercase) ? 1 : 0]
            }
        }
        return forms.keys.sorted { a, b in
            let ra = rank[a]!, rb = rank[b]!
            return ra != rb ? ra.lexicographicallyPrecedes(rb, by: >) : a < b
        }
    }
}
