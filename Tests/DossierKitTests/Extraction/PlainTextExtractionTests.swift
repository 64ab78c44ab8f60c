import Testing
@testable import DossierKit

@Suite struct PlainTextExtractionTests {
    typealias F = ExtractionFixtures

    static let menu = "Home\nWorld\nBusiness\nSport\nWeather\n"

    static func dump(story: [String], header: String = "Council budget goes back to committee\n\n", tail: String = "") -> String {
        "Follow us on social\n\n" + menu + "\n" + header + story.joined(separator: "\n\n") + "\n\n" + tail
    }

    @Test func menuLinesStayOutOfTheBody() {
        let article = F.extractText(Self.dump(story: F.story("budget")))
        #expect(article.bodyText.contains("part 1"))
        #expect(article.bodyText.contains("part 5"))
        #expect(!article.bodyText.contains("Weather"))
        #expect(article.title == "Council budget goes back to committee")
    }

    @Test func teaserTailsAndNewsletterBoxesStayOut() {
        let teaser = "Harbour festival draws record crowds\n\nCulture\n\n"
            + F.paragraph("festival", 1) + "\n\n" + F.paragraph("festival", 2) + "\n\nkeep readingShow less\n"
        let tail = "Top image credit: The council chamber on Monday. REUTERS/Jane Doe\n" + teaser
            + "\nNewsletter\n\nSubscribe now to our weekly round-up and don't miss a beat with our reporters."
        let body = F.extractText(Self.dump(story: F.story("budget"), tail: tail)).bodyText
        #expect(body.contains("budget report, part 5"))
        #expect(!body.contains("festival"))
        #expect(!body.contains("REUTERS"))
        #expect(!body.contains("Subscribe"))
    }

    @Test func bylineDateAndSectionAboveTheStory() {
        let header = "Council budget goes back to committee\n\nPolitics | Local\n\nBy Jane Doe\n\nMarch 5, 2024\n\n"
        let article = F.extractText(Self.dump(story: F.story("budget"), header: header))
        #expect(article.byline == "Jane Doe")
        #expect(article.date == "2024-03-05")
        #expect(article.section == "Politics | Local")
        #expect(!article.bodyText.contains("Jane Doe"))
    }

    @Test func aNameBesideTheDateIsTheBylineNotTheSection() {
        let header = "Council budget goes back to committee\n\n"
            + "Members want more time to read the plan before the vote\n\n"
            + "Jane Doe, City Hall Correspondent\nPublished 5 March 2024\n\n"
        let article = F.extractText(Self.dump(story: F.story("budget"), header: header))
        #expect(article.byline == "Jane Doe, City Hall Correspondent")
        #expect(article.date == "2024-03-05")
        #expect(article.section == nil)
    }

    @Test func aBreadcrumbOverTheTitleIsTheSection() {
        let header = "Politics | Local\n\nCouncil budget goes back to committee\n\n"
            + "Members want more time to read the plan before the vote\n\nBy Jane Doe\n\n"
        let article = F.extractText(Self.dump(story: F.story("budget"), header: header))
        #expect(article.title == "Council budget goes back to committee")
        #expect(article.section == "Politics | Local")
        #expect(article.byline == "Jane Doe")
    }

    @Test func aDekAndBylineBlockOpeningTheStoryGoToTheHeader() {
        let header = "Council budget goes back to committee\n\n"
            + "Members want more time to read the plan, and residents will be heard again before the vote.\n\n"
            + "By\nJane Doe\n\nNov. 19, 2019 8:03 am ET\n\n"
        let article = F.extractText(Self.dump(story: F.story("budget"), header: header))
        #expect(article.subtitle == "Members want more time to read the plan, and residents will be heard again before the vote.")
        #expect(article.byline == "Jane Doe")
        #expect(article.date == "2019-11-19")
        #expect(article.bodyText.hasPrefix("The budget report, part 1"))
    }

    @Test func aRepeatedStoryIsKeptOnce() {
        let story = F.story("budget", paragraphs: 4)
        let article = F.extractText(Self.dump(story: story + story))
        #expect(article.blocks.count == 4)
    }

    @Test func captionsInsideTheStoryAreDropped() {
        var story = F.story("budget")
        story.insert("Photo: The council chamber, where members met on Monday night.", at: 2)
        let body = F.extractText(Self.dump(story: story)).bodyText
        #expect(body.contains("part 5"))
        #expect(!body.contains("council chamber"))
    }

    @Test func aListTheStoryIntroducesIsKept() {
        var story = F.story("budget", paragraphs: 3)
        story.append("The council listed what comes first in the spring review of the plan:\nRoads and bridges\nParks and gardens\nLibraries")
        let article = F.extractText(Self.dump(story: story))
        #expect(F.blockTexts(article).suffix(3) == ["Roads and bridges", "Parks and gardens", "Libraries"])
        #expect(article.blocks.suffix(3).allSatisfy { $0.kind == .listItem })
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = """
            The council weighed the budget on Monday and heard from residents at
            length before it agreed to revisit the plan in the spring, after a
            long evening of debate.

            Members said the roads would come first and the parks after that,
            with libraries waiting until the summer recess was over.
            """
        let article = F.extractText(text)
        #expect(article.blocks.count == 2)
        #expect(F.blockTexts(article)[0].hasSuffix("long evening of debate."))
    }

    @Test func cleanTextWithoutTitleTakesItsFirstSentence() {
        let article = F.extractText(F.story("budget", paragraphs: 3).joined(separator: "\n\n"))
        #expect(article.blocks.count == 3)
        #expect(article.title.hasPrefix("The budget report, part 1"))
    }

    @Test func badInputNeverTraps() {
        for text in ["", "\n\n\n", "Home", String(repeating: "x", count: 10_000), "\u{0}\u{1}\u{FFFD}"] {
            let article = F.extractText(text)
            #expect(!article.title.isEmpty)
        }
    }
}
