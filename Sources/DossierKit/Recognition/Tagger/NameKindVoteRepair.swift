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
        var skipped: [Bool] = []
        let names = TaggedName.all(in: tags, of: document.text)
        var groupOfName: [Int32] = []
        groupOfName.reserveCapacity(names.count)
        for name in names {
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
                skipped.append(!categories.isDisjoint(with: [.country, .demonym, .region, .regionAdjective]))
            }
            votes[group][name.type.rawValue] += 1
            groupOfName.append(Int32(group))
        }
        // The winning type of each group, or nil for a tie or a group left alone.
        let winners: [EntityTag.EntityType?] = votes.indices.map { group in
            guard !skipped[group] else { return nil }
            let counts = votes[group]
            var best = 0, second = -1
            for type in 1..<4 {
                if counts[type] > counts[best] { second = best; best = type }
                else if second < 0 || counts[type] > counts[second] { second = type }
            }
            return counts[best] > counts[second] ? EntityTag.EntityType(rawValue: best) : nil
        }
        for (name, group) in zip(names, groupOfName) {
            guard let winner = winners[Int(group)], name.type != winner else { continue }
            for index in name.tokens { tags[index] = EntityTag(winner, begins: index == name.tokens.lowerBound) }
        }
    }

    /// What the gazetteers' word counts for, in mentions.
    private static let priorVotes: Int32 = 3
}
