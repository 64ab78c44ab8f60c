import DossierKit
import Foundation
import GRDB

/// The cache of processed records (see `CacheSchema`): opened in WAL mode with a busy
/// timeout, so that several Dossier processes share it (one writes at a time, the others
/// wait or read). A damaged file is moved aside and a new one made; a file another process
/// keeps locked is left to it and this run uses a temporary cache; `note` then says so.
public final class CacheDatabase: Sendable {
    let pool: DatabasePool
    public let path: String
    /// What happened to the file found, when it could not be used as it was, for the status line.
    public let note: String?
    /// The folder of a temporary cache, removed with this value.
    private let temporaryFolder: String?

    /// - Parameter busyTimeout: how long a write waits for another process's before it gives up.
    public convenience init(path: String, busyTimeout: TimeInterval = 5) throws {
        do {
            try self.init(pool: DatabaseFile.openPool(at: path, migrator: CacheSchema.migrator, synchronous: "NORMAL",
                                                      busyTimeout: busyTimeout),
                          path: path, note: nil, temporaryFolder: nil)
        } catch let damaged as DatabaseFile.Damaged where damaged.damage != .locked {
            let aside = DatabaseFile.moveAside(path, because: damaged.damage)
            try self.init(pool: DatabaseFile.openPool(at: path, migrator: CacheSchema.migrator, synchronous: "NORMAL",
                                                      busyTimeout: busyTimeout),
                          path: path, note: "the cache was \(damaged.damage.rawValue) and was moved aside to \(aside); rebuilding it",
                          temporaryFolder: nil)
        } catch let damaged as DatabaseFile.Damaged {
            // A file another process holds is left to it: moved, it would change under that
            // process's feet.
            try self.init(temporaryBecause: "the cache \(damaged.path) is locked by another process; this run uses a temporary one")
        }
    }

    /// A cache for this run only, in a temporary folder removed with it; `note` says why.
    public convenience init(temporaryBecause note: String) throws {
        let folder = NSTemporaryDirectory() + "dossier-cache-\(getpid())-\(UUID().uuidString.prefix(8))"
        try self.init(pool: DatabaseFile.openPool(at: folder + "/cache.sqlite", migrator: CacheSchema.migrator,
                                                  synchronous: "NORMAL", busyTimeout: 5),
                      path: folder + "/cache.sqlite", note: note, temporaryFolder: folder)
    }

    private init(pool: DatabasePool, path: String, note: String?, temporaryFolder: String?) {
        self.pool = pool
        self.path = path
        self.note = note
        self.temporaryFolder = temporaryFolder
    }

    deinit {
        if let temporaryFolder { try? FileManager.default.removeItem(atPath: temporaryFolder) }
    }

    // MARK: What the cache holds of a corpus

    /// A file as the cache last saw it.
    struct StoredFile: Sendable {
        let size: Int64
        let modified: Double
        let pipelineVersion: String
        let problem: String?
    }

    /// An article row without its text.
    struct StoredArticle: Sendable {
        let id: Int64
        let path: String
        let line: Int?
        let contentHash: UInt64
        let pipelineVersion: String
        let title: String
        let date: String?
        let byline: String?
        let note: String?
    }

    /// The SQL condition "the path is one of `roots` or under one of them", and its arguments.
    private static func underRoots(_ roots: [String]) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        for root in roots {
            let folder = root.hasSuffix("/") ? root : root + "/"
            clauses.append("(path = ? OR (path >= ? AND path < ?))")
            arguments += [root, folder, String(folder.dropLast()) + "0"]
        }
        return (clauses.isEmpty ? "0" : clauses.joined(separator: " OR "), StatementArguments(arguments))
    }

    /// The SQL conditions "the path is `root`" and "the path is under `root`", each with its
    /// arguments: for queries in path order, which each of them can read from an index in
    /// that order (their OR would be sorted again).
    private static func exactlyAndUnder(_ root: String) -> [(sql: String, arguments: StatementArguments)] {
        let folder = root.hasSuffix("/") ? root : root + "/"
        return [("path = ?", [root]), ("path >= ? AND path < ?", [folder, String(folder.dropLast()) + "0"])]
    }

    func storedFiles(under roots: [String]) throws -> [String: StoredFile] {
        let (condition, arguments) = Self.underRoots(roots)
        return try pool.read { db in
            var files: [String: StoredFile] = [:]
            try db.forEachRawRow("SELECT path, size, modified, pipeline_version, problem FROM source_file WHERE \(condition)",
                                 arguments: arguments) { row in
                files[row.text(0) ?? ""] = StoredFile(size: row.int64(1), modified: row.double(2), pipelineVersion: row.text(3) ?? "",
                                                      problem: row.text(4))
            }
            return files
        }
    }

    /// The files under one root the cache has seen, by path (bytes).
    func rememberedFiles(under root: String) throws -> [(path: String, file: StoredFile)] {
        try pool.read { db in
            var files: [(path: String, file: StoredFile)] = []
            for (condition, arguments) in Self.exactlyAndUnder(root) {
                try db.forEachRawRow("""
                    SELECT path, size, modified, pipeline_version, problem FROM source_file WHERE \(condition) ORDER BY path
                    """, arguments: arguments) { row in
                    files.append((row.text(0) ?? "", StoredFile(size: row.int64(1), modified: row.double(2),
                                                                pipelineVersion: row.text(3) ?? "", problem: row.text(4))))
                }
            }
            return files
        }
    }

    /// The article rows under `roots`, by path and line.
    func storedArticles(under roots: [String]) throws -> [StoredArticle] {
        try pool.read { db in
            var articles: [StoredArticle] = []
            var seen: Set<Int64> = []
            let columns = "id, path, line, content_hash, pipeline_version, title, date, byline, note"
            for root in roots {
                for (condition, arguments) in Self.exactlyAndUnder(root) {
                    try db.forEachRawRow("SELECT \(columns) FROM article WHERE \(condition) ORDER BY path, line, id",
                                         arguments: arguments) { row in
                        let id = row.int64(0)
                        // Nested roots name some paths twice.
                        if roots.count > 1, !seen.insert(id).inserted { return }
                        articles.append(StoredArticle(id: id, path: row.text(1) ?? "", line: row.isNull(2) ? nil : Int(row.int64(2)),
                                                      contentHash: UInt64(bitPattern: row.int64(3)), pipelineVersion: row.text(4) ?? "",
                                                      title: row.text(5) ?? "", date: row.text(6), byline: row.text(7), note: row.text(8)))
                    }
                }
            }
            return articles
        }
    }

    /// The records that could not be read, of the files under `roots`: path, line, message.
    func storedProblems(under roots: [String]) throws -> [(path: String, line: Int?, message: String)] {
        let (condition, arguments) = Self.underRoots(roots)
        return try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT path, line, message FROM source_problem WHERE \(condition) ORDER BY path, line",
                             arguments: arguments).map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// The packed mentions of the articles under `roots`, by article id.
    func mentionBlobs(under roots: [String]) throws -> [Int64: [UInt8]] {
        let (condition, arguments) = Self.underRoots(roots)
        return try pool.read { db in
            var blobs: [Int64: [UInt8]] = [:]
            try db.forEachRawRow("SELECT id, mentions FROM article WHERE \(condition)", arguments: arguments) { row in
                blobs[row.int64(0)] = row.blob(1)
            }
            return blobs
        }
    }

    /// Every string of the name table, at its number (number 0 is unused).
    func names() throws -> [String] {
        try pool.read { db in
            var names: [String] = [""]
            try db.forEachRawRow("SELECT id, text FROM name ORDER BY id") { row in
                let id = Int(row.int64(0))
                guard id >= 0 else { return }
                if id >= names.count { names += Array(repeating: "", count: id - names.count + 1) }
                names[id] = row.text(1) ?? ""
            }
            return names
        }
    }

    // MARK: One article

    /// The stored article with an id, its mentions' ranges and forms, or nil when the cache
    /// no longer has it.
    /// - Throws: `PackedReader.Damaged` for a damaged row; database errors.
    func article(id: Int64, source: String) throws -> (article: Article, mentions: [(range: UTF8Range, form: MentionForm)], note: String?)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT article.title, subtitle, byline, date, section, text, layout, mentions, note
                FROM article JOIN article_text USING (id) WHERE id = ?
                """, arguments: [id]) else { return nil }
            let text: String = row[5]
            let layout = try row.withUnsafeData(atIndex: 6) { data in
                try (data ?? Data()).withUnsafeBytes { try RecordCodec.layout($0, textLength: text.utf8.count) }
            }
            var mentions: [(range: UTF8Range, form: MentionForm)] = []
            try row.withUnsafeData(atIndex: 7) { data in
                try (data ?? Data()).withUnsafeBytes { bytes in
                    try RecordCodec.forEachMention(in: bytes) { mention in
                        guard mention.range.end <= text.utf8.count else { throw PackedReader.Damaged() }
                        mentions.append((mention.range, mention.form))
                    }
                }
            }
            let article = Article(source: source, title: row[0], subtitle: row[1], byline: row[2], date: row[3], section: row[4],
                                  url: layout.url, text: text, titleRange: layout.titleRange, subtitleRange: layout.subtitleRange,
                                  blocks: layout.blocks)
            return (article, mentions, row[8])
        }
    }

    /// The newest current row of a file's content, if any.
    func newestArticle(path: String, contentHash: UInt64) throws -> Int64? {
        try pool.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT max(id) FROM article WHERE path = ? AND content_hash = ? AND pipeline_version = ?
                """, arguments: [path, Int64(bitPattern: contentHash), PipelineVersion.current])
        }
    }

    /// The whole processed record of an article, its mention names read back from the name table.
    func record(id: Int64, identity: SourceIdentity) throws -> ProcessedArticle? {
        try pool.read { db -> ProcessedArticle? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT article.title, subtitle, byline, date, section, text, layout, mentions, note, content_hash,
                       pipeline_version
                FROM article JOIN article_text USING (id) WHERE id = ?
                """, arguments: [id]) else { return nil }
            let text: String = row[5]
            let layout = try row.withUnsafeData(atIndex: 6) { data in
                try (data ?? Data()).withUnsafeBytes { try RecordCodec.layout($0, textLength: text.utf8.count) }
            }
            var packed: [RecordCodec.PackedMention] = []
            try row.withUnsafeData(atIndex: 7) { data in
                try (data ?? Data()).withUnsafeBytes { try RecordCodec.forEachMention(in: $0) { packed.append($0) } }
            }
            var names: [Int64: String] = [:]
            for number in Set(packed.flatMap { [$0.name, $0.surface] + ($0.code.map { [$0] } ?? []) }) {
                names[number] = try String.fetchOne(db, sql: "SELECT text FROM name WHERE id = ?", arguments: [number]) ?? ""
            }
            let article = Article(source: identity.source, title: row[0], subtitle: row[1], byline: row[2], date: row[3],
                                  section: row[4], url: layout.url, text: text, titleRange: layout.titleRange,
                                  subtitleRange: layout.subtitleRange, blocks: layout.blocks)
            let mentions = packed.map { mention in
                MentionRecord(range: mention.range, kind: mention.kind, form: mention.form, name: names[mention.name]!,
                              surface: names[mention.surface]!, code: mention.code.map { names[$0]! },
                              sentence: mention.sentence, paragraph: mention.paragraph)
            }
            return ProcessedArticle(identity: identity, contentHash: UInt64(bitPattern: row[9]), pipelineVersion: row[10],
                                    article: article, mentions: mentions, recognitionNote: row[8])
        }
    }

    // MARK: Linking

    func linkIndex(corpus: String) throws -> (digest: String, blob: [UInt8])? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT digest, index_blob FROM link_index WHERE corpus = ?",
                                             arguments: [corpus]) else { return nil }
            return (row[0], try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } ?? [] })
        }
    }

    func saveLinkIndex(corpus: String, digest: String, blob: [UInt8]) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO link_index(corpus, digest, index_blob) VALUES (?, ?, ?)",
                           arguments: [corpus, digest, Data(blob)])
        }
    }

    /// The cache file's size in bytes, with its WAL.
    public var fileSize: Int64 {
        ["", "-wal"].reduce(Int64(0)) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.int64Value ?? 0
            return total + size
        }
    }
}

extension CacheDatabase {
    /// Article rows by id, without their text.
    func storedArticles(ids: [Int64]) throws -> [StoredArticle] {
        try pool.read { db in
            try ids.compactMap { id in
                try Row.fetchOne(db, sql: """
                    SELECT id, path, line, content_hash, pipeline_version, title, date, byline, note FROM article WHERE id = ?
                    """, arguments: [id]).map { row in
                    StoredArticle(id: row[0], path: row[1], line: row[2], contentHash: UInt64(bitPattern: row[3]),
                                  pipelineVersion: row[4], title: row[5], date: row[6], byline: row[7], note: row[8])
                }
            }
        }
    }
}

extension CacheDatabase {
    /// The ids of the articles that best match a full-text query, best first (FTS5's rank).
    /// Each word of `text` must appear (prefix matches for a word ending in `*`); a part in
    /// double quotes is a phrase.
    public func search(_ text: String, limit: Int) throws -> [Int64] {
        let query = FullTextQuery(text).expression
        guard !query.isEmpty else { return [] }
        return try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
                               arguments: [query, limit])
        }
    }

    /// Drops every kept linking, so that the next open links again (for measuring linking).
    public func forgetLinking() throws {
        try pool.write { try $0.execute(sql: "DELETE FROM link_index") }
    }
}
