import DossierKit
import Foundation
import GRDB

/// The reading state, which must never be lost: read and starred articles (by article key,
/// whatever corpus they were opened in) and the place in each corpus (the set of paths it was
/// opened with). Every change is one transaction, written through before it returns
/// (`synchronous = FULL`), so that a killed process loses nothing it had shown as done.
///
/// Since the second schema it also keeps the reader's settings that outlive a run (the pane
/// widths) and the search history.
///
/// A damaged file is never dropped: it is moved to a backup named in `note`, and a new one is
/// started.
public final class StateDatabase: Sendable {
    let pool: DatabasePool
    public let path: String
    public let note: String?

    public init(path: String, busyTimeout: TimeInterval = 10) throws {
        self.path = path
        do {
            pool = try DatabaseFile.openPool(at: path, migrator: Self.migrator, synchronous: "FULL", busyTimeout: busyTimeout)
            note = nil
        } catch let damaged as DatabaseFile.Damaged where damaged.damage != .locked {
            let backup = DatabaseFile.moveAside(path, because: damaged.damage)
            pool = try DatabaseFile.openPool(at: path, migrator: Self.migrator, synchronous: "FULL", busyTimeout: busyTimeout)
            note = "the reading state was \(damaged.damage.rawValue); it was kept as \(backup) and a new one started"
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE article_state (
                    key TEXT PRIMARY KEY NOT NULL,
                    read INTEGER NOT NULL DEFAULT 0,
                    starred INTEGER NOT NULL DEFAULT 0,
                    changed REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE corpus_place (
                    corpus TEXT PRIMARY KEY NOT NULL,
                    paths TEXT NOT NULL,
                    article_key TEXT NOT NULL,
                    text_offset INTEGER NOT NULL,
                    changed REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE reader_setting (
                    name TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE search_history (
                    pattern TEXT PRIMARY KEY NOT NULL,
                    used REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    /// The most searches kept.
    static let historyLimit = 100

    /// A setting of the reader kept between runs, or nil when none was kept.
    public func setting(_ name: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM reader_setting WHERE name = ?", arguments: [name])
        }
    }

    public func setSetting(_ name: String, to value: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO reader_setting(name, value) VALUES (?, ?)", arguments: [name, value])
        }
    }

    /// The searches made, oldest first.
    public func searchHistory() throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT pattern FROM search_history ORDER BY used")
        }
    }

    /// Keeps a search as the newest, dropping the oldest beyond the limit.
    public func addSearch(_ pattern: String) throws {
        try pool.write { db in
            let newest = try Double.fetchOne(db, sql: "SELECT max(used) FROM search_history") ?? 0
            try db.execute(sql: "INSERT OR REPLACE INTO search_history(pattern, used) VALUES (?, ?)",
                           arguments: [pattern, max(Date().timeIntervalSince1970, newest + 0.001)])
            try db.execute(sql: """
                DELETE FROM search_history WHERE pattern NOT IN
                    (SELECT pattern FROM search_history ORDER BY used DESC LIMIT ?)
                """, arguments: [Self.historyLimit])
        }
    }

    /// The read and starred articles.
    public func readingState() throws -> ReadingState {
        try pool.read { db in
            var state = ReadingState()
            let rows = try Row.fetchCursor(db, sql: "SELECT key, read, starred FROM article_state WHERE read OR starred")
            while let row = try rows.next() {
                let key: String = row[0]
                if row[1] as Bool { state.read.insert(key) }
                if row[2] as Bool { state.starred.insert(key) }
            }
            return state
        }
    }

    public func setRead(_ read: Bool, key: String) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO article_state(key, read, changed) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET read = excluded.read, changed = excluded.changed
                """, arguments: [key, read, Date().timeIntervalSince1970])
        }
    }

    public func setStarred(_ starred: Bool, key: String) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO article_state(key, starred, changed) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET starred = excluded.starred, changed = excluded.changed
                """, arguments: [key, starred, Date().timeIntervalSince1970])
        }
    }

    public func place(corpus: CorpusIdentity) throws -> ReadingPlace? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT article_key, text_offset FROM corpus_place WHERE corpus = ?",
                             arguments: [corpus.id]).map { ReadingPlace(articleKey: $0[0], textOffset: $0[1]) }
        }
    }

    public func savePlace(_ place: ReadingPlace, corpus: CorpusIdentity) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO corpus_place(corpus, paths, article_key, text_offset, changed) VALUES (?, ?, ?, ?, ?)",
                           arguments: [corpus.id, corpus.roots.joined(separator: "\n"), place.articleKey, place.textOffset,
                                       Date().timeIntervalSince1970])
        }
    }
}
