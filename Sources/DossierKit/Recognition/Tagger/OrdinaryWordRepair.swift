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
            let functionWord = functionWords.contains(view.word.lower) && !view.isSurnameInDocument
            if unused || functionWord { tags[index] = .outside }
        }
    }

    /// English pronouns, determiners, quantifiers and other words that do the grammar's work.
    static let functionWords = WordSet([
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "many", "much",
        "more", "most", "some", "any", "all", "each", "every", "no", "none", "both", "either", "neither", "few", "several",
        "such", "so", "you", "we", "they", "he", "she", "it", "i", "me", "us", "them", "him", "what", "which", "who", "whom",
        "whose", "when", "where", "why", "how", "if", "then", "than", "and", "or", "but", "not", "yes", "here", "there", "now",
        "just", "also", "very", "too", "only", "still", "yet", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to",
        "with", "without", "about", "after", "before", "while", "because", "although", "though", "since", "until", "unless",
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "have", "has", "had", "would", "could", "should", "must",
    ])
}
