/// What the reader keeps of the user's reading: which articles are read and which starred,
/// by `ArticleSummary.key`.
public struct ReadingState: Sendable, Hashable {
    public var read: Set<String>
    public var starred: Set<String>

    public init(read: Set<String> = [], starred: Set<String> = []) {
        self.read = read
        self.starred = starred
    }
}

/// Where the reader was in a corpus: the open article (by key) and the offset of the text's
/// first row shown.
public struct ReadingPlace: Sendable, Hashable {
    public var articleKey: String
    public var textOffset: Int

    public init(articleKey: String, textOffset: Int) {
        self.articleKey = articleKey
        self.textOffset = textOffset
    }
}
