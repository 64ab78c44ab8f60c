import Foundation
import Testing

/// Terminal faults, in tmux: terminals that cannot address the cursor, Ctrl-Z and `fg` under a
/// job-control shell, tiny and rapid resizes. Part of the serialized reader suite.
extension ReaderEndToEndTests {
    @Test(arguments: [
        ("env TERM=dumb ", "dossier: the reader needs a cursor-addressable terminal; TERM=dumb cannot move the cursor"),
        ("env -u TERM ", "dossier: cannot open the terminal: TERM is not set"),
    ])
    func aTerminalThatCannotPlaceTheCursorIsRefused(environment: String, message: String) throws {
        let folder = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = try NewsFixture.write(into: folder)
        let session = try TmuxSession(command: environment + ReaderRun.commandLine([articles.path]), width: 120, height: 20)
        defer { session.close() }
        try session.waitForExit()
        let screen = try session.capture(includingHistory: true)
        #expect(screen.contains(message), "\(screen.joined(separator: "\n"))")
        #expect(screen.contains("dossier exited with status 2"))
        #expect(!screen.contains { $0.contains("Articles ·") })
        try expectTerminalRestored(session, screen.joined(separator: "\n"))
    }

    /// The shell's prompt, set so that it can be told from everything else on the screen
    /// (a space follows it, which a capture of the screen trims).
    static let prompt = "shell-ready$"

    @Test func ctrlZSuspendsToTheShellAndFgRedrawsTheWholeScreen() throws {
        let folder = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = try NewsFixture.write(into: folder)
        let session = try TmuxSession(command: "bash --norc --noprofile -i", width: 120, height: 30)
        defer { session.close() }
        try session.send("-l", "PS1='\(Self.prompt) '")
        try session.send("Enter")
        try session.waitForScreen("the shell's prompt") { $0.contains { $0.hasPrefix(Self.prompt) } }
        try session.send("-l", "'\(ReaderRun.binary!.path)' '\(articles.path)'")
        try session.send("Enter")
        try session.waitForScreen("the reader, its articles processed") { screen in
            statusLine(screen).hasPrefix(" Article 1 of 2") && !statusLine(screen).contains("processing")
        }

        try session.send("C-z")
        let stopped = try session.waitForScreen("the shell after Ctrl-Z") { screen in
            screen.contains { $0.contains("Stopped") } && statusLine(screen).hasPrefix(Self.prompt)
        }
        #expect(try session.query("#{alternate_on}") == "0")
        #expect(!stopped.contains { $0.contains("Articles ·") })

        // A blank screen, so that only a redraw of every cell can bring the reader back whole.
        try session.send("-l", "clear")
        try session.send("Enter")
        try session.waitForScreen("a cleared screen") { screen in
            screen.first?.hasPrefix(Self.prompt) == true && screen.dropFirst().allSatisfy(\.isEmpty)
        }
        try session.send("-l", "fg")
        try session.send("Enter")
        let back = try session.waitForScreen("the reader redrawn") { screen in
            statusLine(screen).hasPrefix(" Article 1 of 2") && panes(screen[0]).count == 3
        }
        let paneRows = back.prefix(29).filter { panes($0).count == 3 }
        #expect(paneRows.count == 29, "rows not redrawn:\n\(back.joined(separator: "\n"))")
        #expect(panes(back[1])[0].hasPrefix("▸ " + NewsFixture.firstTitle.prefix(12)))

        // Still reading keys, and quits cleanly back to the shell.
        try session.send("q")
        try session.waitForScreen("the shell after quitting") { statusLine($0).hasPrefix(Self.prompt) }
        #expect(try session.query("#{alternate_on}") == "0")
        try session.send("-l", "echo \"reader exited with status $?\"")
        try session.send("Enter")
        try session.waitForScreen("the reader's exit status") { $0.contains("reader exited with status 0") }
    }

    @Test func tinyAndRapidResizesKeepTheReaderWhole() throws {
        let (session, folder) = try openFixtures(width: 120, height: 40)
        defer { session.close(); try? FileManager.default.removeItem(at: folder) }
        try session.resize(width: 1, height: 1)
        #expect(try session.query("#{pane_width}x#{pane_height}") == "1x1")
        #expect(try session.query("#{pane_dead}") == "0")
        for (width, height) in [(2, 1), (1, 2), (3, 3), (120, 40), (1, 1), (80, 5), (7, 2), (40, 12), (120, 40)] {
            try session.resize(width: width, height: height)
        }
        let screen = try session.waitForScreen("the reader back at 120×40") { screen in
            screen.count >= 40 && panes(screen[0]).count == 3 && statusLine(screen).hasPrefix(" Article 1 of 2")
        }
        #expect(panes(screen[1])[0].hasPrefix("▸ " + NewsFixture.firstTitle.prefix(12)))
        try session.send("j", "Enter")
        try session.waitForScreen("the second article opened") { statusLine($0).hasPrefix(" Article 2 of 2") }
        try session.send("q")
        try session.waitForExit()
        #expect(try session.capture().contains("dossier exited with status 0"))
    }
}
