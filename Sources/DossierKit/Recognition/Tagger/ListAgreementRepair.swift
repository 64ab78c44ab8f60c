/// In a list of names, items parted by a comma, "|", "/", "•", "and", "or" or "&", a
/// one-word "person" that no list knows as a name, with no title and not the surname of a
/// person the document names, is an organization when an organization stands next to it in
/// the list and no person does: "Follow us: Facebook | Instagram | X", "on Facebook, Twitter
/// and Instagram". Newswire's lists of surnames taught the tagger the opposite.
enum ListAgreementRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let views = document.views
        let names = TaggedName.all(in: tags, of: document.text)
        for (position, name) in names.enumerated() where name.type == .person && name.tokens.count == 1 {
            let view = views[name.tokens.lowerBound]
            guard view.gazetteer.isDisjoint(with: [.firstName, .givenName, .surname, .title]), !view.isSurnameInDocument,
                  name.tokens.lowerBound == name.sentence.lowerBound || !views[name.tokens.lowerBound - 1].gazetteer.contains(.title)
            else { continue }
            let neighbours = [position - 1, position + 1].filter { names.indices.contains($0) }.map { names[$0] }.filter {
                $0.sentence == name.sentence && areListed($0.tokens, name.tokens, in: document)
            }
            if neighbours.contains(where: { $0.type == .organization }), !neighbours.contains(where: { $0.type == .person }) {
                tags[name.tokens.lowerBound] = .beginOrganization
            }
        }
    }

    private static let listMarks = WordSet([",", "|", "/", "•", "and", "or", "&"])

    /// Whether two names follow each other in a list: one or two list marks between them.
    private static func areListed(_ a: Range<Int>, _ b: Range<Int>, in document: TaggingDocument) -> Bool {
        let between = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<a.lowerBound
        return (1...2).contains(between.count) && between.allSatisfy { listMarks.contains(document.views[$0].word.lower) }
    }
}
