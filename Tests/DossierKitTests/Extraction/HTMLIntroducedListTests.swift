import Testing
@testable import DossierKit

@Suite struct HTMLIntroducedListTests {
    typealias F = ExtractionFixtures

    static let links = ["Fix volatile loads and stores", "Add support for packed structures", "Allow casts between integers and pointers"]

    static func linkList(_ titles: [String]) -> String {
        "<ul>" + titles.enumerated().map { "<li><p><a href=\"/change/\($0.offset)\">\($0.element)</a></p></li>" }.joined() + "</ul>"
    }

    @Test func linkedItemsOfAListTheStoryIntroducesStay() {
        let html = "<article><h1>Compiler report</h1>\(F.articleHTML("compiler", paragraphs: 2))"
            + "<p>Many patches were sent for review:</p>\(Self.linkList(Self.links))"
            + "<p>\(F.paragraph("compiler", 3))</p></article>"
        let blocks = F.blockTexts(F.extractHTML(F.page(body: html)))
        for title in Self.links { #expect(blocks.contains(title)) }
        #expect(blocks.contains { $0.contains("part 3,") })
    }

    @Test func linkedItemsWithoutAnIntroductionStayOut() {
        let html = "<article><h1>Compiler report</h1>\(F.articleHTML("compiler", paragraphs: 2))"
            + "<p>\(F.paragraph("compiler", 3))</p>\(Self.linkList(Self.links))"
            + "<p>\(F.paragraph("compiler", 4))</p></article>"
        let blocks = F.blockTexts(F.extractHTML(F.page(body: html)))
        for title in Self.links { #expect(!blocks.contains(title)) }
        #expect(blocks.contains { $0.contains("part 4,") })
    }
}
