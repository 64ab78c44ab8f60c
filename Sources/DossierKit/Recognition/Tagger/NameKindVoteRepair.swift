/// One kind per name within a document: the mentions of a name (the same words, case and
/// accents folded) take the type most of them were tagged with, the gazetteers' word counting
/// as three mentions: a company, brand, platform or international body the organization list
/// holds is an organization ("Google", "Amazon", "Apple"), a browser or app a product (of the
/// miscellaneous kind). A tie leaves each mention as it is. Names the gazetteers know as
/// countries, demonyms or regions keep their mentions' own types: `MentionBuilder` reads
/// those whatever the tagger said.
enum NameKindVoteRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let views = document.views
        var groups = HashTable()
        var votes: [SIMD4<Int32>] = []
        var members: [[Range<Int>]] = []
        var skipped: [Bool] = []
        for name in TaggedName.all(in: tags, of: document.text) {
            var key = FeatureHash.seed
            for index in name.tokens { key = FeatureHash.mix(key, views[index].word.folded) }
            let group: Int
            if let found = groups[key] {
                group = Int(found)
            } else {
                group = votes.count
                groups[key] = Int32(group)
                let categories = gazetteers.entry(forFolded: views[name.tokens].map(\.word.folded))?.categories ?? []
                var prior = SIMD4<Int32>.zero
                if categories.contains(.organization) { prior[EntityTag.EntityType.organization.rawValue] = priorVotes }
                else if categories.contains(.product) { prior[EntityTag.EntityType.miscellaneous.rawValue] = priorVotes }
                votes.append(prior)
                members.append([])
                skipped.append(!categories.isDisjoint(with: [.country, .demonym, .region, .regionAdjective]))
            }
            votes[group][name.type.rawValue] += 1
            members[group].append(name.tokens)
        }
        for group in votes.indices where !skipped[group] {
            let counts = votes[group]
            let sorted = (0..<4).sorted { counts[$0] > counts[$1] }
            guard counts[sorted[0]] > counts[sorted[1]], let winner = EntityTag.EntityType(rawValue: sorted[0]) else { continue }
            for tokens in members[group] where tags[tokens.lowerBound].type != winner {
                for index in tokens { tags[index] = EntityTag(winner, begins: index == tokens.lowerBound) }
            }
        }
    }

    /// What the gazetteers' word counts for, in mentions.
    private static let priorVotes: Int32 = 3
}
