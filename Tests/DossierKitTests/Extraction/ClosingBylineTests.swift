import Testing
@testable import DossierKit

/// Writers a page names only under its story, in the forms blogs and small sites use.
@Suite struct ClosingBylineTests {
    typealias F = ExtractionFixtures

    static func byline(under story: String) -> String? {
        F.extractHTML(F.page(body: "<article><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 9))\(story)</article>")).byline
    }

    @Test func aLoneLabelHeadingIsFollowedByTheName() {
        #expect(Self.byline(under: "<h2>Article by</h2><div>Jane Doe</div>") == "Jane Doe")
    }

    @Test func aLabelWithinASentenceNamesTheWriter() {
        #expect(Self.byline(under: "<p>This post was written by Jane Doe, head of research at the Gazette.</p>") == "Jane Doe")
    }

    @Test func aPostedByLineWithADateGivesTheFirstNameAlone() {
        #expect(Self.byline(under: "<p>Posted by Jane at December 16, 2025 11:15 AM</p>") == "Jane")
    }

    @Test func aHeadingOpeningWithAuthorIsNotASignature() {
        #expect(Self.byline(under: "<h2>Author Spotlight</h2><p>Meet the people who write for us every week.</p>") == nil)
    }

    @Test func theWordBeforeADateGoesWithIt() {
        #expect(MetadataLines.cleanByline("Posted by Jane Doe at May 2, 2024 11:15 AM") == "Jane Doe")
        #expect(MetadataLines.cleanByline("By Jane Doe on May 2, 2024") == "Jane Doe")
    }
}
