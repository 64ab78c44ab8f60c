import Testing
@testable import DossierKit

@Suite struct ASCIISearchTests {
    @Test(arguments: [
        ("Jane Doe and John Roe", " and ", true),
        ("Team Acme", " and ", false),
        ("Doe, Jane", ",", true),
        ("", ",", false),
        ("ab", "abc", false),
        ("Café and bar", " and ", true),
    ])
    func findsBytes(_ text: String, _ needle: String, _ expected: Bool) {
        #expect(ASCIISearch.contains(text, needle) == expected)
        #expect(ASCIISearch.contains(text, needle) == text.contains(needle))
    }

    @Test(arguments: ["Last UPDATED May 2", "updated", "Modified: today", "Updat", "Édité", "Published", "UPDAT\u{301}E"])
    func ignoresCaseAsLoweringDoes(_ text: String) {
        #expect(ASCIISearch.containsIgnoringCase(text, "updat") == text.lowercased().contains("updat"))
    }

    @Test func aCombiningMarkAfterTheMatchMakesAnotherCharacter() {
        // "n" + U+0303 is one character, "ñ", so the text does not hold " an" character by character.
        #expect(!ASCIISearch.contains("Jane an\u{303}d John", " an"))
        #expect(ASCIISearch.contains("Jane and John", " an"))
        #expect(ASCIISearch.contains(Substring("x, y"), ","))
    }

    @Test func needlesBeyondASCIIAreComparedByCharacters() {
        // "e" + U+0301 and "é" are one character.
        #expect(ASCIISearch.contains("Cafe\u{301}, Paris", "Café,"))
        #expect(ASCIISearch.contains("\u{212A}ate Doe", "Kate"))
    }
}

@Suite struct ASCIISearchSuffixTests {
    @Test func endsAsLoweredTextDoes() {
        for text in TrickyText.samples(2000, seed: 13) + ["News.COM", "a.com\u{301}", "x\u{212A}.com", ".com", "com"] {
            for suffix in [".com", "said:", "k", ";"] {
                #expect(ASCIISearch.hasSuffixIgnoringCase(text, suffix) == text.lowercased().hasSuffix(suffix), "\(text.unicodeScalars.map(\.value)) \(suffix)")
            }
        }
    }
}
