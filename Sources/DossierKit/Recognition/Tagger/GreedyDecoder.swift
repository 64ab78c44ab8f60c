/// Scores the tags of one position of a document.
protocol TagScorer {
    /// Scores of the nine tags (lanes 0…8) for `position`, given the two previous tags
    /// (`EntityTag.count` before a sentence's start) and the type earlier tokens of the same
    /// word were tagged with in this document (see `FeatureTemplates.history`).
    mutating func scores(_ document: TaggingDocument, _ position: Int, sentence: Range<Int>, previous: Int,
                         beforePrevious: Int, history: Int) -> SIMD16<Float>

    /// A new document is about to be scored.
    mutating func begin(_ document: TaggingDocument)

    /// The tag the decoder chose; a trainer learns from it.
    mutating func decided(_ tag: EntityTag, at position: Int)
}

extension TagScorer {
    mutating func begin(_ document: TaggingDocument) {}
    mutating func decided(_ tag: EntityTag, at position: Int) {}
}

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

/// For each word of a document, how often it was tagged with each type so far.
struct WordHistory {
    private var rows = HashTable()
    private var counts: [SIMD4<Int32>] = []

    /// 0 when the word was never part of a name, else 1 + the type it was tagged with most.
    func type(of word: UInt64) -> Int {
        guard let row = rows[word] else { return 0 }
        let found = counts[Int(row)]
        var best = 0
        for type in 1..<4 where found[type] > found[best] { best = type }
        return best + 1
    }

    mutating func record(_ type: EntityTag.EntityType, for word: UInt64) {
        let row: Int
        if let found = rows[word] {
            row = Int(found)
        } else {
            row = counts.count
            rows[word] = Int32(row)
            counts.append(.zero)
        }
        counts[row][type.rawValue] += 1
    }
}
