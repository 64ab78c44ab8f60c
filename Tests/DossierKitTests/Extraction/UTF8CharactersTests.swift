import Testing
@testable import DossierKit

@Suite struct UTF8CharactersTests {
    @Test func answersAsTheStringsCharactersDo() {
        for text in TrickyText.samples() {
            #expect(UTF8Characters.first(text) == text.first, "first of \(text.unicodeScalars.map(\.value))")
            #expect(UTF8Characters.last(text) == text.last, "last of \(text.unicodeScalars.map(\.value))")
            #expect(UTF8Characters.count(text) == text.count, "count of \(text.unicodeScalars.map(\.value))")
            for suffix in ["?", "...", "…", ":", ".com", "e", "é", "\u{301}", "K", ";", "a b"] {
                #expect(UTF8Characters.hasSuffix(text, suffix) == text.hasSuffix(suffix), "\(text.unicodeScalars.map(\.value)) ends with \(suffix)")
            }
        }
    }

    @Test func aCombiningMarkJoinsTheLetterBeforeIt() {
        #expect(UTF8Characters.last("Cafe\u{301}") == "e\u{301}")
        #expect(!UTF8Characters.hasSuffix("Cafe\u{301}", "e"))
        #expect(UTF8Characters.count("Cafe\u{301}") == 4)
        #expect(UTF8Characters.first("\u{0600}1") == "\u{0600}1".first)
        #expect(UTF8Characters.first("\u{0600}1")?.unicodeScalars.count == 2)
    }

    @Test func scalarsThatStandAloneAreCharactersOfTheirOwn() {
        let alone = (0..<0x10000).compactMap { Unicode.Scalar(UInt32($0)) }.filter { UTF8Characters.standsAlone($0.value) }
        // Every pair among a spread of them is two Characters, and no two are equal.
        let spread = stride(from: 0, to: alone.count, by: 97).map { alone[$0] }
        for first in spread {
            for second in spread {
                var pair = String.UnicodeScalarView()
                pair.append(first)
                pair.append(second)
                #expect(String(pair).count == 2, "\(first.value) \(second.value)")
            }
        }
        #expect(Set(alone.map(Character.init)).count == alone.count)
        #expect(!UTF8Characters.standsAlone(0x0D))
        #expect(!UTF8Characters.standsAlone(0x301))
        #expect(!UTF8Characters.standsAlone(0x200D))
    }
}
