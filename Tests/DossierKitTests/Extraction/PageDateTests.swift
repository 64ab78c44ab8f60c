import Testing
@testable import DossierKit

@Suite struct PageDateTests {
    typealias F = ExtractionFixtures

    static func date(head: String = "", header: String) -> String? {
        F.extractHTML(F.page(head: head, body: "<article><h1>Council budget</h1>\(header)\(F.articleHTML("budget"))</article>")).date
    }

    static let published = "<meta property=\"article:published_time\" content=\"2024-03-05T09:00:00Z\">"

    @Test func theDateShownInATimeElementWinsOverTheDeclaredOne() {
        let header = "<p><time datetime=\"2024-06-01\">June 1, 2024</time></p>"
        #expect(Self.date(head: Self.published, header: header) == "2024-06-01")
    }

    @Test func anUnconfirmedUpdateNoteLeavesTheDeclaredDate() {
        #expect(Self.date(head: Self.published, header: "<p>Updated June 1, 2024</p>") == "2024-03-05T09:00:00Z")
    }

    @Test func anUpdateNoteAfterTheDateDoesNotMakeItAnUpdate() {
        #expect(Self.date(header: "<p>May 2, 2024 - Updated June 1, 2024</p>") == "2024-05-02")
    }

    @Test func aDateWrittenMonthFirstWithDotsIsReadAsTheDeclaredOne() {
        let head = "<meta property=\"article:published_time\" content=\"2024-09-10T16:07:00Z\">"
        #expect(Self.date(head: head, header: "<p class=\"post-date\">09.10.2024</p>") == "2024-09-10T16:07:00Z")
    }

    @Test func aPageWithOnlyAnUpdateNoteGivesItsDate() {
        #expect(Self.date(header: "<p>Updated October 23, 2025</p>") == "2025-10-23")
    }

    @Test func aShownDateTheDeclaredRevisionConfirmsWins() {
        let head = Self.published + "<meta property=\"article:modified_time\" content=\"2024-06-01T10:00:00Z\">"
        #expect(Self.date(head: head, header: "<p>June 1, 2024</p>") == "2024-06-01")
    }

    @Test func aPublicationDateUnderASiteOwnKeyIsRead() {
        #expect(Self.date(head: "<meta name=\"page-published\" content=\"July 17, 2025\">", header: "") == "2025-07-17")
    }

    @Test func aSiteOwnPublicationKeyLaterThanTheRevisionIsNotThePublication() {
        let head = "<meta name=\"published-time\" content=\"2026-03-09T08:45:00Z\"><meta name=\"modified-date\" content=\"2024-07-30\">"
            + "<meta name=\"published-date\" content=\"2021-02-16\">"
        #expect(Self.date(head: head, header: "") == "2021-02-16")
    }

    @Test func aPageDeclaringOnlyItsRevisionGivesThatDate() {
        #expect(Self.date(head: "<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42Z\">", header: "") == "2023-06-12T10:39:42Z")
    }

    @Test func aShownDateAnyDeclaredDateConfirmsWins() {
        let head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-03-05T09:00:00Z\"}</script>"
            + "<meta name=\"date\" content=\"June 1, 2024\">"
        #expect(Self.date(head: head, header: "<p>June 1, 2024</p>") == "2024-06-01")
    }

    @Test func aDeclaredPublicationAtOrAfterTheRevisionGivesWayToTheShownDate() {
        let stamped = "<meta property=\"article:published_time\" content=\"2025-11-05T10:00:00Z\">"
            + "<meta property=\"article:modified_time\" content=\"2025-11-05T10:00:00Z\">"
        #expect(Self.date(head: stamped, header: "<p>January 31, 2024</p>") == "2024-01-31")
        let ordered = "<meta property=\"article:published_time\" content=\"2025-11-04T10:00:00Z\">"
            + "<meta property=\"article:modified_time\" content=\"2025-11-05T10:00:00Z\">"
        #expect(Self.date(head: ordered, header: "<p>January 31, 2024</p>") == "2025-11-04T10:00:00Z")
    }

    @Test func aDeclaredDateThatCouldBeReadEitherWayFollowsTheDateShownInWords() {
        let head = "<meta property=\"article:published_time\" content=\"03-09-2026\">"
        #expect(Self.date(head: head, header: "<p>Published March 9, 2026</p>") == "2026-03-09")
    }

    @Test func aPageWithNoOtherDateGivesTheDateWrittenAtTheStoryEnd() {
        let page = F.page(body: "<article><h1>Council budget</h1>\(F.articleHTML("budget"))"
            + "<p>Posted on the 15/12/2025 at 19:00 by Jane Doe</p></article>")
        #expect(F.extractHTML(page).date == "2025-12-15")
    }

    @Test func theDateUnderTheTitleWinsOverTheDayInTheMasthead() {
        let page = F.page(body: "<header><p>Wednesday, December 17, 2025</p></header><article><h1>Council budget</h1>"
            + "<p><time>03/01/2017</time></p>\(F.articleHTML("budget"))</article>")
        #expect(F.extractHTML(page).date == "2017-03-01")
    }

    @Test func theDateEvidenceOfAPageIsWhatItDeclaresAndShows() {
        let head = Self.published + "<meta property=\"article:modified_time\" content=\"2024-06-01T10:00:00Z\">"
        let page = F.page(head: head, body: "<article><h1>Council budget</h1><p>Updated June 1, 2024</p>\(F.articleHTML("budget"))</article>")
        let evidence = ArticleExtractor().dateEvidence(RawDocument(source: "page.html", bytes: page, format: .html))
        #expect(evidence == DateEvidence(published: "2024-03-05T09:00:00Z", modified: "2024-06-01T10:00:00Z", shownUpdate: "2024-06-01"))
        #expect(ArticleExtractor().dateEvidence(RawDocument(source: "page.txt", bytes: Array("June 1, 2024".utf8), format: .text)) == nil)
    }
}
