import Testing
@testable import DossierKit

@Suite struct HeadlineCasingTests {
    @Test func aWireHeadlineIsRewrittenInTitleCaseKeepingAcronyms() {
        var document = CoNLLDocument()
        document.sentences = [["NATO", "TALKS", "END", "IN", "THE", "CAPITAL"], ["NATO", "leaders", "met", "."]]
        let acronyms = HeadlineCasing.acronyms(in: document)
        #expect(acronyms == ["NATO"])
        #expect(HeadlineCasing.isInCapitals(document.sentences[0]))
        #expect(!HeadlineCasing.isInCapitals(document.sentences[1]))
        #expect(HeadlineCasing.titleCased(document.sentences[0], keeping: acronyms) == ["NATO", "Talks", "End", "in", "the", "Capital"])
    }
}
