import Dispatch

/// Runs the whole pipeline: paths to files, files to raw documents, documents to articles,
/// articles to mentions, mentions to a linked corpus. Each article is processed on its own,
/// on every core.
public struct CorpusBuilder: Sendable {
    public let extractor: ArticleExtractor
    public let recognizer: EntityRecognizer
    public let linker: EntityLinker

    public init(extractor: ArticleExtractor = ArticleExtractor(), recognizer: EntityRecognizer, linker: EntityLinker = EntityLinker()) {
        self.extractor = extractor
        self.recognizer = recognizer
        self.linker = linker
    }

    /// The cleaned articles of every file under `paths`, in path order.
    /// - Throws: `DossierError` for a missing path, an unreadable file or a folder with nothing readable.
    public static func articles(from paths: [String], extractor: ArticleExtractor = ArticleExtractor()) throws -> [Article] {
        let files = try SourceDiscovery.files(in: paths)
        var documents: [RawDocument] = []
        for file in files { documents += try DocumentLoader.load(path: file) }
        return concurrentMap(documents) { extractor.extract($0) }
    }

    public func corpus(from paths: [String]) throws -> Corpus {
        corpus(of: try CorpusBuilder.articles(from: paths, extractor: extractor))
    }

    public func corpus(of articles: [Article]) -> Corpus {
        let recognized = concurrentMap(articles) { recognizer.recognize($0) }
        return linker.link(articles: articles, recognized: recognized)
    }
}

/// `map` over every core, results in input order.
func concurrentMap<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    if items.count < 2 { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let output = results
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        output[index] = transform(items[index])
    }
    return results.map { $0! }
}
