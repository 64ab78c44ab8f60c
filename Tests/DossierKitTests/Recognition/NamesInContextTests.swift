import Testing
@testable import DossierKit

/// Names that their own words do not give away but their context does: a surname that is
/// also an ordinary word after a title and alone later, a nickname before a surname, a seat
/// of government. The sentences are the project's own.
@Suite struct NamesInContextTests {
    typealias Found = (text: String, mention: RecognizedMention)

    /// The kind of the mention that covers each occurrence of a word in an article.
    static func kinds(of word: String, in article: Article, _ found: [Found]) -> [EntityKind?] {
        SharedDataRecognitionTests.occurrences(of: word, in: article.text).map { occurrence in
            found.first { $0.mention.range.start <= occurrence.start && occurrence.end <= $0.mention.range.end }?.mention.kind
        }
    }

    static func corpus(_ articles: [Article]) throws -> Corpus {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        return EntityLinker().link(articles: articles, recognized: articles.map(recognizer.recognize))
    }

    @Test func aSurnameThatIsAnOrdinaryWordIsAPersonAfterATitleAndAloneLater() throws {
        let article = RecognitionFixtures.article(
            title: "Governors wait for the White House",
            "While President Trump and the governors met in Ohio on Monday, aides drafted the plan.",
            "Trump should sign it before the summer, the governors said, and the Trump administration’s lawyers agreed.",
            "During the Trump years the state budget grew, and Trump’s allies in Columbus want more.",
            "Can Trump wait for a deal? It can, one aide said.")
        let found = try RecognitionFixtures.mentions(in: article)
        let kinds = Self.kinds(of: "Trump", in: article, found)
        #expect(kinds.count == 6)
        #expect(kinds.allSatisfy { $0 == .person }, "\(kinds)")
        let corpus = try Self.corpus([article])
        let trump = Set(corpus.mentions[0].filter { String(article[$0.range]).hasSuffix("Trump") }.map(\.entity))
        #expect(trump.count == 1)
    }

    @Test func aTitleNamesAPersonWhoseNameIsAlsoAWord() throws {
        let found = try RecognitionFixtures.mentions(
            "Mr. Rice, the trade envoy, spoke first at the port. Rice said the talks would resume in Gdansk after the harvest.")
        #expect(found.filter { $0.mention.kind == .person }.map(\.text) == ["Rice", "Rice"])
        #expect(found.first { $0.text == "Rice" }?.mention.form == .titleName)
    }

    @Test func aTitleIntroducesNoOneInsideAnOrganizationsName() throws {
        let found = try RecognitionFixtures.mentions(
            "The General Assembly voted on Tuesday, and General Motors said the Justice Department had closed its inquiry.")
        #expect(found.filter { $0.mention.kind == .person }.isEmpty)
    }

    /// Only a person heads an administration or a presidency; a regime or a government may be
    /// a movement's.
    @Test func aNameNoListKnowsBeforeAnAdministrationIsAPerson() throws {
        let found = try RecognitionFixtures.mentions(
            "To the extent that the European and Biden administration’s effort is to isolate the port, it failed. "
                + "The Nkemelu presidency ended in May, and the Taliban regime and the Hamas government said nothing.")
        let people = found.filter { $0.mention.kind == .person }.map(\.text)
        #expect(people == ["Biden", "Nkemelu"], "\(found.map(\.text))")
    }

    @Test func aNicknameBeforeASurnameIsThatPerson() throws {
        let article = RecognitionFixtures.article(
            title: "Teflon Ostrowski wins a fifth term. What now?",
            "President Pawel Ostrowski won 81% of the vote on Sunday, the election board said.",
            "Ostrowski thanked his voters in Lublin and promised lower taxes.")
        let found = try RecognitionFixtures.mentions(in: article)
        #expect(found.contains { $0.text == "Teflon Ostrowski" && $0.mention.kind == .person })
        let corpus = try Self.corpus([article])
        let people = corpus.entities.filter { $0.kind == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Pawel Ostrowski")
        #expect(Set(people.first?.aliases ?? []) == ["Teflon Ostrowski", "Ostrowski"])
    }

    @Test func aSentenceAfterAnAbbreviationStaysOutOfNames() throws {
        let found = try RecognitionFixtures.mentions(
            "Nothing in the accord is asked of the U.S. To the contrary, the envoys said, it binds only the ports.")
        #expect(found.contains { $0.text == "U.S." })
        #expect(!found.contains { $0.text.hasSuffix(" To") }, "\(found.map(\.text))")
    }

    /// Newswire's gold tags "Kremlin" a place; the reader shows the government it stands for.
    @Test func aSeatOfGovernmentIsAnOrganization() throws {
        let found = try RecognitionFixtures.mentions(
            "The deal sent a signal to the Kremlin. The Kremlin’s answer was swift, and the Pentagon said nothing about the port.")
        #expect(found.filter { $0.text == "Kremlin" }.map(\.mention.kind) == [.organization, .organization], "\(found.map(\.text))")
        #expect(found.first { $0.text == "Pentagon" }?.mention.kind == .organization)
        #expect(!found.contains { $0.mention.kind == .place })
    }

    @Test func aTitleOnceHeldIsNoOrganization() throws {
        let found = try RecognitionFixtures.mentions(
            "The envoys met Karlsson, the trade commissioner, and then-National Security Adviser Maria Lindqvist in Oslo.")
        #expect(found.contains { $0.text == "Maria Lindqvist" && $0.mention.kind == .person }, "\(found.map(\.text))")
        #expect(!found.contains { $0.text.contains("National") }, "\(found.map(\.text))")
    }
}
