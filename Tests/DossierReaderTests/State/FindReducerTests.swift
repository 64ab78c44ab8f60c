import DossierKit
import Testing
@testable import DossierReader

/// Search, the target of n/N and ]/[, the find views, filters, sorting, jumps and layout keys.
@Suite struct FindReducerTests {
    let corpus = CorpusFixture.news()
    let person = CorpusFixture.person

    func state(_ width: Int = 120, _ height: Int = 40) -> ReaderState {
        ReaderState(corpus: corpus, size: Size(width: width, height: height))
    }

    /// The actions of typing `text` into the prompt and pressing Enter.
    func typed(_ text: String, enter: Bool = true) -> [Action] {
        text.map { .edit(.character($0)) } + (enter ? [.edit(.enter)] : [])
    }

    func searched(_ text: String, from start: ReaderState? = nil) -> ReaderState {
        (start ?? state()).after([.startSearch] + typed(text))
    }

    // MARK: Search

    @Test func searchFindsEveryArticleAndMakesItsHitsTheTarget() {
        let reader = searched("belarus")
        let search = try! #require(reader.search)
        #expect(search.articles.map(\.article) == [0, 1, 3])
        #expect(search.hitCount == 4)
        #expect(reader.targetKind == .search)
        #expect(reader.searchHit == SearchHit(article: 0, index: 0))
        #expect(reader.prompt == nil)
        #expect(StatusLine.text(reader) == "/belarus · hit 1 of 4 · article 1 of 3")
        // The results show; without the word index, ranked by hits, most first.
        guard case .searchResults = reader.view?.content else { Issue.record("no results view"); return }
        #expect(search.ranking.map { search.articles[$0].article } == [0, 1, 3])
        #expect(search.articles[0].context.keyword == "Belarus")
    }

    @Test func smartCase() {
        #expect(searched("Belarus").search?.hitCount == 4)
        let none = searched("BELARUS")
        #expect(none.search == nil)
        #expect(none.notice == "Pattern not found: BELARUS")
        #expect(SearchPattern("minsk").ranges(in: "Minsk, MINSK and minsk").count == 3)
        #expect(SearchPattern("Minsk").ranges(in: "Minsk, MINSK and minsk") == [UTF8Range(0, 5)])
        // Case folds beyond ASCII, and the ranges are of the text as written.
        #expect(SearchPattern("łódź").ranges(in: "in ŁÓDŹ today") == [UTF8Range(3, 10)])
        #expect(SearchPattern("lodz").ranges(in: "Łódź or LODZ or lodz") == [UTF8Range(11, 15), UTF8Range(19, 23)])
    }

    @Test func nWalksTheHitsAcrossArticlesAndWraps() {
        var reader = searched("belarus").after(.dismiss)
        #expect(reader.view == nil)
        #expect(reader.search != nil, "Esc closes the results and keeps the search")
        reader = reader.after(.nextMention)
        #expect(StatusLine.text(reader) == "/belarus · hit 2 of 4 · article 1 of 3")
        reader = reader.after(.nextMention)
        #expect(reader.openArticle == 1)
        #expect(StatusLine.text(reader) == "/belarus · hit 3 of 4 · article 2 of 3")
        reader = reader.after(.nextMention, .nextMention)
        #expect(reader.searchHit == SearchHit(article: 0, index: 0))
        #expect(reader.notice == "Past the last hit: back to the first")
        let back = reader.after(.previousMention)
        #expect(back.searchHit == SearchHit(article: 3, index: 0))
        #expect(back.notice == "Before the first hit: on to the last")
    }

    @Test func bracketsGoToTheNextArticleWithTheTarget() {
        var reader = searched("belarus").after(.dismiss, .nextTargetArticle)
        #expect(reader.openArticle == 1)
        reader = reader.after(.nextTargetArticle)
        #expect(reader.openArticle == 3)
        #expect(reader.searchHit == SearchHit(article: 3, index: 0))
        reader = reader.after(.nextTargetArticle)
        #expect(reader.openArticle == 0)
        #expect(reader.notice?.hasPrefix("Past the last article") == true)
        #expect(reader.after(.previousTargetArticle).openArticle == 3)

        // Selecting an entity makes its mentions the target again.
        let entity = reader.after(.focusPrevious, .activate, .nextTargetArticle)
        #expect(entity.targetKind == .entity)
        #expect(entity.openArticle == 1)
        #expect(entity.target == corpus.locations(of: person)[2])
        #expect(entity.after(.nextTargetArticle).openArticle == 3)
    }

    @Test func enterInTheResultsOpensTheArticleAtItsHit() {
        let reader = searched("belarus").after(.moveDown, .moveDown, .activate)
        #expect(reader.view == nil)
        #expect(reader.openArticle == 3)
        #expect(reader.searchHit == SearchHit(article: 3, index: 0))
        #expect(reader.articleCursor == 3)
        let hit = reader.search!.articles[2].hits[0]
        let lines = reader.articleLines!
        let top = lines.position(containing: reader.textTop)
        let position = lines.position(containing: hit.start)
        #expect(top <= position && position <= lines.position(top, movedBy: reader.layout.content(of: .text).height - 1))
        // F shows them again, the cursor on the open article.
        #expect(reader.after(.showSearchResults).view?.cursor == 2)
    }

    @Test func thePromptEditsRecallsAndCancels() {
        let typing = state().after([.startSearch] + typed("belx", enter: false) + [.edit(.backspace)])
        #expect(typing.prompt?.text == "bel")
        #expect(typing.isEditingPrompt)
        // Keys are text while the prompt is open: q does not quit.
        #expect(!typing.after(.edit(.character("q"))).isFinished)
        #expect(typing.after(.edit(.escape)).prompt == nil)
        #expect(typing.after(.edit(.escape)).search == nil)
        #expect(state().after(.startSearch, .edit(.backspace)).prompt == nil)

        var reader = searched("belarus")
        #expect(reader.takeEffects().contains(.rememberSearch("belarus")))
        reader = searched("minsk", from: reader.after(.dismiss))
        #expect(reader.searchHistory == ["belarus", "minsk"])
        let recalled = reader.after(.dismiss, .startSearch, .edit(.up))
        #expect(recalled.prompt?.text == "minsk")
        #expect(recalled.after(.edit(.up)).prompt?.text == "belarus")
        #expect(recalled.after(.edit(.up), .edit(.up)).prompt?.text == "belarus")
        #expect(recalled.after(.edit(.up), .edit(.down)).prompt?.text == "minsk")
        #expect(recalled.after(.edit(.down)).prompt?.text == "")
    }

    @Test func theEntityListFiltersByEveryFormOfTheName() {
        let reader = state().after(.focusPrevious, .startSearch)
        #expect(reader.prompt?.kind == .entityFilter)
        let filtered = reader.after(typed("aleks", enter: false))
        #expect(filtered.entityRows.map(\.entity) == [person], "an alias counts")
        #expect(filtered.after(typed("x", enter: false)).entityRows.isEmpty)
        let kept = filtered.after(.edit(.enter))
        #expect(kept.prompt == nil && kept.entityFilter == "aleks")
        #expect(kept.entityRows.map(\.entity) == [person])
        #expect(kept.after(.startSearch, .edit(.escape)).entityRows.count == 4)
    }

    // MARK: Following an entity

    @Test func mentionsViewListsEveryMentionUnderItsArticle() {
        let selected = state().after(.focusPrevious, .activate)
        let reader = selected.after(.showMentions)
        guard case .mentions(let list) = reader.view?.content else { Issue.record("no mentions view"); return }
        let locations = corpus.locations(of: person)
        #expect(list.rows == [.article(0), .mention(locations[0]), .mention(locations[1]), .article(1), .mention(locations[2]),
                              .article(3), .mention(locations[3])])
        #expect(reader.view?.cursor == 1, "the cursor starts on the target")
        #expect(list.contexts[1]?.keyword == "Alexander Lukashenko")
        #expect(list.contexts[4]?.keyword == "Aleksandr Lukashenko")
        #expect(list.contexts[4]?.before == "In a speech, ")

        // j steps over the title rows; Enter goes there; Esc returns as things were.
        let moved = reader.after(.moveDown, .moveDown)
        #expect(moved.view?.cursor == 4)
        #expect(moved.after(.moveUp).view?.cursor == 2)
        let jumped = moved.after(.activate)
        #expect(jumped.view == nil)
        #expect(jumped.openArticle == 1)
        #expect(jumped.target == locations[2])
        let back = moved.after(.dismiss)
        #expect(back.view == nil)
        #expect(back.openArticle == selected.openArticle && back.target == selected.target)
    }

    @Test func mentionsViewOfALargeEntityLoadsOnlyTheContextsOnScreen() {
        let paragraphs = (1...300).map { "Paragraph \($0) names Belarus twice: Belarus." }
        let big = CorpusFixture.corpus(articles: (1...100).map { (title: "Article \($0)", paragraphs: paragraphs) },
                                       entities: [.init(kind: .country, name: "Belarus", forms: ["Belarus"])])
        #expect(big.index.mentionCount(of: 0) == 60_000)
        let reader = ReaderState(corpus: big, size: Size(width: 120, height: 40)).after(.focusPrevious, .activate, .showMentions)
        guard case .mentions(let list) = reader.view?.content else { Issue.record("no mentions view"); return }
        #expect(list.rows.count == 60_100)
        #expect(list.contexts.count <= 40)
        let paged = reader.after(.bottom)
        guard case .mentions(let last) = paged.view?.content else { return }
        #expect(last.contexts[60_099] != nil)
        #expect(last.contexts.count <= 80)
    }

    @Test func relatedListsPeopleAndCountriesSharingParagraphs() {
        let reader = state().after(.focusPrevious, .activate, .showRelated)
        guard case .related(let list) = reader.view?.content else { Issue.record("no related view"); return }
        // Belarus shares two paragraphs of the first article and one of the fourth; Minsk
        // (a place) and the United Nations (an organization) are not listed.
        #expect(list.rows == [EntityCount(entity: CorpusFixture.country, count: 3)])
        #expect(list.countsParagraphs)
        let selected = reader.after(.activate)
        #expect(selected.view == nil)
        #expect(selected.selectedEntity == CorpusFixture.country)
    }

    @Test func entityKeysWithoutAnEntitySayWhatToDo() {
        for action in [Action.showMentions, .showRelated, .filterByEntity] {
            let reader = state().after(action)
            #expect(reader.view == nil && reader.articleFilter == nil)
            #expect(reader.notice?.contains("No entity selected") == true, "\(action)")
        }
    }

    // MARK: The article list

    @Test func filtersListOnlyTheirArticlesAndClearWithTheSameKey() {
        let filtered = state().after(.focusPrevious, .activate, .focusNext, .filterByEntity)
        #expect(filtered.listCount == 3)
        #expect((0..<3).map(filtered.listedArticle(atRow:)) == [0, 1, 3])
        #expect(ArticleListWidget.detail(filtered) == "1/3 · mentioning Alexander Lukashenko · by source")
        let cleared = filtered.after(.filterByEntity)
        #expect(cleared.articleFilter == nil && cleared.listCount == 4)

        let read = state().after(.activate, .filterUnread)
        #expect((0..<read.listCount).map(read.listedArticle(atRow:)) == [1, 2, 3])
        #expect(read.after(.filterUnread).listCount == 4)
        let starred = state().after(.moveDown, .toggleStar, .filterStarred)
        #expect((0..<starred.listCount).map(starred.listedArticle(atRow:)) == [1])
        #expect(starred.after(.activate).openArticle == 1)
        let none = state().after(.filterStarred)
        #expect(none.listCount == 0)
        #expect(none.notice?.hasPrefix("No starred articles") == true)
        #expect(none.after(.activate, .moveDown, .toggleRead).openArticle == 0)
    }

    @Test func sortCyclesAndTheCursorStaysOnItsArticle() {
        let byDate = state().after(.cycleSort)
        #expect(byDate.articleSort == .date)
        let byTitle = byDate.after(.cycleSort)
        #expect(byTitle.articleSort == .title)
        #expect((0..<4).map(byTitle.listedArticle(atRow:)) == [3, 1, 0, 2])
        #expect(byTitle.articleCursor == 2)
        #expect(ArticleListWidget.detail(byTitle) == "3/4 · by title")
        #expect(byTitle.after(.top, .activate).openArticle == 3)
        #expect(byTitle.after(.cycleSort).articleSort == .source)

        let dated = CorpusFixture.corpus(articles: [], entities: [])
        #expect(dated.count == 0)
    }

    @Test func countBeforeGAndTheColonPromptGoToArticleN() {
        let third = state().after(.countDigit(3), .bottom)
        #expect(third.openArticle == 2)
        #expect(third.articleCursor == 2)
        #expect(third.count == nil)
        #expect(state().after(.countDigit(1), .countDigit(0), .bottom).notice == "No article 10: the list has 4")
        #expect(StatusLine.text(state().after(.countDigit(1), .countDigit(5))) == "15 (G goes to article 15)")
        // A count before j moves that many rows; a leading 0 is no count.
        #expect(state().after(.countDigit(2), .moveDown).articleCursor == 2)
        #expect(state().after(.countDigit(0)).count == nil)

        let colon = state().after([.startGoTo] + typed("4"))
        #expect(colon.openArticle == 3)
        #expect(state().after([.startGoTo] + typed("x")).notice == "Not an article number: x")
        // Counted in the list as it stands, filtered and sorted.
        let filtered = state().after(.focusPrevious, .activate, .focusNext, .filterByEntity, .countDigit(3), .bottom)
        #expect(filtered.openArticle == 3)
    }

    // MARK: Moving and layout

    @Test func hAndLMoveBetweenPanesWithoutWrapping() {
        #expect(state().after(.focusLeft).focus == .articles)
        #expect(state().after(.focusRight).focus == .text)
        #expect(state().after(.focusRight, .focusRight, .focusRight).focus == .entities)
        #expect(state().after(.focusRight, .focusRight, .focusLeft).focus == .text)
    }

    @Test func halfPagesScrollHalfThePane() {
        let text = state(120, 12).after(.moveDown, .moveDown, .moveDown, .activate, .focusNext)
        let lines = text.articleLines!
        let half = text.after(.halfPageDown)
        let rows = text.layout.content(of: .text).height / 2
        #expect(lines.position(containing: half.textTop) == lines.position(lines.first, movedBy: rows))
        #expect(half.after(.halfPageUp).textTop == 0)
        #expect(state().after(.halfPageDown).articleCursor == 3)
    }

    @Test func zoomGivesTheTextTheWholeWidth() {
        let zoomed = state().after(.toggleZoom)
        #expect(zoomed.isZoomed && zoomed.focus == .text)
        #expect(zoomed.layout.isNarrow)
        #expect(zoomed.layout.area(of: .text).width == 120)
        let back = zoomed.after(.toggleZoom)
        #expect(!back.layout.isNarrow)
        #expect(back.layout.area(of: .text).width < 120)
    }

    @Test func bordersMoveAndTheWidthsAreKept() {
        var reader = state().after(.moveBorderRight)
        #expect(reader.paneWidths == PaneWidths(articles: 27, entities: 20))
        #expect(reader.layout.area(of: .articles).width == 120 * 27 / 100)
        #expect(reader.takeEffects() == [.savePaneWidths(PaneWidths(articles: 27, entities: 20))])
        // The entity list's border is its left edge: < widens it.
        reader = reader.after(.focusPrevious, .moveBorderLeft)
        #expect(reader.paneWidths == PaneWidths(articles: 27, entities: 22))
        // Each list keeps at least a tenth of the width.
        let narrowest = state().after(.moveBorderLeft, .moveBorderLeft, .moveBorderLeft, .moveBorderLeft, .moveBorderLeft,
                                      .moveBorderLeft, .moveBorderLeft, .moveBorderLeft, .moveBorderLeft)
        #expect(narrowest.paneWidths.articles == 11)
        #expect(narrowest.after(.moveBorderLeft).notice == "The border cannot move further")
        // Widths given at the start (kept from an earlier run) are used.
        let kept = ReaderState(source: corpus, size: Size(width: 120, height: 40), paneWidths: PaneWidths(articles: 40, entities: 15))
        #expect(kept.layout.area(of: .articles).width == 48)
    }

    @Test func aNewerSourceKeepsTheSearchTheViewAndTheFilter() {
        let searchedState = searched("belarus").after(.dismiss, .nextMention, .nextMention)
        let moved = ReaderState.updated(searchedState, source: corpus, processing: nil, problems: [])
        #expect(moved.search?.hitCount == 4)
        #expect(moved.searchHit == SearchHit(article: 1, index: 0))
        #expect(StatusLine.text(moved) == StatusLine.text(searchedState))

        let viewing = state().after(.focusPrevious, .activate, .focusNext, .filterByEntity, .focusPrevious, .showMentions, .moveDown)
        let updated = ReaderState.updated(viewing, source: corpus, processing: nil, problems: [])
        guard case .mentions(let list) = updated.view?.content else { Issue.record("the view was closed"); return }
        #expect(updated.view?.cursor == 2)
        #expect(list.contexts[2]?.keyword == "Lukashenko")
        #expect(updated.listCount == 3)
    }

    @Test func ctrlLAsksForARedraw() {
        var reader = state().after(.redraw)
        #expect(reader.takeEffects() == [.redraw])
    }
}
