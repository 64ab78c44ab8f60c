import DossierKit
import Testing
@testable import DossierReader

/// The text pane's header: byline, date and source, the source being the page's address when
/// it declared one and the path it was read from otherwise.
@Suite struct TextHeaderTests {
    static let address = "https://example.org/news/2024/03/05/council-budget"

    static func corpus(url: String?) -> Corpus {
        let article = Article(source: "pages/budget.html", title: "Council budget", subtitle: nil, byline: "Jane Doe",
                              date: "2024-03-05", section: nil, url: url, text: "Council budget\n\nThe council met.",
                              titleRange: UTF8Range(0, 14), subtitleRange: nil, blocks: [Block(kind: .paragraph, range: UTF8Range(16, 32))])
        let other = Article(draft: ArticleDraft(source: "pages/other.txt", title: "Other news", body: [.init(.paragraph, "Nothing.")]))
        return Corpus(articles: [article, other], mentions: [[], []], entities: [])
    }

    func render(url: String?, width: Int, height: Int = 20, _ actions: Action...) -> ScreenBuffer {
        let state = ReaderState(corpus: Self.corpus(url: url), size: Size(width: width, height: height)).after(actions)
        return ReaderView.render(state, theme: Theme(usesColor: true))
    }

    @Test func theHeaderShowsTheDeclaredAddressInPlaceOfThePath() {
        let screen = render(url: Self.address, width: 160)
        let header = screen.text(ofRow: 0)
        #expect(header.contains("│ Text · Jane Doe · 2024-03-05 · \(Self.address) "))
        #expect(!header.contains("pages/budget.html"))
        // Without an address the path stands there, as before.
        #expect(render(url: nil, width: 160).text(ofRow: 0).contains("│ Text · Jane Doe · 2024-03-05 · pages/budget.html "))
    }

    @Test func aNarrowPaneCutsTheAddressAtItsBorder() {
        let screen = render(url: Self.address, width: 120)
        let header = screen.text(ofRow: 0)
        #expect(header.contains("│ Text · Jane Doe · 2024-03-05 · https://example.org/news/"))
        #expect(header.contains("…│ Entities"))
        #expect(DisplayWidth.of(header) == 120)
        // One pane at a time: the tabs, then the text's detail, cut at the screen's edge.
        let narrow = render(url: Self.address, width: 60, .focusNext).text(ofRow: 0)
        #expect(narrow.contains(" · Jane Doe · 2024-03-05 · https:"))
        #expect(narrow.hasSuffix("…"))
        #expect(DisplayWidth.of(narrow) == 60)
    }

    @Test func anAddressIsDrawnWithoutItsControlCharacters() {
        // Made without the checks extraction applies, as a damaged record could be.
        let screen = render(url: "https://example.org/\u{1B}]2;owned\u{7}", width: 160)
        let header = screen.text(ofRow: 0)
        #expect(header.contains("https://example.org/␛]2;owned␇"))
        #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { TerminalSanitizer.isUnsafe($0) } })
    }
}
