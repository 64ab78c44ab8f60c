import Testing
@testable import DossierKit

@Suite struct CoNLLTaggingTests {
    @Test func keepsEveryLineAndTagsTokensInIOB2() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let input = "-DOCSTART- -X- O O\n\nMike NNP O\nPompeo NNP O\nvisited VBD O\nMinsk NNP O\n. . O\n\nHe PRP O\nleft VBD O\n\n"
        let output = CoNLLTagging.tag(input, with: recognizer)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == input.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[0] == "-DOCSTART- -X- O O")
        #expect(lines[2] == "Mike B-PER")
        #expect(lines[3] == "Pompeo I-PER")
        #expect(lines[5] == "Minsk B-LOC")
        #expect(lines[7] == "")
        #expect(lines[9] == "left O")
    }

    /// Without `-DOCSTART-` lines the file is tagged in parts of `longestDocument` sentences,
    /// and every line comes back.
    @Test func aFileWithoutDocumentsIsTaggedInParts() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let sentence = "Mike NNP O\nPompeo NNP O\nvisited VBD O\nMinsk NNP O\n. . O\n\n"
        let count = CoNLLTagging.longestDocument * 2 + 3
        let input = String(repeating: sentence, count: count)
        let parts = CoNLLTagging.documents(in: CoNLLTagging.Line.split(Array(input.utf8)))
        #expect(parts.map(\.count) == [CoNLLTagging.longestDocument * 6, CoNLLTagging.longestDocument * 6, 3 * 6])
        let lines = CoNLLTagging.tag(input, with: recognizer).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == count * 6 + 1)
        #expect(lines.prefix(5) == ["Mike B-PER", "Pompeo I-PER", "visited O", "Minsk B-LOC", ". O"])
    }

    @Test func documentStartLinesPartDocuments() {
        let lines = CoNLLTagging.Line.split(Array("-DOCSTART- -X- O O\n\nA x O\n\n-DOCSTART- -X- O O\n\nB x O\n".utf8))
        #expect(CoNLLTagging.documents(in: lines) == [0..<4, 4..<7])
    }

    @Test func readsIOB1GoldTagsAsIOB2() throws {
        let documents = try CoNLLDocument.documents(in: "A x I-ORG\nB x I-ORG\nC x B-ORG\nD x O\n", path: "test")
        #expect(documents[0].tags[0] == [.beginOrganization, .insideOrganization, .beginOrganization, .outside])
    }

    @Test func anUnknownTagIsAClearError() {
        #expect(throws: DossierError.self) { try CoNLLDocument.documents(in: "A x B-FOO\n", path: "bad.conll") }
    }
}
