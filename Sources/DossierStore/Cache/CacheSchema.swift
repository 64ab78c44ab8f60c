import GRDB

/// The cache database's tables, as migrations. The cache can be deleted at any time: it is
/// made again from the sources.
///
/// - `source_file`: each file read, with the size and time it had and the pipeline version
///   that processed it, or why it gave no article;
/// - `source_problem`: records of a file that could not be read (a bad JSON Lines line);
/// - `article`: one processed record each: the article's fields and its mentions packed
///   (`RecordCodec`); rows are never changed but for a record's line, so an id stands for one
///   content;
/// - `article_text` (from v2): each article's title, text and layout, under the article's id.
///   Kept apart so that the rows read for every article of a corpus (the list, linking) are
///   small: with the text beside them, each row took a page of its own and opening 50,000
///   articles read 200 MB;
/// - `name`: every name, surface form and code the mentions use, by number;
/// - `article_search`: FTS5 over each article's title and the first
///   `searchableCharacters` of its text (external content from `article_text`, kept by
///   triggers);
/// - `link_index`: the last linking of each corpus, with a digest of the articles it linked.
enum CacheSchema {
    /// How much of one article's text the full-text index holds (from v3). FTS5 gathers all
    /// the terms of a row in memory before writing them, about six bytes for each character
    /// of a text of unique words, so a capped 64 MB text took some 360 MB there. Two million
    /// characters is a long book; the text beyond it is still searched inside the open
    /// article. Changing it needs a new migration: the triggers must delete what they indexed.
    static let searchableCharacters = 2_000_000

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE source_file (
                    path TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    modified REAL NOT NULL,
                    pipeline_version TEXT NOT NULL,
                    problem TEXT
                ) WITHOUT ROWID;
                CREATE TABLE source_problem (
                    path TEXT NOT NULL,
                    line INTEGER,
                    message TEXT NOT NULL
                );
                CREATE INDEX source_problem_by_path ON source_problem(path);
                CREATE TABLE name (
                    id INTEGER PRIMARY KEY,
                    text TEXT NOT NULL UNIQUE
                );
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    line INTEGER,
                    content_hash INTEGER NOT NULL,
                    pipeline_version TEXT NOT NULL,
                    title TEXT NOT NULL,
                    subtitle TEXT,
                    byline TEXT,
                    date TEXT,
                    section TEXT,
                    text TEXT NOT NULL,
                    layout BLOB NOT NULL,
                    mentions BLOB NOT NULL,
                    note TEXT
                );
                CREATE INDEX article_by_path ON article(path, line);
                CREATE VIRTUAL TABLE article_search USING fts5(
                    title, text, content='article', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
                    INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
                    INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                END;
                CREATE TABLE link_index (
                    corpus TEXT PRIMARY KEY NOT NULL,
                    digest TEXT NOT NULL,
                    index_blob BLOB NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: texts apart from the article rows") { db in
            try db.execute(sql: """
                CREATE TABLE article_text (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    text TEXT NOT NULL,
                    layout BLOB NOT NULL
                );
                INSERT INTO article_text(id, title, text, layout) SELECT id, title, text, layout FROM article;
                DROP TRIGGER article_search_insert;
                DROP TRIGGER article_search_delete;
                DROP TABLE article_search;
                CREATE TABLE article_v2 (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    line INTEGER,
                    content_hash INTEGER NOT NULL,
                    pipeline_version TEXT NOT NULL,
                    title TEXT NOT NULL,
                    subtitle TEXT,
                    byline TEXT,
                    date TEXT,
                    section TEXT,
                    note TEXT,
                    mentions BLOB NOT NULL
                );
                INSERT INTO article_v2(id, path, line, content_hash, pipeline_version, title, subtitle, byline, date,
                                       section, note, mentions)
                    SELECT id, path, line, content_hash, pipeline_version, title, subtitle, byline, date, section, note,
                           mentions FROM article;
                DROP TABLE article;
                ALTER TABLE article_v2 RENAME TO article;
                CREATE INDEX article_by_path ON article(path, line);
                CREATE VIRTUAL TABLE article_search USING fts5(
                    title, text, content='article_text', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2'
                );
                INSERT INTO article_search(article_search) VALUES ('rebuild');
                CREATE TRIGGER article_search_insert AFTER INSERT ON article_text BEGIN
                    INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                CREATE TRIGGER article_search_delete AFTER DELETE ON article_text BEGIN
                    INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                END;
                CREATE TRIGGER article_text_delete AFTER DELETE ON article BEGIN
                    DELETE FROM article_text WHERE id = old.id;
                END;
                """)
        }
        migrator.registerMigration("v3: the full-text index holds a bounded part of each text") { db in
            let limit = searchableCharacters
            try db.execute(sql: """
                DROP TRIGGER article_search_insert;
                DROP TRIGGER article_search_delete;
                INSERT INTO article_search(article_search, rowid, title, text)
                    SELECT 'delete', id, title, text FROM article_text WHERE length(text) > \(limit);
                INSERT INTO article_search(rowid, title, text)
                    SELECT id, title, substr(text, 1, \(limit)) FROM article_text WHERE length(text) > \(limit);
                CREATE TRIGGER article_search_insert AFTER INSERT ON article_text BEGIN
                    INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, substr(new.text, 1, \(limit)));
                END;
                CREATE TRIGGER article_search_delete AFTER DELETE ON article_text BEGIN
                    INSERT INTO article_search(article_search, rowid, title, text)
                        VALUES ('delete', old.id, old.title, substr(old.text, 1, \(limit)));
                END;
                """)
        }
        return migrator
    }
}
