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

    @Test func aFileWithoutDocumentsIsTaggedWholeInParts() throws {
        let recognizer = try #require(RecognitionFixtures.recognizer)
        let sentence = "Mike NNP O\nPompeo NNP O\nvisited VBD O\nMinsk NNP O\n\n"
        let count = CoNLLTagging.longestDocument * 2 + 3
        let output = CoNLLTagging.tag(String(repeating: sentence, count: count), with: recognizer)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == count * 5 + 1)
        #expect(lines.filter { $0 == "Minsk B-LOC" }.count == count)
        #expect(lines.filter { $0 == "Mike B-PER" }.count == count)
    }

    @Test func readsIOB1GoldTagsAsIOB2() throws {
        let documents = try CoNLLDocument.documents(in: "A x I-ORG\nB x I-ORG\nC x B-ORG\nD x O\n", path: "test")
        #expect(documents[0].tags[0] == [.beginOrganization, .insideOrganization, .beginOrganization, .outside])
    }

    @Test func anUnknownTagIsAClearError() {
        #expect(throws: DossierError.self) { try CoNLLDocument.documents(in: "A x B-FOO\n", path: "bad.conll") }
    }
}
