import ArgumentParser
import DossierKit
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
        let progress = ProgressLine()
        let (corpus, problems) = try CorpusBuilder(recognizer: try EntityRecognizer.shipped())
            .corpus(from: paths, progress: progress.show)
        progress.clear()
        let notice = problems.isEmpty ? nil
            : "\(problems.count) of the given files or records could not be read; they are listed when you quit"
        let status: Int32
        do {
            status = try ReaderLoop.run(corpus, notice: notice)
        } catch let error as CursesTerminal.OpenError {
            Diagnostics.fail(error.description, status: 2)
        }
        for problem in problems { Diagnostics.warn(problem.description) }
        if status != 0 { throw ExitCode(status) }
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
