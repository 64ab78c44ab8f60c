import Foundation
import Testing
@testable import DossierKit

/// Checks against the shared data sets; skipped where ../shared is missing.
@Suite(.enabled(if: SharedData.isPresent, "needs ../shared beside the project (CoNLL-2003 eng.testa and the seeds); skipped"))
struct SharedDataRecognitionTests {
    /// The shipped model's figures on eng.testa as recorded in docs/recognition.md; a change
    /// that loses more than half a point fails.
    static let recorded = (overall: 0.902, person: 0.945, location: 0.942)

    @Test func theShippedModelStillScoresItsRecordedFigures() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let documents = try TaggerTraining.read(SharedData.path("data/ner/conll2003/eng.testa"))
        let scores = TaggerTraining.evaluate(recognizer.tagger, on: documents)
        #expect(scores.overall.f1 >= Self.recorded.overall - 0.005)
        #expect(scores.byType["PER"]!.f1 >= Self.recorded.person - 0.005)
        #expect(scores.byType["LOC"]!.f1 >= Self.recorded.location - 0.005)
    }

    /// The story paragraphs of the seed articles: their people found and linked, no people
    /// made of organizations, the Belarusian forms counted as Belarus.
    @Test func theSeedsPeopleAreFoundAndLinked() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let articles = try ["seeds/000_fa7ce4b4850c9279.txt", "seeds/004_5d86fe5cac5146da.txt"].map { path in
            let text = try String(contentsOfFile: SharedData.path(path), encoding: .utf8)
            let paragraphs = text.split(separator: "\n").map(String.init).filter { $0.split(separator: " ").count > 12 }
            return Article(draft: ArticleDraft(source: path, body: paragraphs.map { .init(.paragraph, $0) }))
        }
        let corpus = EntityLinker().link(articles: articles, recognized: articles.map(recognizer.recognize))
        let people = corpus.entities.filter { $0.kind == .person }
        func person(_ name: String) -> Entity? {
            people.first { $0.name == name || $0.aliases.contains(name) }
        }
        for name in ["Alexander Lukashenko", "Vladimir Putin", "Mike Pompeo", "John Bolton", "Jonathan Katz",
                     "Michael Carpenter", "Wess Mitchell", "David Hale", "Anastasia Nufer", "Assad", "Trump"] {
            #expect(person(name) != nil, "\(name) not found")
        }
        let lukashenko = try #require(person("Lukashenko"))
        #expect(lukashenko.name == "Alexander Lukashenko")
        #expect(Set(["Aleksandr Lukashenko", "Lukashenko"]).isSubset(of: lukashenko.aliases))
        #expect(person("Trump")?.name == "Donald Trump")
        for organization in ["The Daily Beast", "State Department", "Kremlin"] {
            #expect(person(organization) == nil, "\(organization) taken for a person")
        }
        let belarus = try #require(corpus.entities.first { $0.code == "BY" })
        #expect(Set(["Belarusian", "Belarussian", "Belarussians"]).isSubset(of: belarus.aliases))
    }

    /// The whole of seed 004, menus, teasers and credits included, one paragraph a line:
    /// no person is made of its page furniture.
    @Test func pageFurnitureInTheSeedMakesNoPeople() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let text = try String(contentsOfFile: SharedData.path("seeds/004_5d86fe5cac5146da.txt"), encoding: .utf8)
        let paragraphs = text.split(separator: "\n").map { ArticleDraft.Piece(.paragraph, String($0)) }
        let article = Article(draft: ArticleDraft(source: "004", body: paragraphs))
        let people = recognizer.recognize(article).filter { $0.kind == .person }.map { String(article[$0.range]) }
        for furniture in ["Follow", "Top image credit", "Show less", "Top", "Analysis", "Newsletter", "Latest", "Subscribe"] {
            #expect(!people.contains { $0.contains(furniture) }, "\(furniture) taken for a person")
        }
        #expect(people.contains("Abdel Fattah al-Burhan"))
    }
}
