import DossierKit

/// What must hold of every article, whatever the input: ranges inside the text, on character
/// boundaries, in order.
public enum Checks {
    public static func article(_ article: Article) {
        let count = article.text.utf8.count
        var previousEnd = 0
        for block in article.blocks {
            precondition(block.range.start >= previousEnd && block.range.end <= count && block.range.start <= block.range.end,
                         "a block outside the text or out of order")
            _ = String(article[block.range])
            previousEnd = block.range.end
        }
        _ = article.title
        _ = try? JSONOutput.line(of: ArticleJSON(article))
        _ = TerminalSanitizer.sanitize(article.text, keepingLineFeeds: true)
    }
}
