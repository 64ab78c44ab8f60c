import DossierKit
import Testing
@testable import DossierReader

/// Read marks, stars, the kept place, problems, and a newer source coming in while reading.
@Suite struct ReadingStateTests {
    let corpus = CorpusFixture.news()
    let theme = Theme(usesColor: true)

    func state(reading: ReadingState = ReadingState(), place: ReadingPlace? = nil) -> ReaderState {
        ReaderState(source: corpus, size: Size(width: 120, height: 40), reading: reading, place: place)
    }

    func key(_ article: Int) -> String { corpus.summary(at: article).key }

    @Test func openingAnArticleMarksItReadAndAsksToKeepThat() {
        var reader = state().after(.moveDown, .activate)
        #expect(reader.reading.read == [key(1)])
        #expect(reader.takeEffects() == [.setRead(true, key: key(1))])
        // Opening it again changes nothing and asks nothing.
        reader = reader.after(.moveUp, .moveDown, .activate)
        #expect(reader.takeEffects().isEmpty)
    }

    @Test func uTogglesReadAndSStarsTheArticleUnderTheCursor() {
        var reader = state().after(.moveDown, .moveDown, .toggleRead)
        #expect(reader.reading.read == [key(2)])
        #expect(reader.notice == "Marked read")
        reader = reader.after(.toggleRead, .toggleStar)
        #expect(reader.reading.read.isEmpty)
        #expect(reader.reading.starred == [key(2)])
        #expect(reader.takeEffects() == [.setRead(true, key: key(2)), .setRead(false, key: key(2)), .setStarred(true, key: key(2))])
        // Away from the list they act on the open article.
        reader = reader.after(.focusNext, .toggleStar)
        #expect(reader.reading.starred == [key(2), key(0)])
    }

    @Test func unreadTitlesAreBoldAndStarsShow() {
        let reader = state(reading: ReadingState(read: [key(1)], starred: [key(2)]))
        let screen = ReaderView.render(reader, theme: theme)
        // Row 2 is article 1 (read), row 3 article 2 (unread, starred).
        #expect(!screen[2, 3].style.attributes.contains(.bold))
        #expect(screen[3, 3].style.attributes.contains(.bold))
        #expect(screen.text(ofRow: 3).hasPrefix(" ★Weather"))
        #expect(screen.text(ofRow: 2).hasPrefix("  Border trade grows"))
    }

    @Test func theKeptPlaceOpensTheSameArticleAtTheSameOffset() {
        let offset = corpus.articles[3].blocks[5].range.start
        let reader = state(place: ReadingPlace(articleKey: key(3), textOffset: offset))
        #expect(reader.openArticle == 3)
        #expect(reader.articleCursor == 3)
        #expect(reader.textTop == offset)
        #expect(reader.place == ReadingPlace(articleKey: key(3), textOffset: offset))
        // A place in an article that is gone opens the first.
        #expect(state(place: ReadingPlace(articleKey: "gone", textOffset: 40)).openArticle == 0)
    }

    @Test func aNewerSourceKeepsTheOpenArticleTheSelectedEntityAndTheTarget() {
        var reader = state().after(.moveDown, .activate, .focusPrevious, .activate)
        #expect(reader.selectedEntity == CorpusFixture.person)
        let target = reader.target
        // The same articles with one more in front: positions move, keys do not.
        let extra = CorpusFixture.corpus(articles: [(title: "A new first article", paragraphs: ["Nothing to see."])],
                                         entities: []).articles[0]
        let newer = EntityLinker().link(articles: [extra] + corpus.articles,
                                        records: [[]] + corpus.articles.indices.map { article in
                                            corpus.mentions[article].map { mention in
                                                let entity = corpus.entities[mention.entity]
                                                return MentionRecord(range: mention.range, kind: entity.kind, form: mention.form,
                                                                     name: entity.name, surface: entity.name, code: entity.code,
                                                                     sentence: 0, paragraph: 0)
                                            }
                                        })
        reader = ReaderState.updated(reader, source: newer, processing: nil, problems: [])
        #expect(reader.openArticle == 2)
        #expect(reader.articleCursor == 2)
        let selected = try? #require(reader.selectedEntity)
        #expect(selected.map { newer.entities[$0].key } == corpus.entities[CorpusFixture.person].key)
        #expect(reader.target?.article == 2)
        #expect(reader.target?.index == target?.index)
    }

    @Test func theProblemsShowOnBangAndTheStatusLineCountsThem() {
        var reader = ReaderState.updated(state(), source: corpus, processing: nil,
                                         problems: ["cannot read a.html: permission denied", "b.jsonl:3: not a JSON object"])
        #expect(StatusLine.text(reader).hasSuffix("2 files or records could not be read (! lists them)"))
        reader = reader.after(.toggleProblems)
        #expect(reader.overlay == .problems)
        let screen = ReaderView.render(reader, theme: theme)
        let rows = (0..<40).map { screen.text(ofRow: $0) }
        #expect(rows.contains { $0.contains("Files and records that could not be read: 2") })
        #expect(rows.contains { $0.contains("b.jsonl:3: not a JSON object") })
        #expect(reader.after(.toggleProblems).overlay == nil)
        #expect(reader.after(.dismiss).overlay == nil)
        // With none, ! says so.
        #expect(state().after(.toggleProblems).notice == "No problems: every file and record was read")
    }

    @Test func theStatusLineShowsProcessingWhereTheKeyHintsGo() {
        let reader = ReaderState.updated(state(), source: corpus,
                                         processing: ProcessingStatus(done: 1204, total: 50000, articlesPerSecond: 1150, secondsLeft: 42),
                                         problems: [])
        let screen = ReaderView.render(reader, theme: theme)
        #expect(screen.text(ofRow: 39).hasSuffix("processing 1,204 of 50,000 · 1,150/s · 42 s left "))
    }
}
