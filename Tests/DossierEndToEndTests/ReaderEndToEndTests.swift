import DossierKit
import Foundation
import Testing

/// Runs the built `dossier` in tmux, as a user would, and reads the screen back.
@Suite(.serialized, .enabled(if: ReaderRun.isPossible, "needs tmux and the built dossier binary beside the test bundle; skipped"))
struct ReaderEndToEndTests {
    /// A reader on the fixture pages; the caller closes the session and removes the folder.
    func openFixtures(width: Int = 120, height: Int = 40, environment: String = "") throws -> (TmuxSession, URL) {
        let folder = try ReaderRun.temporaryFolder()
        let articles = try NewsFixture.write(into: folder)
        let session = try TmuxSession(command: environment + ReaderRun.commandLine([articles.path]), width: width, height: height)
        try session.waitForScreen("the reader's panes, the articles processed") { screen in
            screen.contains { $0.contains(String(NewsFixture.secondTitle.prefix(12))) }
                && screen.contains { $0.hasPrefix(" Article 1 of 2") && !$0.contains("processing") }
        }
        return (session, folder)
    }

    /// The three panes of a wide screen row: article list, text, entity list.
    func panes(_ row: String) -> [String] {
        row.components(separatedBy: "│")
    }

    func statusLine(_ screen: [String]) -> String {
        screen.last { !$0.isEmpty } ?? ""
    }

    @Test func showsThreePanesAndNFollowsThePersonIntoTheSecondArticle() throws {
        let (session, folder) = try openFixtures()
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        let screen = try session.capture()
        let header = panes(screen[0])
        #expect(header.count == 3)
        #expect(header[0].hasPrefix(" Articles · 1/2"))
        #expect(header[1].hasPrefix(" Text"))
        #expect(header[2].hasPrefix(" Entities"))
        #expect(panes(screen[1])[0].hasPrefix("▸ " + NewsFixture.firstTitle.prefix(12)))
        #expect(panes(screen[2])[0].hasPrefix("  " + NewsFixture.secondTitle.prefix(12)))
        #expect(statusLine(screen).hasPrefix(" Article 1 of 2"))

        // Go to the entity list, down to the person, select it.
        let entityRows = screen.dropFirst().map { panes($0).count == 3 ? panes($0)[2] : "" }
        let personRow = try #require(entityRows.firstIndex { $0.contains(NewsFixture.person) })
        try session.send("BTab")
        for _ in 0..<personRow { try session.send("j") }
        try session.send("Enter")
        var status = statusLine(try session.waitForScreen("the person selected") {
            statusLine($0).contains("\(NewsFixture.person) · mention 1 of ")
        })
        #expect(status.contains("· article 1 of 2"))

        // n until the mention is in the second article.
        for _ in 0..<10 where !status.contains("article 2 of 2") {
            let before = status
            try session.send("n")
            status = statusLine(try session.waitForScreen("the next mention") { statusLine($0) != before })
        }
        #expect(status.contains("\(NewsFixture.person) · mention "))
        #expect(status.contains("· article 2 of 2"))
        let jumped = try session.capture()
        #expect(panes(jumped[2])[0].hasPrefix("▸ " + NewsFixture.secondTitle.prefix(12)))
        #expect(panes(jumped[0])[0].hasPrefix(" Articles · 2/2"))
        #expect(jumped.contains { panes($0).count == 3 && panes($0)[1].contains("Exports from Belarus") })

        // The mention n went to is drawn in reverse video.
        let attributed = try session.capture(withAttributes: true)
        let row = try #require(attributed.first { $0.contains("Saturday, ") })
        let mention = try #require(row.range(of: "Saturday, "))
        let escapes = row[mention.upperBound...].prefix { $0 != "A" } // what comes before the name
        #expect(Self.sgrParameters(escapes).contains("7"), "no reverse video on the mention: \(row.debugDescription)")
    }

    /// The parameters of the SGR escape sequences ("\u{1B}[1;7m") in `text`.
    static func sgrParameters(_ text: Substring) -> [Substring] {
        text.components(separatedBy: "\u{1B}[").dropFirst().flatMap { sequence in
            sequence.prefix { $0 != "m" }.split(separator: ";").map { Substring($0) }
        }
    }

    @Test(arguments: [false, true])
    func mentionsAreColouredUnlessNoColorIsSet(noColor: Bool) throws {
        let (session, folder) = try openFixtures(environment: noColor ? "NO_COLOR=1 " : "")
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        let screen = try session.capture(withAttributes: true).joined(separator: "\n")
        let parameters = Set(Self.sgrParameters(screen[...]).compactMap { Int($0) })
        let colours = parameters.filter { (30...38).contains($0) || (90...97).contains($0) }
        if noColor {
            #expect(colours.isEmpty, "colours with NO_COLOR set: \(colours.sorted())")
            #expect(parameters.contains(1) && parameters.contains(4), "no bold or underline: \(parameters.sorted())")
        } else {
            #expect(!colours.isEmpty, "no colours: \(parameters.sorted())")
        }
    }

    @Test func resizeKeepsThePlaceAndNarrowScreensShowOnePane() throws {
        let (session, folder) = try openFixtures(width: 120, height: 16)
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        try session.send("Tab", "Space")
        func topRow(_ screen: [String]) -> String {
            panes(screen[1]).count == 3 ? panes(screen[1])[1].trimmingCharacters(in: .whitespaces) : ""
        }
        var scrolled = try session.waitForScreen("the text scrolled") { screen in
            panes(screen[1]).count == 3 && !panes(screen[1])[1].contains(NewsFixture.firstTitle.prefix(12))
        }
        if topRow(scrolled).isEmpty { // a blank row between paragraphs: one more row down
            try session.send("j")
            scrolled = try session.waitForScreen("a row of text on top") { !topRow($0).isEmpty }
        }
        let topWords = topRow(scrolled).split(separator: " ").prefix(2).joined(separator: " ")
        #expect(!topWords.isEmpty)

        try session.resize(width: 70, height: 20)
        let narrow = try session.waitForScreen("one pane at 70 columns") { screen in
            screen.first?.hasPrefix(" Articles  Text  Entities") == true && !screen.contains { $0.contains("│") }
        }
        #expect(narrow[1].trimmingCharacters(in: .whitespaces).hasPrefix(topWords), "the place was lost: \(narrow[1])")

        try session.resize(width: 20, height: 5)
        let tiny = try session.waitForScreen("the reader at 20x5") { $0.first == " Articles  Text  Ent" && $0.count >= 5 && $0[4].hasPrefix(" ") }
        #expect(tiny.prefix(5).allSatisfy { $0.count <= 20 })
        #expect(try session.query("#{pane_dead}") == "0")

        try session.resize(width: 120, height: 16)
        let wide = try session.waitForScreen("three panes again") { screen in
            screen.count >= 16 && panes(screen[0]).count == 3 && screen[15].hasPrefix(" Article 1 of 2")
        }
        #expect(topRow(wide).split(separator: " ").prefix(2).joined(separator: " ") == topWords)
    }

    @Test func helpOverlayListsTheKeysAndEscapeClosesIt() throws {
        let (session, folder) = try openFixtures()
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        try session.send("?")
        var help = try session.waitForScreen("the help") { screen in screen.contains { $0.contains("│ Keys") } }
        // The help is longer than the screen: G scrolls to its end.
        try session.send("G")
        help += try session.waitForScreen("the help's end") { screen in screen.contains { $0.contains("closes this help") } }
        for label in ["j ↓", "k ↑", "Space PgDn", "b PgUp", "g Home", "G End", "Tab", "S-Tab", "Enter", "n ", "N ", "a ", "?", "Esc", "q Ctrl-C"] {
            #expect(help.contains { $0.contains("│ " + label) }, "\(label) is not in the help")
        }
        try session.send("Escape")
        try session.waitForScreen("the help closed") { !$0.contains { $0.contains("Keys") } }
    }

    @Test(arguments: ["q", "C-c"])
    func quittingRestoresTheTerminal(key: String) throws {
        let (session, folder) = try openFixtures()
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        try session.send(key)
        try session.waitForExit()
        let screen = try session.capture().joined(separator: "\n")
        #expect(screen.contains("dossier exited with status 0"))
        try expectTerminalRestored(session, screen)
    }

    /// SIGTERM, SIGINT and SIGHUP end the reader with status 128 + the signal; a crash (SIGSEGV
    /// here) still gives the terminal back, says so on one line with the report it wrote, and
    /// the process dies of it (status 139).
    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129), (SIGSEGV, 139)])
    func signalsEndTheReaderAndRestoreTheTerminal(signal: Int32, status: Int) throws {
        let state = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: state) }
        let (session, folder) = try openFixtures(environment: "XDG_STATE_HOME='\(state.path)' ")
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        let shell = try session.query("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let reader = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        #expect(kill(reader, signal) == 0)
        try session.waitForExit()
        let rows = try session.capture(includingHistory: true)
        let screen = rows.joined(separator: "\n")
        #expect(screen.contains("dossier exited with status \(status)"))
        try expectTerminalRestored(session, screen)
        let report = "\(state.path)/dossier/crash-\(reader).txt"
        if signal == SIGSEGV {
            // The message may wrap: the rows are joined as the terminal wrapped them.
            #expect(rows.joined().contains("dossier: internal error (SIGSEGV, a bad memory access); a report was written to \(report)"),
                    "\(screen)")
            let written = try String(contentsOfFile: report, encoding: .utf8)
            #expect(written.hasPrefix("dossier crashed: SIGSEGV"))
            #expect(written.contains("backtrace:\n"))
        } else {
            #expect(!screen.contains("dossier:"), "\(screen)")
            #expect(!FileManager.default.fileExists(atPath: report))
        }
    }

    /// The normal screen is back, and the line discipline has its echo and line mode again.
    func expectTerminalRestored(_ session: TmuxSession, _ screen: String) throws {
        #expect(try session.query("#{alternate_on}") == "0")
        let flags = try #require(screen.components(separatedBy: "\n").first { $0.contains("icanon") })
        #expect(flags.split(separator: " ").contains("icanon"), "line mode not restored: \(flags)")
        #expect(flags.split(separator: " ").contains("echo"), "echo not restored: \(flags)")
    }

    @Test func articlesOnStandardInputAreReadWithKeysFromTheTerminal() throws {
        let folder = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try NewsFixture.write(into: folder).appendingPathComponent(NewsFixture.pages[1].name)
        let session = try TmuxSession(command: ReaderRun.commandLine(["-"], standardInput: page.path), width: 120, height: 20)
        defer { session.close() }
        let screen = try session.waitForScreen("the piped article") { screen in
            screen.contains { $0.hasPrefix("▸ " + NewsFixture.secondTitle.prefix(12)) } && statusLine(screen).hasPrefix(" Article 1 of 1")
        }
        #expect(panes(screen[0])[0].hasPrefix(" Articles · 1/1"))
        try session.send("q")
        try session.waitForExit()
        #expect(try session.capture().joined(separator: "\n").contains("dossier exited with status 0"))
    }

    @Test func withNoPathItOpensTheBundledSamples() throws {
        let samples = ReaderRun.packageRoot.appendingPathComponent("Sources/dossier/Samples").path
        let expected = try CorpusBuilder.read([samples]).articles.map(\.title)
        #expect(expected.count >= 2, "the samples should hold several articles")
        let session = try TmuxSession(command: ReaderRun.commandLine([]), width: 120, height: 40)
        defer { session.close() }
        let screen = try session.waitForScreen("the samples") { screen in
            panes(screen[0]).count == 3 && screen[1].hasPrefix("▸ ") && statusLine(screen).hasPrefix(" Article 1 of")
                && !statusLine(screen).contains("processing")
        }
        #expect(panes(screen[0])[0].hasPrefix(" Articles · 1/\(expected.count)"))
        for (index, title) in expected.prefix(38).enumerated() {
            let listed = panes(screen[index + 1])[0].dropFirst(2)
            #expect(listed.contains(title.prefix(10)), "row \(index + 1) shows \(listed), not \(title)")
        }
        #expect(statusLine(screen).hasPrefix(" Article 1 of \(expected.count)"))
        #expect(!screen.joined().contains("dossier:"))
        #expect(try session.query("#{pane_dead}") == "0")
    }
}

/// Without a terminal the reader says so on one line and exits with status 2.
@Suite(.enabled(if: ReaderRun.binary != nil, "needs the built dossier binary beside the test bundle; skipped"))
struct NoTerminalTests {
    @Test func withoutATerminalItPointsToTheScriptCommands() throws {
        let run = try ToolRun.run(ReaderRun.binary!.path, [], environment: ProcessInfo.processInfo.environment)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasSuffix("\n") && run.errors.dropLast().split(separator: "\n").count == 1, "\(run.errors)")
        #expect(run.errors.contains("dossier clean") && run.errors.contains("dossier entities"))
    }
}
