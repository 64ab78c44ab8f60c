import DossierKit
import Foundation
@testable import DossierStore

/// A temporary folder of articles and a cache of its own, removed by `remove()`.
final class StoreFixture: @unchecked Sendable {
    let root: URL
    let articles: URL
    let location: StoreLocation
    /// How many documents the processors made by `session()` processed.
    private let counter = Counter()

    init(files: [String: String] = StoreFixture.stories) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-store-\(UUID().uuidString)")
        articles = root.appendingPathComponent("articles")
        location = StoreLocation(cacheFolder: root.appendingPathComponent("cache").path,
                                 dataFolder: root.appendingPathComponent("data").path)
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        let url = articles.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    var processed: Int { counter.value }

    func cache() throws -> CacheDatabase {
        try CacheDatabase(path: location.cachePath)
    }

    func session(_ paths: [String]? = nil, cache: CacheDatabase? = nil) throws -> ArchiveSession {
        let counter = self.counter
        return ArchiveSession(paths: paths ?? [articles.path], cache: try cache ?? self.cache(), workers: 2) {
            let processor = try StoreFixture.processor()
            return ArticleProcessor(recognizer: processor.recognizer, counting: { counter.add() })
        }
    }

    /// Opens, processes and links everything; the corpus at the end.
    func processAll(_ paths: [String]? = nil) throws -> ArchiveSession.Update {
        let session = try self.session(paths)
        _ = try session.open()
        session.start { _ in }
        return session.waitUntilFinished()
    }

    nonisolated(unsafe) private static var shared: ArticleProcessor?
    private static let sharedLock = NSLock()

    /// The shipped processor, loaded once for all tests.
    static func processor() throws -> ArticleProcessor {
        sharedLock.lock()
        defer { sharedLock.unlock() }
        if let shared { return shared }
        let made = try ArticleProcessor.shipped()
        shared = made
        return made
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() {
            lock.lock()
            count += 1
            lock.unlock()
        }
        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }
    }

    static let stories: [String: String] = [
        "baltic.txt": """
            Ports of the Baltic agree to share ice reports

            HELSINKI — Finland and Latvia will share live data from their ports, Foreign Minister Ingrid Valtonen said on Tuesday. Valtonen said the pilot would start in January.
            """,
        "andes.txt": """
            Chile, Bolivia and Argentina open talks on lithium prices

            SANTIAGO — Chile, Bolivia and Argentina opened talks on lithium prices, said Mariela Quispe, who leads the Bolivian delegation. Quispe said the talks would last a week.
            """,
        "wire/briefs.jsonl": """
            {"title": "Norway sets cod quota", "text": "OSLO — Norway set its cod quota for next year, Fisheries Minister Lars Haugen said on Monday."}
            {"title": "Kenya opens dam", "text": "NAIROBI — Kenya opened a dam on the Tana river, President Amina Wanjiru said. Wanjiru called it a turning point."}
            """,
    ]
}
