import Testing
@testable import DossierKit

@Suite struct TextNormalizationTests {
    /// Cleaning scalar by scalar, as the definition reads.
    private func cleanedByScalars(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if TextNormalization.isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if TextNormalization.isInvisible(scalar) { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    @Test func cleansAsScalarByScalarCleaningDoes() {
        for text in TrickyText.samples() + ["", " ", "a", " a", "a ", "a  b", "a\u{A0}b", "\u{200B}", "a\u{7F}"] {
            let cleaned = TextNormalization.cleanLine(text)
            #expect(Array(cleaned.utf8) == Array(cleanedByScalars(text).utf8), "\(text.unicodeScalars.map(\.value))")
            #expect(TextNormalization.cleanLine(Substring(text)) == cleaned)
            // Clean: cleaning would not change it (the empty text aside, which is rebuilt).
            #expect(UTF8Characters.withBytes(text, TextNormalization.isClean) == (!text.isEmpty && text.utf8.elementsEqual(cleaned.utf8)), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func keepsACleanLineAsItIs() {
        #expect(TextNormalization.cleanLine("Helsinki “port” — 2025") == "Helsinki “port” — 2025")
        #expect(TextNormalization.cleanLine("  Riga\u{200B}\u{A0} port\t") == "Riga port")
    }
}
