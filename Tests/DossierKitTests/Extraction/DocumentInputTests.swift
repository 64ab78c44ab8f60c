import Testing
@testable import DossierKit

/// Charsets, mojibake and structured records as they reach the extractor.
@Suite struct DocumentInputTests {
    typealias F = ExtractionFixtures

    @Test func aPageInItsDeclaredCharsetDecodes() {
        let html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u{E9} news</title></head><body><article><h1>Caf\u{E9} opens</h1>"
            + "<p>It\u{2019}s the caf\u{E9} that everyone in the old town had waited for since the spring, and it opened on Monday.</p>"
            + "<p>The owners said the caf\u{E9} would stay open late on Fridays and serve food from the harbour market nearby.</p></article></body></html>"
        let bytes = Array(html.unicodeScalars.map { scalar -> UInt8 in
            scalar.value == 0x2019 ? 0x92 : UInt8(scalar.value)
        })
        let article = F.extractHTML(bytes)
        #expect(article.title == "Café opens")
        #expect(article.bodyText.hasPrefix("It’s the café"))
    }

    @Test func mojibakeInAPageIsRepaired() {
        let html = "<article><h1>Council budget</h1><p>Itâ€™s the councilâ€™s plan, and members said it would be revisited after a long evening of debate.</p>"
            + "<p>\(F.paragraph("budget", 2))</p></article>"
        let article = F.extractHTML(F.page(body: html))
        #expect(article.bodyText.hasPrefix("It’s the council’s plan"))
    }

    @Test func mojibakeInPlainTextIsRepaired() {
        let article = F.extractText("Itâ€™s the councilâ€™s plan, and members said it would be revisited after a long evening of debate.")
        #expect(article.bodyText.hasPrefix("It’s the council’s plan"))
    }

    @Test func fieldsARecordGaveWinOverExtraction() {
        let known = ArticleDraft(source: "feed.jsonl:1", title: "Given title", byline: "Given Author", date: "March 5, 2024", section: "Given")
        let document = RawDocument(source: "feed.jsonl:1", bytes: F.page(body: "<article><h1>Page title</h1>\(F.articleHTML("budget"))</article>"),
                                   format: .html, known: known)
        let article = ArticleExtractor().extract(document)
        #expect(article.title == "Given title")
        #expect(article.byline == "Given Author")
        #expect(article.date == "2024-03-05")
        #expect(article.section == "Given")
        #expect(article.bodyText.contains("part 5"))
    }
}

@Suite struct PageTextDumpTests {
    @Test func blocksOnTheirOwnLinesParagraphsApart() {
        let html = "<html><head><title>Page</title></head><body><ul><li><a href=\"/\">Home</a></li><li>World</li></ul>"
            + "<h1>Headline</h1><p>First paragraph.</p><div>Line one</div><div>Line two</div><p>Second <b>bold</b> paragraph.</p>"
            + "<script>hidden()</script></body></html>"
        let dump = PageTextDump.text(ofPage: Array(html.utf8))
        #expect(dump == "Page\n\nHome\nWorld\n\nHeadline\n\nFirst paragraph.\n\nLine one\nLine two\n\nSecond bold paragraph.")
    }
}
