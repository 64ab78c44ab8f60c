import Testing
@testable import DossierReader

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("’", 1), ("“", 1), ("—", 1), ("é", 1), ("e\u{301}", 1), ("ñ", 1),
        ("漢", 2), ("한", 2), ("カ", 2), ("Ａ", 2), ("\u{3000}", 2),
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇧🇾", 2), ("❤️", 2), ("1️⃣", 2),
        ("❤", 1), ("☺︎", 1),
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{200B}", 0),
    ] as [(String, Int)])
    func clusterWidths(text: String, width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(Character(text)) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthAddsClusters() {
        #expect(DisplayWidth.of("Minsk 漢字 👍🏽") == 13)
    }
}
