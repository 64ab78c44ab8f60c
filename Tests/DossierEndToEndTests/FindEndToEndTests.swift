import Foundation
import Testing

/// Finding things as a user would, in the real reader in tmux: `/` across articles with n,
/// the mentions view, the entity filter, going to article N, and pane widths and searches
/// kept from one open to the next.
@Suite(.serialized, .enabled(if: ReaderRun.isPossible, "needs tmux and the built dossier binary beside the test bundle; skipped"))
struct FindEndToEndTests {
    static let thirdTitle = "Rain expected across the region"

    func panes(_ row: String) -> [String] { row.components(separatedBy: "│") }
    func statusLine(_ screen: [String]) -> String { screen.last { !$0.isEmpty } ?? "" }

    /// The two news pages and a third that names nobody.
    func writeArticles(into home: URL) throws -> URL {
        let articles = try NewsFixture.write(into: home)
        let weather = NewsFixture.page(title: Self.thirdTitle, paragraphs: ["Rain is expected all week across the region, forecasters said."])
        try Data(weather.utf8).write(to: articles.appendingPathComponent("03-weather.html"))
        return articles
    }

    /// The reader on `articles` with its cache and state under `home`, once its articles are processed.
    func open(_ articles: URL, home: URL) throws -> TmuxSession {
        let session = try TmuxSession(command: ReaderRun.commandLine([articles.path]), width: 120, height: 30, home: home)
        try session.waitForScreen("the reader, its articles processed") { screen in
            statusLine(screen).hasPrefix(" Article ") && !statusLine(screen).contains("processing")
                && screen.contains { $0.contains(String(Self.thirdTitle.prefix(12))) }
        }
        return session
    }

    /// Goes to the entity list and selects the person.
    func selectPerson(_ session: TmuxSession) throws {
        let screen = try session.capture()
        let entityRows = screen.dropFirst().map { panes($0).count == 3 ? panes($0)[2] : "" }
        let personRow = try #require(entityRows.firstIndex { $0.contains(NewsFixture.person) })
        try session.send("BTab")
        for _ in 0..<personRow { try session.send("j") }
        try session.send("Enter")
        try session.waitForScreen("the person selected") { statusLine($0).contains("\(NewsFixture.person) · mention 1 of 3") }
    }

    @Test func slashSearchesEveryArticleAndNWalksItsHits() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let articles = try writeArticles(into: home)
        var session = try open(articles, home: home)
        try session.send("/")
        try session.waitForScreen("the prompt") { statusLine($0).hasPrefix("/") }
        // Typed into the prompt, not run as commands: "a" would switch the entity list.
        try session.send("-l", "Belarus")
        try session.waitForScreen("the pattern typed") { statusLine($0).hasPrefix("/Belarus") }
        try session.send("Enter")
        // The whole screen drawn: the header and the status line, written last.
        let results = try session.waitForScreen("the results view") {
            $0[0].hasPrefix(" Search /Belarus · 3 hits in 2 articles") && statusLine($0).hasPrefix(" /Belarus · hit")
        }
        // Ranked by the full-text index (the short article first), each with its first hit.
        let firstRow = try #require(results.firstIndex { $0.contains(NewsFixture.firstTitle) })
        let secondRow = try #require(results.firstIndex { $0.contains(NewsFixture.secondTitle) })
        #expect(Set([firstRow, secondRow]) == [1, 3])
        #expect(results[firstRow].hasSuffix("2 hits") && results[firstRow + 1].contains("capital of Belarus"))
        #expect(results[secondRow].hasSuffix("1 hit") && results[secondRow + 1].contains("Exports from Belarus"))
        #expect(statusLine(results).hasPrefix(" /Belarus · hit 1 of 3 · article 1 of 2"))

        try session.send("Escape")
        try session.waitForScreen("the panes again") { panes($0[0]).count == 3 }
        try session.send("n")
        try session.waitForScreen("the second hit") { statusLine($0).hasPrefix(" /Belarus · hit 2 of 3 · article 1 of 2") }
        try session.send("n")
        let second = try session.waitForScreen("the hit in the second article") {
            statusLine($0).hasPrefix(" /Belarus · hit 3 of 3 · article 2 of 2")
        }
        #expect(panes(second[0])[0].hasPrefix(" Articles · 2/3"))
        try session.send("n")
        try session.waitForScreen("around to the first") { statusLine($0).hasPrefix(" Past the last hit: back to the first") }

        // The search is kept in the data folder: ↑ recalls it after the reader is opened again.
        try session.send("q")
        try session.waitForExit()
        session.close()
        session = try open(articles, home: home)
        defer { session.close() }
        try session.send("/", "Up")
        try session.waitForScreen("the search recalled") { statusLine($0).hasPrefix("/Belarus") }
        try session.send("Escape")
        try session.waitForScreen("the prompt closed") { statusLine($0).hasPrefix(" Article ") }
    }

    @Test func mShowsEveryMentionAndEnterJumpsToOne() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try open(try writeArticles(into: home), home: home)
        defer { session.close() }
        try selectPerson(session)
        try session.send("m")
        // Rows are drawn top to bottom: wait for the last of them too.
        let view = try session.waitForScreen("the mentions view") {
            $0[0].hasPrefix(" Mentions of \(NewsFixture.person) · 3 in 2 articles") && $0.count > 5 && $0[5].contains("praised")
        }
        #expect(view[1].contains(NewsFixture.firstTitle))
        #expect(view[2].contains("Alexander Lukashenko met the visiting delegation"))
        #expect(view[3].contains("Critics of Alexander Lukashenko said"))
        #expect(view[4].contains(NewsFixture.secondTitle))
        #expect(view[5].contains("In a speech on Saturday, Alexander Lukashenko praised"))

        // Esc comes back as things were; Enter on the last mention goes there.
        try session.send("Escape")
        try session.waitForScreen("the panes again") { panes($0[0]).count == 3 && statusLine($0).contains("mention 1 of 3") }
        try session.send("m", "j", "j", "Enter")
        let jumped = try session.waitForScreen("the third mention") { statusLine($0).contains("mention 3 of 3 · article 2 of 2") }
        #expect(panes(jumped[0])[0].hasPrefix(" Articles · 2/3"))
    }

    @Test func fListsTheArticlesMentioningTheEntityAndCountGoesToArticleN() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try open(try writeArticles(into: home), home: home)
        defer { session.close() }
        try selectPerson(session)
        try session.send("f")
        // Rows are drawn top to bottom: wait for both rows with their counts, not only the header.
        let filtered = try session.waitForScreen("the filtered list") {
            panes($0[0])[0].hasPrefix(" Articles · 1/2 · mentioning") && $0.count > 2
                && panes($0[2])[0].contains(NewsFixture.secondTitle.prefix(12))
                && panes($0[1])[0].hasSuffix(" 2") && panes($0[2])[0].hasSuffix(" 1")
        }
        #expect(panes(filtered[1])[0].contains(NewsFixture.firstTitle.prefix(12)) && panes(filtered[1])[0].hasSuffix(" 2"))
        #expect(panes(filtered[2])[0].contains(NewsFixture.secondTitle.prefix(12)) && panes(filtered[2])[0].hasSuffix(" 1"))
        #expect(!filtered.contains { $0.contains(Self.thirdTitle.prefix(12)) })
        try session.send("f")
        try session.waitForScreen("every article again") { panes($0[0])[0].hasPrefix(" Articles · 1/3 · by source") }

        try session.send("Escape", "3", "G")
        try session.waitForScreen("article 3 open") { statusLine($0).hasPrefix(" Article 3 of 3") }
        try session.send(":", "2", "Enter")
        try session.waitForScreen("article 2 open") { statusLine($0).hasPrefix(" Article 2 of 3") }
    }

    @Test func paneWidthsAreKeptAcrossOpens() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let articles = try writeArticles(into: home)
        func ruleColumn(_ screen: [String]) -> Int? {
            screen[1].firstIndex(of: "│").map { screen[1].distance(from: screen[1].startIndex, to: $0) }
        }
        var session = try open(articles, home: home)
        #expect(ruleColumn(try session.capture()) == 30)
        try session.send(">", ">")
        try session.waitForScreen("the border moved") { ruleColumn($0) == 34 }
        try session.send("q")
        try session.waitForExit()
        session.close()
        session = try open(articles, home: home)
        defer { session.close() }
        #expect(ruleColumn(try session.capture()) == 34)
        // z gives the text the whole width, and back.
        try session.send("z")
        try session.waitForScreen("the text alone") { $0[0].hasPrefix(" Articles  Text  Entities") }
        try session.send("z")
        try session.waitForScreen("the panes back") { ruleColumn($0) == 34 }
    }
}
