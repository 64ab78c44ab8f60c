import ArgumentParser
import DossierKit
import DossierStore
import Foundation

/// `dossier index`: brings the cache up to date for the given paths without opening the
/// reader, for a scheduled job or a first run on a large archive.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Process the articles under the given paths into the cache, without the reader.",
        discussion: """
            Unchanged files are not processed again; changed files are, deleted ones are dropped. \
            Progress goes to standard error when it is a terminal; a summary line to standard output.
            """
    )

    @Argument(help: "Files or folders to process; - reads standard input.")
    var paths: [String]

    func run() throws {
        let started = Date()
        let update = try CachedCorpus.process(paths)
        let processed = update.progress?.articles ?? 0
        let seconds = Date().timeIntervalSince(started)
        let index = update.corpus.index
        Output.write("\(update.corpus.count) articles, \(processed) processed now, \(index.entities.count) entities, "
                     + String(format: "%.1f s", seconds) + "\n")
        Diagnostics.report(update.problems)
    }
}
