import DossierKit
import Testing
@testable import DossierReader

@Suite struct RenderTests {
    let corpus = CorpusFixture.news()
    let color = Theme(usesColor: true)
    let plain = Theme(usesColor: false)

    func render(_ state: ReaderState, theme: Theme? = nil) -> ScreenBuffer {
        ReaderView.render(state, theme: theme ?? color)
    }

    func state(_ width: Int, _ height: Int) -> ReaderState {
        ReaderState(corpus: corpus, size: Size(width: width, height: height))
    }

    @Test func wideScreenShowsThreePanesAndAStatusLine() {
        let screen = render(state(120, 40))
        let header = screen.text(ofRow: 0)
        #expect(header.hasPrefix(" Articles · 1/4"))
        #expect(header.contains("│ Text · fixture/0.txt"))
        #expect(header.contains("│ Entities · this article"))
        #expect(screen.text(ofRow: 1).hasPrefix("▸ Talks in Minsk"))
        #expect(screen.text(ofRow: 2).hasPrefix("  Border trade grows"))
        #expect(screen.text(ofRow: 1).contains("│ Talks in Minsk"))
        #expect(screen.text(ofRow: 39).hasPrefix(" Article 1 of 4"))
        #expect(screen.text(ofRow: 39).hasSuffix("? help · q quit "))
        // The focused pane's header and the list cursor are in reverse video.
        #expect(screen[0, 1].style.attributes.contains(.reverse))
        #expect(!screen[0, 35].style.attributes.contains(.reverse))
        #expect(screen[1, 5].style.attributes.contains(.reverse))
        for row in 0..<40 { #expect(DisplayWidth.of(screen.text(ofRow: row)) == 120) }
    }

    @Test func entityListGroupsKindsWithCounts() {
        let screen = render(state(120, 40))
        let entityColumn = 120 - 24
        let rows = (1...4).map { String(screen.text(ofRow: $0).dropFirst(entityColumn)) }
        #expect(rows[0].hasPrefix("  Alexander Lukashenko") && rows[0].hasSuffix(" 2"))
        #expect(rows[1].hasPrefix("  Belarus") && rows[1].hasSuffix(" 2"))
        #expect(rows[2].hasPrefix("  United Nations") && rows[2].hasSuffix(" 1"))
        #expect(rows[3].hasPrefix("  Minsk") && rows[3].hasSuffix(" 2"))
    }

    @Test func mentionsAreStyledByKindWithColoursOrWithout() {
        let reader = state(120, 40)
        let row = render(reader).row(containing: "Alexander Lukashenko met")!
        let coloured = render(reader)
        #expect(coloured.styles(of: "Lukashenko met", inRow: row)!.prefix(10).allSatisfy { $0.foreground == .cyan })
        #expect(coloured.styles(of: " met", inRow: row)!.allSatisfy { $0.foreground == nil })
        #expect(coloured.styles(of: "Minsk on", inRow: row)!.prefix(5).allSatisfy { $0.foreground == .yellow })
        let next = coloured.row(containing: "officials in Belarus")!
        #expect(coloured.styles(of: "Belarus", inRow: next, from: 32)!.allSatisfy { $0.foreground == .green })

        let bare = render(reader, theme: plain)
        #expect(bare.cells.allSatisfy { $0.style.foreground == nil })
        #expect(bare.styles(of: "Lukashenko", inRow: row, from: 32)!.allSatisfy { $0.attributes == .bold })
        #expect(bare.styles(of: "Belarus", inRow: next, from: 32)!.allSatisfy { $0.attributes == .underline })
        let nations = bare.row(containing: "the United Nations")!
        #expect(bare.styles(of: "United Nations", inRow: nations, from: 32)!.allSatisfy { $0.attributes == [.bold, .underline] })
    }

    @Test func configuredColoursAreDrawnAndNoColorDropsThemButKeepsTheAttributes() {
        let colours: [EntityKind: Style.Color] = [.person: Style.Color(208), .country: Style.Color(9),
                                                   .organization: .blue, .place: Style.Color(240)]
        let reader = state(120, 40).after(.focusPrevious, .activate) // the person selected, its first mention the target
        let screen = render(reader, theme: Theme(usesColor: true, kindColors: colours))
        let row = screen.row(containing: "Alexander Lukashenko met")!
        let person = screen.styles(of: "Lukashenko met", inRow: row, from: 32)!.prefix(10)
        #expect(person.allSatisfy { $0.foreground == Style.Color(208) && $0.attributes.contains(.reverse) })
        #expect(screen.styles(of: "Minsk on", inRow: row)!.prefix(5).allSatisfy { $0.foreground == Style.Color(240) })

        let bare = render(reader, theme: Theme(usesColor: false, kindColors: colours))
        #expect(bare.cells.allSatisfy { $0.style.foreground == nil })
        // Bold for the person, underline for the selected entity, reverse for the target stay.
        #expect(bare.styles(of: "Lukashenko met", inRow: row, from: 32)!.prefix(10)
            .allSatisfy { $0.attributes.isSuperset(of: [.bold, .underline, .reverse]) })
        #expect(bare.styles(of: "Minsk on", inRow: row)!.prefix(5).allSatisfy { $0.attributes == [.dim, .underline] })
        #expect(bare[39, 3].style.attributes.contains(.reverse)) // the status line
    }

    @Test func kindsLeftOutOfTheHighlightAreDrawnPlainInTheText() {
        let theme = Theme(usesColor: true, highlighted: [.person])
        let plain = state(120, 40)
        let screen = render(plain, theme: theme)
        let row = screen.row(containing: "Alexander Lukashenko met")!
        #expect(screen.styles(of: "Lukashenko met", inRow: row, from: 32)!.prefix(10).allSatisfy { $0.foreground == .cyan })
        #expect(screen.styles(of: "Minsk on", inRow: row)!.prefix(5).allSatisfy { $0 == .plain })
        // The entity list still shows the kind's colour; a selected place still stands out.
        let minskRow = screen.rows.lastIndex { $0.hasSuffix("  Minsk                2") }!
        #expect(screen.styles(of: "Minsk", inRow: minskRow, from: 96)!.allSatisfy { $0.foreground == .yellow })
        let selected = render(plain.after(.focusPrevious, .moveDown, .moveDown, .moveDown, .activate), theme: theme)
        #expect(selected.styles(of: "Minsk on", inRow: row)!.prefix(5).allSatisfy { $0.attributes == [.bold, .underline] })
    }

    @Test func theTargetMentionIsInReverseVideoAndVisible() {
        let reader = state(120, 12).after(.focusPrevious, .activate, .nextMention, .nextMention, .nextMention)
        #expect(reader.openArticle == 3)
        let screen = render(reader)
        let row = screen.row(containing: "At the end, Lukashenko")!
        #expect(row >= 1 && row < 11)
        let styles = screen.styles(of: "Lukashenko", inRow: row, from: 32)!
        #expect(styles.allSatisfy { $0.attributes.contains(.reverse) })
        #expect(screen.text(ofRow: 4).hasPrefix("▸ A long interview"))
        #expect(screen.text(ofRow: 11).hasPrefix(" Alexander Lukashenko · mention 4 of 4 · article 3 of 3"))
    }

    @Test func articlesMentioningTheSelectedEntityAreMarked() {
        let screen = render(state(120, 40).after(.focusPrevious, .activate))
        #expect(screen.text(ofRow: 1).hasPrefix("▸ Talks in Minsk"))
        #expect(screen.text(ofRow: 2).hasPrefix("• Border trade grows"))
        #expect(screen.text(ofRow: 3).hasPrefix("  Weather"))
        #expect(screen.text(ofRow: 4).hasPrefix("• A long interview"))
        #expect(screen[2, 0].style.foreground == .cyan)
        #expect(render(state(120, 40)).text(ofRow: 2).hasPrefix("  Border trade grows"))
    }

    @Test func eightyColumnsShowThreePanesAndSeventyNineShowOne() {
        let wide = render(state(80, 24))
        #expect(wide.text(ofRow: 0).contains("│ Text"))
        #expect(wide.text(ofRow: 0).contains("│ Entities"))

        let narrow = render(state(79, 24))
        #expect(narrow.text(ofRow: 0).hasPrefix(" Articles  Text  Entities "))
        #expect(!narrow.rows.contains { $0.contains("│") })
        #expect(narrow.text(ofRow: 1).hasPrefix("▸ Talks in Minsk"))
        // The shown pane's tab is in reverse video; Tab shows the next pane.
        #expect(narrow[0, 1].style.attributes.contains(.reverse))
        let text = render(state(79, 24).after(.focusNext))
        #expect(text[0, 12].style.attributes.contains(.reverse))
        #expect(text.text(ofRow: 1).hasPrefix(" Talks in Minsk"))
        let entities = render(state(79, 24).after(.focusPrevious))
        #expect(entities.text(ofRow: 1).hasPrefix("  Alexander Lukashenko"))
        // After the tabs, the shown pane's detail: where the list is, which entities it shows.
        #expect(narrow.text(ofRow: 0).hasPrefix(" Articles  Text  Entities  · 1/4 "))
        #expect(entities.text(ofRow: 0).hasPrefix(" Articles  Text  Entities  · this article "))
        #expect(render(state(79, 24).after(.focusPrevious, .toggleEntityScope)).text(ofRow: 0).contains("· all articles"))
    }

    @Test(arguments: [(20, 5), (1, 1), (2, 3), (5, 2), (0, 0), (30, 1), (10, 40)])
    func tinyScreensStillDraw(width: Int, height: Int) {
        for focus in 0..<3 {
            var reader = state(width, height)
            for _ in 0..<focus { reader = reader.after(.focusNext) }
            for actions in [[], [Action.activate], [.toggleHelp], [.focusPrevious, .activate, .nextMention]] {
                let screen = render(reader.after(actions))
                #expect(screen.size == Size(width: width, height: height))
                for row in 0..<height { #expect(DisplayWidth.of(screen.text(ofRow: row)) == width) }
            }
        }
        if width == 20 {
            let screen = render(state(20, 5))
            #expect(screen.text(ofRow: 0) == " Articles  Text  Ent")
            #expect(screen.text(ofRow: 1).hasPrefix("▸ Talks in Minsk"))
            #expect(screen.text(ofRow: 4).hasPrefix(" Article 1 of 4"))
        }
    }

    @Test func wideCharactersWrapByDisplayWidth() {
        let text = "東京の会議 👍🏽 café 👨‍👩‍👧 naïve e\u{301}té Supercalifragilisticexpialidocious end"
        let corpus = CorpusFixture.corpus(articles: [(title: "Wide", paragraphs: [text])], entities: [])
        let reader = ReaderState(corpus: corpus, size: Size(width: 20, height: 12)).after(.focusNext)
        let screen = render(reader)
        let rows = (1..<11).map { screen.text(ofRow: $0) }
        #expect(rows[0] == "Wide                ")
        #expect(rows[2] == "東京の会議 👍🏽 café  ")
        #expect(rows[3] == "👨‍👩‍👧 naïve e\u{301}té        ")
        #expect(rows[4] == "Supercalifragilistic")
        #expect(rows[5] == "expialidocious end  ")
        for row in rows { #expect(DisplayWidth.of(row) == 20) }
        // A wide character fills two cells, the second a continuation.
        #expect(screen[3, 0].text == "東" && screen[3, 1].isContinuation)
    }

    @Test func textFromPagesCannotReachTheTerminalAsControls() {
        let hostile = Article(draft: ArticleDraft(source: "x", title: "Title", body: [.init(.paragraph, "safe")]))
        let corpus = Corpus(articles: [hostile], mentions: [[]], entities: [Entity(id: 0, kind: .person, name: "Evil\u{1B}]0;pwned\u{7} Name")])
        let reader = ReaderState(corpus: corpus, size: Size(width: 120, height: 10)).after(.toggleEntityScope)
        let screen = render(reader)
        for cell in screen.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func helpOverlayListsEveryBinding() {
        let screen = render(state(120, 80).after(.toggleHelp))
        let text = screen.rows.joined(separator: "\n")
        for binding in KeyBindings.defaults.bindings {
            #expect(text.contains(binding.label + " ") && text.contains(binding.command.help), "\(binding.label)")
        }
        #expect(text.contains("┌"))
        #expect(!text.contains("…"), "a help line is cut")
        let legend = screen.row(containing: "Highlights:")!
        #expect(screen.styles(of: "person", inRow: legend)!.allSatisfy { $0.foreground == .cyan })
    }
}
