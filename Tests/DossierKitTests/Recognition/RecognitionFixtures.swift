@testable import DossierKit

/// The shipped recognizer, loaded once for the recognition tests, and helpers that run it
/// on sentences the tests write.
enum RecognitionFixtures {
    static let recognizer: EntityRecognizer? = try? EntityRecognizer.shipped()

    /// An article whose title and paragraphs are the given texts.
    static func article(title: String = "Report", _ paragraphs: String...) -> Article {
        Article(draft: ArticleDraft(source: "test", title: title, body: paragraphs.map { .init(.paragraph, $0) }))
    }

    /// The mentions of an article with the text each covers.
    static func mentions(in article: Article) throws -> [(text: String, mention: RecognizedMention)] {
        guard let recognizer else { throw RecognitionError.missingResource("the shipped model") }
        return recognizer.recognize(article).map { (String(article[$0.range]), $0) }
    }

    static func mentions(_ paragraph: String) throws -> [(text: String, mention: RecognizedMention)] {
        try mentions(in: article(paragraph))
    }
}
