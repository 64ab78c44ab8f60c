/// A name of one ordinary word is no name, though lists know it as a surname or a first name,
/// - in a headline or opening a sentence or a quote, when the document writes it in lower
///   case and never capitalized inside a sentence: "‘So he’s going…’", "Check for weak
///   passwords", "… port data Read more";
/// - anywhere, when it is a pronoun, determiner or other function word ("My husband…",
///   "Many schools…"), unless the document names someone with it.
/// Places, countries and demonyms the gazetteers know stay.
enum OrdinaryWordRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        let known: Gazetteers.TokenFlags = [.countryBegin, .countryInside, .demonym, .placeBegin, .placeInside]
        for name in TaggedName.all(in: tags, of: text) where name.tokens.count == 1 {
            let range = name.sentence, index = name.tokens.lowerBound
            let view = views[index]
            guard view.isCommonWord, view.gazetteer.isDisjoint(with: known) else { continue }
            let unused = view.documentCasing & 0b011 == 0b010
                && (view.sentenceCasing != 0 || TaggingDocument.opensPart(index, of: range, views))
            let functionWord = Lexicon.functionWords.contains(view.word.lower) && !view.isSurnameInDocument
            if unused || functionWord { tags[index] = .outside }
        }
    }
}
