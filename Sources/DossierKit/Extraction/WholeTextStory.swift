/// The story of a text in which extraction found none: every line, as the plain-text
/// extractor reads lines (whitespace cleaned, hard-wrapped paragraphs joined). A short note, a
/// record of a few words or a text the line statistics cannot judge (one made only of
/// combining marks, say) is then shown whole rather than lost.
enum WholeTextStory {
    static func paragraphs(of text: String) -> [ArticleDraft.Piece] {
        PlainTextArticleExtractor.lines(of: text).map { ArticleDraft.Piece(.paragraph, $0.text) }
    }
}
