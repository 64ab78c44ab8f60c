import ArgumentParser
import DossierKit
import DossierStore
import Foundation

/// How the scriptable commands get their articles: through the cache (what it holds is
/// read, the rest processed and kept; progress on standard error when it is a terminal), or
/// with `--no-cache` processed in memory and kept nowhere.
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Process everything in memory; neither read nor write the cache.")
    var noCache = false
}

enum CachedCorpus {
    /// The processed corpus of `paths`, and the problems met.
    static func corpus(of paths: [String], options: CacheOptions) throws -> (corpus: Corpus, problems: [DossierError]) {
        if options.noCache {
            return try CorpusBuilder(recognizer: try EntityRecognizer.shipped()).corpus(from: paths)
        }
        let update = try process(paths)
        let stored = update.corpus
        var articles: [Article] = [], mentions: [[Mention]] = []
        for position in 0..<stored.count {
            guard let loaded = stored.article(at: position) else { continue }
            articles.append(loaded.article)
            mentions.append(loaded.mentions)
        }
        return (Corpus(articles: articles, mentions: mentions, entities: stored.index.entities), update.problems)
    }

    /// Brings the cache up to date for `paths` and returns the corpus it then holds.
    static func process(_ paths: [String], note: ((String) -> Void)? = nil) throws -> ArchiveSession.Update {
        let (cache, cacheNote) = try StoreOpening.cache()
        if let cacheNote { Diagnostics.warn(cacheNote) }
        let session = ArchiveSession(paths: paths, cache: cache, mode: .batch)
        _ = try session.open()
        let progress = SessionProgressLine()
        session.start { progress.show($0) }
        let update = session.waitUntilFinished()
        progress.clear()
        return update
    }
}

/// A progress line on standard error while files are processed, rewritten in place and
/// cleared at the end; silent when standard error is not a terminal.
final class SessionProgressLine: @unchecked Sendable {
    private let isShown = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var wrote = false

    func show(_ update: ArchiveSession.Update) {
        guard isShown, let progress = update.progress, !update.isFinished else { return }
        var line = "dossier: processing \(progress.done) of \(progress.total) files"
        if progress.articlesPerSecond > 0 { line += ", \(Int(progress.articlesPerSecond.rounded())) articles/s" }
        if let left = progress.secondsLeft { line += ", \(Int(left.rounded(.up))) s left" }
        lock.lock()
        wrote = true
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        lock.unlock()
    }

    func clear() {
        lock.lock()
        if wrote { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        lock.unlock()
    }
}
