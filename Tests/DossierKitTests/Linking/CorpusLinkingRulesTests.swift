import Testing
@testable import DossierKit

/// The corpus-level rules of linking: one kind per name (`NameKindVote`), acronyms and their
/// expansions (`AcronymLinking`), the canonical capitalization, and no link across kinds. The
/// articles are the project's own sentences; each names its mentions by text and kind.
@Suite struct CorpusLinkingRulesTests {
    /// An article of one paragraph with mentions of the given texts, kinds and (for a country)
    /// codes, found in order of the list from left to right.
    static func article(_ text: String, _ mentions: [(String, EntityKind)], codes: [String: String] = [:])
        -> (Article, [RecognizedMention]) {
        let article = Article(draft: ArticleDraft(source: "test", title: "Report", body: [.init(.paragraph, text)]))
        let bytes = Array(article.text.utf8)
        var from = article.blocks[0].range.start
        let found = mentions.map { word, kind -> RecognizedMention in
            let needle = Array(word.utf8)
            let start = (from...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            from = start + needle.count
            let range = UTF8Range(start, from)
            if kind == .country, let code = codes[word] {
                return RecognizedMention(range: range, kind: .country, form: .name, name: word, code: code)
            }
            return RecognizedMention(range: range, kind: kind, form: .name, name: word)
        }
        return (article, found)
    }

    static func link(_ pairs: [(Article, [RecognizedMention])], rules: Set<EntityLinker.Rule> = Set(EntityLinker.Rule.allCases)) -> Corpus {
        EntityLinker(rules: rules).link(articles: pairs.map(\.0), recognized: pairs.map(\.1))
    }

    /// The kind and name of the entity of each mention, article by article.
    static func linked(_ corpus: Corpus) -> [[String]] {
        corpus.mentions.map { list in list.map { "\(corpus.entities[$0.entity].kind.rawValue) \(corpus.entities[$0.entity].name)" } }
    }

    // MARK: One kind per name

    @Test func aNameTakesTheKindTheCorpusGivesItMost() {
        let articles = [
            Self.article("Tessaly raised prices. Tessaly said so.", [("Tessaly", .person), ("Tessaly", .person)]),
            Self.article("Tessaly opened an office.", [("Tessaly", .organization)]),
            Self.article("Shares of Tessaly fell.", [("Tessaly", .organization)]),
        ]
        let corpus = Self.link(articles)
        #expect(Self.linked(corpus) == [["organization Tessaly", "organization Tessaly"], ["organization Tessaly"], ["organization Tessaly"]])
        #expect(corpus.entities.filter { corpus.mentionCount(of: $0.id) > 0 }.count == 1)
        // Without the vote, the name is shown under two kinds.
        let unvoted = Self.link(articles, rules: [.acronyms])
        #expect(Set(unvoted.entities.map(\.kind)) == [.person, .organization])
    }

    @Test func theOrganizationListOutvotesOneArticle() {
        let corpus = Self.link([Self.article("We met at Google on Monday.", [("Google", .place)])])
        #expect(Self.linked(corpus) == [["organization Google"]])
    }

    @Test func aSurnameTheCorpusGivesAPersonIsThatPerson() {
        let corpus = Self.link([
            Self.article("Obama spoke in Ohio. Obama left.", [("Obama", .place), ("Obama", .place)]),
            Self.article("Barack Obama spoke.", [("Barack Obama", .person)]),
            Self.article("Barack Obama wrote a book.", [("Barack Obama", .person)]),
        ])
        #expect(Self.linked(corpus) == [["person Barack Obama", "person Barack Obama"], ["person Barack Obama"], ["person Barack Obama"]])
    }

    /// Cities name teams: each article keeps its own reading of a name the place list holds.
    @Test func aPlacesNameIsLeftToEachArticle() {
        let corpus = Self.link([
            Self.article("Chicago beat Detroit 4-1.", [("Chicago", .organization), ("Detroit", .organization)]),
            Self.article("Snow fell on Chicago.", [("Chicago", .place)]),
            Self.article("Rents rose in Chicago.", [("Chicago", .place)]),
        ])
        #expect(Self.linked(corpus)[0] == ["organization Chicago", "organization Detroit"])
        #expect(Self.linked(corpus)[1] == ["place Chicago"])
    }

    /// An article that names a person in full keeps the person, whatever the corpus says.
    @Test func anArticleNamingAPersonInFullKeepsThePerson() {
        let corpus = Self.link([
            Self.article("Daniel Tessaly spoke. Tessaly left.", [("Daniel Tessaly", .person), ("Tessaly", .person)]),
            Self.article("Tessaly opened an office.", [("Tessaly", .organization)]),
            Self.article("Shares of Tessaly fell.", [("Tessaly", .organization)]),
            Self.article("Tessaly hired staff.", [("Tessaly", .organization)]),
        ])
        #expect(Self.linked(corpus)[0] == ["person Daniel Tessaly", "person Daniel Tessaly"])
        #expect(Self.linked(corpus)[1] == ["organization Tessaly"])
    }

    // MARK: No link across kinds

    @Test func aLinkNeverJoinsMentionsOfDifferentKinds() {
        let corpus = Self.link([
            Self.article("Brazil star Neymar scored. Brazil won.", [("Brazil", .country), ("Neymar", .person), ("Brazil", .country)],
                         codes: ["Brazil": "BR"]),
            Self.article("Brazil thanked Marta Brazil.", [("Brazil", .country), ("Marta Brazil", .person)], codes: ["Brazil": "BR"]),
            // A tie: one article each way, one mention each.
            Self.article("Aurelle called.", [("Aurelle", .person)]),
            Self.article("Aurelle shipped.", [("Aurelle", .organization)]),
        ])
        #expect(Self.linked(corpus)[0] == ["country Brazil", "person Neymar", "country Brazil"])
        #expect(Self.linked(corpus)[1] == ["country Brazil", "person Marta Brazil"])
        // Every entity's mentions were recognized under its own kind.
        for (article, list) in corpus.mentions.enumerated() {
            for mention in list {
                let entity = corpus.entities[mention.entity]
                let others = corpus.locations(of: entity.id).map { corpus.mention(at: $0) }
                #expect(others.allSatisfy { corpus.entities[$0.entity].kind == entity.kind }, "article \(article)")
            }
        }
        #expect(Self.linked(corpus)[2] == ["person Aurelle"])
        #expect(Self.linked(corpus)[3] == ["organization Aurelle"])
    }

    // MARK: Acronyms

    @Test func anAcronymTheArticleIntroducesIsItsExpansion() {
        let corpus = Self.link([
            Self.article("The Harbor Water Authority (HWA) raised rates. HWA said costs rose.",
                         [("Harbor Water Authority", .organization), ("HWA", .organization), ("HWA", .organization)]),
            Self.article("HWA will vote in May.", [("HWA", .organization)]),
        ])
        let entities = corpus.entities.filter { corpus.mentionCount(of: $0.id) > 0 }
        #expect(entities.count == 1)
        #expect(entities.first?.key == EntityKey("organization:harbor water authority"))
        #expect(entities.first?.name == "HWA")
        #expect(entities.first?.aliases == ["Harbor Water Authority"])
        // Without the rule: two entities.
        #expect(Self.link([Self.article("The Harbor Water Authority (HWA) raised rates.",
                                        [("Harbor Water Authority", .organization), ("HWA", .organization)])],
                          rules: [.kindVote]).entities.count == 2)
    }

    @Test func smallWordsMayBeLeftOutOfAnAcronym() {
        #expect(Acronym.initials(of: "National Aeronautics and Space Administration").contains("NASA"))
        #expect(Acronym.initials(of: "Organisation for Economic Co-operation and Development").contains("OECD"))
        #expect(Acronym.initials(of: "Europe") == [])
        #expect(Acronym.isAcronym("EU") && Acronym.isAcronym(Acronym.written("U.N.")) && !Acronym.isAcronym("Nasa"))
    }

    @Test func aNameHoldingTheAcronymIntroducesNothing() {
        let corpus = Self.link([
            Self.article("AI Integration is a service; AI is a field.", [("AI Integration", .organization), ("AI", .organization)]),
        ])
        #expect(corpus.entities.count == 2)
    }

    /// Only in the sentence that introduces it: a name elsewhere in the article with the same
    /// initials is no expansion.
    @Test func anExpansionOutsideTheAcronymsSentenceIsNone() {
        let corpus = Self.link([
            Self.article("Apple Inc. shipped phones. AI helps.", [("Apple Inc.", .organization), ("AI", .organization)]),
        ])
        #expect(corpus.entities.count == 2)
    }

    @Test func aWellKnownAcronymIsKeyedByItsExpansion() {
        let corpus = Self.link([
            Self.article("NATO met. The EU agreed.", [("NATO", .organization), ("EU", .place)]),
            Self.article("The European Union agreed.", [("European Union", .organization)]),
        ])
        // As often "EU" as "European Union": the longer is the name.
        #expect(Self.linked(corpus) == [["organization NATO", "organization European Union"], ["organization European Union"]])
        let keys = Set(corpus.entities.filter { corpus.mentionCount(of: $0.id) > 0 }.map(\.key.rawValue))
        #expect(keys == ["organization:north atlantic treaty organization", "organization:european union"])
    }

    /// Where the gazetteers know an acronym, another article's introduction of it does not
    /// carry over to articles that do not introduce it.
    @Test func aWellKnownAcronymIsNotTakenOverByOneArticlesIntroduction() {
        let corpus = Self.link([
            Self.article("A Certified Internal Auditor (CIA) checks books.",
                         [("Certified Internal Auditor", .organization), ("CIA", .organization)]),
            Self.article("The CIA declined to comment.", [("CIA", .organization)]),
        ])
        #expect(corpus.mentions[0][1].entity != corpus.mentions[1][0].entity)
        #expect(corpus.entities[corpus.mentions[1][0].entity].key == EntityKey("organization:central intelligence agency"))
    }

    // MARK: Canonical names

    @Test func theCanonicalNameKeepsTheCapitalizationMostUsed() {
        let corpus = Self.link([
            Self.article("NASA, NASA and Nasa.", [("NASA", .organization), ("NASA", .organization), ("Nasa", .organization)]),
            Self.article("GOOGLE and Google.", [("GOOGLE", .organization), ("Google", .organization)]),
        ])
        let names = Set(corpus.entities.map(\.name))
        #expect(names == ["NASA", "Google"])
        #expect(corpus.entities.first { $0.name == "NASA" }?.aliases == ["Nasa"])
    }
}
