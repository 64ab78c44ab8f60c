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

@Suite struct LineTextWordsTests {
    @Test(arguments: [
        ("Advertisement", "advertisement", true, true),
        ("ADVERTISEMENT:", "advertisement", true, true),
        ("Advertisement - Scroll", "advertisement", false, true),
        ("Advertisements", "advertisement", false, false),
        ("Story continues below", "story continues below", true, true),
        ("", "ad", false, false),
        ("Ad", "ad", true, true),
    ])
    func comparesWholeWords(_ text: String, _ phrase: String, _ only: Bool, _ starts: Bool) {
        let line = LineText(text)
        #expect(line.hasOnlyWords(LineText.wordPattern(phrase)) == only)
        #expect(line.startsWithWords(LineText.wordPattern(phrase)) == starts)
    }

    @Test func keepsTheLowercaseBytesAndTheWords() {
        let line = LineText("Share THIS: now")
        #expect(line.withLower { Array($0) } == Array("share this: now".utf8))
        #expect(line.withWords { Array($0) } == Array(" share this now ".utf8))
        #expect(line.wordCount == 3)
        #expect(line.hasPrefix(Array("share".utf8)) && line.hasSuffix(Array(": now".utf8)) && line.contains(Array("is: n".utf8)))
    }
}

@Suite struct WordPhrasesAnywhereTests {
    private let needles = ["reuters/", "ap photo", "/ap)", "credit: ", "photo: ", "©", "(c) ", "a"]

    @Test func findsPhrasesAsContainsAndHasPrefixDo() {
        let phrases = WordPhrases(needles)
        for text in TrickyText.samples(1500, seed: 17) + ["Jane Doe/REUTERS/", "(AP Photo/Jane Doe)", "Photo: AP", "x /ap", "", "credit:"] {
            let line = LineText(text)
            #expect(phrases.isContained(in: line) == needles.map(LineText.wordPattern).contains(where: line.contains), "\(text)")
            #expect(phrases.isPrefix(of: line) == needles.map(LineText.wordPattern).contains(where: line.hasPrefix), "\(text)")
        }
    }
}
