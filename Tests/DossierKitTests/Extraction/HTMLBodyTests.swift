import Testing
@testable import DossierKit

@Suite struct HTMLBodyTests {
    typealias F = ExtractionFixtures

    @Test func menuLinesStayOutOfTheBody() {
        let article = F.extractHTML(F.page(body: F.menu + "<main><article><h1>Council budget</h1>\(F.articleHTML("budget"))</article></main>"))
        let body = article.bodyText
        #expect(body.contains("part 1"))
        #expect(body.contains("part 5"))
        #expect(!body.contains("Business"))
        #expect(!body.contains("Home"))
    }

    @Test func teaserCardsAfterTheStoryStayOut() {
        let teasers = (1...4).map { number in
            "<div class=\"card\"><h3><a href=\"/s\(number)\">Another story number \(number) about elsewhere</a></h3>"
                + "<p>A short summary of another story that readers might click on next.</p></div>"
        }.joined()
        let html = "<article><h1>Council budget</h1>\(F.articleHTML("budget"))</article><section class=\"more\">\(teasers)</section>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 5"))
        #expect(!body.contains("short summary"))
        #expect(!body.contains("Another story"))
    }

    @Test func captionsAndCreditsStayOutOfTheBody() {
        let html = """
            <article><h1>Council budget</h1><p>\(F.paragraph("budget", 1))</p>
            <figure><img src="a.jpg"><figcaption>The council chamber on Monday evening, where members met.</figcaption></figure>
            <p>\(F.paragraph("budget", 2))</p><p>Photo: Jane Doe for the Gazette</p><p>\(F.paragraph("budget", 3))</p></article>
            """
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 3"))
        #expect(!body.contains("council chamber"))
        #expect(!body.contains("Jane Doe"))
    }

    @Test func blocksKeepTheirKindsAndOrder() {
        let html = """
            <article><h1>Council budget</h1><p>\(F.paragraph("budget", 1))</p><h2>What happens next</h2>
            <p>\(F.paragraph("budget", 2))</p><blockquote><p>We will look at every line of it again in the spring.</p></blockquote>
            <ul><li>Roads and bridges first, then the parks.</li><li>Libraries after the summer.</li></ul>
            <p>\(F.paragraph("budget", 3))</p></article>
            """
        let article = F.extractHTML(F.page(body: html))
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .quote, .listItem, .listItem, .paragraph])
        #expect(F.blockTexts(article)[1] == "What happens next")
    }

    @Test func nestedLayoutTablesStillGiveTheStory() {
        let html = """
            <table><tr><td>\(F.menu)</td><td><table><tr><td><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 4))
            </td></tr></table></td><td><a href="/a">Weather</a> <a href="/b">Markets</a></td></tr></table>
            """
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 1"))
        #expect(body.contains("part 4"))
        #expect(!body.contains("Weather"))
    }

    @Test func aPageWithTwoArticlesGivesTheMainOne() {
        let html = """
            <main><article><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 6))</article>
            <article><h2>Harbour festival</h2><p>\(F.paragraph("festival", 1))</p></article></main>
            """
        let article = F.extractHTML(F.page(body: html))
        #expect(article.title == "Council budget")
        #expect(article.bodyText.contains("budget report, part 6"))
        #expect(!article.bodyText.contains("festival"))
    }

    @Test func hiddenTextAndScriptsStayOut() {
        let html = """
            <article><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 3))
            <p style="display: none">Hidden tracking text.</p><script>var x = "script text";</script>
            <!-- a comment with words --><style>p { color: red }</style></article>
            """
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 3"))
        #expect(!body.contains("Hidden"))
        #expect(!body.contains("script text"))
        #expect(!body.contains("comment"))
        #expect(!body.contains("color"))
    }

    @Test func collapsedPanelsOfTheStoryAreRead() {
        let panels = (1...3).map { number in
            "<h2>Step \(number)</h2><div class=\"panel\" hidden><p>\(F.paragraph("budget", number * 2))</p><p>\(F.paragraph("budget", number * 2 + 1))</p></div>"
        }.joined()
        let html = "<article><h1>Council budget</h1><p>\(F.paragraph("budget", 1))</p>\(panels)</article>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 1,"))
        #expect(body.contains("part 4,"))
        #expect(body.contains("part 7,"))
    }

    @Test func aStoryHiddenUntilAScriptRunsIsRead() {
        let links = (1...40).map { "<li><a href=\"/section/\($0)\">Section of the site number \($0)</a></li>" }.joined()
        let html = "<nav><ul>\(links)</ul></nav><p>Loading</p><div hidden><h1>Council budget</h1>\(F.articleHTML("budget", paragraphs: 3))</div>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 1,"))
        #expect(body.contains("part 3,"))
    }

    @Test func aHiddenNoticeBesideAShownStoryStaysOut() {
        let notice = "<div class=\"dialog\" hidden><p>\(F.paragraph("cookie", 1))</p><p>\(F.paragraph("cookie", 2))</p></div>"
        let html = "<article><h1>Council budget</h1>\(F.articleHTML("budget"))</article>\(notice)"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("budget report, part 5"))
        #expect(!body.contains("cookie"))
    }

    @Test func stockLinesInsideTheStoryAreDropped() {
        let html = """
            <article><h1>Council budget</h1><p>\(F.paragraph("budget", 1))</p><p>Advertisement</p>
            <p>\(F.paragraph("budget", 2))</p><p>Share this article</p><p>\(F.paragraph("budget", 3))</p></article>
            """
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 3"))
        #expect(!body.contains("Advertisement"))
        #expect(!body.contains("Share this"))
    }

    @Test func theAuthorsBiographyClosingThePageStaysOut() {
        let html = """
            <article><h1>Council budget</h1><p class="byline">By Jane Doe</p>\(F.articleHTML("budget"))
            <p>Jane Doe is a reporter who has covered the city council and its budgets for the Gazette since 2015.</p></article>
            """
        let article = F.extractHTML(F.page(body: html))
        #expect(article.byline == "Jane Doe")
        #expect(article.bodyText.hasSuffix("revisit the plan in the spring."))
        #expect(!article.bodyText.contains("since 2015"))
    }

    @Test func anUnclosedButtonDoesNotSwallowThePage() {
        let html = "<header><button class=\"menu\">Menu</header><main><h1>Council budget</h1>\(F.articleHTML("budget"))</main>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 1"))
        #expect(body.contains("part 5"))
    }

    @Test func badInputNeverTraps() {
        let streamed = ["<template id=\"B:0\"><!--$?--><div hidden id=\"S:0\"><p>text<script>$RC(\"B:0\",\"S:0\")</script><!--$",
                        "<div hidden id=\"S:1\"><template id=\"P:1\"></template></div><script>$RS(\"S:1\",\"P:1\")</script>",
                        "<script>$RC(\"B:0\"</script><!--"]
        let inputs: [[UInt8]] = [[], [0xFF, 0xFE], Array("<".utf8), Array("<html><body><p>".utf8), (0..<512).map { UInt8($0 % 256) }]
            + streamed.map { Array($0.utf8) }
        for bytes in inputs {
            let article = F.extractHTML(bytes)
            #expect(!article.title.isEmpty)
        }
    }

    @Test func formsAndTheAuthorsBoxStayOut() {
        let html = """
            <article><h1>Council budget</h1>\(F.articleHTML("budget"))
            <div class="author-box"><p>Written by</p><p>Jane Doe</p><p>Jane Doe has covered the council for the Gazette for ten years and writes about city budgets.</p></div>
            <form action="/contact"><h3>Talk to our experts</h3><p>Tell us about your project and we will get back to you within one working day.</p>
            <label>Full Name *</label><input name="name"></form></article>
            """
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 5"))
        #expect(!body.contains("ten years"))
        #expect(!body.contains("working day"))
    }

    @Test func aPageWrappedInOneFormStillGivesItsStory() {
        let html = "<form id=\"page\" action=\"/\">\(F.menu)<div class=\"main\"><h1>Council budget</h1>\(F.articleHTML("budget"))</div></form>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("part 1"))
        #expect(body.contains("part 5"))
    }

    @Test func theListOfSourcesClosingTheStoryIsDropped() {
        let html = """
            <article><h1>Council budget</h1>\(F.articleHTML("budget"))<h3>Sources</h3>
            <ul><li>City of Springfield, "Budget 2024," accessed March 5, 2024.</li><li>Springfield Gazette archive, 2023.</li></ul></article>
            """
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.hasSuffix("revisit the plan in the spring."))
        #expect(!body.contains("accessed"))
    }

    @Test func storyPartsStreamedInHiddenSegmentsAreMovedIntoPlace() {
        let html = """
            <main><article><h1>Council budget</h1><p>\(F.paragraph("budget", 1))</p><!--$?--><template id="B:0"></template>
            <p>Loading…</p><!--/$--></article></main><footer><a href="/">Home</a></footer>
            <div hidden id="S:0"><p>\(F.paragraph("budget", 2))</p><div><template id="P:1"></template></div></div>
            <script>$RC=function(b,c){};$RC("B:0","S:0")</script>
            <div hidden id="S:1"><p>\(F.paragraph("budget", 3))</p></div><script>$RS("S:1","P:1")</script>
            """
        let blocks = F.blockTexts(F.extractHTML(F.page(body: html)))
        #expect(blocks.count == 3)
        #expect(blocks.last?.contains("part 3") == true)
    }
}
