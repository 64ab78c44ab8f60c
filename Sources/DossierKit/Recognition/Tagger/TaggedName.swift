/// A name in a tagged document: its tokens and its sentence, as token indices of the
/// document, and its type. The repairs read a document's names through `all`.
struct TaggedName: Sendable {
    let tokens: Range<Int>
    let sentence: Range<Int>
    let type: EntityTag.EntityType

    /// The names of a document, sentence by sentence, as `NameSpan.spans` reads them.
    /// - Complexity: O(n) in the tokens.
    static func all(in tags: [EntityTag], of text: TokenizedText) -> [TaggedName] {
        var names: [TaggedName] = []
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            var start = range.lowerBound
            var type: EntityTag.EntityType?
            for index in range {
                let tag = tags[index]
                guard tag == .outside || tag.begins || tag.type != type else { continue }
                if let type { names.append(TaggedName(tokens: start..<index, sentence: range, type: type)) }
                start = index
                type = tag.type
            }
            if let type { names.append(TaggedName(tokens: start..<range.upperBound, sentence: range, type: type)) }
        }
        return names
    }
}
