import Testing
@testable import DossierKit

/// Recognition on today's web: one kind per name, the organization list, code and page
/// furniture, languages that are no countries, articles in other languages, and the one
/// sentence splitter. The sentences are the project's own.
@Suite struct TodaysWebTests {
    typealias Found = (text: String, mention: RecognizedMention)

    func kinds(of name: String, in found: [Found]) -> Set<EntityKind> {
        Set(found.filter { $0.text == name }.map(\.mention.kind))
    }

    @Test func aListedCompanyIsAnOrganizationInEveryMention() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Phone makers cut prices",
            "Samsung lowered the price of its folding phone on Monday.",
            "Analysts said Samsung had little choice after a slow spring.",
            "Samsung, which reports results next week, declined to comment."))
        #expect(kinds(of: "Samsung", in: found) == [.organization])
    }

    @Test func aLineOfCodeMakesNoNames() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Reading a config file",
            "Call Parser_Init(Config_Path) before anything else.",
            "settings = Loader.read(Default_Settings)",
            "Maria Lopez wrote the first version of the loader."))
        #expect(found.map(\.text) == ["Maria Lopez"])
        let code = Array("user_id".utf8).withUnsafeBufferPointer { WordInfo($0).flags }
        let address = Array("example.org/a_b".utf8).withUnsafeBufferPointer { WordInfo($0).flags }
        #expect(code.contains(.codeMark))
        #expect(!address.contains(.codeMark))
    }

    @Test func navigationLabelsMakeNoEntities() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Harbour pilots strike in Gdansk",
            "Contact Us", "About Us", "Latest Stories | Opinion",
            "Pilots in Gdansk stopped work on Friday, the union said."))
        #expect(!found.contains { ["Contact Us", "About Us", "Us", "Latest Stories", "Opinion"].contains($0.text) })
        #expect(!found.contains { $0.mention.code == "US" })
    }

    @Test func aLanguagesNameIsNoCountry() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "A guide in two languages",
            "The guide is written in English and translated into Spanish.",
            "An English-language edition follows in May, with French subtitles.",
            "French officials and Spanish museums paid for the project."))
        let countries = found.filter { $0.mention.kind == .country }.map(\.text)
        #expect(countries == ["French", "Spanish"])
    }

    /// A language's name standing as a noun where the clause ends, alone or ending a list of
    /// languages, is the language; before a noun, or after "the" or "is", a people's.
    @Test func aLanguagesNameEndingAListIsNoCountry() throws {
        let found = try RecognitionFixtures.mentions(in: RecognitionFixtures.article(
            title: "Evening classes at the library",
            "The library offers evening classes in Portuguese, German, Italian and English.",
            "Each course ends with a short exam in plain English.",
            "The German coach, Maria Lopez, grew up in Hamburg; she is German."))
        let countries = found.filter { $0.mention.kind == .country }.map(\.text)
        #expect(countries == ["German", "German"])
    }

    @Test func anAcronymInThePluralIsNoName() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let article = RecognitionFixtures.article(
            title: "Choosing hardware for a small office",
            "GPUs cost more this year, and CEOs of small firms noticed.",
            "Priya Raman compared three APIs before she chose one.",
            "Most SMBs still buy laptops from Dell.")
        let plurals: Set<String> = ["GPUs", "CEOs", "APIs", "SMBs"]
        let found = recognizer.recognize(article).map { String(article[$0.range]) }
        #expect(!found.contains { plurals.contains($0) })
        #expect(found.contains("Priya Raman"))
        // The tagger alone takes some of them for names.
        let unrepaired = recognizer.disablingRepairs(["PluralAcronymRepair"]).recognize(article).map { String(article[$0.range]) }
        #expect(unrepaired.contains { plurals.contains($0) })
        let plural = Array("NGOs".utf8).withUnsafeBufferPointer(PluralAcronymRepair.isPluralAcronym)
        let name = Array("Ross".utf8).withUnsafeBufferPointer(PluralAcronymRepair.isPluralAcronym)
        let capitals = Array("UPS".utf8).withUnsafeBufferPointer(PluralAcronymRepair.isPluralAcronym)
        #expect(plural && !name && !capitals)
    }

    @Test func anArticleInAnotherLanguageIsSkippedAndSaysSo() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let german = RecognitionFixtures.article(
            title: "Neue Fähre zwischen Kiel und Oslo",
            "Die neue Fähre fährt ab Montag jeden Abend von Kiel nach Oslo und zurück.",
            "Nach Angaben der Reederei sind die ersten Wochen schon fast ausgebucht.",
            "Kapitänin Anna Berg sagte, die Mannschaft freue sich auf die erste Fahrt.")
        let recognition = recognizer.recognition(of: german)
        #expect(recognition.isSkipped)
        #expect(recognition.language == .otherLatinScript)
        #expect(recognition.mentions.isEmpty)
        #expect(recognizer.recognize(german).isEmpty)

        let russian = RecognitionFixtures.article(title: "Новый паром", "Новый паром будет ходить каждый вечер между Килем и Осло.")
        #expect(recognizer.recognition(of: russian).language == .otherScript)

        let english = RecognitionFixtures.article(
            title: "A new ferry to Oslo", "The new ferry will sail every evening from Kiel to Oslo, Anna Berg said.")
        let read = recognizer.recognition(of: english)
        #expect(!read.isSkipped)
        #expect(read.mentions.contains { english[$0.range] == "Anna Berg" && $0.kind == .person })
    }

    @Test func sentenceRangesAreTheTokenizersSentences() {
        let text = "Mr. Berg met Dr. Lopez in the U.S. on Friday. Then he left!\nNext line without a stop"
        let sentences = TextSentences.ranges(in: text).map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
        #expect(sentences == ["Mr. Berg met Dr. Lopez in the U.S. on Friday.", "Then he left!", "Next line without a stop"])
    }
}

@Suite struct TrainingDataTests {
    @Test func halvesSplitDocumentsOrElseSentencesAndCoverTheFile() {
        let documents = (0..<6).map { "-DOCSTART- O\n\nWord\(String($0)) O\n" }.joined(separator: "\n")
        let a = DataHalf.a.select(fromCoNLL: documents), b = DataHalf.b.select(fromCoNLL: documents)
        let count = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("Word") }.count }
        #expect(count(a) + count(b) == 6)
        #expect(a.split(separator: "\n").filter { $0.hasPrefix("-DOCSTART-") }.count == count(a))
        let expectedInA = (0..<6).filter { DataHalf.of(unit: $0) == .a }.map { "Word\($0) O" }
        #expect(a.split(separator: "\n").filter { $0.hasPrefix("Word") }.map(String.init) == expectedInA)

        let tweets = "-DOCSTART- O\n\n" + (0..<6).map { "Tweet\($0) O\nend O\n" }.joined(separator: "\n")
        let tweetsA = DataHalf.a.select(fromCoNLL: tweets)
        #expect(tweetsA.hasPrefix("-DOCSTART- O"))
        #expect(tweetsA.split(separator: "\n").filter { $0.hasPrefix("Tweet") }.count == (0..<6).filter { DataHalf.of(unit: $0) == .a }.count)
    }

    @Test func handlesAreUntaggedForTraining() throws {
        let documents = try CoNLLDocument.documents(in: "@ B-PER\nsomeone B-PER\nmet O\nAnna B-PER\n\n@user B-ORG\nhi O\n", path: "test")
        let untagged = documents[0].untaggingHandles()
        #expect(untagged.tags[0] == [.outside, .outside, .outside, .beginPerson])
        #expect(untagged.tags[1] == [.outside, .outside])
    }

    @Test func aMiscellaneousGuessScoresNothingWhereTheSetAnnotatesNone() {
        var scores = EntityScores()
        scores.add(gold: [.beginPerson, .outside], predicted: [.beginPerson, .beginMiscellaneous], types: [.person, .location, .organization])
        #expect(scores.overall.falsePositives == 0)
        #expect(scores.overall.truePositives == 1)
    }

    @Test func theRecipeSaysWhatEachHalfIsFor() {
        let recipe = TrainingRecipe.shipped
        let web = recipe.development.first { $0.name == "uner-ewt-dev" }!
        #expect(web.role(of: .a) == "trained, tuned")
        #expect(web.role(of: .b) == "measured only")
        #expect(!recipe.tuning.contains { $0.set.name == "uner-ewt-dev" })
        #expect(recipe.training.contains { $0.path.hasPrefix("uner") && $0.half == .a })
        #expect(!recipe.training.contains { $0.half == .b })
    }
}
