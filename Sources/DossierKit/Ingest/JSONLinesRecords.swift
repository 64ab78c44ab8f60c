import Foundation

/// JSON Lines exports: one object a line. Common field names are recognized: the body from
/// `html`/`raw_html`/`content_html` (extracted as a page) or `text`/`body`/`content`/
/// `articleBody`/`main_content` (extracted as text), with `title`, `author`/`byline`,
/// `date`/`published`/`publish_date` and `section` kept as given, and the first of
/// `url`/`canonical_url`/`source_url`/`link` that `ArticleURL` accepts as the page's address.
enum JSONLinesRecords {
    static let htmlKeys = ["html", "raw_html", "content_html", "page"]
    static let textKeys = ["text", "body", "articleBody", "article_body", "content", "main_content", "maintext"]
    static let urlKeys = ["url", "canonical_url", "source_url", "link"]

    /// The document of one line, named `source` (`path:LINE`); a problem when the line is not
    /// a usable record; nil for a blank line.
    static func record(_ line: ArraySlice<UInt8>, source: String) -> Result<RawDocument, DossierError>? {
        guard line.contains(where: { !ContentSniffing.isBlank($0) }) else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .failure(.badInput(source, reason: "not a JSON object"))
        }
        func string(_ keys: [String]) -> String? {
            for key in keys {
                if let value = object[key] as? String, !value.isEmpty { return value }
            }
            return nil
        }
        let known = ArticleDraft(
            source: source,
            title: string(["title", "headline"]),
            subtitle: string(["subtitle", "description", "dek"]),
            byline: string(["author", "byline", "authors"]) ?? (object["authors"] as? [String])?.joined(separator: ", "),
            date: string(["date", "published", "publish_date", "date_published", "datePublished"]),
            section: string(["section", "category"]),
            url: urlKeys.lazy.compactMap { (object[$0] as? String).flatMap(ArticleURL.accepted) }.first
        )
        if let html = string(htmlKeys) {
            return .success(RawDocument(source: source, bytes: DocumentBytes.prepared(Array(html.utf8)), format: .html, known: known))
        }
        if let text = string(textKeys) {
            return .success(RawDocument(source: source, bytes: DocumentBytes.prepared(Array(text.utf8)), format: .text, known: known))
        }
        return .failure(.badInput(source, reason: "no text or html field"))
    }
}
