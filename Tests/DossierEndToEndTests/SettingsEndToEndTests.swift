import DossierKit
import Foundation
import Testing

/// The settings file and the mouse, tried on the built `dossier` in tmux over the bundled
/// sample articles.
@Suite(.serialized, .enabled(if: ReaderRun.isPossible, "needs tmux and the built dossier binary beside the test bundle; skipped"))
struct SettingsEndToEndTests {
    /// A home folder for the session with `settings` as its settings file (none when nil);
    /// the caller removes it.
    func home(settings: String?) throws -> URL {
        let home = try ReaderRun.temporaryFolder()
        if let settings {
            let folder = home.appendingPathComponent("config/dossier")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try settings.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        }
        return home
    }

    /// The reader on the samples, once they are processed.
    func openSamples(home: URL, arguments: [String] = []) throws -> TmuxSession {
        let session = try TmuxSession(command: ReaderRun.commandLine(arguments), width: 120, height: 30, home: home)
        // The status line, drawn last, is there and says no more about processing.
        try session.waitForScreen("the samples, processed") { screen in
            screen.first?.hasPrefix(" Articles · 1/") == true && screen.count > 29 && screen[1].hasPrefix("▸ ")
                && screen[29].hasPrefix(" ") && !screen[29].trimmingCharacters(in: .whitespaces).isEmpty
                && !screen[29].contains("processing")
        }
        return session
    }

    func statusLine(_ screen: [String]) -> String {
        screen.last { !$0.isEmpty } ?? ""
    }

    func articleHeader(_ screen: [String]) -> String {
        screen.first?.components(separatedBy: "│").first ?? ""
    }

    @Test func aBadValueIsNamedInTheStatusLineAndTheRestOfTheFileApplies() throws {
        let home = try home(settings: "# keys for a left hand\nsort = \"size\"\n\n[keys]\nquit = [\"x\"]\ntop = \"gg\"\nmove-down = [\"j\", \"<C-n>\"]\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try openSamples(home: home)
        defer { session.close() }
        let file = home.appendingPathComponent("config/dossier/config.toml").path
        try session.waitForScreen("the problem in the status line") {
            statusLine($0).hasPrefix(" \(file):2: sort must be date, title or source")
        }

        // The keys of the file: j and Ctrl-N move down, gg goes to the top, q does not quit.
        try session.send("j", "C-n")
        try session.waitForScreen("two rows down") { articleHeader($0).hasPrefix(" Articles · 3/") }
        try session.send("q")
        try session.send("g")
        try session.send("g")
        try session.waitForScreen("gg at the top") { articleHeader($0).hasPrefix(" Articles · 1/") }
        #expect(try session.query("#{pane_dead}") == "0")

        // The help lists the keys as configured.
        try session.send("?")
        var help = try session.waitForScreen("the help") { $0.contains { $0.contains("│ Keys") } }
        // The help is longer than the screen: G scrolls to its end.
        try session.send("G")
        help += try session.waitForScreen("the help's end") { $0.contains { $0.contains("closes this help") } }
        #expect(help.contains { $0.contains("│ gg ") && $0.contains("to the top") })
        #expect(help.contains { $0.contains("│ x ") && $0.contains("quit") })
        #expect(help.contains { $0.contains("│ j Ctrl-N ") })
        try session.send("Escape")
        try session.waitForScreen("the help closed") { !$0.contains { $0.contains("closes this help") } }

        // x quits, and the problem is printed again on the way out.
        try session.send("x")
        try session.waitForExit()
        let rows = try session.capture(includingHistory: true)
        #expect(rows.joined(separator: "\n").contains("dossier exited with status 0"))
        #expect(rows.joined().contains("dossier: \(file):2: sort must be date, title or source, not \"size\""))
    }

    @Test func aSyntaxErrorIsNamedAndTheDefaultsApply() throws {
        let home = try home(settings: "[keys]\nquit = [\"x\"]\nmouse = maybe\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try openSamples(home: home)
        defer { session.close() }
        let file = home.appendingPathComponent("config/dossier/config.toml").path
        try session.waitForScreen("the syntax error in the status line") {
            statusLine($0).hasPrefix(" \(file):3: error while parsing")
        }
        try session.send("q")
        try session.waitForExit()
        #expect(try session.capture(includingHistory: true).joined(separator: "\n").contains("dossier exited with status 0"))
    }

    @Test func printConfigPrintsSettingsThatReadBackWithoutAProblem() throws {
        let printed = try ToolRun.run(ReaderRun.binary!.path, ["--print-config"], environment: ReaderRun.storeEnvironment())
        #expect(printed.status == 0)
        #expect(printed.output.contains("\n[keys]\n"))
        #expect(printed.output.contains("\nquit = [\"q\", \"<C-c>\"]\n"))
        // The printed file as the settings file: the reader opens without a word about it.
        let home = try home(settings: printed.output)
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try openSamples(home: home)
        defer { session.close() }
        try session.waitForScreen("no word about the settings") { statusLine($0).hasPrefix(" Article 1 of") }
    }

    @Test func aClickOpensAnArticleAndTheWheelScrollsTheText() throws {
        let home = try home(settings: nil)
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try openSamples(home: home)
        defer { session.close() }
        #expect(try session.query("#{mouse_any_flag}") == "1", "the reader did not ask for the mouse")
        let before = try session.capture()
        // The row is "  Feb 11 Kenya and Eth…": the title after the short date.
        let row = before[2].components(separatedBy: "│")[0].dropFirst(2)
        let title = row.range(of: #"^[A-Z][a-z]{2} [0-9]{2} "#, options: .regularExpression).map { row[$0.upperBound...] } ?? row
        let secondTitle = String(title.prefix(12))

        // Press and release on the second article's row (row 2, column 5).
        try session.sendMouse(.press, row: 2, column: 5)
        try session.sendMouse(.release, row: 2, column: 5)
        let opened = try session.waitForScreen("the second article open") { screen in
            articleHeader(screen).hasPrefix(" Articles · 2/") && screen[2].hasPrefix("▸ ")
        }
        #expect(opened.contains { $0.components(separatedBy: "│").dropFirst().first?.contains(secondTitle) == true },
                "the text pane does not show \(secondTitle)")

        // The wheel over the text pane scrolls it by three rows; the list keeps the focus.
        let textRows = opened.dropFirst().prefix(10).map { $0.components(separatedBy: "│").dropFirst().first ?? "" }
        try session.sendMouse(.wheelDown, row: 10, column: 60)
        let scrolled = try session.waitForScreen("the text scrolled") { screen in
            (screen.dropFirst().first?.components(separatedBy: "│").dropFirst().first ?? "") == textRows[3]
        }
        #expect(articleHeader(scrolled).hasPrefix(" Articles · 2/"))
    }

    @Test(arguments: [(["--no-mouse"], nil), ([], "mouse = false\n")] as [([String], String?)])
    func theMouseCanBeLeftToTheTerminal(arguments: [String], settings: String?) throws {
        let home = try home(settings: settings)
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try openSamples(home: home, arguments: arguments)
        defer { session.close() }
        #expect(try session.query("#{mouse_any_flag}") == "0")
        try session.waitForScreen("no word about the settings") { statusLine($0).hasPrefix(" Article 1 of") }
    }
}
