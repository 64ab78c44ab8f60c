import GRDB

/// The cache database's tables, as migrations. The cache can be deleted at any time: it is
/// made again from the sources.
///
/// - `source_file`: each file read, with the size and time it had and the pipeline version
///   that processed it, or why it gave no article;
/// - `source_problem`: records of a file that could not be read (a bad JSON Lines line);
/// - `article`: one processed record each: the article's fields and text, its layout and its
///   mentions packed (`RecordCodec`); rows are never changed but for a record's line, so an
///   id stands for one content;
/// - `name`: every name, surface form and code the mentions use, by number;
/// - `article_search`: FTS5 over each article's title and text (external content, kept by
///   triggers);
/// - `link_index`: the last linking of each corpus, with a digest of the articles it linked.
enum CacheSchema {
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
                    note TEXT,
                    layout BLOB NOT NULL,
                    mentions BLOB NOT NULL,
                    -- Last: a long text runs onto overflow pages, which a read of any column
                    -- after it would have to walk.
                    text TEXT NOT NULL
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
        return migrator
    }
}
