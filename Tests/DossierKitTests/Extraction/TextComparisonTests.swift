import Testing
@testable import DossierKit

@Suite struct TextComparisonTests {
    /// What `words` means: the text lowercased, cut at every Character that is neither a letter
    /// nor a number.
    private func characterWords(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    @Test func foldsAsCharactersDo() {
        for text in TrickyText.samples() {
            let expected = characterWords(text).joined(separator: " ")
            let folded = TextComparison.fold(text)
            #expect(Array(folded.utf8) == Array(expected.utf8), "fold of \(text.unicodeScalars.map(\.value))")
            #expect(TextComparison.words(text).map(String.init) == characterWords(text).map(String.init))
        }
    }

    @Test func comparesWithAFoldAsEqualityDoes() {
        let texts = TrickyText.samples(600, seed: 11)
        let folds = ["", "read more", "cafe", "café", "cafe\u{301}", "k", "ǆ", "i\u{307}", "a b"] + texts.prefix(60).map(TextComparison.fold)
        for text in texts {
            for folded in folds {
                #expect(TextComparison.fold(text, equals: folded) == (TextComparison.fold(text) == folded))
            }
        }
        #expect(TextComparison.fold("Read More!", equals: "read more"))
        #expect(TextComparison.fold("CAFE\u{301}", equals: "café"))
    }

    @Test func aFoldSetInsertsAsASetOfFoldsDoes() {
        var folds = TextComparison.FoldSet()
        var reference: Set<String> = []
        var generator = TrickyText(seed: 3)
        for _ in 0..<3000 {
            // Few pieces, so that folds repeat.
            let text = generator.next(maximumPieces: 3)
            let inserted = folds.insert(text)
            #expect(inserted == reference.insert(TextComparison.fold(text)).inserted, "\(text.unicodeScalars.map(\.value))")
        }
        var decomposed = TextComparison.FoldSet()
        let first = decomposed.insert("Café au lait")
        let again = decomposed.insert("CAFE\u{301} AU LAIT")
        #expect(first && !again)
    }
}
