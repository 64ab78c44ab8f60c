import Testing
@testable import DossierKit

/// Headlines a page shows in another form than its declared title.
@Suite struct PageTitleFormsTests {
    typealias F = ExtractionFixtures

    static func title(head: String, heading: String) -> String? {
        F.extractHTML(F.page(head: head, body: "<article>\(heading)\(F.articleHTML("budget"))</article>")).title
    }

    @Test func aDeclaredTitleWithTheCountOrYearTheHeadingDropsIsTheTitle() {
        #expect(Self.title(head: "<title>8 Budget Lines to Watch - The Gazette</title>", heading: "<h1>Budget Lines to Watch</h1>")
            == "8 Budget Lines to Watch")
        #expect(Self.title(head: "<title>Best Budget Apps in 2025</title>", heading: "<h1>Best Budget Apps</h1>") == "Best Budget Apps in 2025")
    }

    @Test func aDeclaredTitleWithOtherWordsAddedDoesNotReplaceTheHeading() {
        #expect(Self.title(head: "<title>Best Budget Apps for Families</title>", heading: "<h1>Best Budget Apps</h1>") == "Best Budget Apps")
    }

    @Test func theSitesNameAfterTheHeadingIsCut() {
        let head = "<meta property=\"og:site_name\" content=\"The Gazette\">"
        #expect(Self.title(head: head, heading: "<h1>Council budget goes back to committee – The Gazette</h1>") == "Council budget goes back to committee")
        #expect(Self.title(head: head, heading: "<h1>Council budget – a second look</h1>") == "Council budget – a second look")
    }

    @Test func aDomainInTheTitleIsTheSitesName() {
        let article = F.extractHTML(F.page(head: "<title>BUDGET DAY | Gazette.com</title>", body: "<div>\(F.articleHTML("budget"))</div>"))
        #expect(article.title == "BUDGET DAY")
        #expect(TitleCleaning.isDomainName("news.example.org"))
        #expect(!TitleCleaning.isDomainName("Budget Day"))
    }

    @Test func aSiteNameHoldingASeparatorIsCutWhole() {
        let head = "<title>Harbour walks in winter — Jane Doe | Photography</title><meta property=\"og:site_name\" content=\"Jane Doe | Photography\">"
        #expect(F.extractHTML(F.page(head: head, body: "<div>\(F.articleHTML("harbour"))</div>")).title == "Harbour walks in winter")
    }

    @Test func aHeadingWhoseEncodingLostCharactersGivesTheDeclaredTitle() {
        #expect(Self.title(head: "<title>Budget Basics: A Beginner's Guide</title>", heading: "<h1>Budget Basics? A Beginner? Guide</h1>")
            == "Budget Basics: A Beginner's Guide")
        #expect(!TitleCleaning.isSame("Budget Basics: A Beginner's Guide", lostToQuestionMarksIn: "Budget Basics? A Newcomer? Guide"))
        #expect(!TitleCleaning.isSame("Is the budget late", lostToQuestionMarksIn: "Is the budget late?"))
    }

    @Test func aHeadingOfSeveralSentencesGivesWayToTheDeclaredTitle() {
        let summary = "Learn which budget lines matter most to you? Get expert tips on reading the report. We will help you follow every vote."
        #expect(Self.title(head: "<title>The Budget Lines That Matter | The Gazette</title>", heading: "<h1>\(summary)</h1>")
            == "The Budget Lines That Matter")
        #expect(!TitleCleaning.isSeveralSentences("Council budget goes back to committee after a long night of debate over the harbour"))
    }

    @Test func aHeadingBrokenIntoLinesIsReadWhole() {
        #expect(Self.title(head: "<title>Council Budget Night</title>", heading: "<h1>COUNCIL<br>BUDGET<br><span>NIGHT</span></h1>")
            == "COUNCIL BUDGET NIGHT")
    }
}
