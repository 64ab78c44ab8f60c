import Foundation
import GRDB
import Testing
@testable import DossierStore

/// The full-text index holds the first `CacheSchema.searchableCharacters` of each text, so
/// that one huge text cannot take hundreds of megabytes while it is indexed; what the
/// triggers index is what they delete, so the index stays exact when rows go.
@Suite struct FullTextLimitTests {
    /// A text whose first word is "alpha" and whose last, "omega", lies past the limit.
    static let longText = "alpha " + String(repeating: "filler ", count: CacheSchema.searchableCharacters / 7 + 1) + "omega"

    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("fulltext-\(UUID().uuidString).sqlite").path
    }

    func terms(_ writer: some DatabaseWriter) throws -> [String] {
        try writer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, article_search, row)")
            return try String.fetchAll(db, sql: "SELECT term FROM temp.terms ORDER BY term")
        }
    }

    @Test func wordsPastTheLimitAreNotIndexedAndDeletingLeavesNoTerm() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let cache = try CacheDatabase(path: path)
        try cache.pool.write { db in
            try db.execute(sql: "INSERT INTO article_text(id, title, text, layout) VALUES (1, 'Long', ?, x'')",
                           arguments: [Self.longText])
        }
        #expect(try cache.search("alpha", limit: 5) == [1])
        #expect(try cache.search("omega", limit: 5).isEmpty)
        try cache.pool.write { try $0.execute(sql: "DELETE FROM article_text WHERE id = 1") }
        #expect(try terms(cache.pool).isEmpty, "every term indexed is deleted with the row")
    }

    @Test func aSecondSchemaCacheIsReindexedWithinTheLimit() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = try DatabaseQueue(path: path)
        try CacheSchema.migrator.migrate(old, upTo: "v2: texts apart from the article rows")
        try old.write { db in
            try db.execute(sql: "INSERT INTO article_text(id, title, text, layout) VALUES (1, 'Long', ?, x'')",
                           arguments: [Self.longText])
            try db.execute(sql: "INSERT INTO article_text(id, title, text, layout) VALUES (2, 'Short', 'omega point', x'')")
        }
        try old.close()

        let cache = try CacheDatabase(path: path)
        #expect(try cache.search("alpha", limit: 5) == [1])
        #expect(try cache.search("omega", limit: 5) == [2], "the long text's words past the limit leave the index")
        try cache.pool.write { try $0.execute(sql: "DELETE FROM article_text") }
        #expect(try terms(cache.pool).isEmpty)
    }
}
