import DossierKit
import Testing
@testable import DossierReader

@Suite struct TextWrapperTests {
    /// The lines of `text` at `width`, as strings.
    func wrap(_ text: String, _ width: Int) -> [String] {
        TextWrapper.lines(of: text[...], startingAt: 0, width: width).map { range in
            let utf8 = Array(text.utf8)
            return String(decoding: utf8[range.start..<range.end], as: UTF8.self)
        }
    }

    @Test func breaksAtSpacesAndDropsThem() {
        #expect(wrap("the quick brown fox", 10) == ["the quick", "brown fox"])
        #expect(wrap("the quick brown fox", 9) == ["the quick", "brown fox"])
        #expect(wrap("one two", 100) == ["one two"])
    }

    @Test func breaksAWordOnlyWhenLongerThanALine() {
        #expect(wrap("a unbreakableword b", 6) == ["a", "unbrea", "kablew", "ord b"])
        #expect(wrap("short words only here", 5) == ["short", "words", "only", "here"])
    }

    @Test func measuresByDisplayWidth() {
        // Curly quotes, dashes and accents take one column; CJK takes two.
        #expect(wrap("“Café” — déjà vu", 7) == ["“Café”", "— déjà", "vu"])
        #expect(wrap("漢字漢字漢字", 5) == ["漢字", "漢字", "漢字"])
        #expect(wrap("ab 漢字", 4) == ["ab", "漢字"])
    }

    @Test func neverSplitsAGraphemeCluster() {
        let family = "👨‍👩‍👧"
        let text = String(repeating: family, count: 3) + "e\u{301}e\u{301}"
        let lines = wrap(text, 3)
        #expect(lines == [family, family, family + "e\u{301}", "e\u{301}"])
        for line in lines { #expect(DisplayWidth.of(line) <= 3) }
    }

    @Test func emptyParagraphIsOneEmptyLine() {
        #expect(TextWrapper.lines(of: ""[...], startingAt: 7, width: 10) == [UTF8Range(7, 7)])
    }

    @Test func offsetsPointIntoTheWholeText() {
        let text = "Title\n\nSecond paragraph here"
        let start = 7
        let lines = TextWrapper.lines(of: text.dropFirst(start), startingAt: start, width: 8)
        #expect(lines == [UTF8Range(7, 13), UTF8Range(14, 22), UTF8Range(22, 28)]) // "Second", "paragrap", "h here"
    }
}
