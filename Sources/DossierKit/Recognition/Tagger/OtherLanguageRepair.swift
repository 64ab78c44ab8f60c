/// In a document not written in English (see `TaggingDocument.isInEnglish`) the tagger's
/// reading of capitals means little: German capitalizes every noun, and the words around a
/// name tell an English model nothing. Only the names the gazetteers vouch for stay: a place
/// or a country they know, and a person of two words or more with a first name they list.
enum OtherLanguageRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument, gazetteers: Gazetteers) {
        guard !document.isInEnglish else { return }
        let text = document.text, views = document.views
        for name in TaggedName.all(in: tags, of: text) {
            let tokens = name.tokens
            let vouched: Bool
            if name.type == .person {
                vouched = tokens.count > 1 && views[tokens].contains { $0.gazetteer.contains(.firstName) }
            } else {
                let entry = gazetteers.entry(forFolded: views[tokens].map(\.word.folded))
                vouched = entry.map { !$0.categories.isDisjoint(with: [.place, .region, .country, .demonym]) } ?? false
            }
            if !vouched { for index in tokens { tags[index] = .outside } }
        }
    }
}
