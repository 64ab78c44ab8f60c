import Testing
@testable import DossierKit

/// Headings that carry a label beside or instead of the headline the page declares.
@Suite struct PageTitleLabelTests {
    typealias F = ExtractionFixtures

    static func title(head: String, heading: String) -> String? {
        F.extractHTML(F.page(head: head, body: "<article>\(heading)\(F.articleHTML("budget"))</article>")).title
    }

    @Test func aHeadingInCapitalsGivesWayToTheDeclaredTitleAndStaysOutOfTheBody() {
        let head = "<title>Council Budget: What the New Plan Means for Families</title>"
        let article = F.extractHTML(F.page(head: head, body: "<article><h1>SUPPORTING COUNCIL BUDGETS</h1>\(F.articleHTML("budget"))</article>"))
        #expect(article.title == "Council Budget: What the New Plan Means for Families")
        #expect(!article.text.contains("SUPPORTING COUNCIL BUDGETS"))
    }

    @Test func aHeadingInCapitalsStaysTheTitleWhenNoneIsDeclared() {
        #expect(Self.title(head: "", heading: "<h1>SUPPORTING COUNCIL BUDGETS</h1>") == "SUPPORTING COUNCIL BUDGETS")
        #expect(TitleCleaning.isInCapitals("COUNCIL BUDGET NIGHT"))
        #expect(!TitleCleaning.isInCapitals("Council BUDGET Night"))
        #expect(!TitleCleaning.isInCapitals("BUDGET"))
    }

    @Test func aTagTheDeclaredTitleSetsApartIsCutFromTheHeading() {
        #expect(Self.title(head: "<title>Why the council budget failed again | Opinion | The Gazette</title>",
                           heading: "<h1>Why the council budget failed at last | Opinion</h1>") == "Why the council budget failed at last")
    }

    @Test func aTailTheDeclaredTitleDoesNotSetApartOrThatIsLongStays() {
        #expect(Self.title(head: "<title>The budget vote explained | The Gazette</title>",
                           heading: "<h1>Why the council budget failed | Opinion</h1>") == "Why the council budget failed | Opinion")
        let long = "Why the council budget failed again this spring – and what comes next"
        #expect(Self.title(head: "<title>\(long)</title>", heading: "<h1>\(long)</h1>") == long)
    }

    @Test func aHeadingThatIsTheTopicOfTheDeclaredTitleGivesThatTitle() {
        #expect(Self.title(head: "<title>Council Budget: What Changes This Year | The Gazette</title>", heading: "<h1>Council budget</h1>")
            == "Council Budget: What Changes This Year")
        #expect(TitleCleaning.topic(of: "Council Budget: What Changes") == "Council Budget")
        #expect(TitleCleaning.topic(of: "Council budget") == nil)
    }

    @Test func aSitesNameBeforeTheDeclaredTitlesColonIsNoTopic() {
        let head = "<title>Jane's Notes: Budget notes from the harbour</title><meta property=\"og:title\" content=\"Budget notes from the harbour\">"
            + "<meta property=\"og:site_name\" content=\"Jane's Notes\">"
        #expect(Self.title(head: head, heading: "<h1>Jane's Notes</h1>") == "Budget notes from the harbour")
    }
}
