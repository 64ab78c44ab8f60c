import Testing
@testable import DossierKit

@Suite struct HTMLPlaceholderTests {
    typealias F = ExtractionFixtures

    @Test func placeholderTextOfAnUnfilledBoxStaysOut() {
        let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
            + "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris."
        let html = "<article><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 3))<div class=\"box\"><p>\(filler)</p></div>"
            + "<p>\(F.paragraph("budget", 4))</p></article>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 4,"))
        #expect(!body.contains("Lorem ipsum"))
    }
}
