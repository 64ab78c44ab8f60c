import ArgumentParser
import DossierKit
import DossierReader
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

    func run() throws {
        // Articles may come on standard input ('-'); the keys then come from /dev/tty.
        let readsStandardInput = paths.contains(SourceDiscovery.standardInput)
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 || readsStandardInput else {
            Diagnostics.fail("the reader needs a terminal; for scripts use 'dossier clean PATH...' or 'dossier entities PATH...'",
                             status: 2)
        }
        let paths = self.paths.isEmpty ? [try SampleArticles.folder()] : self.paths
        let (cache, cacheNote) = try StoreOpening.cache()
        let (stateDatabase, stateNote) = StoreOpening.state()
        let session = ArchiveSession(paths: paths, cache: cache)
        let update = try session.open()
        let reading = (try? stateDatabase?.readingState()) ?? ReadingState()
        let place = try? stateDatabase?.place(corpus: session.identity)
        let notice = [cacheNote, stateNote].compactMap { $0 }.first
        let result: ReaderLoop.Result
        do {
            result = try ReaderLoop.run(session: session, first: update, reading: reading, place: place ?? nil,
                                        state: stateDatabase, notice: notice)
        } catch let error as CursesTerminal.OpenError {
            Diagnostics.fail(error.description, status: 2)
        }
        for problem in result.problems { Diagnostics.warn(problem) }
        if result.status != 0 { throw ExitCode(result.status) }
        if !result.problems.isEmpty { throw ExitCode(2) }
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
