import Testing
@testable import DossierKit

@Suite struct HTMLMetadataTests {
    typealias F = ExtractionFixtures

    @Test func titleIsTheHeadingTheDeclaredTitlesAgreeWith() {
        let head = "<title>Council budget | The Gazette</title><meta property=\"og:title\" content=\"Council budget\">"
        let body = "<div class=\"logo\"><h1>The Gazette</h1></div><article><h1>Council budget</h1>\(F.articleHTML("budget"))</article>"
        let article = F.extractHTML(F.page(head: head, body: body))
        #expect(article.title == "Council budget")
        #expect(!article.bodyText.contains("Council budget\n"))
        #expect(F.blockTexts(article).first?.hasPrefix("The budget report") == true)
    }

    @Test func aPageWithoutHeadingTakesItsTitleWithoutTheSiteName() {
        let head = "<title>Harbour festival draws record crowds - The Gazette</title>"
        let article = F.extractHTML(F.page(head: head, body: "<div>\(F.articleHTML("festival"))</div>"))
        #expect(article.title == "Harbour festival draws record crowds")
    }

    @Test func bylineFromAVisibleByLine() {
        let body = "<article><h1>Council budget</h1><p class=\"byline\">By Jane Doe | March 5, 2024</p>\(F.articleHTML("budget"))</article>"
        let article = F.extractHTML(F.page(body: body))
        #expect(article.byline == "Jane Doe")
        #expect(article.date == "2024-03-05")
        #expect(!article.bodyText.contains("Jane Doe"))
    }

    @Test func bylineAndDateFromJSONLD() {
        let jsonLD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Council budget","datePublished":"2024-03-05T09:30:00+01:00",
            "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],"articleSection":"Local"}</script>
            """
        let article = F.extractHTML(F.page(head: jsonLD, body: "<article><h1>Council budget</h1>\(F.articleHTML("budget"))</article>"))
        #expect(article.byline == "Jane Doe and John Roe")
        #expect(article.date == "2024-03-05T09:30:00+01:00")
        #expect(article.section == "Local")
    }

    @Test func dateAndAuthorFromMetaTags() {
        let head = """
            <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2023-11-19">
            <meta property="article:section" content="Politics">
            """
        let article = F.extractHTML(F.page(head: head, body: "<article><h1>Council budget</h1>\(F.articleHTML("budget"))</article>"))
        #expect(article.byline == "Jane Doe")
        #expect(article.date == "2023-11-19")
        #expect(article.section == "Politics")
    }

    @Test func dateFromATimeElement() {
        let body = "<article><h1>Council budget</h1><time datetime=\"2022-07-01T08:00:00Z\">1 July</time>\(F.articleHTML("budget"))</article>"
        #expect(F.extractHTML(F.page(body: body)).date == "2022-07-01T08:00:00Z")
    }

    @Test func subtitleIsTheDekUnderTheTitle() {
        let body = """
            <article><h1>Council budget</h1><p class="dek">The plan goes back to committee after a long night of debate</p>
            \(F.articleHTML("budget"))</article>
            """
        let article = F.extractHTML(F.page(body: body))
        #expect(article.subtitle == "The plan goes back to committee after a long night of debate")
        #expect(!article.bodyText.contains("goes back to committee"))
    }

    @Test func metaTextEscapedTwiceIsDecoded() {
        let head = "<meta property=\"og:title\" content=\"Rock &amp;#8217;n&amp;#8217; roll &amp;amp; more\">"
        let article = F.extractHTML(F.page(head: head, body: "<div>\(F.articleHTML("music"))</div>"))
        #expect(article.title == "Rock ’n’ roll & more")
    }

    @Test func aFirstLevelHeadingThatIsTheSitesLogoIsNotTheTitle() {
        let head = "<meta property=\"og:title\" content=\"Council budget goes back to committee\">"
        let body = "<header><h1><a href=\"/\">The Gazette</a></h1></header><article><h2>Council budget goes back to committee</h2>"
            + F.articleHTML("budget") + "</article>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "Council budget goes back to committee")
    }

    @Test func aHeadingWithADateBeforeTheDeclaredTitleGivesTheDeclaredTitle() {
        let head = "<meta property=\"og:title\" content=\"Council budget goes back to committee\">"
        let body = "<article><h1><a href=\"/2024/05/02/budget\">May 2, 2024 Council budget goes back to committee</a></h1>"
            + F.articleHTML("budget") + "</article>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "Council budget goes back to committee")
    }

    @Test func aFirstLevelHeadingFarBelowTheStoryGivesWayToTheDeclaredTitle() {
        let head = "<title>Council budget goes back to committee | The Gazette</title>"
        let body = "<article>\(F.articleHTML("budget"))</article><div class=\"contact\"><h1>Contact us</h1><p>Write to the newsroom.</p></div>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "Council budget goes back to committee")
    }

    @Test func theSitesDeclaredNameIsCutFromAShortTitle() {
        let head = "<title>Climate | Economic Research Service</title><meta property=\"og:site_name\" content=\"Economic Research Service\">"
        #expect(F.extractHTML(F.page(head: head, body: "<div>\(F.articleHTML("climate"))</div>")).title == "Climate")
    }

    @Test func aKickerBeforeTheDeclaredTitleInTheHeadingIsLeftOut() {
        let head = "<title>Council budget goes back to committee | The Gazette</title>"
        let body = "<article><h1>News: Council budget goes back to committee</h1>" + F.articleHTML("budget") + "</article>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "Council budget goes back to committee")
    }

    @Test func aColonAfterSeveralWordsIsTheHeadlinesOwn() {
        let head = "<title>Council budget goes back to committee | The Gazette</title>"
        let body = "<article><h1>Council budget goes back to committee: what changes for schools</h1>" + F.articleHTML("budget") + "</article>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "Council budget goes back to committee: what changes for schools")
    }

    @Test func aSecondLevelHeadingTheDeclaredTitleAgreesWithWinsOverALabel() {
        let head = "<title>Council budget goes back to committee | Gazette</title>"
        let body = "<article><h1>Local news</h1><h2>Council budget goes back to committee</h2>" + F.articleHTML("budget") + "</article>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "Council budget goes back to committee")
    }

    @Test func aLabelStaysTheTitleWhenTheDeclaredTitleWasCutToHalf() {
        let head = "<title>Council budget explained - a guide for every parent | Gazette</title>"
        let body = "<article><h1>What the new council budget means</h1><h2>Council budget explained</h2>" + F.articleHTML("budget") + "</article>"
        #expect(F.extractHTML(F.page(head: head, body: body)).title == "What the new council budget means")
    }
}
