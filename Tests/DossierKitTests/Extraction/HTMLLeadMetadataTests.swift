import Testing
@testable import DossierKit

@Suite struct HTMLLeadMetadataTests {
    typealias F = ExtractionFixtures

    @Test func bylineAndDateLinesAboveTheFirstParagraphStayOut() {
        let html = """
            <article><h1>Council budget</h1><p>A short kicker line above the story</p>
            <p>Jane Doe · May 2, 2024</p><p>Updated May 3, 2024</p>\(F.articleHTML("budget", paragraphs: 3))</article>
            """
        let texts = F.blockTexts(F.extractHTML(F.page(body: html)))
        #expect(texts.contains("A short kicker line above the story"))
        #expect(!texts.contains("Jane Doe · May 2, 2024"))
        #expect(!texts.contains("Updated May 3, 2024"))
        #expect(texts.contains(F.paragraph("budget", 3)))
    }

    @Test func aDateLineInsideTheStoryStays() {
        let html = "<article><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 2))<p>May 2, 2024</p>"
            + "<p>\(F.paragraph("budget", 3))</p></article>"
        #expect(F.blockTexts(F.extractHTML(F.page(body: html))).contains("May 2, 2024"))
    }
}
