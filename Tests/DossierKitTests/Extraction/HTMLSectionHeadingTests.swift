import Testing
@testable import DossierKit

@Suite struct HTMLSectionHeadingTests {
    typealias F = ExtractionFixtures

    @Test func aHeadingMarkedAsATableOfContentsTargetStays() {
        let html = """
            <article><h1>Council budget</h1><p>\(F.paragraph("budget", 1))</p>
            <h2 id="toc-what-happens-next">What happens next</h2><p>\(F.paragraph("budget", 2))</p>
            <h2 id="toc_who-pays">Who pays for it</h2><p>\(F.paragraph("budget", 3))</p></article>
            """
        let article = F.extractHTML(F.page(body: html))
        #expect(F.blockTexts(article).contains("What happens next"))
        #expect(F.blockTexts(article).contains("Who pays for it"))
    }
}
