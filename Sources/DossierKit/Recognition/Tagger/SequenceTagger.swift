/// The trained tagger with its gazetteers: tags documents with IOB2 tags.
struct SequenceTagger: Sendable {
    let model: TaggerModel
    let gazetteers: Gazetteers

    /// Tags every token of a document.
    func tag(_ document: TaggingDocument) -> [EntityTag] {
        var scorer = ModelScorer(model: model)
        var tags = GreedyDecoder.tag(document, with: &scorer)
        PersonNameRepair.repair(&tags, in: document)
        return tags
    }

    /// Tags a document given as sentences of tokens, one array of tags a sentence.
    func tag(sentences: [[String]]) -> [[EntityTag]] {
        let text = TokenizedText(sentences: sentences)
        let tags = tag(TaggingDocument(text, gazetteers: gazetteers))
        return (0..<text.sentenceCount).map { Array(tags[text.sentence($0)]) }
    }
}

/// Scores positions with a trained model.
struct ModelScorer: TagScorer {
    let model: TaggerModel
    private var features: [UInt64] = []

    init(model: TaggerModel) {
        self.model = model
    }

    mutating func scores(_ document: TaggingDocument, _ position: Int, previous: Int, beforePrevious: Int, history: Int) -> SIMD16<Float> {
        features.removeAll(keepingCapacity: true)
        FeatureTemplates.all(document, position, previous: previous, beforePrevious: beforePrevious, history: history, into: &features)
        var scores = SIMD16<Float>.zero
        for feature in features { model.add(feature, to: &scores) }
        return scores
    }
}
