import DossierKit
import Foundation
import GRDB
import Testing
@testable import DossierStore

@Suite struct ArchiveSessionTests {
    @Test func firstOpenListsFilesAtOnceThenProcessesThem() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let session = try fixture.session()
        let opened = try session.open()
        #expect(opened.corpus.count == 3)
        #expect(opened.corpus.summaries.map(\.title) == ["andes.txt", "baltic.txt", "briefs.jsonl"])
        #expect(opened.corpus.summaries.allSatisfy { !$0.isProcessed })
        #expect(!opened.isFinished)

        let updates = UpdateLog()
        session.start { updates.append($0) }
        let done = session.waitUntilFinished()
        #expect(done.isFinished)
        #expect(done.corpus.summaries.map(\.title)
            == ["Chile, Bolivia and Argentina open talks on lithium prices", "Ports of the Baltic agree to share ice reports", "Norway sets cod quota", "Kenya opens dam"])
        #expect(done.corpus.summaries.map(\.source).last?.hasSuffix("wire/briefs.jsonl:2") == true)
        #expect(fixture.processed == 4)
        #expect(done.progress?.done == 3 && done.progress?.total == 3)
        #expect(updates.last?.isFinished == true)

        let index = done.corpus.index
        let valtonen = try #require(index.entity(forKey: EntityKey("person:ingrid valtonen")))
        #expect(index.mentionCount(of: valtonen) == 2)
        #expect(index.entity(forKey: EntityKey("country:FI")) != nil)
        let baltic = try #require(done.corpus.article(at: 1))
        #expect(baltic.article.title == "Ports of the Baltic agree to share ice reports")
        #expect(baltic.mentions.contains { $0.entity == valtonen })
        #expect(baltic.mentions.map { String(baltic.article[$0.range]) }.contains("Ingrid Valtonen"))
    }

    @Test func aSecondOpenReadsEverythingFromTheCache() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try fixture.processAll()
        let session = try fixture.session()
        // The corpus shows as the cache remembers it, linked, before the disk is looked at.
        let opened = try session.open()
        #expect(opened.corpus.summaries == first.corpus.summaries)
        #expect(opened.corpus.index.entities.map(\.key) == first.corpus.index.entities.map(\.key))
        #expect(opened.corpus.article(at: 3)?.mentions.count == first.corpus.article(at: 3)?.mentions.count)
        session.start { _ in }
        let done = session.waitUntilFinished()
        #expect(done.isFinished)
        #expect(done.progress == nil)
        #expect(fixture.processed == 4)
    }

    @Test func theCacheIsReadWithoutTheSourceFiles() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        _ = try fixture.processAll()
        // The sources cannot be read now; their names and times are all a second open looks at.
        for name in ["baltic.txt", "andes.txt", "wire/briefs.jsonl"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: fixture.articles.appendingPathComponent(name).path)
        }
        defer {
            for name in ["baltic.txt", "andes.txt", "wire/briefs.jsonl"] {
                try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: fixture.articles.appendingPathComponent(name).path)
            }
        }
        let session = try fixture.session()
        let opened = try session.open()
        #expect(opened.problems.isEmpty)
        #expect(opened.corpus.article(at: 0)?.article.title == "Chile, Bolivia and Argentina open talks on lithium prices")
        session.start { _ in }
        let done = session.waitUntilFinished()
        #expect(done.progress == nil)
        #expect(done.problems.isEmpty)
        #expect(fixture.processed == 4)
    }

    @Test func changesAreFoundAndOnlyWhatChangedIsProcessed() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        _ = try fixture.processAll()
        #expect(fixture.processed == 4)

        // Touched: the time changes, the content does not.
        let baltic = fixture.articles.appendingPathComponent("baltic.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: baltic)
        var done = try fixture.processAll()
        #expect(done.progress?.total == 1)
        #expect(fixture.processed == 4)
        #expect(done.corpus.count == 4)
        done = try fixture.processAll()
        #expect(done.progress == nil)

        // Edited, deleted, added; one record of the JSON Lines file changed.
        try fixture.write("andes.txt", "Lithium talks end in La Paz\n\nLA PAZ — The talks ended on Friday, Mariela Quispe said.")
        try FileManager.default.removeItem(atPath: baltic)
        try fixture.write("new/sahel.txt", "Niger and Mali sign a water pact\n\nNIAMEY — Niger and Mali signed a water pact, officials said.")
        try fixture.write("wire/briefs.jsonl", """
            {"title": "Kenya opens dam", "text": "NAIROBI — Kenya opened a dam on the Tana river, President Amina Wanjiru said. Wanjiru called it a turning point."}
            {"title": "Norway sets cod quota", "text": "OSLO — Norway set its cod quota for next year, Fisheries Minister Lars Haugen said on Friday."}
            """)
        done = try fixture.processAll()
        #expect(fixture.processed == 4 + 3)
        #expect(done.corpus.summaries.map(\.title)
            == ["Lithium talks end in La Paz", "Niger and Mali sign a water pact", "Kenya opens dam", "Norway sets cod quota"])
        #expect(done.corpus.index.entity(forKey: EntityKey("person:ingrid valtonen")) == nil)
        #expect(done.corpus.index.entity(forKey: EntityKey("country:NE")) != nil)
    }

    @Test func recordsOfAnOlderPipelineAreShownThenMadeAgain() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try fixture.processAll()
        let cache = try fixture.cache()
        try cache.pool.write { db in
            try db.execute(sql: "UPDATE source_file SET pipeline_version = '0-older'")
            try db.execute(sql: "UPDATE article SET pipeline_version = '0-older'")
        }
        let session = try fixture.session(cache: cache)
        let opened = try session.open()
        #expect(session.pendingFileCount == 3)
        #expect(opened.corpus.summaries.map(\.title) == first.corpus.summaries.map(\.title))
        #expect(opened.corpus.summaries.allSatisfy { $0.isProcessed })
        session.start { _ in }
        let done = session.waitUntilFinished()
        #expect(fixture.processed == 8)
        #expect(done.corpus.summaries.map(\.title) == first.corpus.summaries.map(\.title))
        let versions = try cache.pool.read { try String.fetchAll($0, sql: "SELECT DISTINCT pipeline_version FROM article") }
        #expect(versions == [PipelineVersion.current])
    }

    @Test func storedRecordsLinkAsTheInMemoryCorpusDoes() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let stored = try fixture.processAll().corpus
        let builder = CorpusBuilder(recognizer: try StoreFixture.processor().recognizer)
        let memory = try builder.corpus(from: [fixture.articles.path]).corpus
        #expect(stored.index.entities.map(\.key).sorted() == memory.entities.map(\.key).sorted())
        for entity in memory.entities {
            let id = try #require(stored.index.entity(forKey: entity.key))
            #expect(stored.index.entities[id].name == entity.name)
            #expect(stored.index.mentionCount(of: id) == memory.mentionCount(of: entity.id))
        }
    }

    @Test func aProcessedRecordRoundTrips() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let processor = try StoreFixture.processor()
        let path = fixture.articles.appendingPathComponent("baltic.txt").path
        let document = try #require(DocumentLoader.load(path: path).documents.first)
        let record = processor.process(document, identity: SourceIdentity(path: path, size: 1, modified: 2))
        let json = try JSONDecoder().decode(ProcessedArticle.self, from: JSONEncoder().encode(record))
        #expect(json == record)

        let done = try fixture.processAll()
        let position = try #require(done.corpus.summaries.firstIndex { $0.source.hasSuffix("baltic.txt") })
        let stored = try #require(done.corpus.record(at: position, identity: record.identity))
        #expect(stored.article == record.article)
        #expect(stored.mentions == record.mentions)
        #expect(stored.contentHash == record.contentHash)
    }
}

/// Updates as a session hands them out, from its threads.
final class UpdateLog: @unchecked Sendable {
    private let lock = NSLock()
    private var updates: [ArchiveSession.Update] = []

    func append(_ update: ArchiveSession.Update) {
        lock.lock()
        updates.append(update)
        lock.unlock()
    }

    var last: ArchiveSession.Update? {
        lock.lock()
        defer { lock.unlock() }
        return updates.last
    }
}

/// Two sessions, as two processes would be, on one cache and one folder at once.
@Suite struct SharedCacheTests {
    @Test func twoSessionsOnOneCacheBothFinishAndLeaveOneRecordOfEach() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let sessions = try (0..<2).map { _ in try fixture.session(cache: try fixture.cache()) }
        for session in sessions { _ = try session.open() }
        for session in sessions { session.start { _ in } }
        let results = sessions.map { $0.waitUntilFinished() }
        for result in results {
            #expect(result.isFinished)
            #expect(result.problems.isEmpty)
        }
        let cache = try fixture.cache()
        let rows = try cache.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article")! }
        #expect(rows == 4)
        let again = try fixture.session(cache: cache)
        _ = try again.open()
        again.start { _ in }
        let done = again.waitUntilFinished()
        #expect(done.progress == nil)
        #expect(done.corpus.count == 4)
        #expect(Set(done.corpus.summaries.map(\.key)).count == 4)
    }
}
