import DossierKit
import Foundation
import GRDB
import Testing
@testable import DossierStore

/// A cache made by an older schema is migrated in place: every record kept, nothing processed
/// again, the full-text index rebuilt.
@Suite struct CacheMigrationTests {
    /// Writes at `path` a cache of the first schema holding what `cache` holds.
    func firstSchemaCopy(of cache: CacheDatabase, at path: String) throws {
        let old = try DatabaseQueue(path: path)
        try CacheSchema.migrator.migrate(old, upTo: "v1")
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [cache.path])
            try db.inTransaction {
                try db.execute(sql: """
                    INSERT INTO main.source_file SELECT * FROM current.source_file;
                    INSERT INTO main.source_problem SELECT * FROM current.source_problem;
                    INSERT INTO main.name SELECT * FROM current.name;
                    INSERT INTO main.article(id, path, line, content_hash, pipeline_version, title, subtitle, byline, date,
                                             section, text, layout, mentions, note)
                        SELECT a.id, a.path, a.line, a.content_hash, a.pipeline_version, a.title, a.subtitle, a.byline,
                               a.date, a.section, t.text, t.layout, a.mentions, a.note
                        FROM current.article a JOIN current.article_text t USING (id);
                    """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE current")
        }
    }

    @Test func aFirstSchemaCacheIsMigratedAndKeepsEveryRecord() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let made = try fixture.processAll()
        let processed = fixture.processed
        #expect(processed == 4)

        let oldPath = fixture.root.appendingPathComponent("old.sqlite").path
        try firstSchemaCopy(of: try fixture.cache(), at: oldPath)
        let migrated = try CacheDatabase(path: oldPath)
        #expect(try migrated.pool.read { try CacheSchema.migrator.appliedIdentifiers($0) }.count == CacheSchema.migrator.migrations.count)

        let session = try fixture.session(cache: migrated)
        _ = try session.open()
        session.start { _ in }
        let reopened = session.waitUntilFinished()
        #expect(fixture.processed == processed, "nothing is processed again")
        #expect(reopened.corpus.count == made.corpus.count)
        for index in 0..<made.corpus.count {
            #expect(reopened.corpus.article(at: index)?.article.text == made.corpus.article(at: index)?.article.text)
            #expect(reopened.corpus.article(at: index)?.mentions.map(\.range) == made.corpus.article(at: index)?.mentions.map(\.range))
        }
        #expect(reopened.corpus.index.entities.map(\.key) == made.corpus.index.entities.map(\.key))
        let word = try #require(made.corpus.article(at: 0)?.article.text.split(separator: " ").first { $0.count > 6 && $0.allSatisfy(\.isLetter) })
        #expect(try migrated.search(String(word), limit: 10).isEmpty == false, "the full-text index is rebuilt")
    }
}
