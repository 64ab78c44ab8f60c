import Testing
@testable import DossierKit

@Suite struct EntityRecognizerTests {
    typealias Found = (text: String, mention: RecognizedMention)

    func people(_ found: [Found]) -> [String] { found.filter { $0.mention.kind == .person }.map(\.text) }

    @Test func titlesStayOutOfTheNameAndMarkItsForm() throws {
        let found = try RecognitionFixtures.mentions("President Trump met Secretary of State Mike Pompeo in Washington on Monday.")
        #expect(people(found) == ["Trump", "Mike Pompeo"])
        #expect(found.filter { $0.mention.kind == .person }.allSatisfy { $0.mention.form == .titleName })
    }

    @Test func namesWithParticlesAndHyphensAreWhole() throws {
        let found = try RecognitionFixtures.mentions(
            "Ursula von der Leyen spoke on Tuesday with General Abdel Fattah al-Burhan, the army chief, in Brussels.")
        let names = people(found)
        #expect(names.contains("Ursula von der Leyen"))
        #expect(names.contains("Abdel Fattah al-Burhan"))
    }

    @Test func aNameBeforeAWordForItsGovernmentIsAPerson() throws {
        let found = try RecognitionFixtures.mentions("Diplomats said the Assad regime had lost control of the north.")
        #expect(people(found) == ["Assad"])
    }

    @Test func namesRunTogetherInAListAreParted() throws {
        let found = try RecognitionFixtures.mentions("Related topics: Donald Trump Mike Pence Joe Biden")
        #expect(people(found).contains("Donald Trump"))
        #expect(!people(found).contains { $0.hasPrefix("Donald Trump ") })
    }

    @Test func brandsWithInnerCapitalsAreNotPeople() throws {
        let found = try RecognitionFixtures.mentions(
            "On the new 16-inch MacBook Pro, the keyboard is cooler, Ronald McDonald and Darren DeFreitas said on YouTube.")
        #expect(!people(found).contains { $0.contains("MacBook") || $0.contains("YouTube") })
        #expect(people(found).contains("Ronald McDonald"))
        #expect(people(found).contains("Darren DeFreitas"))
    }

    @Test func possessivesAreNotPartOfTheName() throws {
        let found = try RecognitionFixtures.mentions("Officials said Lukashenko's government welcomed Putin’s visit to Minsk.")
        #expect(people(found) == ["Lukashenko", "Putin"])
        #expect(found.contains { $0.text == "Minsk" && $0.mention.kind == .place })
    }

    @Test func namesInCapitalHeadlinesAreFoundAndTitleCased() throws {
        let article = RecognitionFixtures.article(title: "PUTIN MEETS LUKASHENKO IN MINSK",
                                                   "Vladimir Putin met Alexander Lukashenko in Minsk on Friday, officials said.")
        let found = try RecognitionFixtures.mentions(in: article)
        let headline = found.filter { article.titleRange?.contains($0.mention.range.start) == true }
        #expect(headline.contains { $0.text == "LUKASHENKO" && $0.mention.kind == .person && $0.mention.name == "Lukashenko" })
        #expect(headline.contains { $0.text == "PUTIN" && $0.mention.kind == .person })
    }

    @Test func demonymsCountAsTheirCountry() throws {
        let found = try RecognitionFixtures.mentions(
            "Belarusian officials met Russian diplomats in Vienna, and two Belarussians were released.")
        let countries = found.filter { $0.mention.kind == .country }
        #expect(countries.map(\.text) == ["Belarusian", "Russian", "Belarussians"])
        #expect(countries.map(\.mention.code) == ["BY", "RU", "BY"])
        #expect(countries.allSatisfy { $0.mention.form == .demonym })
        #expect(countries.first?.mention.name == "Belarus")
    }

    @Test func countryAliasesCarryTheCountrysNameAndCode() throws {
        let found = try RecognitionFixtures.mentions("The U.S. and Britain said on Monday that America would send more troops.")
        let countries = found.filter { $0.mention.kind == .country }
        #expect(countries.map(\.mention.code) == ["US", "GB", "US"])
        #expect(countries.map(\.mention.name) == ["United States", "United Kingdom", "United States"])
        #expect(countries.allSatisfy { $0.mention.form == .alias })
    }

    @Test func shortAndOldNamesOfCountriesAreAliases() throws {
        let found = try RecognitionFixtures.mentions(
            "Officials from the US and the UK met their counterparts from Byelorussia in Geneva on Monday.")
        let countries = found.filter { $0.mention.kind == .country }
        #expect(countries.map(\.text) == ["US", "UK", "Byelorussia"])
        #expect(countries.map(\.mention.code) == ["US", "GB", "BY"])
        #expect(countries.allSatisfy { $0.mention.form == .alias })
    }

    @Test func ambiguousCountryWordsAreResolvedByContext() throws {
        let countries = try RecognitionFixtures.mentions("Turkey and Jordan signed a trade agreement in Ankara on Sunday.")
            .filter { $0.mention.kind == .country }
        #expect(countries.map(\.mention.code) == ["TR", "JO"])

        let player = try RecognitionFixtures.mentions("Michael Jordan scored 30 points for Chicago on Saturday night.")
        #expect(people(player) == ["Michael Jordan"])
        #expect(!player.contains { $0.mention.kind == .country })

        let food = try RecognitionFixtures.mentions("They ate roast turkey from fine china plates in the village.")
        #expect(!food.contains { $0.mention.kind == .country })

        let receiver = try RecognitionFixtures.mentions("Chad Johnson caught two passes before the break, the coach said.")
        #expect(people(receiver) == ["Chad Johnson"])
        let capital = try RecognitionFixtures.mentions("Rebels advanced on the capital of Chad, the government said.")
        #expect(capital.filter { $0.mention.kind == .country }.map(\.mention.code) == ["TD"])
    }

    @Test func aStateAfterItsCityIsAPlaceNotTheCountry() throws {
        let found = try RecognitionFixtures.mentions("The company moved from Atlanta, Georgia, to Tbilisi, Georgia, last year.")
        let georgias = found.filter { $0.text == "Georgia" }
        #expect(georgias.map(\.mention.kind) == [.place, .country])
        #expect(georgias.last?.mention.code == "GE")
    }

    @Test func hyphenatedDemonymsCountOneByOne() throws {
        let found = try RecognitionFixtures.mentions("The two leaders discussed Belarusian-Russian defense cooperation in Moscow.")
        #expect(found.filter { $0.mention.kind == .country }.map(\.mention.code) == ["BY", "RU"])
    }

    @Test func pageFurnitureMakesNoPeople() throws {
        let article = RecognitionFixtures.article(title: "Follow us on social", "Top image credit: Reuters", "Show less",
                                                   "Subscribe now to our weekly round-up", "Keep reading",
                                                   "Privacy Policy | Terms of Use", "Show Less",
                                                   "Markets rally as rates fall - Read More »")
        #expect(people(try RecognitionFixtures.mentions(in: article)).isEmpty)
    }

    @Test func mentionsAreSortedAndDoNotOverlap() throws {
        let found = try RecognitionFixtures.mentions(
            "Secretary of State Mike Pompeo visited Minsk, where Belarusian President Alexander Lukashenko and U.S. diplomats met.")
        let ranges = found.map(\.mention.range)
        #expect(!ranges.isEmpty)
        #expect(ranges == ranges.sorted())
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    @Test func oddTextDoesNotTrapAndRangesStayInsideIt() throws {
        let article = RecognitionFixtures.article("\u{FFFD} ’’ — -- ... ((( ))) 's ' \" Ünïcödé ÉLAN 🇧🇾 . . Minsk", "’s", "-", "A.")
        let found = try RecognitionFixtures.mentions(in: article)
        #expect(found.allSatisfy { $0.mention.range.end <= article.text.utf8.count })
        #expect(found.contains { $0.text == "Minsk" })
    }
}

@Suite struct RecognizerRobustnessTests {
    /// Text made of pieces that trouble tokenizers — dashes, quotes, lone apostrophes,
    /// combining marks, emoji, control characters, long runs — in seeded random orders: the
    /// recognizer never traps, and its ranges stay sorted, apart and on character boundaries.
    @Test func randomTextKeepsEveryInvariant() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let pieces = ["Minsk", "U.S.", "’s", "'", "—", "--", "-", "al-", "Mr.", ".", " ", "\n", "\"", "“", "”", "(", ")", "/",
                      "BELARUS", "e\u{301}", "🇧🇾", "👨‍👩‍👧", "\u{7}", "\u{200B}", "1996/97", "Lukashenko", "von", "der", "…", "\t",
                      "Secretary of State", "Belarusian-Russian", String(repeating: "x", count: 70), "Ａ", "İ"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let article = Article(draft: ArticleDraft(source: "random", title: text, body: [.init(.paragraph, text)]))
            let mentions = recognizer.recognize(article)
            let ranges = mentions.map(\.range)
            #expect(ranges == ranges.sorted())
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.end <= $1.start })
            let utf8 = Array(article.text.utf8)
            for range in ranges {
                #expect(range.start >= 0 && range.end <= utf8.count && range.start < range.end)
                #expect(String(validating: utf8[range.start..<range.end], as: UTF8.self) != nil)
            }
        }
    }
}

/// A text too long to read whole is read in pieces cut at paragraph breaks, its mentions at
/// their places in the whole text.
@Suite struct LongTextRecognitionTests {
    @Test func piecesGiveMentionsAtTheirPlaceInTheWholeText() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer, "the shipped model did not load")
        let paragraphs = (0..<12).map { number in
            "Report \(number). Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday, officials in Germany said."
        }
        let text = paragraphs.joined(separator: "\n\n")
        let whole = recognizer.recognition(of: text, pieceBytes: text.utf8.count)
        let pieces = recognizer.recognition(of: text, pieceBytes: 300)
        #expect(TextPieces.cut(text, atMost: 300).count > 4)
        #expect(pieces.language == .english)
        let bytes = Array(text.utf8)
        func surfaces(_ recognition: ArticleRecognition) -> [String] {
            recognition.mentions.map { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) }
        }
        #expect(surfaces(pieces).filter { $0 == "Olaf Scholz" }.count == 12)
        #expect(surfaces(pieces).filter { $0 == "Emmanuel Macron" }.count == 12)
        #expect(surfaces(pieces) == surfaces(whole))
        #expect(pieces.sentenceStarts == whole.sentenceStarts)
    }

    @Test func piecesEndAtParagraphBreaksAndCoverTheText() {
        let text = String(repeating: "Ministers met again. ", count: 40) + "\n\n" + String(repeating: "Café ", count: 200)
        let pieces = TextPieces.cut(text, atMost: 256)
        #expect(pieces.map(\.text).joined() == text)
        #expect(pieces.allSatisfy { $0.text.utf8.count <= 256 })
        var offset = 0
        for piece in pieces {
            #expect(piece.offset == offset)
            offset += piece.text.utf8.count
        }
    }
}
