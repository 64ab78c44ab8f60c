import Testing
@testable import DossierKit

@Suite struct ArticleTests {
    @Test func readingTextJoinsTitleSubtitleAndBlocksWithBlankLines() {
        let article = Article(draft: ArticleDraft(
            source: "a.txt", title: "Title", subtitle: "Dek",
            body: [.init(.paragraph, "First."), .init(.heading, "Part"), .init(.quote, "“Said.”")]))
        #expect(article.text == "Title\n\nDek\n\nFirst.\n\nPart\n\n“Said.”")
        #expect(article.titleRange.map { article[$0] } == "Title")
        #expect(article.subtitleRange.map { article[$0] } == "Dek")
        #expect(article.blocks.map { String(article[$0.range]) } == ["First.", "Part", "“Said.”"])
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .quote])
        #expect(article.bodyText == "First.\n\nPart\n\n“Said.”")
    }

    @Test func rangesAreUTF8OffsetsThroughMultibyteText() {
        let article = Article(draft: ArticleDraft(source: "a", title: "Café — 東京", body: [.init(.paragraph, "Ünïcode 👩‍👩‍👧 text")]))
        let block = article.blocks[0]
        #expect(article[block.range] == "Ünïcode 👩‍👩‍👧 text")
        #expect(block.range.start == "Café — 東京\n\n".utf8.count)
    }

    @Test func whitespaceAndInvisibleCharactersAreNormalized() {
        let article = Article(draft: ArticleDraft(
            source: "a", title: "  A\u{00A0}title\u{200B} ", body: [.init(.paragraph, "one\n two\tthree\u{FEFF}"), .init(.paragraph, " \n ")]))
        #expect(article.title == "A title")
        #expect(article.blocks.count == 1)
        #expect(article[article.blocks[0].range] == "one two three")
    }

    @Test func anArticleWithoutTitleTakesItsFirstSentence() {
        let article = Article(draft: ArticleDraft(source: "a", body: [
            .init(.paragraph, "The U.S. envoy met Mr. Smith in Minsk. Then he left."),
        ]))
        #expect(article.title == "The U.S. envoy met Mr. Smith in Minsk.")
        #expect(article.titleRange == nil)
        #expect(article.text == "The U.S. envoy met Mr. Smith in Minsk. Then he left.", "the first sentence is shown once")
    }

    @Test func anArticleWithNothingReadableHasAnEmptyText() {
        let article = Article(draft: ArticleDraft(source: "a", body: []))
        #expect(article.title == "Untitled")
        #expect(article.text.isEmpty)
        #expect(article.titleRange == nil && article.blocks.isEmpty)
    }

    @Test func aLongFirstSentenceIsCutAtAWordBoundary() {
        let sentence = String(repeating: "word ", count: 40) + "end."
        let article = Article(draft: ArticleDraft(source: "a", body: [.init(.paragraph, sentence)]))
        #expect(article.title.count <= TitleFallback.maximumLength + 1)
        #expect(article.title.hasSuffix("word…"))
    }

    @Test func scalarOffsetsCountUnicodeScalarsNotBytes() {
        let text = "é👍 ab"
        let utf8 = [0, "é".utf8.count, "é👍 ".utf8.count, text.utf8.count]
        #expect(ScalarOffsets.convert(utf8, in: text) == [0, 1, 3, 5])
        #expect(ScalarOffsets.convert([text.utf8.count, 0], in: text) == [5, 0])
    }
}
