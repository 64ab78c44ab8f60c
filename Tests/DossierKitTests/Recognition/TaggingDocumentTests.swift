import Testing
@testable import DossierKit

@Suite struct TaggingDocumentTests {
    static func document(_ text: String) throws -> TaggingDocument {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        return TaggingDocument(TextTokenizer.tokenize(text), gazetteers: recognizer.tagger.gazetteers)
    }

    @Test func aSentenceWithoutPunctuationReadsAsIfItEndedWithAFullStop() throws {
        let document = try Self.document("They met in Minsk\nThey met in Minsk.")
        let open = document.text.sentence(0), closed = document.text.sentence(1)
        #expect(document.view(open.upperBound, in: open).word.exact == TokenView.fullStops[0].word.exact)
        #expect(document.view(open.upperBound + 1, in: open).word.exact == TokenView.afterSentence.word.exact)
        #expect(document.view(closed.upperBound, in: closed).word.exact == TokenView.afterSentence.word.exact)
    }

    @Test func headlinesAndDocumentEvidenceAreMarked() throws {
        let document = try Self.document("PUTIN MEETS LUKASHENKO\nPresident Vladimir Putin met Lukashenko, and Trade grew.")
        let views = document.views
        func index(of word: String) -> Int { (0..<views.count).first { document.text.text(of: $0) == word }! }
        #expect(views[0].sentenceCasing == 1)
        #expect(views[3].sentenceCasing == 0)
        #expect(views[index(of: "Lukashenko")].documentCasing & 1 == 1)
        let putin = index(of: "Putin")
        #expect(views[putin].isSurnameInDocument)
        #expect(views[0].isSurnameInDocument)
        #expect(views[index(of: "Trade")].isCommonWord)
        #expect(!views[index(of: "grew")].isCommonWord)
        #expect(!views[putin].isCommonWord)
    }
}
