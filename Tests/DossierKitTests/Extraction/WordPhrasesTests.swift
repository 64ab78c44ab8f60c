import Testing
@testable import DossierKit

@Suite struct WordPhrasesTests {
    private let phrases = WordPhrases(["share this", "ago", "editor s picks", "read more"])

    @Test(arguments: [
        ("Share this:", true),
        ("2 hours ago", true),
        ("Chicago", false),
        ("Editor's picks", true),
        ("Read moreover", false),
        ("", false),
        ("Shared this", false),
    ])
    func matchesWholeWordsAsContainsWordsDoes(_ text: String, _ expected: Bool) {
        let line = LineText(text)
        #expect(phrases.isFound(in: line) == expected)
        let oneByOne = ["share this", "ago", "editor s picks", "read more"].map(LineText.wordPattern).contains(where: line.containsWords)
        #expect(oneByOne == expected)
    }
}
