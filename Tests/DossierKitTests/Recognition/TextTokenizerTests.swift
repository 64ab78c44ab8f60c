import Testing
@testable import DossierKit

@Suite struct TextTokenizerTests {
    func tokens(_ text: String) -> [String] {
        let tokenized = TextTokenizer.tokenize(text)
        return (0..<tokenized.count).map { tokenized.text(of: $0) }
    }

    @Test func abbreviationsAndInitialsKeepTheirFullStops() {
        #expect(tokens("Mr. Smith met J. Doe in the U.S. on Monday.") == ["Mr.", "Smith", "met", "J.", "Doe", "in", "the", "U.S.", "on", "Monday", "."])
    }

    @Test func possessivesAndPunctuationStandApart() {
        #expect(tokens("Belarus’s leader (Lukashenko) said: “Yes.”") == ["Belarus", "’s", "leader", "(", "Lukashenko", ")", "said", ":", "“", "Yes", ".", "”"])
        #expect(tokens("the allies' plan") == ["the", "allies", "'", "plan"])
    }

    @Test func hyphensStayInsideWordsAndDashesSplitThem() {
        #expect(tokens("al-Burhan’s bonds—sowing fears––again") == ["al-Burhan", "’s", "bonds", "—", "sowing", "fears", "–", "–", "again"])
    }

    @Test func slashesPartWordsButNotNumbers() {
        #expect(tokens("Photo: REUTERS/Jane Doe, open 24/7") == ["Photo", ":", "REUTERS", "/", "Jane", "Doe", ",", "open", "24/7"])
    }

    @Test func sentencesEndAtFullStopsAndLineBreaks() {
        let text = TextTokenizer.tokenize("He left. She stayed in the U.S. today\nShow less")
        #expect(text.sentenceCount == 3)
        #expect(text.text(of: text.sentence(1).lowerBound) == "She")
        #expect(text.text(of: text.sentence(2).lowerBound) == "Show")
    }

    @Test func tokenRangesAreUTF8OffsetsIntoTheText() {
        let source = "Ünïcödé Łukaszenka spoke."
        let text = TextTokenizer.tokenize(source)
        let utf8 = Array(source.utf8)
        for token in 0..<text.count {
            let range = text.range(of: token)
            #expect(String(decoding: utf8[range.start..<range.end], as: UTF8.self) == text.text(of: token))
        }
    }
}
