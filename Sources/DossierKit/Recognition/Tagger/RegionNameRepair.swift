/// Gives the world's regions back to places. Newswire shows the tagger few of them, and on
/// the web it takes them for organizations or even people ("Throughout Eastern Europe, the
/// Caucasus, and the Balkans"):
/// - a person or organization the gazetteers know in full as a region ("Eastern Europe",
///   "Caucasus", "Sahel") is a place; a name that is only a region's adjective ("Central
///   European", "Balkan") is, like a demonym, of the miscellaneous kind;
/// - a name that ends in a word for a landform or a body of water ("Crimean Peninsula",
///   "South China Sea", "Rift Valley") is a place, unless it is a person's name that opens
///   with a first name ("Ricki Lake").
enum RegionNameRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        let views = document.views
        for name in TaggedName.all(in: tags, of: document.text) where name.type != .location {
            let tokens = name.tokens
            let categories = gazetteers.entry(forFolded: views[tokens].lazy.map(\.word.folded))?.categories ?? []
            let type: EntityTag.EntityType
            if categories.contains(.region) {
                guard name.type != .miscellaneous else { continue }
                type = .location
            } else if categories.contains(.regionAdjective) {
                type = .miscellaneous
            } else if endsInLandform(tokens, in: document),
                      name.type != .person || !views[tokens.lowerBound].isGivenName {
                type = .location
            } else {
                continue
            }
            for index in tokens { tags[index] = EntityTag(type, begins: index == tokens.lowerBound) }
        }
    }

    /// Two words or more, the last a word for a landform, every word before it capitalized.
    private static func endsInLandform(_ tokens: Range<Int>, in document: TaggingDocument) -> Bool {
        let views = document.views
        guard tokens.count >= 2, let last = tokens.last, Lexicon.landforms.contains(views[last].word.lower) else { return false }
        return views[tokens.dropLast()].allSatisfy { $0.word.isCapitalized }
    }
}
