/// The address a plain-text dump states for itself in a labeled line among its first lines,
/// as exports and saved-page tools write it: "URL: https://example.com/story",
/// "Source: https://…". An address anywhere else in the text (a link in the story, a
/// footer's) says nothing of the dump's own, and an unlabeled one is not taken either.
struct DeclaredAddress {
    /// The address, as `ArticleURL` accepts it.
    let url: String
    /// The index of its line among the dump's lines.
    let line: Int

    /// How many of the first lines are read.
    static let window = 5

    /// The labels, lowercase, that name the dump's own address.
    private static let labels: Set<String> = ["url", "source", "source url", "link", "canonical", "canonical url",
                                              "address", "original url", "web address"]

    init?(lines: [TextLine]) {
        for (index, line) in lines.prefix(Self.window).enumerated() {
            guard line.text.utf8.count <= ArticleURL.maximumLength + 32, let colon = line.text.firstIndex(of: ":") else { continue }
            let label = line.text[..<colon].lowercased()
            guard Self.labels.contains(label), let url = ArticleURL.accepted(String(line.text[line.text.index(after: colon)...])) else { continue }
            self.url = url
            self.line = index
            return
        }
        return nil
    }
}
