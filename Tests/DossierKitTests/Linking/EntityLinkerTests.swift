import Testing
@testable import DossierKit

@Suite struct EntityLinkerTests {
    /// An article of one paragraph and the person mentions of the given names, found in order.
    static func article(_ text: String, people names: [String], countries: [(String, String, String, MentionForm)] = [])
        -> (Article, [RecognizedMention]) {
        let article = Article(draft: ArticleDraft(source: "test", title: "Report", body: [.init(.paragraph, text)]))
        let bytes = Array(article.text.utf8)
        var from = 0
        func locate(_ word: String) -> UTF8Range {
            let needle = Array(word.utf8)
            let start = (from...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            from = start + needle.count
            return UTF8Range(start, from)
        }
        var mentions = names.map { RecognizedMention(range: locate($0), kind: .person, form: .name, name: $0) }
        from = 0
        mentions += countries.map { RecognizedMention(range: locate($0.0), kind: .country, form: $0.3, name: $0.1, code: $0.2) }
        return (article, mentions.sorted { $0.range < $1.range })
    }

    static func link(_ pairs: [(Article, [RecognizedMention])]) -> Corpus {
        EntityLinker().link(articles: pairs.map(\.0), recognized: pairs.map(\.1))
    }

    /// The entity each person mention went to, by article, in text order.
    static func people(_ corpus: Corpus) -> [[String]] {
        corpus.mentions.map { list in list.map { corpus.entities[$0.entity] }.filter { $0.kind == .person }.map(\.name) }
    }

    @Test func everyFormOfOnePersonIsOneEntity() {
        let corpus = Self.link([
            Self.article("Alexander Lukashenko spoke. Lukashenko left.", people: ["Alexander Lukashenko", "Lukashenko"]),
            Self.article("Comrade Lukashenko won again. Aleksandr Lukashenko, then Alexander Lukashenko and Lukashenko.",
                         people: ["Comrade Lukashenko", "Aleksandr Lukashenko", "Alexander Lukashenko", "Lukashenko"]),
        ])
        let people = corpus.entities.filter { $0.kind == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Alexander Lukashenko")
        #expect(Set(people.first?.aliases ?? []) == ["Lukashenko", "Aleksandr Lukashenko", "Comrade Lukashenko"])
        #expect(corpus.mentionCount(of: people[0].id) == 6)
    }

    @Test func aBareSurnameGoesToTheNearestFullNameBeforeIt() {
        let corpus = Self.link([
            Self.article("Donald Trump spoke, then Ivanka Trump did. Trump agreed.", people: ["Donald Trump", "Ivanka Trump", "Trump"]),
        ])
        #expect(Self.people(corpus) == [["Donald Trump", "Ivanka Trump", "Ivanka Trump"]])
    }

    @Test func aBareSurnameGoesToTheCorpussOnlyFullName() {
        let corpus = Self.link([
            Self.article("Trump spoke.", people: ["Trump"]),
            Self.article("Donald Trump spoke too.", people: ["Donald Trump"]),
        ])
        #expect(Self.people(corpus) == [["Donald Trump"], ["Donald Trump"]])
    }

    @Test func aBareSurnameGoesToTheOneTheCorpusNamesFarMoreOften() {
        let donald = (0..<9).map { _ in Self.article("Donald Trump spoke.", people: ["Donald Trump"]) }
        let corpus = Self.link(donald + [
            Self.article("Melania Trump spoke.", people: ["Melania Trump"]),
            Self.article("Trump spoke.", people: ["Trump"]),
        ])
        #expect(Self.people(corpus).last == ["Donald Trump"])
    }

    /// "Olusegun" is in no name list; it is a given name all the same, not a nickname, and
    /// it is not Daniel's.
    @Test func anUnlistedGivenNameBeforeAnotherPersonsSurnameIsAPersonOfItsOwn() {
        let corpus = Self.link([
            Self.article("Daniel Reyes met Olusegun Reyes. Reyes said the talks went well.",
                         people: ["Daniel Reyes", "Olusegun Reyes", "Reyes"]),
            Self.article("Olusegun Reyes flew home.", people: ["Olusegun Reyes"]),
        ])
        #expect(Self.people(corpus) == [["Daniel Reyes", "Olusegun Reyes", "Olusegun Reyes"], ["Olusegun Reyes"]])
        #expect(corpus.entities.filter { $0.kind == .person }.count == 2)
    }

    /// Named side by side in one sentence, two forms of a surname are two people, though the
    /// corpus names one of them once.
    @Test func anUnlistedGivenNameInTheSentenceOfAnotherPersonsFullNameStaysApart() {
        let corpus = Self.link([
            Self.article("Daniel Reyes met Olusegun Reyes on Monday. Daniel Reyes left.", people: ["Daniel Reyes", "Olusegun Reyes", "Daniel Reyes"]),
        ])
        #expect(Self.people(corpus) == [["Daniel Reyes", "Olusegun Reyes", "Daniel Reyes"]])
    }

    /// Named once, after another person of the surname was named in full, an unlisted given
    /// name is a second person: a nickname comes before the full name it stands for.
    @Test func anUnlistedGivenNameAfterAnotherPersonsFullNameStaysApart() {
        let corpus = Self.link([
            Self.article("Daniel Reyes left on Monday. Later, Olusegun Reyes arrived.", people: ["Daniel Reyes", "Olusegun Reyes"]),
        ])
        #expect(Self.people(corpus) == [["Daniel Reyes", "Olusegun Reyes"]])
    }

    /// A nickname the corpus uses once, before the surname of the one person its article
    /// names in full, is that person.
    @Test func aNicknameBeforeASurnameJoinsTheOnePersonOfThatSurname() {
        let corpus = Self.link([
            Self.article("Teflon Lukashenko is elected again.\n\nPresident Aleksandr Lukashenko won. Lukashenko spoke.",
                         people: ["Teflon Lukashenko", "Aleksandr Lukashenko", "Lukashenko"]),
            Self.article("Alexander Lukashenko met Putin.", people: ["Alexander Lukashenko"]),
        ])
        #expect(Self.people(corpus) == [["Aleksandr Lukashenko", "Aleksandr Lukashenko", "Aleksandr Lukashenko"], ["Aleksandr Lukashenko"]])
    }

    /// Where the article names two people of the surname in full, a nickname is no one's.
    @Test func aNicknameBeforeASurnameTwoPeopleBearStaysApart() {
        let corpus = Self.link([
            Self.article("Teflon Reyes wins. Daniel Reyes and his sister Lucia Reyes voted.",
                         people: ["Teflon Reyes", "Daniel Reyes", "Lucia Reyes"]),
        ])
        #expect(corpus.entities.filter { $0.kind == .person }.count == 3)
    }

    @Test func mentionsInOneSentenceShareItsNumber() {
        let (article, mentions) = Self.article("Daniel Reyes met Olusegun Reyes. Then Ana Reyes left!\nLucia Reyes stayed",
                                               people: ["Daniel Reyes", "Olusegun Reyes", "Ana Reyes", "Lucia Reyes"])
        let numbers = ArticleProcessor.records(of: mentions, in: article).map(\.sentence)
        #expect(numbers[0] == numbers[1])
        #expect(Set(numbers[1...]).count == 3)
    }

    @Test func namesWithoutKnownFirstNamesStayApart() {
        let corpus = Self.link([
            Self.article("Vox Media and Healthline Media grew; Media fell.", people: ["Vox Media", "Healthline Media", "Media"]),
        ])
        #expect(Self.people(corpus) == [["Vox Media", "Healthline Media", "Healthline Media"]])
    }

    @Test func anUnclearSurnameStaysItsOwnEntity() {
        let corpus = Self.link([
            Self.article("Donald Trump spoke.", people: ["Donald Trump"]),
            Self.article("Ivanka Trump spoke.", people: ["Ivanka Trump"]),
            Self.article("Trump spoke.", people: ["Trump"]),
        ])
        #expect(Self.people(corpus) == [["Donald Trump"], ["Ivanka Trump"], ["Trump"]])
        #expect(corpus.entities.filter { $0.kind == .person }.count == 3)
    }

    @Test func theCanonicalNameIsTheMostCompleteFrequentForm() {
        let corpus = Self.link([
            Self.article("Donald J. Trump, Donald Trump, Trump, Trump and Donald Trump.",
                         people: ["Donald J. Trump", "Donald Trump", "Trump", "Trump", "Donald Trump"]),
        ])
        let people = corpus.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Donald Trump"])
    }

    @Test func particlesBelongToTheSurname() {
        let corpus = Self.link([
            Self.article("Ursula von der Leyen spoke; von der Leyen left. Mohammed bin Salman met bin Salman.",
                         people: ["Ursula von der Leyen", "von der Leyen", "Mohammed bin Salman", "bin Salman"]),
        ])
        #expect(Self.people(corpus) == [["Ursula von der Leyen", "Ursula von der Leyen", "Mohammed bin Salman", "Mohammed bin Salman"]])
    }

    @Test func countriesLinkByCodeUnderEveryForm() {
        let corpus = Self.link([
            Self.article("Belarus and Belarusian and Byelorussia.", people: [],
                         countries: [("Belarus", "Belarus", "BY", .name), ("Belarusian", "Belarus", "BY", .demonym),
                                     ("Byelorussia", "Belarus", "BY", .alias)]),
        ])
        #expect(corpus.entities.count == 1)
        #expect(corpus.entities[0].name == "Belarus")
        #expect(corpus.entities[0].code == "BY")
        #expect(Set(corpus.entities[0].aliases) == ["Belarusian", "Byelorussia"])
        #expect(corpus.mentions[0].map(\.form) == [.name, .demonym, .alias])
    }

    @Test func givenNamesMatchAcrossTransliterations() {
        #expect(PersonName.givenNamesMatch("alexander", "aleksandr"))
        #expect(PersonName.givenNamesMatch("mohammed", "mohamed"))
        #expect(!PersonName.givenNamesMatch("donald", "ivanka"))
        #expect(!PersonName.givenNamesMatch("michael", "michelle"))
    }
}

@Suite struct OrganizationAndPlaceLinkingTests {
    @Test func aNameTaggedBothWaysIsOneEntityOfItsCommonerKind() {
        let article = Article(draft: ArticleDraft(source: "test", title: "Report", body: [.init(.paragraph, "Kremlin, KREMLIN and Kremlin.")]))
        func mention(_ start: Int, _ end: Int, _ kind: EntityKind, _ name: String) -> RecognizedMention {
            let offset = article.blocks[0].range.start
            return RecognizedMention(range: UTF8Range(offset + start, offset + end), kind: kind, form: .name, name: name)
        }
        let corpus = EntityLinker().link(articles: [article], recognized: [[
            mention(0, 7, .place, "Kremlin"), mention(9, 16, .organization, "KREMLIN"), mention(21, 28, .place, "Kremlin"),
        ]])
        #expect(corpus.entities.count == 1)
        #expect(corpus.entities[0].kind == .place)
        #expect(corpus.entities[0].name == "Kremlin")
        #expect(corpus.entities[0].aliases == ["KREMLIN"])
    }
}
