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
        let recognized = recognizer.recognize(article)
        return ProcessedArticle(identity: identity, contentHash: contentHash ?? Self.contentHash(of: document),
                                pipelineVersion: PipelineVersion.current, article: article,
                                mentions: Self.records(of: recognized, in: article))
    }

    /// The hash of what a document was made from: its bytes, and the fields a structured
    /// record gave beside them.
    public static func contentHash(of document: RawDocument) -> UInt64 {
        var hash = document.bytes.withUnsafeBytes { ContentHash.of($0) }
        if let known = document.known {
            for field in [known.title, known.subtitle, known.byline, known.date, known.section] {
                hash = ContentHash.of((field ?? "\u{0}").utf8, seed: hash &+ 1)
            }
        }
        return hash
    }

    /// Mention records for an article's recognized mentions (sorted by range).
    static func records(of mentions: [RecognizedMention], in article: Article) -> [MentionRecord] {
        let sentences = sentenceNumbers(of: mentions, in: article.text)
        let paragraphs = paragraphNumbers(of: mentions, in: article)
        return mentions.indices.map { index in
            let mention = mentions[index]
            return MentionRecord(range: mention.range, kind: mention.kind, form: mention.form, name: mention.name,
                                 surface: String(article[mention.range]), code: mention.code,
                                 sentence: sentences[index], paragraph: paragraphs[index])
        }
    }

    /// For each mention (sorted by range), the number of the sentence it stands in: how many
    /// sentence ends come before it, a sentence ending at ".", "!" or "?" before a space or at a
    /// line break.
    /// - Complexity: O(n) in the text's bytes.
    static func sentenceNumbers(of mentions: [RecognizedMention], in text: String) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(mentions.count)
        var text = text
        text.withUTF8 { bytes in
            var sentence = 0, offset = 0
            for mention in mentions {
                while offset < min(mention.range.start, bytes.count) {
                    let byte = bytes[offset]
                    let next = offset + 1 < bytes.count ? bytes[offset + 1] : UInt8(ascii: " ")
                    if byte == UInt8(ascii: "\n")
                        || ((byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
                            && (next == UInt8(ascii: " ") || next == UInt8(ascii: "\n"))) {
                        sentence += 1
                    }
                    offset += 1
                }
                numbers.append(sentence)
            }
        }
        return numbers
    }

    /// For each mention (sorted by range), the number of the paragraph it stands in: the
    /// title, the subtitle and each block, counted in order of the text.
    static func paragraphNumbers(of mentions: [RecognizedMention], in article: Article) -> [Int] {
        let starts = [article.titleRange, article.subtitleRange].compactMap { $0?.start } + article.blocks.map(\.range.start)
        var numbers: [Int] = []
        numbers.reserveCapacity(mentions.count)
        var paragraph = 0
        for mention in mentions {
            while paragraph + 1 < starts.count, starts[paragraph + 1] <= mention.range.start { paragraph += 1 }
            numbers.append(paragraph)
        }
        return numbers
    }
}
