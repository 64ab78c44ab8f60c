import DossierKit
import Foundation
import GRDB
import Testing
@testable import DossierStore

/// A damaged or locked cache is moved aside and made again; damaged reading state is kept as
/// a named backup, never dropped without a word.
@Suite struct DamagedDatabaseTests {
    static let garbage = Data(String(repeating: "this is not a database, only words about one. ", count: 40).utf8)

    func asideFiles(of path: String, _ damage: String) throws -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("\(name).\(damage)-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    @Test func aCorruptCacheIsMovedAsideAndMadeAgain() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.location.cacheFolder, withIntermediateDirectories: true)
        try Self.garbage.write(to: URL(fileURLWithPath: fixture.location.cachePath))
        let cache = try fixture.cache()
        let aside = try asideFiles(of: fixture.location.cachePath, "corrupt")
        #expect(aside.count == 1)
        #expect(cache.note == "the cache was corrupt and was moved aside to \(aside[0]); rebuilding it")
        #expect(FileManager.default.contents(atPath: aside[0]) == Self.garbage)
        let session = try fixture.session(cache: cache)
        _ = try session.open()
        session.start { _ in }
        #expect(session.waitUntilFinished().corpus.count == 4)
    }

    @Test func aTruncatedCacheIsMovedAsideAndMadeAgain() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        do {
            let cache = try fixture.cache()
            let session = try fixture.session(cache: cache)
            _ = try session.open()
            session.start { _ in }
            session.waitUntilFinished()
            try cache.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        let path = fixture.location.cachePath
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        try? FileManager.default.removeItem(atPath: path + "-wal")
        let cache = try fixture.cache()
        #expect(cache.note?.hasPrefix("the cache was truncated and was moved aside to ") == true)
        #expect(try asideFiles(of: path, "truncated").count == 1)
    }

    @Test func aCacheLockedByAnotherWriterIsLeftToItAndATemporaryOneUsed() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        _ = try fixture.cache()
        // Another connection holds the write lock and does not let go.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: fixture.location.cachePath, configuration: configuration)
        try holder.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? holder.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        let cache = try CacheDatabase(path: fixture.location.cachePath, busyTimeout: 0.2)
        #expect(cache.note == "the cache \(fixture.location.cachePath) is locked by another process; this run uses a temporary one")
        #expect(cache.path != fixture.location.cachePath)
        #expect(try asideFiles(of: fixture.location.cachePath, "locked").isEmpty)
        let session = try fixture.session(cache: cache)
        _ = try session.open()
        session.start { _ in }
        #expect(session.waitUntilFinished().corpus.count == 4)
    }

    @Test func damagedReadingStateIsKeptAsANamedBackup() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.location.dataFolder, withIntermediateDirectories: true)
        try Self.garbage.write(to: URL(fileURLWithPath: fixture.location.statePath))
        let state = try StateDatabase(path: fixture.location.statePath)
        let backups = try asideFiles(of: fixture.location.statePath, "corrupt")
        #expect(backups.count == 1)
        #expect(state.note == "the reading state was corrupt; it was kept as \(backups[0]) and a new one started")
        #expect(FileManager.default.contents(atPath: backups[0]) == Self.garbage)
        try state.setRead(true, key: "/a.txt")
        #expect(try state.readingState().read == ["/a.txt"])
    }

    @Test func readingStateRoundTrips() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let corpus = CorpusIdentity(roots: ["/b", "/a"])
        do {
            let state = try StateDatabase(path: fixture.location.statePath)
            try state.setRead(true, key: "/a/1.txt")
            try state.setRead(true, key: "/a/2.txt")
            try state.setRead(false, key: "/a/2.txt")
            try state.setStarred(true, key: "/a/2.txt")
            try state.savePlace(ReadingPlace(articleKey: "/a/2.txt", textOffset: 120), corpus: corpus)
        }
        let state = try StateDatabase(path: fixture.location.statePath)
        #expect(try state.readingState() == ReadingState(read: ["/a/1.txt"], starred: ["/a/2.txt"]))
        // The same paths in another order are the same corpus.
        #expect(try state.place(corpus: CorpusIdentity(roots: ["/a", "/b"])) == ReadingPlace(articleKey: "/a/2.txt", textOffset: 120))
        #expect(try state.place(corpus: CorpusIdentity(roots: ["/a"])) == nil)
    }
}
