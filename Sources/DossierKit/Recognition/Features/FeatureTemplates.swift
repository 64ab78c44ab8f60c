/// The tagger's features, as hashes of a template and its values, in groups by what they
/// read: the token alone, a neighbour, the token with its neighbours, the previous tags, and
/// what the document says of the word. Training and tagging read the same features through
/// `all`.
enum FeatureTemplates {
    private enum Template: UInt64 {
        case bias = 1, exact, lower, shape, prefix, suffix, gazetteer, casingShape, firstShape, documentShape, documentSurname
        case flags, lowerGazetteer
        case neighborLower, neighborShape, neighborGazetteer, neighborFlags, neighborExact, neighborSuffix
        case lowerPair, shapePair, shapeTriple, gazetteerPair, lowerShape
        case previousTag, previousTagLower, previousTagShape, tagPair, historyShape, historyLower
    }

    @inline(__always)
    private static func feature(_ template: Template, _ value: UInt64) -> UInt64 {
        FeatureHash.mix(template.rawValue, value)
    }

    @inline(__always)
    private static func feature(_ template: Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
        FeatureHash.mix(template.rawValue, a, b)
    }

    /// Features of the token being tagged that read that token alone.
    static func token(_ t: TokenView, into features: inout [UInt64]) {
        let w = t.word
        features.append(feature(.bias, 0))
        features.append(feature(.exact, w.exact))
        features.append(feature(.lower, w.lower))
        features.append(feature(.shape, w.shape))
        for k in 0..<4 where w.affixes[k] != 0 { features.append(feature(.prefix, UInt64(k), w.affixes[k])) }
        for k in 4..<8 where w.affixes[k] != 0 { features.append(feature(.suffix, UInt64(k), w.affixes[k])) }
        features.append(feature(.gazetteer, UInt64(t.gazetteer.rawValue)))
        features.append(feature(.lowerGazetteer, w.lower, UInt64(t.gazetteer.rawValue)))
        features.append(feature(.flags, UInt64(w.flags.rawValue), UInt64(t.gazetteer.rawValue)))
        features.append(feature(.casingShape, UInt64(t.sentenceCasing), w.shape))
        features.append(feature(.firstShape, t.isFirstInSentence ? 1 : 0, w.shape))
        features.append(feature(.documentShape, UInt64(t.documentCasing), w.shape | UInt64(t.sentenceCasing) << 62))
        if t.isSurnameInDocument { features.append(feature(.documentSurname, w.shape, UInt64(t.sentenceCasing))) }
    }

    /// Features that read a neighbour of the token being tagged, at `offset` (-2…2, not 0).
    static func neighbor(_ t: TokenView, offset: Int, into features: inout [UInt64]) {
        let position = UInt64(bitPattern: Int64(offset))
        features.append(feature(.neighborLower, position, t.word.lower))
        features.append(feature(.neighborShape, position, t.word.shape))
        guard offset == -1 || offset == 1 else { return }
        features.append(feature(.neighborExact, position, t.word.exact))
        if t.word.affixes[6] != 0 { features.append(feature(.neighborSuffix, position, t.word.affixes[6])) }
        features.append(feature(.neighborGazetteer, position, UInt64(t.gazetteer.rawValue)))
        features.append(feature(.neighborFlags, position, UInt64(t.word.flags.rawValue) | UInt64(t.sentenceCasing) << 16))
    }

    /// Features that read the token with its neighbours together.
    static func pairs(previous: TokenView, current: TokenView, next: TokenView, into features: inout [UInt64]) {
        features.append(feature(.lowerPair, FeatureHash.mix(0, previous.word.lower), current.word.lower))
        features.append(feature(.lowerPair, FeatureHash.mix(1, current.word.lower), next.word.lower))
        features.append(feature(.shapePair, FeatureHash.mix(0, previous.word.shape), current.word.shape))
        features.append(feature(.shapePair, FeatureHash.mix(1, current.word.shape), next.word.shape))
        features.append(feature(.shapeTriple, FeatureHash.mix(previous.word.shape, current.word.shape), next.word.shape))
        features.append(feature(.lowerShape, FeatureHash.mix(0, previous.word.lower), current.word.shape))
        features.append(feature(.lowerShape, FeatureHash.mix(1, next.word.lower), current.word.shape))
        features.append(feature(.gazetteerPair, UInt64(previous.gazetteer.rawValue) << 16 | UInt64(current.gazetteer.rawValue),
                                UInt64(next.gazetteer.rawValue)))
    }

    /// Features that read the previous tag (`EntityTag.count` for a sentence's start) with the token.
    static func previousTag(_ tag: Int, _ t: TokenView, into features: inout [UInt64]) {
        features.append(feature(.previousTag, UInt64(tag)))
        features.append(feature(.previousTagLower, UInt64(tag), t.word.lower))
        features.append(feature(.previousTagShape, UInt64(tag), t.word.shape))
    }

    /// The two previous tags together.
    static func tagPair(_ previous: Int, _ beforePrevious: Int, into features: inout [UInt64]) {
        features.append(feature(.tagPair, UInt64(previous), UInt64(beforePrevious)))
    }

    /// The type this document's earlier tokens of the same word were tagged with (0 for
    /// none, else 1 + `EntityTag.EntityType`): a name keeps its type through an article.
    static func history(_ type: Int, _ t: TokenView, into features: inout [UInt64]) {
        features.append(feature(.historyShape, UInt64(type), t.word.shape))
        features.append(feature(.historyLower, UInt64(type), t.word.lower))
    }
}

extension FeatureTemplates {
    /// Every feature of one position, group after group.
    static func all(_ document: TaggingDocument, _ position: Int, previous: Int, beforePrevious: Int, history: Int,
                    into features: inout [UInt64]) {
        let views = document.views
        let sentence = document.text.sentence(document.text.sentenceIndex(of: position))
        func view(_ offset: Int) -> TokenView {
            let index = position + offset
            if index < sentence.lowerBound { return .beforeSentence }
            if index >= sentence.upperBound { return .afterSentence }
            return views[index]
        }
        let current = views[position]
        token(current, into: &features)
        for offset in [-2, -1, 1, 2] { neighbor(view(offset), offset: offset, into: &features) }
        pairs(previous: view(-1), current: current, next: view(1), into: &features)
        previousTag(previous, current, into: &features)
        tagPair(previous, beforePrevious, into: &features)
        self.history(history, current, into: &features)
    }
}
