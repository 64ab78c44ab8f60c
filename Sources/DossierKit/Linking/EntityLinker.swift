/// Links the mentions of every article into corpus-wide entities: a country by its ISO
/// code, a person by `PersonLinking`, an organization or place by its name folded for case
/// and diacritics (a name tagged now as one, now as the other, is whichever it was tagged as
/// most: "the Kremlin"). Each entity's name is its most complete frequent form.
public struct EntityLinker: Sendable {
    public init() {}

    public func link(articles: [Article], recognized: [[RecognizedMention]]) -> Corpus {
        let names = recognized.map { list in list.map { $0.kind == .person ? PersonName($0.name) : nil } }
        let people = PersonLinking(names: names, isFirstName: { FirstNames.shared.contains($0) },
                                   isOrdinaryWord: OrdinaryWords.contains)

        var votes: [String: (organization: Int, place: Int)] = [:]
        for found in recognized.joined() where found.kind == .organization || found.kind == .place {
            let name = PersonName.fold(found.name)
            if found.kind == .organization { votes[name, default: (0, 0)].organization += 1 } else { votes[name, default: (0, 0)].place += 1 }
        }

        var keys: [String: EntityID] = [:]
        var forms: [[String: Int]] = []
        var prototypes: [RecognizedMention] = []
        var kinds: [EntityKind] = []
        var mentions: [[Mention]] = []
        for (article, list) in recognized.enumerated() {
            mentions.append(list.enumerated().map { index, found in
                let key: String
                var kind = found.kind
                switch found.kind {
                case .person: key = "person:\(people.personOf[PersonLinking.Place(article: article, index: index)]!)"
                case .country: key = "country:\(found.code ?? PersonName.fold(found.name))"
                case .organization, .place:
                    let name = PersonName.fold(found.name)
                    let vote = votes[name]!
                    kind = vote.place > vote.organization ? .place : vote.organization > vote.place ? .organization : found.kind
                    key = "\(kind.rawValue):\(name)"
                }
                let id = keys[key] ?? {
                    keys[key] = prototypes.count
                    prototypes.append(found)
                    kinds.append(kind)
                    forms.append([:])
                    return prototypes.count - 1
                }()
                // A country's name comes from the gazetteers; what the text wrote is an alias.
                let surface = found.kind == .country ? String(articles[article][found.range]) : found.name
                forms[id][surface, default: 0] += 1
                return Mention(range: found.range, entity: id, form: found.form)
            })
        }
        let entities = prototypes.enumerated().map { id, prototype in
            let ranked = Self.ranked(forms[id], kind: kinds[id])
            let name = kinds[id] == .country ? prototype.name : ranked[0]
            return Entity(id: id, kind: kinds[id], name: name, aliases: ranked.filter { $0 != name }, code: prototype.code)
        }
        return Corpus(articles: articles, mentions: mentions, entities: entities)
    }

    /// An entity's forms, the canonical one first. For a person, a full name with a known first
    /// name beats a bare surname, then the more frequent form wins, then the longer; for the
    /// rest, the more frequent form written in mixed case, then the longer.
    static func ranked(_ forms: [String: Int], kind: EntityKind) -> [String] {
        func rank(_ form: String) -> (Int, Int, Int, Int) {
            let name = PersonName(form)
            let complete = kind == .person
                ? (name.given.map { FirstNames.shared.contains($0) ? 2 : 1 } ?? 0)
                : (form.contains(where: \.isLowercase) ? 1 : 0)
            return (complete, forms[form]!, name.wordCount, form.count)
        }
        return forms.keys.sorted { a, b in
            let ra = rank(a), rb = rank(b)
            return ra != rb ? ra > rb : a < b
        }
    }
}
