/// A document ready for the trainer: its tagging view, its gold tags, and whether its set
/// leaves MISC unannotated or annotated in part.
struct TrainingDocument: Sendable {
    let document: TaggingDocument
    let gold: [EntityTag]
    let partialMiscellaneous: Bool
}
