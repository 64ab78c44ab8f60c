/// A name in a sentence's tags: its tokens (`start..<end`, counted from the first tag read)
/// and its type.
struct NameSpan: Hashable, Sendable {
    let start: Int
    let end: Int
    let type: EntityTag.EntityType

    /// The names in a run of IOB2 tags: a name starts at a begin tag or where the type changes.
    static func spans(in tags: some Collection<EntityTag>) -> [NameSpan] {
        var names: [NameSpan] = []
        visit(tags) { names.append($0) }
        return names
    }

    /// Calls `body` with each name of a run of tags, in order, without collecting them: the
    /// one reading of where names begin and end (`TaggedName.all` reads it too).
    @inline(__always)
    static func visit(_ tags: some Collection<EntityTag>, _ body: (NameSpan) -> Void) {
        var start = 0
        var type: EntityTag.EntityType?
        var index = 0
        for tag in tags {
            if tag == .outside || tag.begins || tag.type != type {
                if let type { body(NameSpan(start: start, end: index, type: type)) }
                start = index
                type = tag.type
            }
            index += 1
        }
        if let type { body(NameSpan(start: start, end: index, type: type)) }
    }
}
