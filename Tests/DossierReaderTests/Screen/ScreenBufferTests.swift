import Testing
@testable import DossierReader

@Suite struct ScreenBufferTests {
    @Test func controlCharactersNeverReachACell() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 2))
        buffer.write("a\u{1B}[31mred\u{7}\u{9B}2J\r\nz\u{2028}", row: 0, column: 0)
        buffer.write("\u{0}\u{7F}", row: 1, column: 0)
        for cell in buffer.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "control U+\(String(scalar.value, radix: 16)) in a cell")
            }
        }
        #expect(buffer.text(ofRow: 0).hasPrefix("a␛[31mred␇�2J"))
        #expect(buffer.text(ofRow: 1).hasPrefix("␀␡"))
    }

    @Test func wideCharactersTakeTwoCellsAndAreNotCutAtTheEdge() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        let written = buffer.write("ab漢字", row: 0, column: 0)
        #expect(written == 5)
        #expect(buffer.text(ofRow: 0) == "ab漢 ")
        #expect(buffer[0, 3].isContinuation)
        #expect(!buffer[0, 4].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.write("漢字", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)
        #expect(buffer.text(ofRow: 0) == " x字")
        #expect(!buffer[0, 0].isContinuation && buffer[0, 3].isContinuation)
    }

    @Test func truncationEndsWithAnEllipsisWithinTheLimit() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        #expect(buffer.writeTruncated("Lukashenko", row: 0, column: 0, limit: 6) == 6)
        #expect(buffer.text(ofRow: 0) == "Lukas…    ")
        var controls = ScreenBuffer(size: Size(width: 6, height: 1))
        #expect(controls.writeTruncated("\u{1B}\u{1B}\u{1B}abc", row: 0, column: 0, limit: 4) == 4)
        #expect(controls.text(ofRow: 0) == "␛␛␛…  ")
        var fits = ScreenBuffer(size: Size(width: 10, height: 1))
        #expect(fits.writeTruncated("Minsk", row: 0, column: 0, limit: 5) == 5)
        #expect(fits.text(ofRow: 0) == "Minsk     ")
    }

    @Test func writesOutsideTheScreenAreIgnored() {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
        #expect(buffer.write("abc", row: 1, column: 0) == 0)
        #expect(buffer.write("abcdef", row: 0, column: 1) == 2)
        #expect(buffer.text(ofRow: 0) == " ab")
    }
}
