/// Finds the article in a raw document: title, subtitle, byline, date, section and body blocks.
///
/// HTML pages go through `HTMLArticleExtractor` (structure, JSON-LD and meta tags); plain
/// text through `PlainTextArticleExtractor` (line statistics). Fields a structured source
/// already gave (`RawDocument.known`) win over what extraction finds.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Never fails: an HTML page with no recognizable story gives an article with an empty
    /// body; a text in which no story is found keeps all its paragraphs.
    public func extract(_ document: RawDocument) -> Article {
        var draft: ArticleDraft
        switch document.format {
        case .html:
            draft = HTMLArticleExtractor.extract(document.bytes, source: document.source)
        case .text:
            let text = TextDecoding.decode(document.bytes)
            draft = PlainTextArticleExtractor.extract(text, source: document.source)
            if draft.body.isEmpty { draft.body = WholeTextStory.paragraphs(of: MojibakeRepair.repair(text)) }
        }
        if let known = document.known {
            draft.title = known.title ?? draft.title
            draft.subtitle = known.subtitle ?? draft.subtitle
            draft.byline = known.byline ?? draft.byline
            draft.date = known.date.map { DateText.iso($0) ?? $0 } ?? draft.date
            draft.section = known.section ?? draft.section
            // A record's address that is not one (a relative link) leaves the page's own.
            draft.url = known.url.flatMap(ArticleURL.accepted) ?? draft.url
        }
        return Article(draft: draft)
    }

    /// The dates an HTML page declares and shows, from which its article's date is chosen (nil
    /// for plain text), for measuring how the choice stands against gold dates.
    public func dateEvidence(_ document: RawDocument) -> DateEvidence? {
        guard document.format == .html else { return nil }
        return DateEvidence(HTMLArticleExtractor.read(document.bytes).2.dates)
    }
}
