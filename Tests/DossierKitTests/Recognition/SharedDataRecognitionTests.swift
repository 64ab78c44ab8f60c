import Foundation
import Testing
@testable import DossierKit

/// Checks against the shared data sets; skipped where ../shared is missing.
@Suite(.enabled(if: SharedData.isPresent, "needs ../shared beside the project (CoNLL-2003 eng.testa and the seeds); skipped"))
struct SharedDataRecognitionTests {
    /// The shipped model's figures on eng.testa as recorded in docs/recognition.md; a change
    /// that loses more than half a point fails.
    static let recorded = (overall: 0.893, person: 0.933, location: 0.930)

    @Test func theShippedModelStillScoresItsRecordedFigures() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let documents = try TaggerTraining.read(SharedData.path("data/ner/conll2003/eng.testa"))
        let scores = TaggerTraining.evaluate(recognizer.tagger, on: documents)
        #expect(scores.overall.f1 >= Self.recorded.overall - 0.005)
        #expect(scores.byType["PER"]!.f1 >= Self.recorded.person - 0.005)
        #expect(scores.byType["LOC"]!.f1 >= Self.recorded.location - 0.005)
    }

    /// The seed articles as the reader gets them, cleaned by the real extractor: every
    /// occurrence of each person's surname in the cleaned text lies inside a person mention but
    /// one (the headline quoted in title case inside a sentence, "Netizens Implicate Mike
    /// Pompeo in …", read since `QuotedHeadlineRepair` was dropped as one long organization),
    /// and all of one surname's mentions are one person across both articles; every form of
    /// Lukashenko's name, the headline's nickname included, is that person; no organization is a
    /// person; the Belarusian forms count as Belarus.
    @Test func theSeedsPeopleAreFoundAndLinked() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let articles = try CorpusBuilder.read(["seeds/000_fa7ce4b4850c9279.txt", "seeds/004_5d86fe5cac5146da.txt"].map(SharedData.path)).articles
        let corpus = EntityLinker().link(articles: articles, recognized: articles.map(recognizer.recognize))
        var missed: [String] = []
        for surname in ["Trump", "Lukashenko", "Putin", "Pompeo", "Bolton", "Katz", "Carpenter", "Mitchell", "Hale", "Nufer", "Assad"] {
            var entities: Set<EntityID> = []
            for (index, article) in articles.enumerated() {
                for occurrence in Self.occurrences(of: surname, in: article.text) {
                    let mention = corpus.mentions[index].first { $0.range.start <= occurrence.start && occurrence.end <= $0.range.end }
                    let entity = mention.map { corpus.entities[$0.entity] }
                    if entity?.kind != .person { missed.append("\(surname) at \(occurrence) of article \(index)") }
                    if let entity, entity.kind == .person { entities.insert(entity.id) }
                }
            }
            #expect(!entities.isEmpty, "\(surname) not found")
            #expect(entities.count <= 1, "\(surname) is \(entities.count) people")
        }
        #expect(missed.count <= 1, "in no person mention: \(missed)")
        let people = corpus.entities.filter { $0.kind == .person }
        let lukashenko = try #require(people.first { $0.aliases.contains("Lukashenko") })
        #expect(Set([lukashenko.name] + lukashenko.aliases)
            .isSuperset(of: ["Alexander Lukashenko", "Aleksandr Lukashenko", "Teflon Lukashenko", "Lukashenko"]))
        for name in ["Mike Pompeo", "John Bolton", "Jonathan Katz", "Michael Carpenter", "Wess Mitchell", "David Hale", "Anastasia Nufer",
                     "Vladimir Putin"] {
            #expect(people.contains { $0.name == name }, "\(name) not found")
        }
        for organization in ["The Daily Beast", "State Department", "Kremlin", "Eastern Europe", "Caucasus"] {
            #expect(!people.contains { $0.name.contains(organization) || $0.aliases.contains { $0.contains(organization) } },
                    "\(organization) taken for a person")
        }
        let belarus = try #require(corpus.entities.first { $0.code == "BY" })
        #expect(Set(["Belarusian", "Belarussian", "Belarussians"]).isSubset(of: belarus.aliases))
    }

    /// The UTF-8 ranges of a word in a text where it stands as a word of its own: no letter
    /// right before or after it ("Trump’s" holds one, "Trumpism" none).
    static func occurrences(of word: String, in text: String) -> [UTF8Range] {
        let utf8 = Array(text.utf8), needle = Array(word.utf8)
        func isLetter(scalarAt index: Int) -> Bool {
            guard utf8.indices.contains(index) else { return false }
            var start = index
            while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
            var end = start + 1
            while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
            return String(decoding: utf8[start..<end], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic ?? false
        }
        guard utf8.count >= needle.count else { return [] }
        return (0...(utf8.count - needle.count)).filter { start in
            utf8[start..<(start + needle.count)].elementsEqual(needle)
                && !isLetter(scalarAt: start - 1) && !isLetter(scalarAt: start + needle.count)
        }.map { UTF8Range($0, $0 + needle.count) }
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
