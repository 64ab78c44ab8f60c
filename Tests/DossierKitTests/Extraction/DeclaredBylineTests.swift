import Testing
@testable import DossierKit

/// Declared writers against lines near the title that only look like bylines.
@Suite struct DeclaredBylineTests {
    typealias F = ExtractionFixtures

    static let jsonLD = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Council budget",
        "author":{"@type":"Person","name":"%@"}}</script>
        """

    static func byline(author: String, body: String) -> String? {
        F.extractHTML(F.page(head: jsonLD.replacingOccurrences(of: "%@", with: author), body: body)).byline
    }

    @Test func aTeaserCardsByLineNearTheTitleGivesWayToTheDeclaredWriter() {
        let card = "<aside><a href=\"/other-story\"><span>Harbour plans</span><p>by John Roe</p></a></aside>"
        let body = "<article><h1>Council budget</h1>\(card)\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(author: "Jane Doe", body: body) == "Jane Doe")
    }

    @Test func aShownByLineWithALinkedNameStillCounts() {
        let body = "<article><h1>Council budget</h1><p>By <a href=\"/staff/john-roe\">John Roe</a></p>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(author: "Jane Doe", body: body) == "John Roe")
    }

    @Test func aDeclaredNameWithItsLabelLosesTheLabel() {
        let body = "<article><h1>Council budget</h1>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(author: "By Jane Doe", body: body) == "Jane Doe")
    }
}
