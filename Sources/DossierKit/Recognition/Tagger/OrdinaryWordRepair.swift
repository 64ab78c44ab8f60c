/// A name of one ordinary word, in a headline or opening a sentence or a quote, that the
/// document writes in lower case and never capitalized inside a sentence, is no name, though
/// lists know it as a surname or a first name: "‘So he’s going…’", "Check for weak
/// passwords", "… port data Read more". Places, countries and demonyms the gazetteers know
/// stay.
enum OrdinaryWordRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text, views = document.views
        let known: Gazetteers.TokenFlags = [.countryBegin, .countryInside, .demonym, .placeBegin, .placeInside]
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for name in NameSpan.spans(in: tags[range]) where name.end - name.start == 1 {
                let index = range.lowerBound + name.start
                let view = views[index]
                guard view.isCommonWord, view.documentCasing & 0b011 == 0b010, view.gazetteer.isDisjoint(with: known),
                      view.sentenceCasing != 0 || TaggingDocument.opensPart(index, of: range, views) else { continue }
                tags[index] = .outside
            }
        }
    }
}
