import Foundation
import Testing
@testable import DossierKit

/// The two documents the project was started from (../shared/seeds).
@Suite(.enabled(if: SharedData.isPresent, "needs ../shared beside the project (the seed documents); skipped"))
struct SharedSeedTests {
    static func seed(_ prefix: String) throws -> Article {
        let folder = SharedData.path("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix(prefix) })
        let documents = try DocumentLoader.load(path: folder + "/" + name)
        return ArticleExtractor().extract(try #require(documents.documents.first))
    }

    @Test func scrapedPageGivesOnlyTheStory() throws {
        let article = try Self.seed("004_")
        #expect(article.title == "Teflon Lukashenko is elected again in Belarus. What now?")
        #expect(article.subtitle == "Punishment has only driven Minsk toward Moscow; Trump should embrace a more strategic and pragmatic approach")
        #expect(article.byline == nil)
        #expect(article.section?.contains("Europe") == true)
        let body = article.bodyText
        #expect(body.hasPrefix("It’s that time again"))
        #expect(body.hasSuffix("apply this new thinking."))
        for stray in ["keep reading", "Show less", "image credit", "Subscribe", "Newsletter", "Saudi Arabia", "Witkoff", "tariffs"] {
            #expect(!body.contains(stray), "body holds \(stray)")
        }
    }

    @Test func storyWithoutTitleLineTakesItsFirstSentence() throws {
        let article = try Self.seed("000_")
        #expect(article.title.hasPrefix("Belarus is continuously referred to as Europe’s ultimate dictatorship"))
        #expect(article.title.count <= TitleFallback.maximumLength + 1)
        #expect(article.bodyText.hasPrefix("Belarus is continuously referred to"))
    }
}
