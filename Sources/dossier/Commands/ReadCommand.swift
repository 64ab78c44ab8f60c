import ArgumentParser
import DossierKit
import DossierReader
import DossierSettings
import DossierStore
import Foundation

/// The default command: opens the reader on the given paths, or on the bundled samples.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the three-pane reader (the default command)."
    )

    @Argument(help: "Files and folders to open; the bundled sample articles when none is given.")
    var paths: [String] = []

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text), whatever the settings say.")
    var noMouse = false

    @Flag(name: .customLong("print-config"),
          help: "Print the default settings as a commented settings file (for $XDG_CONFIG_HOME/dossier/config.toml) and exit.")
    var printConfig = false

    func run() throws {
        if printConfig {
            print(SettingsFile.text(), terminator: "")
            return
        }
        // Articles may come on standard input ('-'); the keys then come from /dev/tty.
        let readsStandardInput = paths.contains(SourceDiscovery.standardInput)
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 || readsStandardInput else {
            Diagnostics.fail("the reader needs a terminal; for scripts use 'dossier clean PATH...' or 'dossier entities PATH...'",
                             status: 2)
        }
        let (settings, settingsProblems) = SettingsFile.load(path: SettingsFile.path())
        let paths = self.paths.isEmpty ? [try SampleArticles.folder()] : self.paths
        let (cache, cacheNote) = try StoreOpening.cache()
        let (stateDatabase, stateNote) = StoreOpening.state()
        let session = ArchiveSession(paths: paths, cache: cache)
        let update = try session.open()
        let reading = (try? stateDatabase?.readingState()) ?? ReadingState()
        let place = try? stateDatabase?.place(corpus: session.identity)
        let notes = [Self.notice(settingsProblems), cacheNote, stateNote].compactMap { $0 }
        let notice = notes.isEmpty ? nil : notes.joined(separator: " · ")
        let result: ReaderLoop.Result
        do {
            result = try ReaderLoop.run(session: session, first: update, reading: reading, place: place ?? nil,
                                        state: stateDatabase, notice: notice, settings: settings,
                                        usesMouse: settings.mouse && !noMouse)
        } catch let error as CursesTerminal.OpenError {
            Diagnostics.fail(error.description, status: 2)
        }
        for problem in settingsProblems { Diagnostics.warn(problem.description) }
        for problem in result.problems { Diagnostics.warn(problem) }
        if result.status != 0 { throw ExitCode(result.status) }
        if !result.problems.isEmpty { throw ExitCode(2) }
    }
}

extension ReadCommand {
    /// The status line's word on the settings file: its first problem, and how many more
    /// there are (all of them are printed when the reader ends).
    static func notice(_ problems: [SettingsProblem]) -> String? {
        guard let first = problems.first else { return nil }
        let more = problems.count - 1
        return more == 0 ? first.description : "\(first.description) (and \(more) more, printed when you quit)"
    }
}

/// The sample articles bundled with the executable.
enum SampleArticles {
    static func folder() throws -> String {
        guard let url = Bundle.module.url(forResource: "Samples", withExtension: nil) else {
            throw DossierError.missingPath("the bundled sample articles")
        }
        return url.path
    }
}
