import DossierKit
import Testing
@testable import DossierReader

@Suite struct ArticleLinesTests {
    let article = Article(draft: ArticleDraft(source: "a", title: "A title", body: [
        .init(.paragraph, "one two three four five six"),
        .init(.listItem, "alpha beta gamma"),
    ]))

    @Test func rowsAreLinesWithBlankRowsBetweenParagraphs() {
        let lines = ArticleLines(article: article, width: 10)
        let rows = lines.rows(from: lines.first, count: 20)
        let texts = rows.map { row in row.map { $0.lead + String(article[$0.range]) } ?? "" }
        #expect(texts == ["A title", "", "one two", "three four", "five six", "", "• alpha", "  beta", "  gamma"])
    }

    @Test func positionOfAnOffsetIsTheRowHoldingIt() throws {
        let lines = ArticleLines(article: article, width: 10)
        let three = article.text.utf8.count - "three four five six\n\nalpha beta gamma".utf8.count
        let position = lines.position(containing: three + 2)
        #expect(position == ArticleLines.Position(paragraph: 1, line: 1))
        #expect(lines.offset(of: position) == three)
        // Between paragraphs is the blank row.
        #expect(lines.position(containing: try #require(article.titleRange).end) == ArticleLines.Position(paragraph: 0, line: 1))
    }

    @Test func anArticleWithNoTextHasOneEmptyRow() {
        let empty = Article(draft: ArticleDraft(source: "a", body: []))
        let lines = ArticleLines(article: empty, width: 10)
        #expect(lines.first == lines.last)
        #expect(lines.position(lines.first, movedBy: 3) == lines.first)
        #expect(lines.rows(from: lines.first, count: 2).compactMap { $0 }.count == 1)
    }

    @Test func movingStopsAtBothEnds() {
        let lines = ArticleLines(article: article, width: 10)
        #expect(lines.position(lines.first, movedBy: -5) == lines.first)
        #expect(lines.position(lines.first, movedBy: 100) == lines.last)
        #expect(lines.position(lines.last, movedBy: -2) == ArticleLines.Position(paragraph: 2, line: 0))
        #expect(lines.position(lines.position(lines.first, movedBy: 4), movedBy: -4) == lines.first)
    }
}
