import Dispatch
import Foundation

/// Runs the whole pipeline: paths to files, files to raw documents, documents to articles,
/// articles to mentions, mentions to a linked corpus. Each article is processed on its own,
/// on every core.
public struct CorpusBuilder: Sendable {
    /// How far a build has come, for a progress line: `done` of `total` items of a stage.
    public struct Progress: Sendable, Equatable {
        public enum Stage: String, Sendable {
            case cleaning
            case recognizing
        }

        public let stage: Stage
        public let done: Int
        public let total: Int
    }

    public typealias ProgressHandler = @Sendable (Progress) -> Void

    /// What reading the user's paths gave: the articles, and what could not be read.
    public struct Reading: Sendable {
        public let articles: [Article]
        public let problems: [DossierError]
    }

    public let extractor: ArticleExtractor
    public let recognizer: EntityRecognizer
    public let linker: EntityLinker

    public init(extractor: ArticleExtractor = ArticleExtractor(), recognizer: EntityRecognizer, linker: EntityLinker = EntityLinker()) {
        self.extractor = extractor
        self.recognizer = recognizer
        self.linker = linker
    }

    /// The cleaned articles of every file under `paths`, in path order, and a problem for each
    /// path, file or record that could not be read: one bad file does not lose the others.
    /// - Throws: the first problem when not a single article could be read.
    public static func read(_ paths: [String], extractor: ArticleExtractor = ArticleExtractor(),
                            progress: ProgressHandler? = nil) throws -> Reading {
        var (files, problems) = SourceDiscovery.files(in: paths)
        var documents: [RawDocument] = []
        for file in files {
            do {
                let loaded = try DocumentLoader.load(path: file)
                documents += loaded.documents
                problems += loaded.problems
            } catch let problem as DossierError {
                problems.append(problem)
            }
        }
        if documents.isEmpty { throw problems.first ?? DossierError.nothingReadable(paths.joined(separator: " ")) }
        let articles = concurrentMap(documents, stage: .cleaning, progress: progress) { extractor.extract($0) }
        return Reading(articles: articles, problems: problems)
    }

    /// The articles read and the corpus built from them, with the problems met on the way.
    public func corpus(from paths: [String], progress: ProgressHandler? = nil) throws -> (corpus: Corpus, problems: [DossierError]) {
        let reading = try CorpusBuilder.read(paths, extractor: extractor, progress: progress)
        return (corpus(of: reading.articles, progress: progress), reading.problems)
    }

    public func corpus(of articles: [Article], progress: ProgressHandler? = nil) -> Corpus {
        let recognized = concurrentMap(articles, stage: .recognizing, progress: progress) { recognizer.recognize($0) }
        return linker.link(articles: articles, recognized: recognized)
    }
}

/// `map` over every core, results in input order; reports progress about a hundred times.
func concurrentMap<T: Sendable, U: Sendable>(_ items: [T], stage: CorpusBuilder.Progress.Stage,
                                             progress: CorpusBuilder.ProgressHandler?,
                                             _ transform: @Sendable (T) -> U) -> [U] {
    if items.count < 2 && progress == nil { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let output = results
    let counter = ProgressCounter(total: items.count, stage: stage, handler: progress)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        output[index] = transform(items[index])
        counter.increment()
    }
    return results.map { $0! }
}

/// Counts finished items across threads and calls the handler at every whole percent.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let stage: CorpusBuilder.Progress.Stage
    private let handler: CorpusBuilder.ProgressHandler?

    init(total: Int, stage: CorpusBuilder.Progress.Stage, handler: CorpusBuilder.ProgressHandler?) {
        self.total = total
        self.stage = stage
        self.handler = handler
    }

    func increment() {
        guard let handler else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if done == total || done * 100 / total != (done - 1) * 100 / total {
            handler(CorpusBuilder.Progress(stage: stage, done: done, total: total))
        }
    }
}
