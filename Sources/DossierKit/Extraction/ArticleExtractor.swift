import Foundation

/// Finds the article in a raw document: title, subtitle, byline, date, section and body blocks.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Never fails: a document with no recognizable story gives an article with an empty body.
    public func extract(_ document: RawDocument) -> Article {
        var draft: ArticleDraft
        switch document.format {
        case .html:
            draft = PlaceholderExtraction.html(document)
        case .text:
            draft = PlaceholderExtraction.text(TextDecoding.decode(document.bytes), source: document.source)
        }
        if let known = document.known {
            draft.title = known.title ?? draft.title
            draft.subtitle = known.subtitle ?? draft.subtitle
            draft.byline = known.byline ?? draft.byline
            draft.date = known.date ?? draft.date
            draft.section = known.section ?? draft.section
        }
        return Article(draft: draft)
    }
}

/// A first, simple extraction until the real extractors land: paragraphs by blank lines,
/// short menu-like lines dropped.
enum PlaceholderExtraction {
    static func text(_ text: String, source: String) -> ArticleDraft {
        let paragraphs = text.components(separatedBy: "\n\n")
            .map { TextNormalization.cleanLine($0) }
            .filter { $0.split(separator: " ").count >= 8 }
        return ArticleDraft(source: source, body: paragraphs.map { .init(.paragraph, $0) })
    }

    static func html(_ document: RawDocument) -> ArticleDraft {
        let html = TextDecoding.decode(document.bytes)
        var title: String?
        if let open = html.range(of: "<title>", options: .caseInsensitive),
           let close = html.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<html.endIndex) {
            title = String(html[open.upperBound..<close.lowerBound])
        }
        var paragraphs: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<p", options: .caseInsensitive),
              let close = rest.range(of: "</p>", options: .caseInsensitive, range: open.upperBound..<rest.endIndex) {
            let inner = rest[open.upperBound..<close.lowerBound]
            let text = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            paragraphs.append(String(text.drop(while: { $0 != ">" }).dropFirst()))
            rest = rest[close.upperBound...]
        }
        return ArticleDraft(source: document.source, title: title, body: paragraphs.map { .init(.paragraph, $0) })
    }
}
