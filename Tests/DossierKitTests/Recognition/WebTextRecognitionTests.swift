import Testing
@testable import DossierKit

/// Recognition on text as the web writes it: products and brands, page furniture, title-case
/// headlines, places, country words that are pronouns, other languages. The sentences are the
/// project's own.
@Suite struct WebTextRecognitionTests {
    typealias Found = (text: String, mention: RecognizedMention)

    func people(_ found: [Found]) -> [String] { found.filter { $0.mention.kind == .person }.map(\.text) }
    func countries(_ found: [Found]) -> [String] { found.filter { $0.mention.kind == .country }.map(\.text) }

    @Test func productsAndBrandsAreNotPeople() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Google adds a faster model to its assistant",
            "Google said on Tuesday that its assistant would answer questions inside its mail app, and that Sundar Pichai would show it at the conference.",
            "Follow our science desk on Facebook, Twitter and Instagram."))
        #expect(people(found) == ["Sundar Pichai"])
        #expect(found.filter { $0.text == "Google" }.allSatisfy { $0.mention.kind == .organization })
    }

    @Test func pageFurnitureAndBylinesMakeNoPeople() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Port talks resume in Riga",
            "Maria Lopez, Diplomatic Correspondent Published 3 May 2025",
            "Follow us", "Share this article Facebook | X | Email | Copy link", "Privacy Policy | Terms of Service",
            "Read More", "Show less", "Most popular", "Customer Loyalty Programs Explained",
            "Officials from both ports met on Monday, Maria Lopez reported."))
        #expect(Set(people(found)) == ["Maria Lopez"])
    }

    @Test func aBylineWithAnAccentedNameIsAPerson() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Lithium rules divide the Andes", "By Sofía Carrasco — April 2, 2025",
            "Mining ministers met in Santiago on Tuesday to compare royalty rules."))
        #expect(people(found) == ["Sofía Carrasco"])
    }

    @Test func titleCaseHeadlinesLeanOnTheRunningText() throws {
        let article = RecognitionFixtures.article(
            title: "Valtonen Asks Washington To Back Arctic Data Network As Ice Season Ends",
            "Finnish Foreign Minister Ingrid Valtonen asked officials in Washington on Monday to back a data network.",
            "Valtonen said the network would share ice reports, and that the season ends in May.")
        let found = try RecognitionFixtures.mentions(in: article)
        let headline = found.filter { article.titleRange?.contains($0.mention.range.start) == true }
        #expect(headline.filter { $0.mention.kind == .person }.map(\.text) == ["Valtonen"])
        #expect(headline.contains { $0.text == "Washington" && $0.mention.kind == .place })
        #expect(!headline.contains { ["Back", "Data", "Network", "Ice", "Season", "Ends"].contains($0.text) })
    }

    @Test func headlineDetectionToleratesSmallWordsAndSentencesThickWithNames() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        func casing(_ line: String) -> UInt8 {
            TaggingDocument(TextTokenizer.tokenize(line), gazetteers: recognizer.tagger.gazetteers).views[0].sentenceCasing
        }
        #expect(casing("What to Know About the New Rules for Ports in the Baltic") == 2)
        #expect(casing("Mike Pompeo visited Minsk") == 0)
        #expect(casing("PUTIN MEETS LUKASHENKO IN MINSK") == 1)
        #expect(casing("Officials said the port would reopen in May.") == 0)
    }

    @Test func knownPlacesAreNotPeople() throws {
        let found = try RecognitionFixtures.mentions(
            "Her Ethiopian counterpart, Dawit Bekele, said Addis Ababa was ready to open data from its river gauges.")
        #expect(people(found) == ["Dawit Bekele"])
        #expect(found.contains { $0.text == "Addis Ababa" && $0.mention.kind == .place })
    }

    @Test func aWordInLowerCaseIsNeverACountry() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Port talks", "Follow us: Facebook | Instagram | YouTube", "Officials from the US and Britain met on Monday."))
        #expect(countries(found) == ["US", "Britain"])
        #expect(people(found).isEmpty)
    }

    @Test func usInAHeadlineNeedsTheRunningText() throws {
        let pronoun = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Join Us On Friday For A Talk With The Mayor", "About Us | Contact Us | Careers",
            "Members told us on Monday that they would come."))
        #expect(countries(pronoun).isEmpty)

        let country = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "CHINA TELLS US TO DROP TARIFFS", "China asked the US on Monday to drop its new tariffs on steel."))
        #expect(countries(country).contains("US"))
        #expect(country.filter { $0.text == "US" }.allSatisfy { $0.mention.code == "US" })
    }

    @Test func aSurnameWithAParticleOpeningASentenceIsAPerson() throws {
        let found = try RecognitionFixtures.mentions(
            "General Abdel Fattah al-Burhan met the envoys in Port Sudan on Sunday. Al-Burhan said the army would join the talks.")
        #expect(people(found) == ["Abdel Fattah al-Burhan", "Al-Burhan"])
    }

    @Test func aCountrysFullNameIsOneCountry() throws {
        let found = try RecognitionFixtures.mentions("Fighting in eastern Democratic Republic of Congo displaced thousands last week.")
        #expect(found.filter { $0.mention.kind == .country }.map(\.mention.code) == ["CD"])
        #expect(countries(found) == ["Democratic Republic of Congo"])
    }

    @Test func symbolsAndEmojiStayOutOfNames() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Readers react", "— Dianna E. Anderson 🏳️‍🌈 (@dianna) November 18, 2019",
            "Spiced honey from Don Victor® sells out every winter, Anna Berg wrote."))
        #expect(people(found).contains("Dianna E. Anderson"))
        #expect(!people(found).contains { $0.contains("®") || $0.contains("🏳") })
    }

    @Test func textInAnotherLanguageMakesNoPeopleOfItsNouns() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Digitalisierung im Mittelstand",
            "Die Digitalisierung verändert die Geschäftsmodelle vieler Unternehmen in Deutschland und Österreich.",
            "Unsere Berater unterstützen Kunden bei der Auswahl der passenden Plattform und begleiten den Wandel.",
            "Im letzten Jahr kamen mehr als tausend Besucher zu unserem Stand auf der Messe in Köln.",
            "Kommen Sie vorbei und sprechen Sie mit unseren Experten über Wachstum und neue Märkte."))
        #expect(found.isEmpty)
    }

    @Test func ordinaryWordsOpeningASentenceOrQuoteAreNotNames() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Letters", "DEAR EDITOR: My husband of twenty years just bought a boat without asking me.",
            "Take Trial Lessons: Many music schools offer a first lesson for free.",
            "Security tests: Check for weak passwords and open ports before launch.",
            "The letters were answered by Anna Berg."))
        #expect(people(found) == ["Anna Berg"])
    }
}

@Suite struct WebTextFeatureTests {
    @Test func accentsAreFoldedForTheGazetteers() {
        func folded(_ word: String) -> UInt64 { Array(word.utf8).withUnsafeBufferPointer { WordInfo($0).folded } }
        #expect(folded("Sofía") == folded("sofia"))
        #expect(folded("ŁÓDŹ") == folded("lodz"))
        #expect(folded("Straße") == folded("strasse"))
        #expect(folded("Minsk") == Array("Minsk".utf8).withUnsafeBufferPointer { WordInfo($0).lower })
    }

    @Test func inflectedWordsFindTheirStems() {
        func has(_ word: String, stem: String) -> Bool {
            Array(word.utf8).withUnsafeBufferPointer { TaggingDocument.anyInflectionStem(of: $0) { $0 == FeatureHash.of(stem) } }
        }
        #expect(has("Takeaways", stem: "takeaway"))
        #expect(has("Studies", stem: "study"))
        #expect(has("Boxes", stem: "box"))
        #expect(has("Planned", stem: "plan"))
        #expect(has("Estimating", stem: "estimate"))
        #expect(has("Running", stem: "run"))
        #expect(!has("Minsk", stem: "mins"))
        #expect(!has("Glass", stem: "glas"))
    }

    @Test func emojiAndSignsAreNotLetters() {
        func hasLetter(_ word: String) -> Bool { Array(word.utf8).withUnsafeBufferPointer { WordInfo($0).flags.contains(.hasLetter) } }
        #expect(!hasLetter("🏳️‍🌈"))
        #expect(!hasLetter("®"))
        #expect(hasLetter("É"))
        #expect(hasLetter("Łódź"))
    }

    @Test func aDocumentInAnotherLanguageIsToldFromEnglish() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        func isInEnglish(_ text: String) -> Bool {
            TaggingDocument(TextTokenizer.tokenize(text), gazetteers: recognizer.tagger.gazetteers).language == .english
        }
        let english = String(repeating: "The ministers agreed on Tuesday to share the reports of their ports and to meet again in May. ", count: 3)
        let portuguese = String(repeating: "Os ministros concordaram em partilhar os relatórios dos portos e voltar a reunir em maio. ", count: 3)
        #expect(isInEnglish(english))
        #expect(!isInEnglish(portuguese))
        #expect(isInEnglish("Too short to tell."))
    }
}
