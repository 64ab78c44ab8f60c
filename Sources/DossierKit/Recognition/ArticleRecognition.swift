/// What recognition made of one article: its mentions, and whether it was read at all.
public struct ArticleRecognition: Hashable, Sendable {
    /// The language recognition found the article in.
    public enum Language: String, Hashable, Sendable {
        case english
        /// Latin letters, but too few English words (German, Indonesian, …).
        case otherLatinScript
        /// Mostly letters of another script (Cyrillic, Arabic, CJK, …).
        case otherScript
    }

    public var mentions: [RecognizedMention]
    public var language: Language

    /// Recognition was skipped: the tagger reads English only, and in another language it
    /// would take chance capitals for names. The reader can say so instead of showing no
    /// entities without a word.
    public var isSkipped: Bool { language != .english }

    public init(mentions: [RecognizedMention], language: Language) {
        self.mentions = mentions
        self.language = language
    }
}
