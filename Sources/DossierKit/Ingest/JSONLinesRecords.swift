import Foundation

/// JSON Lines exports: one object a line. Common field names are recognized: the body from
/// `html`/`raw_html`/`content_html` (extracted as a page) or `text`/`body`/`content`/
/// `articleBody`/`main_content` (extracted as text), with `title`, `author`/`byline`,
/// `date`/`published`/`publish_date` and `section` kept as given.
enum JSONLinesRecords {
    static let htmlKeys = ["html", "raw_html", "content_html", "page"]
    static let textKeys = ["text", "body", "articleBody", "article_body", "content", "main_content", "maintext"]

    /// The records of a JSON Lines file, and a problem for each line that is not a usable record.
    static func documents(in bytes: [UInt8], path: String) -> (documents: [RawDocument], problems: [DossierError]) {
        var documents: [RawDocument] = []
        var problems: [DossierError] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let source = "\(path):\(lineNumber)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                problems.append(.badInput(source, reason: "not a JSON object"))
                continue
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
                section: string(["section", "category"])
            )
            if let html = string(htmlKeys) {
                documents.append(RawDocument(source: source, bytes: Array(html.utf8), format: .html, known: known))
            } else if let text = string(textKeys) {
                documents.append(RawDocument(source: source, bytes: Array(text.utf8), format: .text, known: known))
            } else {
                problems.append(.badInput(source, reason: "no text or html field"))
            }
        }
        if documents.isEmpty && problems.isEmpty { problems.append(.nothingReadable(path)) }
        return (documents, problems)
    }
}
