@testable import DossierKit

/// Builders for the pages and dumps the extraction tests use: text the tests write themselves.
enum ExtractionFixtures {
    /// A paragraph of story text about `topic`, long enough to read as prose.
    static func paragraph(_ topic: String, _ number: Int) -> String {
        "The \(topic) report, part \(number), describes how the council weighed the budget, heard from residents "
            + "at length and agreed, after a long evening of debate, to revisit the plan in the spring."
    }

    static func story(_ topic: String, paragraphs: Int = 5) -> [String] {
        (1...paragraphs).map { paragraph(topic, $0) }
    }

    /// A page: `head` inside <head>, `body` inside <body>.
    static func page(head: String = "", body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }

    static let menu = """
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        """

    static func articleHTML(_ topic: String, paragraphs: Int = 5) -> String {
        story(topic, paragraphs: paragraphs).map { "<p>\($0)</p>" }.joined()
    }

    static func extractHTML(_ bytes: [UInt8], source: String = "page.html") -> Article {
        ArticleExtractor().extract(RawDocument(source: source, bytes: bytes, format: .html))
    }

    static func extractText(_ text: String, source: String = "page.txt") -> Article {
        ArticleExtractor().extract(RawDocument(source: source, bytes: Array(text.utf8), format: .text))
    }

    static func blockTexts(_ article: Article) -> [String] {
        article.blocks.map { String(article[$0.range]) }
    }
}
