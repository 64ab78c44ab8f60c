/// A name in a tagged document: its tokens and its sentence, as token indices of the
/// document, and its type. The repairs read a document's names through `all`.
struct TaggedName: Sendable {
    let tokens: Range<Int>
    let sentence: Range<Int>
    let type: EntityTag.EntityType

    /// The names of a document, sentence by sentence, as `NameSpan.visit` reads them (the one
    /// reading of where names begin and end).
    /// - Complexity: O(n) in the tokens.
    static func all(in tags: [EntityTag], of text: TokenizedText) -> [TaggedName] {
        var names: [TaggedName] = []
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            NameSpan.visit(tags[range]) { span in
                names.append(TaggedName(tokens: (range.lowerBound + span.start)..<(range.lowerBound + span.end), sentence: range, type: span.type))
            }
        }
        return names
    }
}
