import Testing
@testable import DossierKit

/// The page's own address (`Article.url`): from HTML's canonical link, `og:url` and JSON-LD,
/// from a JSON Lines record's field, from a labeled line at the top of a text dump, and only
/// when it is an absolute http(s) address.
@Suite struct PageAddressTests {
    typealias F = ExtractionFixtures

    func extract(head: String) -> Article {
        F.extractHTML(F.page(head: head, body: "<article><h1>Council budget</h1>\(F.articleHTML("budget"))</article>"))
    }

    static let jsonLD = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council budget",
        "mainEntityOfPage":{"@type":"WebPage","@id":"https://example.org/ld/council-budget"}}</script>
        """

    @Test func theCanonicalLinkComesFirst() {
        let head = """
            <meta property="og:url" content="https://example.org/og/council-budget">\(Self.jsonLD)
            <LINK REL="Canonical" HREF="https://example.org/news/council-budget?id=4&amp;page=1">
            """
        let article = extract(head: head)
        #expect(article.url == "https://example.org/news/council-budget?id=4&page=1")
        // The body and the other fields do not change for it.
        #expect(article.title == "Council budget")
        #expect(!article.text.contains("example.org"))
    }

    @Test func ogURLWhenThereIsNoCanonicalLink() {
        let head = "<link rel=\"stylesheet\" href=\"https://example.org/site.css\"><meta property=\"og:url\" content=\" https://example.org/og/council-budget \">\(Self.jsonLD)"
        #expect(extract(head: head).url == "https://example.org/og/council-budget")
    }

    @Test func theJSONLDArticlesAddressLast() {
        #expect(extract(head: Self.jsonLD).url == "https://example.org/ld/council-budget")
        let direct = """
            <script type="application/ld+json">{"@graph":[{"@type":"Organization","url":"https://example.org/"},
            {"@type":"NewsArticle","headline":"Council budget","url":"http://example.org/2024/03/council-budget",
            "mainEntityOfPage":"https://example.org/elsewhere"}]}</script>
            """
        // The organization's address is the site's, not the article's.
        #expect(extract(head: direct).url == "http://example.org/2024/03/council-budget")
    }

    @Test func relativeScriptAndMalformedAddressesAreRefused() {
        // A relative canonical link gives way to the next declaration.
        let relative = "<link rel=\"canonical\" href=\"/news/council-budget\"><meta property=\"og:url\" content=\"https://example.org/og\">"
        #expect(extract(head: relative).url == "https://example.org/og")
        for bad in ["/news/council-budget", "//example.org/news", "javascript:alert(1)", "JavaScript:void(0)",
                    "data:text/html,hi", "ftp://example.org/a", "https://", "https:///path", "http://:80/a",
                    "https://example.org/a b", "https://example.org/\u{1B}]2;title\u{7}", "https://example.org/\u{202E}fdp.exe",
                    "https://example.org/\u{200B}a", "https://example.org/" + String(repeating: "a", count: ArticleURL.maximumLength)] {
            #expect(ArticleURL.accepted(bad) == nil, "\(bad.debugDescription)")
            let head = "<link rel=\"canonical\" href=\"\(bad)\"><meta property=\"og:url\" content=\"\(bad)\">"
            #expect(extract(head: head).url == nil, "\(bad.debugDescription)")
        }
        #expect(extract(head: "").url == nil)
    }

    @Test func acceptedAddressesAreTrimmedAndTheSchemeLowered() {
        #expect(ArticleURL.accepted("  HTTPS://Example.org/A?b=1#c \n") == "https://Example.org/A?b=1#c")
        #expect(ArticleURL.accepted("https://exam\nple.org/a\t") == "https://example.org/a")
        #expect(ArticleURL.accepted("http://user@example.org:8080/a") == "http://user@example.org:8080/a")
        #expect(ArticleURL.accepted("https://例え.jp/記事") == "https://例え.jp/記事")
        let longest = "https://example.org/" + String(repeating: "a", count: ArticleURL.maximumLength - 20)
        #expect(ArticleURL.accepted(longest) == longest)
        // An article made from a draft keeps only an accepted address.
        #expect(Article(draft: ArticleDraft(source: "a.txt", url: "javascript:alert(1)", body: [.init(.paragraph, "Text.")])).url == nil)
    }

    @Test func aJSONLinesRecordGivesItsAddress() throws {
        func article(_ line: String) throws -> Article {
            let record = try #require(JSONLinesRecords.record(ArraySlice(line.utf8), source: "export.jsonl:1"))
            return ArticleExtractor().extract(try record.get())
        }
        let text = #""text": "Officials met on Monday in the capital to discuss the budget and the vote on Friday.""#
        #expect(try article(#"{"url": "https://example.org/a", "#.appending(text) + "}").url == "https://example.org/a")
        #expect(try article(#"{"link": "https://example.org/b", "#.appending(text) + "}").url == "https://example.org/b")
        // A relative address is passed over for the next field, and then for nothing.
        #expect(try article(#"{"url": "/a", "canonical_url": "https://example.org/c", "#.appending(text) + "}").url == "https://example.org/c")
        #expect(try article(#"{"url": "javascript:alert(1)", "#.appending(text) + "}").url == nil)
        #expect(try article("{" + text + "}").url == nil)
        // A record's own address wins over the page's; an unusable one leaves the page's.
        let page = #""html": "<html><head><link rel='canonical' href='https://example.org/page'></head><body><p>Officials met on Monday in the capital to discuss the budget.</p></body></html>""#
        #expect(try article(#"{"url": "https://example.org/record", "#.appending(page) + "}").url == "https://example.org/record")
        #expect(try article(#"{"url": "/record", "#.appending(page) + "}").url == "https://example.org/page")
    }

    @Test func aTextDumpGivesTheAddressItsTopLinesState() {
        let story = F.story("budget").joined(separator: "\n\n")
        let labeled = F.extractText("URL: https://example.org/news/council-budget\n\nCouncil budget goes back to committee\n\n" + story)
        #expect(labeled.url == "https://example.org/news/council-budget")
        #expect(!labeled.text.contains("example.org"))
        #expect(F.extractText("Source:https://example.org/a\n" + story).url == "https://example.org/a")
        // An unlabeled address, one far down the text, or one that is not absolute says nothing.
        #expect(F.extractText("https://example.org/a\n\n" + story).url == nil)
        #expect(F.extractText(story + "\n\nURL: https://example.org/a").url == nil)
        #expect(F.extractText("URL: /news/a\n\n" + story).url == nil)
        #expect(F.extractText("Published: https://example.org/a\n\n" + story).url == nil)
    }
}
