/// Turns one raw document into a `ProcessedArticle`: cleans it, recognizes its mentions and
/// numbers each mention's sentence and paragraph. A pure function of the document: it reads
/// no other article, so it runs on any core and its result can be kept.
public struct ArticleProcessor: Sendable {
    public let extractor: ArticleExtractor
    public let recognizer: EntityRecognizer
    /// Called once for each document processed (tests count with it).
    private let counting: (@Sendable () -> Void)?

    public init(extractor: ArticleExtractor = ArticleExtractor(), recognizer: EntityRecognizer,
                counting: (@Sendable () -> Void)? = nil) {
        self.extractor = extractor
        self.recognizer = recognizer
        self.counting = counting
    }

    /// Loads the shipped model and gazetteers.
    public static func shipped() throws -> ArticleProcessor {
        ArticleProcessor(recognizer: try EntityRecognizer.shipped())
    }

    /// - Parameter contentHash: the document's `contentHash(of:)`, when the caller has it already.
    public func process(_ document: RawDocument, identity: SourceIdentity, contentHash: UInt64? = nil) -> ProcessedArticle {
        counting?()
        let article = extractor.extract(document)
        let recognition = recognizer.recognition(of: article)
        return ProcessedArticle(identity: identity, contentHash: contentHash ?? Self.contentHash(of: document),
                                pipelineVersion: PipelineVersion.current, article: article,
                                mentions: Self.records(of: recognition.mentions, in: article, sentenceStarts: recognition.sentenceStarts),
                                recognitionNote: Self.note(on: recognition.language))
    }

    /// What the reader says of an article recognition did not read.
    static func note(on language: ArticleRecognition.Language) -> String? {
        switch language {
        case .english: nil
        case .otherLatinScript: "not in English: people and places not marked"
        case .otherScript: "not in a Latin script: people and places not marked"
        }
    }

    /// The hash of what a document was made from: its bytes, and the fields a structured
    /// record gave beside them.
    public static func contentHash(of document: RawDocument) -> UInt64 {
        var hash = document.bytes.withUnsafeBytes { ContentHash.of($0) }
        if let known = document.known {
            for field in [known.title, known.subtitle, known.byline, known.date, known.section] {
                hash = ContentHash.of((field ?? "\u{0}").utf8, seed: hash &+ 1)
            }
            // Hashed only when given, so that records without one keep their hash.
            if let url = known.url { hash = ContentHash.of(url.utf8, seed: hash &+ 2) }
        }
        return hash
    }

    /// Mention records for an article's recognized mentions (sorted by range); sentences are
    /// numbered by `sentenceStarts` (the tokenizer's, from `ArticleRecognition`), or cut here
    /// by `TextSentences` when not given.
    static func records(of mentions: [RecognizedMention], in article: Article, sentenceStarts: [Int]? = nil) -> [MentionRecord] {
        let starts = sentenceStarts ?? TextSentences.ranges(in: article.text).map(\.start)
        let paragraphs = paragraphNumbers(of: mentions, in: article)
        var sentence = 0
        return mentions.indices.map { index in
            let mention = mentions[index]
            while sentence + 1 < starts.count, starts[sentence + 1] <= mention.range.start { sentence += 1 }
            return MentionRecord(range: mention.range, kind: mention.kind, form: mention.form, name: mention.name,
                                 surface: String(article[mention.range]), code: mention.code,
                                 sentence: sentence, paragraph: paragraphs[index])
        }
    }

    /// For each mention (sorted by range), the number of the paragraph it stands in.
    static func paragraphNumbers(of mentions: [RecognizedMention], in article: Article) -> [Int] {
        article.paragraphNumbers(ofOffsets: mentions.map(\.range.start))
    }
}
