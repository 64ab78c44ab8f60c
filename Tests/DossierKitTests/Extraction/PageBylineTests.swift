import Testing
@testable import DossierKit

@Suite struct PageBylineTests {
    typealias F = ExtractionFixtures

    static func byline(head: String = "", body: String) -> String? {
        F.extractHTML(F.page(head: head, body: body)).byline
    }

    static let story = "<h1>Council budget</h1>" + F.articleHTML("budget")

    @Test func aMarkedNameBeatsAnAuthorTagThatIsTheSiteName() {
        let head = "<meta property=\"og:site_name\" content=\"The Gazette\"><meta name=\"author\" content=\"The Gazette\">"
        let body = "<article><h1>Council budget</h1><div class=\"postMeta\"><span class=\"postAuthorName\">Jane Doe</span></div>"
            + F.articleHTML("budget") + "</article>"
        #expect(Self.byline(head: head, body: body) == "Jane Doe")
    }

    @Test func aLinkToTheAuthorsPageGivesTheName() {
        let body = "<article><h1>Council budget</h1><p><a href=\"/author/jane-doe/\">Jane Doe</a></p>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(body: body) == "Jane Doe")
    }

    @Test func aJSONLDAuthorGivenByReferenceIsLookedUp() {
        let jsonLD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"Council budget","author":{"@id":"https://example.org/#jane"}},
            {"@type":"Person","@id":"https://example.org/#jane","name":"Jane Doe"}]}</script>
            """
        #expect(Self.byline(head: jsonLD, body: "<article>\(Self.story)</article>") == "Jane Doe")
    }

    @Test func aDeclaredNameIsGivenWithTheCredentialsThePageShows() {
        let head = "<meta name=\"author\" content=\"Jane Doe\">"
        let body = "<article><h1>Council budget</h1><p>Jane Doe, Senior Reporter</p>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(head: head, body: body) == "Jane Doe, Senior Reporter")
    }

    @Test func aNameBesideTheDateUnderTheTitle() {
        let body = "<article><h1>Council budget</h1><p>May 2, 2024 • Jane Doe in Politics</p>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(body: body) == "Jane Doe")
    }

    @Test func anAccountNameGivesWayToTheNameThePageShows() {
        let head = "<meta name=\"author\" content=\"jane.doe\">"
        let body = "<article><h1>Council budget</h1><div class=\"author\">Jane Doe</div>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(head: head, body: body) == "Jane Doe")
    }

    @Test func aUserNameGivesWayToTheFullNameDeclared() {
        let jsonLD = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council budget","author":{"@type":"Person","name":"Jane Doe"}}</script>
            """
        let body = "<article><h1>Council budget</h1><p>By JaneD42</p>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(head: jsonLD, body: body) == "Jane Doe")
    }

    @Test func aStoryNoOneSignsIsThePublishers() {
        let jsonLD = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council budget","publisher":{"@type":"Organization","name":"The Gazette"}}</script>
            """
        #expect(Self.byline(head: jsonLD, body: "<article>\(Self.story)</article>") == "The Gazette")
    }

    @Test func labelsWithoutANameAreNotBylines() {
        let body = "<article><h1>Council budget</h1><div class=\"author-box\"><h4>Insights from</h4><p>Jul 11</p></div>\(F.articleHTML("budget"))</article>"
        #expect(Self.byline(body: body) == nil)
    }
}

@Suite struct BylineLineTests {
    @Test(arguments: [
        ("By Jane Doe | May 2, 2024", "Jane Doe"),
        ("ByJane Doe Updated onFebruary 16, 2026", "Jane Doe"),
        ("Written by:Jane Doe", "Jane Doe"),
        ("Posted By: Jane · In: Recipes, Bread", "Jane"),
        ("Dec. 19, 2025 · Jane Doe on behalf of the team", "Jane Doe"),
        ("by Jane Doe ● December 23, 2025 ● 6 min read", "Jane Doe"),
        ("By Jane Doe December 2, 2025", "Jane Doe"),
        ("Medically reviewed by John Roe, MD — Written by Jane Doe, RD — Updated on March 7, 2025", "Jane Doe, RD"),
        ("By Jane Doe, Sr. Director, 10+ years in the industry", "Jane Doe, Sr. Director, 10+ years in the industry"),
    ])
    func bylineLinesGiveTheName(_ line: String, _ name: String) {
        #expect(MetadataLines.cleanByline(line) == name)
    }

    @Test(arguments: ["Insights from", "Jul 11", "Sat", "What is composting?", "page.head.author", "Name *", "By"])
    func labelsDatesAndPlaceholdersAreNotNames(_ text: String) {
        #expect(!MetadataLines.isName(text))
    }

    @Test(arguments: ["Team Acme", "Acme News Staff", "The Editors", "Acme Media"])
    func groupNamesAreOrganizationShaped(_ name: String) {
        #expect(MetadataLines.isOrganizationShaped(name))
    }

    @Test(arguments: ["Jane Doe", "Mary-Ann O'Neil", "Jane Doe, John Roe and Data Team"])
    func personNamesAndListsAreNotOrganizationShaped(_ name: String) {
        #expect(!MetadataLines.isOrganizationShaped(name))
    }
}

/// Writers named at the story's end.
extension PageBylineTests {
    @Test func aTeamNamedNearTheTitleGivesWayToTheWriterNamedAtTheEnd() {
        let body = "<article><h1>Council budget</h1><p>By Team Gazette Data</p>\(F.articleHTML("budget"))"
            + "<p>Written by <a href=\"https://example.org/jd\">Jane Doe</a></p></article>"
        #expect(Self.byline(body: body) == "Jane Doe")
    }

    @Test func anAuthorBoxUnderTheStoryNamesTheWriterWhenTheSiteIsTheDeclaredAuthor() {
        let head = "<meta property=\"og:site_name\" content=\"The Gazette\"><meta name=\"author\" content=\"The Gazette\">"
        let body = "<article>\(Self.story)</article><aside><h3>Jane Doe</h3><p>Jane Doe is the city hall reporter of the paper.</p></aside>"
        #expect(Self.byline(head: head, body: body) == "Jane Doe")
    }

    @Test func aTeamAmongSeveralWritersIsKept() {
        let body = "<article><h1>Council budget</h1><p>By Jane Doe, John Roe and Data Team</p>\(F.articleHTML("budget"))"
            + "<p>Written by Max Moe</p></article>"
        #expect(Self.byline(body: body) == "Jane Doe, John Roe and Data Team")
    }
}
