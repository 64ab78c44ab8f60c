/// The tagger's features, as hashes of a template and its values, in groups by what they
/// read: the token alone, a neighbour, the token with its neighbours, the previous tags, and
/// what the document says of the word. Training and tagging read the same features through
/// `all`.
enum FeatureTemplates {
    private enum Template: UInt64 {
        case bias = 1, exact, lower, shape, prefix, suffix, gazetteer, casingShape, firstShape, documentShape, documentSurname
        case flags, lowerGazetteer
        case neighborLower, neighborShape, neighborGazetteer, neighborFlags, neighborExact, neighborSuffix
        case lowerBefore, lowerAfter, shapeBefore, shapeAfter, shapeTriple, gazetteerTriple, lowerBeforeShape, lowerAfterShape, namePattern
        case previousTag, previousTagLower, previousTagShape, tagPair, historyShape, historyLower
        case ordinary, ordinaryGazetteer
    }

    @inline(__always)
    private static func feature(_ template: Template, _ value: UInt64) -> UInt64 {
        FeatureHash.mix(template.rawValue, value)
    }

    @inline(__always)
    private static func feature(_ template: Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
        FeatureHash.mix(template.rawValue, a, b)
    }

    /// Features of the token being tagged that read that token alone. `WordInfo.Flags.codeMark`
    /// is for `PageFurnitureRepair`, not for the features.
    static func token(_ t: TokenView, into features: inout some FeatureSink) {
        let w = t.word
        features.add(feature(.bias, 0))
        features.add(feature(.exact, w.exact))
        features.add(feature(.lower, w.lower))
        features.add(feature(.shape, w.shape))
        for k in 0..<4 where w.affixes[k] != 0 { features.add(feature(.prefix, UInt64(k), w.affixes[k])) }
        for k in 4..<8 where w.affixes[k] != 0 { features.add(feature(.suffix, UInt64(k), w.affixes[k])) }
        features.add(feature(.gazetteer, UInt64(t.gazetteer.rawValue)))
        features.add(feature(.lowerGazetteer, w.lower, UInt64(t.gazetteer.rawValue)))
        features.add(feature(.flags, UInt64(w.flags.subtracting(.codeMark).rawValue), UInt64(t.gazetteer.rawValue)))
        features.add(feature(.casingShape, UInt64(t.sentenceCasing), w.shape))
        features.add(feature(.firstShape, t.isFirstInSentence ? 1 : 0, w.shape))
        features.add(feature(.documentShape, UInt64(t.documentCasing), w.shape | UInt64(t.sentenceCasing) << 62))
        if t.isSurnameInDocument { features.add(feature(.documentSurname, w.shape, UInt64(t.sentenceCasing))) }
        if t.isCommonWord {
            features.add(feature(.ordinary, UInt64(t.sentenceCasing) | (t.isFirstInSentence ? 4 : 0) | UInt64(t.documentCasing) << 3))
            features.add(feature(.ordinaryGazetteer, UInt64(t.sentenceCasing), UInt64(t.gazetteer.rawValue)))
        }
    }

    /// Features that read a neighbour of the token being tagged, at `offset` (-2…2, not 0).
    static func neighbor(_ t: TokenView, offset: Int, into features: inout some FeatureSink) {
        let position = UInt64(bitPattern: Int64(offset))
        features.add(feature(.neighborLower, position, t.word.lower))
        features.add(feature(.neighborShape, position, t.word.shape))
        guard offset == -1 || offset == 1 else { return }
        features.add(feature(.neighborExact, position, t.word.exact))
        if t.word.affixes[6] != 0 { features.add(feature(.neighborSuffix, position, t.word.affixes[6])) }
        features.add(feature(.neighborGazetteer, position, UInt64(t.gazetteer.rawValue)))
        features.add(feature(.neighborFlags, position, UInt64(t.word.flags.subtracting(.codeMark).rawValue) | UInt64(t.sentenceCasing) << 16
            | (t.isCommonWord ? 1 << 18 : 0)))
    }

    /// Features that read the token with its neighbours together.
    static func pairs(previous: TokenView, current: TokenView, next: TokenView, into features: inout some FeatureSink) {
        features.add(feature(.lowerBefore, previous.word.lower, current.word.lower))
        features.add(feature(.lowerAfter, current.word.lower, next.word.lower))
        features.add(feature(.shapeBefore, previous.word.shape, current.word.shape))
        features.add(feature(.shapeAfter, current.word.shape, next.word.shape))
        features.add(feature(.shapeTriple, FeatureHash.mix(previous.word.shape, current.word.shape), next.word.shape))
        features.add(feature(.lowerBeforeShape, previous.word.lower, current.word.shape))
        features.add(feature(.lowerAfterShape, next.word.lower, current.word.shape))
        features.add(feature(.gazetteerTriple, UInt64(previous.gazetteer.rawValue) << 16 | UInt64(current.gazetteer.rawValue),
                             UInt64(next.gazetteer.rawValue)))
        // A first name before a capitalized surname: the shape of a person's name, whatever
        // else the two words may be.
        let pattern = (isGivenName(current) && isSurname(next) ? 1 : 0) | (isGivenName(previous) && isSurname(current) ? 2 : 0)
        if pattern != 0 { features.add(feature(.namePattern, UInt64(pattern), UInt64(current.sentenceCasing))) }
    }

    private static func isGivenName(_ t: TokenView) -> Bool {
        t.word.isCapitalized && !t.gazetteer.isDisjoint(with: [.firstName, .givenName])
    }

    private static func isSurname(_ t: TokenView) -> Bool {
        t.word.isCapitalized && t.gazetteer.contains(.surname)
    }

    /// Features that read the previous tag (`EntityTag.count` for a sentence's start) with the token.
    static func previousTag(_ tag: Int, _ t: TokenView, into features: inout some FeatureSink) {
        features.add(feature(.previousTag, UInt64(tag)))
        features.add(feature(.previousTagLower, UInt64(tag), t.word.lower))
        features.add(feature(.previousTagShape, UInt64(tag), t.word.shape))
    }

    /// The two previous tags together.
    static func tagPair(_ previous: Int, _ beforePrevious: Int, into features: inout some FeatureSink) {
        features.add(feature(.tagPair, UInt64(previous), UInt64(beforePrevious)))
    }

    /// The type this document's earlier tokens of the same word were tagged with (0 for
    /// none, else 1 + `EntityTag.EntityType`): a name keeps its type through an article.
    static func history(_ type: Int, _ t: TokenView, into features: inout some FeatureSink) {
        features.add(feature(.historyShape, UInt64(type), t.word.shape))
        features.add(feature(.historyLower, UInt64(type), t.word.lower))
    }
}

extension FeatureTemplates {
    /// Every feature of one position, group after group.
    static func all(_ document: TaggingDocument, _ position: Int, sentence: Range<Int>, previous: Int, beforePrevious: Int,
                    history: Int, into features: inout some FeatureSink) {
        token(document.views[position], into: &features)
        for offset in [-2, -1, 1, 2] {
            neighbor(document.view(position + offset, in: sentence), offset: offset, into: &features)
        }
        contextual(document, position, sentence: sentence, previous: previous, beforePrevious: beforePrevious,
                   history: history, into: &features)
    }

    /// The features that read more than one token, or the tags: all but `token` and `neighbor`.
    static func contextual(_ document: TaggingDocument, _ position: Int, sentence: Range<Int>, previous: Int,
                           beforePrevious: Int, history: Int, into features: inout some FeatureSink) {
        pairs(document, position, sentence: sentence, into: &features)
        let current = document.views[position]
        tagged(current, previous: previous, history: history, into: &features)
        tagPair(previous, beforePrevious, into: &features)
    }

    /// `pairs` at a position of a document.
    static func pairs(_ document: TaggingDocument, _ position: Int, sentence: Range<Int>, into features: inout some FeatureSink) {
        pairs(previous: document.view(position - 1, in: sentence), current: document.views[position],
              next: document.view(position + 1, in: sentence), into: &features)
    }

    /// The features that read the token with the previous tag or the document's history of
    /// the word: `previousTag` and `history`.
    static func tagged(_ current: TokenView, previous: Int, history: Int, into features: inout some FeatureSink) {
        previousTag(previous, current, into: &features)
        self.history(history, current, into: &features)
    }
}
