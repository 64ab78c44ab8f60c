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
    /// Where each sentence of the text begins (UTF-8 offsets, ascending), as the tokenizer
    /// cut them (`TextSentences`): mention records number their sentences by these.
    public var sentenceStarts: [Int]

    /// Recognition was skipped: the tagger reads English only, and in another language it
    /// would take chance capitals for names. The reader can say so instead of showing no
    /// entities without a word.
    public var isSkipped: Bool { language != .english }

    public init(mentions: [RecognizedMention], language: Language, sentenceStarts: [Int] = []) {
        self.mentions = mentions
        self.language = language
        self.sentenceStarts = sentenceStarts
    }
}
