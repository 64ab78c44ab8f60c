/// Links the mentions of every article into corpus-wide entities: a country by its ISO
/// code, a person by `PersonLinking`, an organization or place by its name folded for case
/// and diacritics (a name tagged now as one, now as the other, is whichever it was tagged as
/// most: "the Kremlin"). Each entity's name is its most complete frequent form.
public struct EntityLinker: Sendable {
    public init() {}

    public func link(articles: [Article], recognized: [[RecognizedMention]]) -> Corpus {
        let names = recognized.map { list in list.map { $0.kind == .person ? PersonName($0.name) : nil } }
        let sentences = zip(articles, recognized).map { Self.sentenceNumbers(of: $1, in: $0.text) }
        let people = PersonLinking(names: names, sentences: sentences, isFirstName: { FirstNames.shared.contains($0) },
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

    /// For each mention (sorted by range), the number of the sentence it stands in: how many
    /// sentence ends come before it, a sentence ending at ".", "!" or "?" before a space or at a
    /// line break.
    /// - Complexity: O(n) in the text's bytes.
    static func sentenceNumbers(of mentions: [RecognizedMention], in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var numbers: [Int] = []
        numbers.reserveCapacity(mentions.count)
        var sentence = 0, offset = 0
        for mention in mentions {
            while offset < min(mention.range.start, bytes.count) {
                let byte = bytes[offset]
                let next = offset + 1 < bytes.count ? bytes[offset + 1] : UInt8(ascii: " ")
                if byte == UInt8(ascii: "\n")
                    || (Self.sentenceEnds.contains(byte) && (next == UInt8(ascii: " ") || next == UInt8(ascii: "\n"))) {
                    sentence += 1
                }
                offset += 1
            }
            numbers.append(sentence)
        }
        return numbers
    }

    private static let sentenceEnds: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]

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
