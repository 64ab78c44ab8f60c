import DossierKit
import Testing
@testable import DossierReader

/// The find views, the prompt, search hits and the mention map, the list's filter, sort and
/// date column, as drawn into a screen buffer.
@Suite struct FindRenderTests {
    let corpus = CorpusFixture.news()
    let theme = Theme(usesColor: true)

    func state(_ width: Int = 120, _ height: Int = 40) -> ReaderState {
        ReaderState(corpus: corpus, size: Size(width: width, height: height))
    }

    func render(_ state: ReaderState) -> ScreenBuffer {
        ReaderView.render(state, theme: theme)
    }

    func search(_ text: String, from start: ReaderState? = nil) -> ReaderState {
        (start ?? state()).after([.startSearch] + text.map { .edit(.character($0)) } + [.edit(.enter)])
    }

    @Test func thePromptShowsWhatIsTyped() {
        let screen = render(state().after(.startSearch, .edit(.character("b")), .edit(.character("e"))))
        #expect(screen.text(ofRow: 39).hasPrefix("/be "))
        #expect(screen[39, 3].style.attributes.contains(.reverse), "the cursor block")
        #expect(!screen[39, 0].style.attributes.contains(.reverse))
        let goTo = render(state().after(.startGoTo, .edit(.character("7"))))
        #expect(goTo.text(ofRow: 39).hasPrefix(":7 "))
    }

    @Test func searchResultsListArticlesWithTheirFirstHitInContext() {
        let screen = render(search("belarus"))
        #expect(screen.text(ofRow: 0).hasPrefix(" Search /belarus · 4 hits in 3 articles"))
        #expect(screen.text(ofRow: 1).hasPrefix(" Talks in Minsk"))
        #expect(screen.text(ofRow: 1).hasSuffix("2 hits "))
        // The hit stands at a third of the width, highlighted, in its line of context.
        let context = screen.text(ofRow: 2)
        #expect(context.contains("Monday, officials in Belarus said."))
        let column = DisplayWidth.of(context.components(separatedBy: "Belarus")[0])
        #expect(column == 40)
        #expect(screen.styles(of: "Belarus", inRow: 2)!.allSatisfy { $0.foreground == .red && $0.attributes.contains(.bold) })
        #expect(screen.text(ofRow: 3).hasPrefix(" Border trade grows"))
        #expect(screen.text(ofRow: 3).hasSuffix("1 hit "))
        #expect(screen.text(ofRow: 4).contains("Exports from Belarus rose"))
        // The cursor on the first article's title row; the status line names the target.
        #expect(screen[1, 5].style.attributes.contains(.reverse))
        #expect(!screen[3, 5].style.attributes.contains(.reverse))
        #expect(screen.text(ofRow: 39).hasPrefix(" /belarus · hit 1 of 4 · article 1 of 3"))
    }

    @Test func hitsAreMarkedInTheTextAndOnTheMap() {
        let reader = search("belarus").after(.dismiss, .nextMention)
        let screen = render(reader)
        let first = screen.row(containing: "officials in Belarus said")!
        let second = try! #require(screen.rows.lastIndex { $0.contains("Belarus") })
        #expect(screen.styles(of: "Belarus", inRow: first, from: 32)!.allSatisfy { !$0.attributes.contains(.reverse) && $0.attributes.contains(.underline) })
        #expect(screen.styles(of: "Belarus", inRow: second, from: 32)!.allSatisfy { $0.attributes.contains(.reverse) })
        // The map: the column right of the text, a mark for each hit, the current one reversed.
        let mapColumn = reader.layout.content(of: .text).x + reader.layout.content(of: .text).width
        let marks = (1..<39).filter { screen[$0, mapColumn].text == "•" }
        #expect(marks.count == 2)
        #expect(marks.contains { screen[$0, mapColumn].style.attributes.contains(.reverse) })
        #expect(marks == marks.sorted() && marks[0] < marks[1])
    }

    @Test func theMentionsViewShowsTitlesAndMentionsInContext() {
        let reader = state().after(.focusPrevious, .activate, .showMentions)
        let screen = render(reader)
        #expect(screen.text(ofRow: 0).hasPrefix(" Mentions of Alexander Lukashenko · 4 in 3 articles"))
        #expect(screen.text(ofRow: 1).hasPrefix(" Talks in Minsk"))
        #expect(screen.styles(of: "Talks in Minsk", inRow: 1)!.allSatisfy { $0.attributes.contains(.bold) })
        // Each mention at the same column, in its kind's colour.
        let keywordColumn = 2 + 118 / 3
        for row in [2, 3, 5, 7] {
            let text = screen.text(ofRow: row)
            #expect(screen[row, keywordColumn].style.foreground == .cyan, "\(text)")
        }
        #expect(screen.text(ofRow: 3).contains("Critics of Lukashenko said"))
        #expect(screen.text(ofRow: 4).hasPrefix(" Border trade grows"))
        #expect(screen.text(ofRow: 5).contains("In a speech, Aleksandr Lukashenko praised"))
        #expect(screen[2, 60].style.attributes.contains(.reverse), "the cursor on the target's row")
    }

    @Test func theRelatedViewListsNamesWithCounts() {
        let screen = render(state().after(.focusPrevious, .activate, .showRelated))
        #expect(screen.text(ofRow: 0).hasPrefix(" Found with Alexander Lukashenko · people and countries by paragraphs shared"))
        #expect(screen.text(ofRow: 1).hasPrefix("  Belarus"))
        #expect(screen.text(ofRow: 1).hasSuffix(" 3 "))
        #expect(screen.styles(of: "Belarus", inRow: 1)!.allSatisfy { $0.foreground == .green })
    }

    @Test func theFilteredListShowsCountsAndSaysSoInItsHeader() {
        let screen = render(state().after(.focusPrevious, .activate, .focusNext, .filterByEntity))
        #expect(screen.text(ofRow: 0).hasPrefix(" Articles · 1/3 · mentioning"))
        let list = (1...3).map { String(screen.text(ofRow: $0).prefix(30)) }
        #expect(list[0].hasPrefix("▸ Talks in Minsk") && list[0].hasSuffix(" 2"))
        #expect(list[1].hasPrefix("• Border trade grows") && list[1].hasSuffix(" 1"))
        #expect(list[2].hasPrefix("• A long interview") && list[2].hasSuffix(" 1"))
        #expect(!screen.text(ofRow: 4).prefix(30).contains("Weather"))
    }

    @Test func datedListsShowAShortDateColumnAndSortByDate() {
        let drafts = [("Old news", "2023-11-02"), ("Fresh news", "2024-03-05T10:00:00Z"), ("Undated", nil)]
        let articles = drafts.enumerated().map { index, draft in
            Article(draft: ArticleDraft(source: "d/\(index).html", title: draft.0, date: draft.1, body: [.init(.paragraph, "Text.")]))
        }
        let dated = Corpus(articles: articles, mentions: [[], [], []], entities: [])
        let reader = ReaderState(corpus: dated, size: Size(width: 120, height: 20)).after(.cycleSort)
        let screen = render(reader)
        #expect(screen.text(ofRow: 0).hasPrefix(" Articles · 2/3 · by date"))
        #expect(screen.text(ofRow: 1).hasPrefix("  Mar 05 Fresh news"))
        #expect(screen.text(ofRow: 2).hasPrefix("▸ Nov 02 Old news"))
        #expect(screen.text(ofRow: 3).hasPrefix("         Undated"))
        // The text's header names the source.
        #expect(screen.text(ofRow: 0).contains("│ Text · 2023-11-02 · d/0.html"))
    }

    @Test func zoomAndMovedBordersChangeThePanes() {
        let zoomed = render(state().after(.toggleZoom))
        #expect(zoomed.text(ofRow: 0).hasPrefix(" Articles  Text  Entities"))
        #expect(zoomed.text(ofRow: 1).hasPrefix(" Talks in Minsk"))
        let moved = render(state().after(.moveBorderRight, .moveBorderRight))
        #expect(moved.text(ofRow: 1).firstIndex(of: "│").map { moved.text(ofRow: 1).distance(from: moved.text(ofRow: 1).startIndex, to: $0) } == 120 * 29 / 100)
    }
}
