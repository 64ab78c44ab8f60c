import Testing
@testable import DossierReader

@Suite struct ScreenDiffTests {
    typealias Change = ScreenDiff.Change

    /// Two rows of five cells: "ab漢c" (漢 in columns 2 and 3) and "de   ".
    func screen() -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 2))
        buffer.write("ab漢c", row: 0, column: 0)
        buffer.write("de", row: 1, column: 0)
        return buffer
    }

    /// Every cell of `screen()` once, its wide character as one change two cells wide.
    let everyCell = [
        Change(row: 0, column: 0, width: 1), Change(row: 0, column: 1, width: 1), Change(row: 0, column: 2, width: 2),
        Change(row: 0, column: 4, width: 1),
        Change(row: 1, column: 0, width: 1), Change(row: 1, column: 1, width: 1), Change(row: 1, column: 2, width: 1),
        Change(row: 1, column: 3, width: 1), Change(row: 1, column: 4, width: 1),
    ]

    @Test func theFirstDrawGivesEveryCellInRowMajorOrder() {
        let diff = ScreenDiff(from: nil, to: screen())
        #expect(diff.isFullRepaint)
        #expect(diff.changes == everyCell)
    }

    @Test func identicalScreensGiveNothing() {
        let diff = ScreenDiff(from: screen(), to: screen())
        #expect(!diff.isFullRepaint)
        #expect(diff.changes.isEmpty)
    }

    @Test func oneChangedCellGivesExactlyThatCell() {
        var changed = screen()
        changed.write("x", row: 1, column: 3)
        #expect(ScreenDiff(from: screen(), to: changed).changes == [Change(row: 1, column: 3, width: 1)])
        // A change of style alone is a change.
        var bold = screen()
        bold.addAttributes(.bold, row: 0, columns: 1..<2)
        #expect(ScreenDiff(from: screen(), to: bold).changes == [Change(row: 0, column: 1, width: 1)])
    }

    @Test func aChangeInEitherHalfOfAWideCharacterRedrawsTheWholeCharacter() {
        var second = screen()
        second.addAttributes(.reverse, row: 0, columns: 3..<4) // the continuation cell only
        #expect(second[0, 2] == screen()[0, 2] && second[0, 3] != screen()[0, 3])
        #expect(ScreenDiff(from: screen(), to: second).changes == [Change(row: 0, column: 2, width: 2)])

        var first = screen()
        first.write("字", row: 0, column: 2)
        #expect(ScreenDiff(from: screen(), to: first).changes == [Change(row: 0, column: 2, width: 2)])

        // Two narrow characters where the wide one was: both cells, one cell wide each.
        var narrow = screen()
        narrow.write("xy", row: 0, column: 2)
        #expect(ScreenDiff(from: screen(), to: narrow).changes
            == [Change(row: 0, column: 2, width: 1), Change(row: 0, column: 3, width: 1)])
    }

    @Test func aScreenOfAnotherSizeRepaintsEverything() {
        var smaller = ScreenBuffer(size: Size(width: 5, height: 1))
        smaller.write("ab漢c", row: 0, column: 0)
        let diff = ScreenDiff(from: smaller, to: screen())
        #expect(diff.isFullRepaint)
        #expect(diff.changes == everyCell)
        var narrower = ScreenBuffer(size: Size(width: 4, height: 2))
        narrower.write("ab漢", row: 0, column: 0)
        #expect(ScreenDiff(from: narrower, to: screen()).changes == everyCell)
    }

    @Test func onlyTheDrawableAreaIsDrawnAndAWideCharacterCutByItsEdgeIsOneCellWide() {
        let clipped = ScreenDiff(from: nil, to: screen(), drawable: Size(width: 3, height: 1))
        #expect(clipped.isFullRepaint)
        #expect(clipped.changes == [Change(row: 0, column: 0, width: 1), Change(row: 0, column: 1, width: 1),
                                    Change(row: 0, column: 2, width: 1)])
        // A change outside the drawable area is left out.
        var changed = screen()
        changed.write("x", row: 1, column: 0)
        changed.write("y", row: 0, column: 4)
        #expect(ScreenDiff(from: screen(), to: changed, drawable: Size(width: 4, height: 1)).changes.isEmpty)
        #expect(ScreenDiff(from: screen(), to: changed, drawable: Size(width: 5, height: 2)).changes
            == [Change(row: 0, column: 4, width: 1), Change(row: 1, column: 0, width: 1)])
        // A drawable area larger than the buffer changes nothing; an empty one draws nothing.
        #expect(ScreenDiff(from: nil, to: screen(), drawable: Size(width: 80, height: 24)).changes == everyCell)
        #expect(ScreenDiff(from: nil, to: screen(), drawable: Size(width: 0, height: 0)).changes.isEmpty)
    }
}
