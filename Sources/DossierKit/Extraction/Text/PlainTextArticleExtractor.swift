/// Placeholder until the line-statistics extractor is written.
enum PlainTextArticleExtractor {
    static func extract(_ text: String, source: String) -> ArticleDraft {
        let paragraphs = text.components(separatedBy: "\n\n")
            .map { TextNormalization.cleanLine($0) }
            .filter { $0.split(separator: " ").count >= 8 }
        return ArticleDraft(source: source, body: paragraphs.map { .init(.paragraph, $0) })
    }
}
