import DossierKit
import Testing
@testable import DossierReader

@Suite struct ReducerTests {
    let corpus = CorpusFixture.news()
    let person = CorpusFixture.person

    func state(_ width: Int = 120, _ height: Int = 40) -> ReaderState {
        ReaderState(corpus: corpus, size: Size(width: width, height: height))
    }

    /// The rows of the text pane on screen, as text.
    func visibleText(_ state: ReaderState) -> [String] {
        let lines = state.articleLines!
        let rows = lines.rows(from: lines.position(containing: state.textTop), count: state.layout.content(of: .text).height)
        return rows.map { $0.map { String(lines.article[$0.range]) } ?? "" }
    }

    @Test func listCursorMovesAndStopsAtTheEnds() {
        let start = state()
        #expect(start.after(.moveDown).articleCursor == 1)
        #expect(start.after(.moveUp).articleCursor == 0)
        #expect(start.after(.bottom).articleCursor == corpus.articles.count - 1)
        #expect(start.after(.bottom, .moveDown).articleCursor == corpus.articles.count - 1)
        #expect(start.after(.bottom, .top).articleCursor == 0)
        // Moving the cursor does not open the article; Enter does, at its top.
        #expect(start.after(.moveDown).openArticle == 0)
        let opened = start.after(.moveDown, .activate)
        #expect(opened.openArticle == 1)
        #expect(opened.textTop == 0)
        #expect(opened.entityRows.map(\.entity) == [CorpusFixture.person, CorpusFixture.country])
        #expect(opened.focus == .articles)
    }

    @Test func tabCyclesFocusBothWays() {
        let start = state()
        #expect(start.after(.focusNext).focus == .text)
        #expect(start.after(.focusNext, .focusNext).focus == .entities)
        #expect(start.after(.focusNext, .focusNext, .focusNext).focus == .articles)
        #expect(start.after(.focusPrevious).focus == .entities)
    }

    @Test func enterOnAnEntitySelectsItAndTargetsItsFirstMentionHere() {
        let selected = state().after(.focusPrevious, .activate)
        #expect(selected.selectedEntity == person)
        #expect(selected.target == corpus.locations(of: person).first)
        #expect(StatusLine.text(selected) == "Alexander Lukashenko · mention 1 of 4 · article 1 of 3")
        #expect(selected.focus == .entities)
    }

    @Test func nextMentionCrossesIntoTheNextArticleThatMentionsTheEntity() {
        var reader = state(120, 12).after(.focusPrevious, .activate, .nextMention)
        #expect(reader.target == corpus.locations(of: person)[1])
        #expect(reader.openArticle == 0)
        #expect(StatusLine.text(reader) == "Alexander Lukashenko · mention 2 of 4 · article 1 of 3")

        reader = reader.after(.nextMention)
        #expect(reader.openArticle == 1)
        #expect(reader.articleCursor == 1)
        #expect(StatusLine.text(reader) == "Alexander Lukashenko · mention 3 of 4 · article 2 of 3")

        // The third article does not mention him: n goes on to the fourth, whose mention is
        // far down, so the text scrolls to show it.
        reader = reader.after(.nextMention)
        #expect(reader.openArticle == 3)
        #expect(reader.articleCursor == 3)
        #expect(reader.textTop > 0)
        #expect(visibleText(reader).contains { $0.contains("Lukashenko") })
        #expect(StatusLine.text(reader) == "Alexander Lukashenko · mention 4 of 4 · article 3 of 3")

        let back = reader.after(.previousMention)
        #expect(back.openArticle == 1)
        #expect(back.target == corpus.locations(of: person)[2])
    }

    @Test func nextMentionWrapsAroundWithANotice() {
        let last = state().after(.focusPrevious, .activate, .nextMention, .nextMention, .nextMention)
        #expect(last.target == corpus.locations(of: person).last)
        let wrapped = last.after(.nextMention)
        #expect(wrapped.target == corpus.locations(of: person).first)
        #expect(wrapped.openArticle == 0)
        #expect(StatusLine.text(wrapped) == "Past the last mention: back to the first")
        #expect(wrapped.after(.moveDown).notice == nil)
    }

    @Test func nextMentionWithoutASelectionSaysWhatToDo() {
        let reader = state().after(.nextMention)
        #expect(reader.target == nil)
        #expect(reader.notice?.contains("No entity selected") == true)
    }

    @Test func openingAnArticleWithoutTheTargetStartsFromItsTop() {
        let reader = state().after(.focusPrevious, .activate, .focusNext, .moveDown, .moveDown, .moveDown, .activate)
        #expect(reader.openArticle == 3)
        #expect(reader.target == nil)
        #expect(reader.selectedEntity == person)
        #expect(StatusLine.text(reader) == "Alexander Lukashenko · 4 mentions in 3 articles")
        // n then finds the mention in this article.
        #expect(reader.after(.nextMention).target == corpus.locations(of: person).last)
    }

    @Test func escapeClearsTheSelection() {
        let reader = state().after(.focusPrevious, .activate, .dismiss)
        #expect(reader.selectedEntity == nil)
        #expect(reader.target == nil)
        #expect(StatusLine.text(reader) == "Article 1 of 4")
    }

    @Test func textScrollsByRowAndPageAndStopsAtTheEnd() {
        let article = state(120, 12).after(.moveDown, .moveDown, .moveDown, .activate, .focusNext)
        #expect(article.focus == .text)
        let down = article.after(.moveDown)
        #expect(visibleText(down).first == "")
        #expect(visibleText(down.after(.moveDown)).first?.hasPrefix("Paragraph 1 ") == true)
        let paged = article.after(.pageDown)
        #expect(visibleText(paged).first == visibleText(article)[9])
        let bottom = article.after(.bottom)
        #expect(visibleText(bottom).last?.contains("Belarus once more") == true)
        #expect(bottom.after(.moveDown).textTop == bottom.textTop)
        #expect(bottom.after(.pageDown).textTop == bottom.textTop)
        #expect(bottom.after(.top).textTop == 0)
    }

    @Test func resizeKeepsTheTextPlace() {
        let scrolled = state(120, 12).after(.moveDown, .moveDown, .moveDown, .activate, .focusNext, .pageDown, .moveUp)
        let top = scrolled.textTop
        let firstWords = visibleText(scrolled).first!
        #expect(!firstWords.isEmpty)

        let narrow = scrolled.after(.resize(Size(width: 40, height: 8)))
        #expect(narrow.textTop == top)
        #expect(narrow.layout.isNarrow)
        #expect(visibleText(narrow).first.map { firstWords.hasPrefix($0) } == true)

        let back = narrow.after(.resize(Size(width: 120, height: 12)))
        #expect(visibleText(back) == visibleText(scrolled))
    }

    @Test func resizeKeepsTheListCursorOnScreen() {
        let many = CorpusFixture.corpus(articles: (1...50).map { (title: "Article number \($0)", paragraphs: ["Some text."]) }, entities: [])
        let reader = ReaderState(corpus: many, size: Size(width: 120, height: 40)).after(.bottom)
        #expect(reader.articleTop == 50 - 38)
        let short = reader.after(.resize(Size(width: 120, height: 6)))
        let rows = short.layout.content(of: .articles).height
        #expect(short.articleTop <= 49 && 49 < short.articleTop + rows)
        let paged = short.after(.top, .pageDown)
        #expect(paged.articleCursor == rows - 1)
    }

    @Test func inNarrowModeEnterAndJumpsShowTheText() {
        let narrow = state(60, 20)
        #expect(narrow.after(.moveDown, .activate).focus == .text)
        let selected = narrow.after(.focusPrevious, .activate)
        #expect(selected.focus == .text)
        #expect(selected.selectedEntity == person)
    }

    @Test func entityScopeTogglesAndTheCursorFollowsTheSelection() {
        let reader = state().after(.focusPrevious, .moveDown, .activate, .toggleEntityScope)
        #expect(reader.entityScope == .corpus)
        #expect(reader.entityRows.map(\.count) == [4, 4, 1, 2])
        #expect(reader.entityRows[reader.entityCursor].entity == CorpusFixture.country)
        #expect(reader.after(.toggleEntityScope).entityScope == .article)
    }

    @Test func helpOpensScrollsAndClosesWithoutTouchingTheRest() {
        let help = state(60, 8).after(.toggleHelp)
        #expect(help.isShowingOverlay)
        #expect(help.after(.moveDown).overlayTop == 1)
        #expect(help.after(.moveDown).articleCursor == 0)
        #expect(help.after(.bottom, .moveDown).overlayTop == HelpOverlay.box(.defaults).lastTop(in: help.size))
        #expect(!help.after(.dismiss).isShowingOverlay)
        #expect(!help.after(.toggleHelp).isShowingOverlay)
        #expect(help.after(.quit).isFinished)
    }

    @Test func quitFinishes() {
        #expect(state().after(.quit).isFinished)
        #expect(!state().after(.moveDown).isFinished)
    }

    @Test func anEmptyCorpusIsSafe() {
        let empty = ReaderState(corpus: .empty, size: Size(width: 30, height: 6))
        let moved = empty.after(.moveDown, .activate, .focusNext, .pageDown, .bottom, .focusNext, .activate, .nextMention)
        #expect(moved.openArticle == 0)
        #expect(ReaderView.render(empty, theme: Theme(usesColor: true)).rows.joined().contains("No articles"))
        #expect(ReaderView.render(moved, theme: Theme(usesColor: true)).rows.joined().contains("No entities"))
    }
}
