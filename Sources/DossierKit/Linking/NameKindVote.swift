/// One kind per name across the corpus: every mention of a person, organization or place
/// whose name folds alike (an acronym with its expansion, see `AcronymLinking`) takes the kind
/// the corpus gives that name most, unless its own article clearly says otherwise.
///
/// Each article votes once per name, for the kind most of its mentions of the name have
/// (recognition has already made them agree within the article, see `NameKindVoteRepair`); a
/// tie votes for each. To these votes are added:
/// - the organization list (`organizations.txt`): `organizationPrior` votes for an
///   organization ("Google", "Amazon", "Salesforce");
/// - people named in full: each article that names a person in full (with a given name the
///   name lists know) with this name as the surname votes for a person ("Obama" where the
///   corpus says "Barack Obama").
///
/// A kind wins when it has more votes than every other, or as many as the most and more
/// mentions than each of those; else nothing changes. A name of one word wins as a person
/// only where the corpus names someone in full with it as the surname: a bare word tagged a
/// person in a few articles ("Burisma", "Taliban") is too weak to change the others. A name the place list holds and the
/// organization list does not is left to each article, unless the corpus names a person in
/// full with it as the surname and the person wins ("Obama", a town too): cities name teams
/// ("Chicago beat Detroit") and people bear places' names ("Washington"), and eng.testa's
/// sports pages lost a point of F1 when the corpus decided for them. The article
/// says otherwise when it names a person in full with the surname of a person mention: that
/// mention stays a person ("Washington" in an article about George Washington).
///
/// Countries are not read: they are the gazetteers' ("Brazil star Neymar" never makes Neymar's
/// name vote with Brazil's), and no other kind ever becomes a country.
enum NameKindVote {
    /// The votes the organization list is worth: as many as two articles.
    static let organizationPrior: Int32 = 2

    /// - Parameters:
    ///   - kinds: each mention's kind, changed here;
    ///   - linkNames: each mention's folded name (a number in `folds`), -1 for a country;
    ///   - personName: the parse of a string number (cached by the caller).
    static func apply(to kinds: inout [EntityKind], linkNames: [Int32], input: LinkInput, folds: FoldedNames,
                      lexicon: LinkingLexicon, personName: (Int32) -> PersonName, isFirstName: (String) -> Bool) {
        let groupCount = folds.texts.count
        var votes = Array(repeating: SIMD4<Int32>.zero, count: groupCount)
        var surnameArticles: [String: Int32] = [:]
        var fullNameSurnames: [[String]] = Array(repeating: [], count: input.articleCount)
        var mentionCounts = Array(repeating: SIMD4<Int32>.zero, count: groupCount)
        // This article's mentions of each name, by kind, and the names it touched: arrays by
        // name number rather than a dictionary, read for every mention of the corpus.
        var counts = Array(repeating: SIMD4<Int32>.zero, count: groupCount)
        var touched: [Int32] = []
        for article in 0..<input.articleCount {
            for group in touched { counts[Int(group)] = .zero }
            touched.removeAll(keepingCapacity: true)
            var surnames: [String] = []
            for mention in Int(input.articleStarts[article])..<Int(input.articleStarts[article + 1]) {
                guard let slot = slot(kinds[mention]) else { continue }
                let group = linkNames[mention]
                if counts[Int(group)] == .zero { touched.append(group) }
                counts[Int(group)][slot] += 1
                if kinds[mention] == .person {
                    let name = personName(input.names[mention])
                    if let given = name.given, isFirstName(given), !surnames.contains(name.surname) { surnames.append(name.surname) }
                }
            }
            for group in touched {
                let count = counts[Int(group)]
                mentionCounts[Int(group)] &+= count
                let top = count.max()
                for slot in 0..<3 where count[slot] == top { votes[Int(group)][slot] += 1 }
            }
            for surname in surnames { surnameArticles[surname, default: 0] += 1 }
            fullNameSurnames[article] = surnames
        }
        // The lists and the surnames looked up by name number, each entry once, rather than
        // each of the corpus's names in them.
        var isOrganization = Array(repeating: false, count: groupCount)
        for organization in lexicon.organizations {
            guard let group = folds.existingNumber(ofFolded: organization) else { continue }
            isOrganization[Int(group)] = true
            votes[Int(group)][1] += organizationPrior
        }
        var isNamedInFull = Array(repeating: false, count: groupCount)
        for (surname, articles) in surnameArticles {
            guard let group = folds.existingNumber(ofFolded: surname) else { continue }
            isNamedInFull[Int(group)] = true
            votes[Int(group)][0] += articles
        }

        let winners: [EntityKind?] = (0..<groupCount).map { group in
            let count = votes[group], mentions = mentionCounts[group]
            let top = count.max()
            var leaders = (0..<3).filter { count[$0] == top }
            if leaders.count > 1 {
                let most = leaders.map { mentions[$0] }.max()!
                leaders = leaders.filter { mentions[$0] == most }
            }
            guard leaders.count == 1, top > 0 else { return nil }
            let text = folds.texts[group]
            // A word alone is a person's only where the corpus names someone in full with it.
            if leaders[0] == 0, !isNamedInFull[group], !text.contains(" ") { return nil }
            let isLeftToArticles = !isOrganization[group] && lexicon.isPlace(text)
            if isLeftToArticles, leaders[0] != 0 || !isNamedInFull[group] { return nil }
            return slotKinds[leaders[0]]
        }
        for article in 0..<input.articleCount {
            for mention in Int(input.articleStarts[article])..<Int(input.articleStarts[article + 1]) {
                guard slot(kinds[mention]) != nil, let winner = winners[Int(linkNames[mention])], winner != kinds[mention] else { continue }
                if kinds[mention] == .person, fullNameSurnames[article].contains(personName(input.names[mention]).surname) { continue }
                kinds[mention] = winner
            }
        }
    }

    /// The kinds that vote, by slot.
    private static let slotKinds: [EntityKind] = [.person, .organization, .place]

    private static func slot(_ kind: EntityKind) -> Int? {
        switch kind {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .country: nil
        }
    }
}
