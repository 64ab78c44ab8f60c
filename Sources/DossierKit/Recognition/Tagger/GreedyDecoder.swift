/// Tags a document left to right, one position at a time, with the two previous tags and
/// the document's history of each word as context. Headlines (sentences in capitals or
/// title case) come last, so that they can draw on what the running text said of their
/// words. An inside tag may only continue a name of its own type, and a person or place that
/// would begin right after another continues it (`EntityTag.joined(after:)`).
enum GreedyDecoder {
    static func tag<Scorer: TagScorer>(_ document: TaggingDocument, with scorer: inout Scorer) -> [EntityTag] {
        scorer.begin(document)
        var tags = [EntityTag](repeating: .outside, count: document.text.count)
        var history = WordHistory()
        let sentences = 0..<document.text.sentenceCount
        let isHeadline = { (sentence: Int) in
            document.views[document.text.sentence(sentence).lowerBound].sentenceCasing != 0
        }
        for sentence in sentences.filter({ !isHeadline($0) }) + sentences.filter(isHeadline) {
            var previous = EntityTag.count, beforePrevious = EntityTag.count
            let range = document.text.sentence(sentence)
            for position in range {
                let view = document.views[position]
                let remembered = view.word.isCapitalized ? history.type(of: view.word.lower) : 0
                let scores = scorer.scores(document, position, sentence: range, previous: previous,
                                           beforePrevious: beforePrevious, history: remembered)
                let previousTag = previous == EntityTag.count ? EntityTag.outside : EntityTag(rawValue: previous)!
                var best = EntityTag.outside
                var bestScore = -Float.infinity
                for tag in EntityTag.allCases where tag.mayFollow(previousTag) && scores[tag.rawValue] > bestScore {
                    best = tag
                    bestScore = scores[tag.rawValue]
                }
                best = best.joined(after: previousTag)
                scorer.decided(best, at: position)
                tags[position] = best
                if let type = best.type, view.word.isCapitalized { history.record(type, for: view.word.lower) }
                beforePrevious = previous
                previous = best.rawValue
            }
        }
        return tags
    }
}
