/// The trained tagger with its gazetteers: tags documents with IOB2 tags.
struct SequenceTagger: Sendable {
    let model: TaggerModel
    let gazetteers: Gazetteers
    /// The repairs to run after the decoder, in order (all of them but for an ablation).
    var repairs: [TaggerRepair] = TaggerRepair.allCases
    private let scorers: ScorerPool

    init(model: TaggerModel, gazetteers: Gazetteers) {
        self.model = model
        self.gazetteers = gazetteers
        scorers = ScorerPool(model: model)
    }

    /// Tags every token of a document. A scorer carried from document to document keeps
    /// what it learned of their words (see `ModelScorer`).
    func tag(_ document: TaggingDocument, with scorer: inout ModelScorer) -> [EntityTag] {
        var tags = GreedyDecoder.tag(document, with: &scorer)
        for repair in repairs { repair.apply(to: &tags, in: document, gazetteers: gazetteers) }
        return tags
    }

    /// Tags with a scorer lent by `scorers`, that carries what it learned of words from
    /// article to article.
    func tag(_ document: TaggingDocument) -> [EntityTag] {
        scorers.withScorer { tag(document, with: &$0) }
    }

    /// Tags a document given as sentences of tokens, one array of tags a sentence.
    func tag(sentences: [[String]], with scorer: inout ModelScorer) -> [[EntityTag]] {
        let text = TokenizedText(sentences: sentences)
        let tags = tag(TaggingDocument(text, gazetteers: gazetteers), with: &scorer)
        return (0..<text.sentenceCount).map { Array(tags[text.sentence($0)]) }
    }
}
