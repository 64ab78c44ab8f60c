/// Corrects the tagger where the gazetteers know better than its context: a known first
/// name and a capitalized word or two at the end of an organization's or place's span are a
/// person named after a role ("for Political Affairs David Hale").
enum PersonNameRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            for name in EntityScores.names(Array(tags[range])) where name.type != .person && name.end - name.start >= 3 {
                let start = range.lowerBound + name.start, end = range.lowerBound + name.end
                for first in (start + 1)..<(end - 1) where end - first <= 3 {
                    let views = document.views[first..<end]
                    let isPerson = views.first!.gazetteer.contains(.firstName)
                        && views.allSatisfy { $0.word.isCapitalized && !$0.word.flags.contains(.allCapitals)
                            && $0.gazetteer.isDisjoint(with: [.countryBegin, .countryInside, .placeBegin, .placeInside, .demonym]) }
                    guard isPerson else { continue }
                    tags[first] = .beginPerson
                    for index in (first + 1)..<end { tags[index] = .insidePerson }
                    break
                }
            }
        }
    }
}
