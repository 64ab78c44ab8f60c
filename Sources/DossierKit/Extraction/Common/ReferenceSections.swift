/// The list of sources closing a story ("Sources", "References", "Citations") is apparatus,
/// not text to read: it is dropped with its heading, up to the next heading. Footnotes and
/// notes stay: they are the writer's own text.
enum ReferenceSections {
    /// Drops each reference section in the second half of the body.
    static func drop(from body: inout [ArticleDraft.Piece]) {
        var index = body.count / 2
        while index < body.count {
            guard isHeading(body[index].text) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < body.count && body[end].kind != .heading { end += 1 }
            body.removeSubrange(index..<end)
        }
    }

    /// A short line naming a list of sources: "Sources", "Article Sources:", "References".
    static func isHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let words = TextComparison.words(text)
        return !words.isEmpty && words.count <= 3 && names.contains(words.joined(separator: " "))
    }

    private static let names: Set<String> = [
        "sources", "article sources", "references", "citations", "bibliography", "works cited",
        "sources and references", "references and sources", "reference list", "source",
    ]
}
