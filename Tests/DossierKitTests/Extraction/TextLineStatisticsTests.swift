import Testing
@testable import DossierKit

/// The byte-level statistics of a plain-text line, against their definitions by scalars and
/// Characters.
@Suite struct TextLineStatisticsTests {
    private func wordCountByScalars(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var ideographs = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if (0x3040...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) { ideographs += 1 }
            }
        }
        return words + ideographs / 2
    }

    private func endsSentenceByScalars(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, "\"'”’)]»".unicodeScalars.contains(last) { scalars.removeLast() }
        guard let last = scalars.last else { return false }
        return ".!?…:;。！？".unicodeScalars.contains(last)
    }

    @Test func countsAndEndsAsScalarsDo() {
        for text in TrickyText.samples() + ["中文字の文", "가나다", "\u{F900}\u{FAFF}", "\u{303F}\u{3040}", "。 。"] {
            #expect(TextLine.wordCount(text) == wordCountByScalars(text), "\(text.unicodeScalars.map(\.value))")
            #expect(TextLine.endsSentence(text) == endsSentenceByScalars(text), "\(text.unicodeScalars.map(\.value))")
            let marks = text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).dropLast().filter { [0x2E, 0x3F, 0x21].contains($0.last) }.count
                + text.unicodeScalars.filter { $0 == "。" }.count
            #expect(TextLine.hasSentences(text, words: 40) == (marks >= 1))
            #expect(TextLine(text, startsParagraph: true).length == text.count)
        }
    }

    @Test func looksForLinksAsLoweredTextDoes() {
        for text in TrickyText.samples(2000, seed: 5) {
            let lower = text.lowercased()
            let expected = lower.contains("http://") || lower.contains("https://") || lower.contains("www.")
                || (lower.contains("@") && !lower.contains(" ")) || lower.hasSuffix(".com")
            #expect(TextLine.isLinkLike(text, words: 1) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func cutsLinesWhereCharactersAre() {
        for text in TrickyText.samples(2000, seed: 9) {
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                .map(TextNormalization.cleanLine)
            #expect(PlainTextArticleExtractor.cleanedLines(of: text) == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
