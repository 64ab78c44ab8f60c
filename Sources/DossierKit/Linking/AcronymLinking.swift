/// An acronym and the name it abbreviates are one name: the acronym's mentions take the
/// expansion's folded name, so that they vote for one kind and make one entity keyed by the
/// expansion ("organization:european union" for "EU" and "European Union" alike).
///
/// Which expansion: the one its article introduces it with (an organization or place of
/// several words, in the same sentence, whose initials are the acronym's letters: "the
/// European Union (EU)"; the small words may be left out: "NASA"; a name holding the acronym
/// itself, "AI Integration", introduces nothing); else the well-known one (`acronyms.tsv`:
/// "UN", "NATO"; another article's "Certified Internal Auditor (CIA)" does not make every
/// "CIA" one); else the one the corpus introduces it with, when that is one only. Every
/// mention whose name folds alike goes with the acronym ("Nasa" with "NASA"), whatever kind
/// recognition gave it: the kind is `NameKindVote`'s to settle.
///
/// Expansions are organizations and places only; countries ("US") are left alone.
enum AcronymLinking {
    /// - Parameters:
    ///   - linkNames: each mention's folded name (its number in `folds`), rewritten here for
    ///     acronyms; -1 for a mention not read;
    ///   - kinds: each mention's kind as recognized.
    static func apply(to linkNames: inout [Int32], kinds: [EntityKind], input: LinkInput, folds: inout FoldedNames,
                      lexicon: LinkingLexicon) {
        let strings = input.strings
        func isRead(_ mention: Int) -> Bool { kinds[mention] != .country }
        func mayExpand(_ mention: Int) -> Bool { kinds[mention] == .organization || kinds[mention] == .place }

        // What each distinct string is, found once.
        var acronymOfString: [Bool?] = Array(repeating: nil, count: strings.count)
        var initialsOfString: [[String]?] = Array(repeating: nil, count: strings.count)
        // Each folded name written as an acronym somewhere: its letters; and its well-known
        // expansion. Arrays by name number, read for every mention of the corpus.
        let groupCount = folds.texts.count
        var lettersOfGroup: [String?] = Array(repeating: nil, count: groupCount)
        var knownExpansionOfGroup: [Int32?] = Array(repeating: nil, count: groupCount)
        var anyAcronym = false
        for mention in 0..<input.mentionCount where isRead(mention) {
            let string = Int(input.names[mention])
            guard acronymOfString[string] == nil else { continue }
            let written = Acronym.written(strings[string])
            let isAcronym = Acronym.isAcronym(written)
            acronymOfString[string] = isAcronym
            let group = Int(linkNames[mention])
            if isAcronym, lettersOfGroup[group] == nil {
                lettersOfGroup[group] = Acronym.written(folds.text(Int32(group))).uppercased()
                anyAcronym = true
            }
            if let expansion = lexicon.expansions[written], knownExpansionOfGroup[group] == nil {
                knownExpansionOfGroup[group] = folds.number(ofFolded: expansion)
                anyAcronym = true
            }
        }
        guard anyAcronym else { return }

        // The expansions each article spells out, and those the corpus does.
        var articlePairs: [ArticleGroup: Int32] = [:]
        var corpusPairs: [Int32: Set<Int32>] = [:]
        var acronyms: [(group: Int32, sentence: Int32)] = []
        var expansions: [(group: Int32, sentence: Int32, initials: [String])] = []
        for article in 0..<input.articleCount {
            acronyms.removeAll(keepingCapacity: true)
            expansions.removeAll(keepingCapacity: true)
            for mention in Int(input.articleStarts[article])..<Int(input.articleStarts[article + 1]) where isRead(mention) {
                let group = linkNames[mention], string = Int(input.names[mention]), sentence = input.sentences[mention]
                if lettersOfGroup[Int(group)] != nil {
                    acronyms.append((group, sentence))
                    continue
                }
                guard mayExpand(mention) else { continue }
                if initialsOfString[string] == nil { initialsOfString[string] = Acronym.initials(of: strings[string]) }
                if let initials = initialsOfString[string], !initials.isEmpty { expansions.append((group, sentence, initials)) }
            }
            for acronym in acronyms {
                let key = ArticleGroup(article: Int32(article), group: acronym.group)
                guard articlePairs[key] == nil else { continue }
                let letters = lettersOfGroup[Int(acronym.group)]!
                guard let expansion = expansions.first(where: {
                    $0.sentence == acronym.sentence && $0.initials.contains(letters)
                        && !folds.text($0.group).split(separator: " ").contains { Acronym.written($0).uppercased() == letters }
                }) else { continue }
                articlePairs[key] = expansion.group
                corpusPairs[acronym.group, default: []].insert(expansion.group)
            }
        }

        for article in 0..<input.articleCount {
            for mention in Int(input.articleStarts[article])..<Int(input.articleStarts[article + 1]) where isRead(mention) {
                let group = linkNames[mention]
                guard lettersOfGroup[Int(group)] != nil || knownExpansionOfGroup[Int(group)] != nil else { continue }
                let introduced = corpusPairs[group]
                if let expansion = articlePairs[ArticleGroup(article: Int32(article), group: group)]
                    ?? knownExpansionOfGroup[Int(group)]
                    ?? (introduced?.count == 1 ? introduced!.first! : nil) {
                    linkNames[mention] = expansion
                }
            }
        }
    }

    private struct ArticleGroup: Hashable {
        let article: Int32
        let group: Int32
    }
}
