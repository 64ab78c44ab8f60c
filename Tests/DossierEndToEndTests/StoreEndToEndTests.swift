import Foundation
import Testing

/// The cache and the reading state as a user meets them: quit and open again, the reader
/// killed, two commands at once, records on standard input.
@Suite(.serialized, .enabled(if: ReaderRun.isPossible, "needs tmux and the built dossier binary beside the test bundle; skipped"))
struct StoreEndToEndTests {
    func panes(_ row: String) -> [String] { row.components(separatedBy: "│") }
    func statusLine(_ screen: [String]) -> String { screen.last { !$0.isEmpty } ?? "" }

    /// The reader on `articles` with its cache and state under `home`, once its articles are processed.
    func open(_ articles: URL, home: URL) throws -> TmuxSession {
        let session = try TmuxSession(command: ReaderRun.commandLine([articles.path]), width: 120, height: 30, home: home)
        try session.waitForScreen("the reader, its articles processed") { screen in
            statusLine(screen).hasPrefix(" Article ") && !statusLine(screen).contains("processing")
                && screen.contains { $0.contains(String(NewsFixture.secondTitle.prefix(12))) }
        }
        return session
    }

    /// Whether a list row's title is drawn in bold, from a capture with attributes: the SGR
    /// sequences before it are followed (0 resets, 1 sets bold, 22 clears it).
    func titleIsBold(_ row: String, title: String) -> Bool {
        guard let range = row.range(of: String(title.prefix(12))) else { return false }
        var bold = false
        for sequence in row[..<range.lowerBound].components(separatedBy: "\u{1B}[").dropFirst() {
            let parameters = sequence.prefix { $0 != "m" }.split(separator: ";", omittingEmptySubsequences: false)
            for parameter in parameters.isEmpty ? [""] : parameters {
                switch parameter {
                case "", "0": bold = false
                case "1": bold = true
                case "22": bold = false
                default: break
                }
            }
        }
        return bold
    }

    @Test func openingAgainShowsTheSameArticleAndPlaceAndKeepsReadMarks() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let articles = try NewsFixture.write(into: home)
        var session = try open(articles, home: home)
        // Open the first (long) article, read a page of it, quit.
        try session.send("Enter", "Tab", "Space")
        let before = try session.waitForScreen("the first article scrolled") { screen in
            statusLine(screen).hasPrefix(" Article 1 of 2") && panes(screen[1]).count == 3
                && !panes(screen[1])[1].contains(String(NewsFixture.firstTitle.prefix(12)))
        }
        let topRow = panes(before[1])[1]
        try session.send("q")
        try session.waitForExit()
        session.close()

        session = try open(articles, home: home)
        defer { session.close() }
        let screen = try session.capture()
        #expect(statusLine(screen).hasPrefix(" Article 1 of 2"))
        #expect(panes(screen[1])[0].hasPrefix("▸ " + NewsFixture.firstTitle.prefix(12)))
        #expect(panes(screen[1])[1] == topRow, "the place was not kept:\n\(screen.joined(separator: "\n"))")
        // The first article was opened, so read; the second never was.
        let attributed = try session.capture(withAttributes: true)
        #expect(!titleIsBold(attributed[1], title: NewsFixture.firstTitle))
        #expect(titleIsBold(attributed[2], title: NewsFixture.secondTitle))
    }

    @Test func killingTheReaderLosesNothingItHadShown() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let articles = try NewsFixture.write(into: home)
        var session = try open(articles, home: home)
        try session.send("j", "Enter", "s")
        try session.waitForScreen("the second article open and starred") { screen in
            statusLine(screen).hasPrefix(" Starred") && panes(screen[2])[0].hasPrefix("▸★")
        }
        let shell = try session.query("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let reader = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        #expect(kill(reader, SIGKILL) == 0)
        try session.waitForExit()
        session.close()

        session = try open(articles, home: home)
        defer { session.close() }
        let screen = try session.capture()
        #expect(statusLine(screen).hasPrefix(" Article 2 of 2"))
        #expect(panes(screen[2])[0].hasPrefix("▸★" + NewsFixture.secondTitle.prefix(12)))
        let attributed = try session.capture(withAttributes: true)
        #expect(!titleIsBold(attributed[2], title: NewsFixture.secondTitle))
    }

    @Test func twoCommandsOnOneCacheAtOnceBothWork() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let articles = try NewsFixture.write(into: home)
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { number in
            let result = try? CommandLineTests.dossier(number == 0 ? ["index", articles.path] : ["entities", "--format", "tsv", articles.path],
                                                       home: home)
            results.set(number, result)
        }
        let index = try #require(results.get(0)), entities = try #require(results.get(1))
        #expect(index.status == 0, "\(index.errors)")
        #expect(index.output.hasPrefix("2 articles"))
        #expect(entities.status == 0, "\(entities.errors)")
        #expect(entities.output.contains("\t\(NewsFixture.person)\t"))
        // Then everything is in the cache: nothing is processed again.
        let again = try CommandLineTests.dossier(["index", articles.path], home: home)
        #expect(again.output.hasPrefix("2 articles, 0 processed now"))
    }

    @Test func jsonLinesOnStandardInputAreArticlesInTheReader() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let export = home.appendingPathComponent("export.jsonl")
        try Data(CommandLineTests.jsonLinesExport.utf8).write(to: export)
        let session = try TmuxSession(command: ReaderRun.commandLine(["-"], standardInput: export.path), width: 120, height: 30, home: home)
        defer { session.close() }
        let screen = try session.waitForScreen("the two records") { screen in
            screen.count > 3 && panes(screen[0]).count == 3 && statusLine(screen).hasPrefix(" Article 1 of 2")
                && !statusLine(screen).contains("processing")
        }
        #expect(panes(screen[1])[0].hasPrefix("▸ Minsk talks end"))
        #expect(panes(screen[2])[0].hasPrefix("  Grain exports rise"))
    }
}

/// Results handed back from concurrent work.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: ToolRun.Result] = [:]

    func set(_ number: Int, _ result: ToolRun.Result?) {
        lock.lock()
        results[number] = result
        lock.unlock()
    }

    func get(_ number: Int) -> ToolRun.Result? {
        lock.lock()
        defer { lock.unlock() }
        return results[number]
    }
}
