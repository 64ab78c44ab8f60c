import DossierKit
import Testing
@testable import DossierReader

/// Clicks and the wheel, at cells found on the rendered screen.
@Suite struct MouseTests {
    let corpus = CorpusFixture.news()
    let theme = Theme(usesColor: true)

    func state(_ width: Int = 120, _ height: Int = 40) -> ReaderState {
        ReaderState(corpus: corpus, size: Size(width: width, height: height))
    }

    func click(_ row: Int, _ column: Int) -> Action { .mouse(MouseEvent(.click, row: row, column: column)) }

    /// Where `text` is on the screen of `state`: its first cell.
    func place(of text: String, in state: ReaderState, from column: Int = 0) throws -> (row: Int, column: Int) {
        let screen = ReaderView.render(state, theme: theme)
        for row in 0..<screen.size.height {
            if let found = screen.column(of: text, inRow: row, from: column) { return (row, found) }
        }
        throw MouseTestFailure(description: "\(text) is not on the screen:\n" + screen.rows.joined(separator: "\n"))
    }

    struct MouseTestFailure: Error, CustomStringConvertible { let description: String }

    @Test func aClickOnAnArticleFocusesTheListAndOpensIt() throws {
        let reader = state().after(.focusNext)
        #expect(reader.focus == .text)
        let title = try place(of: "Border trade grows", in: reader)
        let clicked = reader.after(click(title.row, title.column + 3))
        #expect(clicked.focus == .articles)
        #expect(clicked.articleCursor == 1)
        #expect(clicked.openArticle == 1)
        #expect(ReaderView.render(clicked, theme: theme).text(ofRow: title.row).hasPrefix("▸ Border trade grows"))
    }

    @Test func aClickOnAnEntitySelectsIt() throws {
        let reader = state()
        let belarus = try place(of: "Belarus", in: reader, from: 96)
        let clicked = reader.after(click(belarus.row, belarus.column))
        #expect(clicked.focus == .entities)
        #expect(clicked.selectedEntity == CorpusFixture.country)
        #expect(clicked.target?.article == 0)
        #expect(StatusLine.text(clicked).hasPrefix("Belarus · mention 1 of 4"))
    }

    @Test func aClickOnAMentionInTheTextSelectsItsEntityAtThatMention() throws {
        let reader = state()
        let minsk = try place(of: "Minsk on Monday", in: reader)
        let clicked = reader.after(click(minsk.row, minsk.column + 2))
        #expect(clicked.focus == .text)
        #expect(clicked.selectedEntity == CorpusFixture.place)
        let target = try #require(clicked.target)
        #expect(clicked.mention(at: target).map { String(clicked.article![$0.range]) } == "Minsk")
        let screen = ReaderView.render(clicked, theme: theme)
        #expect(screen.styles(of: "Minsk", inRow: minsk.row, from: minsk.column)!.allSatisfy { $0.attributes.contains(.reverse) })
        // The second mention of the person, further down, becomes the target when clicked.
        let critics = try place(of: "Critics of Lukashenko", in: clicked)
        let second = clicked.after(click(critics.row, critics.column + "Critics of ".count))
        #expect(second.selectedEntity == CorpusFixture.person)
        #expect(StatusLine.text(second).hasPrefix("Alexander Lukashenko · mention 2 of 4"))
    }

    @Test func aClickOnPlainTextOrAHeaderOnlyFocuses() throws {
        let reader = state()
        let plain = try place(of: "touched on trade", in: reader)
        let clicked = reader.after(click(plain.row, plain.column + 3))
        #expect(clicked.focus == .text)
        #expect(clicked.selectedEntity == nil)
        let header = try place(of: "Entities · this article", in: reader)
        let focused = reader.after(click(header.row, header.column))
        #expect(focused.focus == .entities)
        #expect(focused.selectedEntity == nil)
        // Past the end of a line, or on the rule between panes: nothing is selected.
        #expect(reader.after(click(plain.row, 94)).selectedEntity == nil)
    }

    @Test func theWheelScrollsThePaneUnderThePointerWithoutFocusingIt() throws {
        let reader = state(120, 12).after(.moveDown, .moveDown, .moveDown, .activate, .moveUp, .moveUp, .moveUp)
        #expect(reader.openArticle == 3 && reader.focus == .articles)
        let text = try place(of: "Paragraph 3 of", in: reader)
        let scrolled = reader.after(.mouse(MouseEvent(.wheelDown, row: text.row, column: text.column)))
        #expect(scrolled.focus == .articles)
        #expect(scrolled.textTop > 0)
        #expect(try place(of: "Paragraph 3 of", in: scrolled).row == text.row - 3)
        let back = scrolled.after(.mouse(MouseEvent(.wheelUp, row: text.row, column: text.column)))
        #expect(back.textTop == reader.textTop)

        let list = scrolled.after(.mouse(MouseEvent(.wheelDown, row: 2, column: 5)))
        #expect(list.articleCursor == 3)
        #expect(list.openArticle == 3)
        #expect(list.after(.mouse(MouseEvent(.wheelUp, row: 2, column: 5))).articleCursor == 0)
    }

    @Test func aClickOnTheStatusLinesTargetOpensItsMentions() throws {
        let selected = state().after(.focusPrevious, .activate)
        let status = selected.layout.status.y
        #expect(StatusLine.targetColumns(selected) == 1..<21)
        let opened = selected.after(click(status, 5))
        guard case .mentions(let list)? = opened.view?.content else {
            Issue.record("a click on the target opens the mentions view")
            return
        }
        guard case .mentions(let expected)? = selected.after(.showMentions).view?.content else { return }
        #expect(list.rows.count == expected.rows.count)
        #expect(selected.after(click(status, 30)).view == nil)
        // With no target, or a notice in its place, the status line does nothing.
        #expect(state().after(click(status, 5)).notice == nil)
        let noticed = ReaderState.noticed(selected, "Starred")
        #expect(noticed.after(click(status, 3)).notice == nil)
    }

    @Test func onANarrowScreenATabFocusesItsPane() throws {
        let reader = state(60, 20)
        let tab = try place(of: "Entities", in: reader)
        #expect(tab.row == 0)
        let clicked = reader.after(click(0, tab.column + 2))
        #expect(clicked.focus == .entities)
        #expect(ReaderView.render(clicked, theme: theme).text(ofRow: 1).contains("Alexander Lukashenko"))
        // A click on the shown list opens the article and shows its text.
        let list = reader.after(click(2, 4))
        #expect(list.openArticle == 1)
        #expect(list.focus == .text)
    }

    @Test func overTheHelpTheWheelScrollsAndAClickOutsideClosesIt() throws {
        let help = state(60, 12).after(.toggleHelp)
        let box = HelpOverlay.box(.defaults).frame(in: help.size)
        let scrolled = help.after(.mouse(MouseEvent(.wheelDown, row: box.y + 2, column: box.x + 2)))
        #expect(scrolled.overlayTop == 3)
        #expect(scrolled.after(click(box.y + 2, box.x + 2)).isShowingOverlay)
        #expect(!scrolled.after(click(11, 0)).isShowingOverlay)
        #expect(scrolled.after(click(11, 0)).articleCursor == 0)
    }
}
