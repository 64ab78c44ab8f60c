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
