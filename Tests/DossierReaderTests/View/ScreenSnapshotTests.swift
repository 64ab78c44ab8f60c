import DossierKit
import Testing
@testable import DossierReader

/// Whole screens of the main views at 120×40 and 60×20 (one pane), compared with the files in
/// `Tests/DossierReaderTests/Snapshots` (a file per screen: its text, colours and attributes).
/// Re-record them with `DOSSIER_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 60, height: 20)]

    @Test(arguments: SnapshotScreen.allCases, sizes)
    func screenMatchesItsSnapshot(_ screen: SnapshotScreen, size: Size) throws {
        let name = screen.fileName(size)
        let buffer = ReaderView.render(screen.state(size), theme: Theme(usesColor: true))
        try SnapshotFile.check(ScreenSnapshot.text(of: buffer, name: name), named: name)
    }

    /// A file no test compares any more (a view renamed or dropped) would go stale unseen.
    @Test func everySnapshotFileBelongsToAScreen() throws {
        let expected = Set(SnapshotScreen.allCases.flatMap { screen in Self.sizes.map(screen.fileName) })
        let recorded = try SnapshotFile.recordedNames()
        let stale = recorded.filter { !expected.contains($0) }
        #expect(stale.isEmpty, "snapshot files no test compares: \(stale); delete them")
    }

    @Test func aDifferenceNamesItsSectionAndRow() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.write("ab", row: 1, column: 0)
        let expected = ScreenSnapshot.text(of: buffer, name: "tiny")
        buffer.addAttributes(.reverse, row: 1, columns: 1..<2)
        let report = SnapshotFile.differences(expected: expected, actual: ScreenSnapshot.text(of: buffer, name: "tiny"))
        #expect(report == "  attributes row 1:\n    expected ||\n    actual   |.4|")
    }
}

/// The views the snapshots show, each as the keys that lead to it from a fresh reader.
enum SnapshotScreen: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// The article list, the text with an entity selected and a later mention the target, the entities.
    case threePanes = "three-panes"
    case help
    /// The selected entity's mentions across the corpus (m).
    case mentions
    case searchResults = "search-results"
    /// The files that could not be read (!).
    case problems
    /// The text pane alone (z).
    case zoomedText = "zoomed-text"
    /// The search prompt open in the status line, part of a word typed.
    case searchPrompt = "search-prompt"
    /// The article list filtered to the articles that mention the selected entity (f).
    case filteredList = "filtered-list"

    var testDescription: String { rawValue }

    func fileName(_ size: Size) -> String {
        "\(rawValue)-\(size.width)x\(size.height)"
    }

    func state(_ size: Size) -> ReaderState {
        let fresh = ReaderState(corpus: SnapshotCorpus.corpus, size: size)
        // In the entity list, the open article's first entity: the person.
        let selectPerson: [Action] = [.focusPrevious, .activate]
        switch self {
        case .threePanes: return fresh.after(selectPerson + [.nextMention]).focusing(.text)
        case .help: return fresh.after(.toggleHelp)
        case .mentions: return fresh.after(selectPerson + [.showMentions])
        case .searchResults: return fresh.after([.startSearch] + typed("belarus") + [.edit(.enter)])
        case .problems:
            return ReaderState.updated(fresh, source: SnapshotCorpus.corpus, processing: nil, problems: SnapshotCorpus.problems)
                .after(.toggleProblems)
        case .zoomedText: return fresh.after(selectPerson + [.toggleZoom])
        case .searchPrompt: return fresh.after([.startSearch] + typed("luka"))
        case .filteredList: return fresh.after(selectPerson).focusing(.articles).after(.filterByEntity)
        }
    }

    private func typed(_ text: String) -> [Action] {
        text.map { .edit(.character($0)) }
    }
}

/// Five dated articles (one undated) with people, countries, organizations and places, fixed
/// in the test so that the screens depend on nothing outside it. Dates are written out, never
/// taken from the clock, so the date column is the same on every run.
enum SnapshotCorpus {
    static let corpus = CorpusFixture.corpus(
        drafts: [
            ArticleDraft(source: "wire/minsk-talks.html", title: "Talks in Minsk end without a deal", date: "2024-03-05T09:30:00Z", body: [
                .init(.paragraph, "Alexander Lukashenko met a delegation from the European Union in Minsk on Monday, officials in Belarus said."),
                .init(.paragraph, "The meeting touched on trade, energy and the border with Poland; the United Nations sent an observer."),
                .init(.heading, "What comes next"),
                .init(.paragraph, "Critics of Lukashenko said the talks changed little for people in Belarus, and that the next round would be no different."),
            ]),
            ArticleDraft(source: "wire/border-trade.txt", title: "Border trade grows again", date: "2024-02-28", body: [
                .init(.paragraph, "Exports from Belarus to Poland rose again this spring, the customs office in Gdańsk reported."),
                .init(.paragraph, "In a speech, Aleksandr Lukashenko praised the figures."),
            ]),
            ArticleDraft(source: "notes/weather.txt", title: "Weather for the week", body: [
                .init(.paragraph, "Rain is expected across the region all week, with wind on the coast."),
            ]),
            ArticleDraft(source: "wire/baltic-ports.html", title: "Baltic ports reopen after the storm", date: "2023-11-02", body: [
                .init(.paragraph, "Ports in Poland reopened on Thursday; in Gdańsk the first ships left at dawn."),
                .init(.paragraph, "The European Union promised help with the repairs."),
            ]),
            ArticleDraft(source: "interviews/long-interview.html", title: "A long interview on farms and roads", date: "2024-01-15",
                         body: (1...14).map { .init(.paragraph, "Paragraph \($0) of the interview goes on for a while about farming, roads and the price of grain.") }
                            + [.init(.paragraph, "At the end, Lukashenko spoke about Belarus and Poland once more.")]),
        ],
        entities: [
            .init(kind: .person, name: "Alexander Lukashenko", forms: ["Alexander Lukashenko", "Aleksandr Lukashenko", "Lukashenko"]),
            .init(kind: .country, name: "Belarus", forms: ["Belarus"]),
            .init(kind: .country, name: "Poland", forms: ["Poland"]),
            .init(kind: .organization, name: "European Union", forms: ["European Union"]),
            .init(kind: .organization, name: "United Nations", forms: ["United Nations"]),
            .init(kind: .place, name: "Minsk", forms: ["Minsk"]),
            .init(kind: .place, name: "Gdańsk", forms: ["Gdańsk"]),
        ])

    static let problems = [
        "notes/broken.html: not text (binary bytes at the start)",
        "exports/feed.jsonl line 12: not a JSON object",
    ]
}
