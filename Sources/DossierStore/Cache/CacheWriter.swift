import DossierKit
import Foundation
import GRDB

/// The one writer of a cache in a process: inserts processed records, numbers their names,
/// and closes each file once all its records are in: the rows it no longer gives are
/// deleted and the file's size, time, hash and version are recorded. Each `commit` is one
/// transaction.
final class CacheWriter {
    /// A record of a file that was processed, kept or could not be read.
    enum Message: Sendable {
        case processed(file: Int, record: ProcessedArticle)
        /// A stored record whose content is unchanged, kept; its line may have moved.
        case kept(file: Int, articleID: Int64, line: Int?)
        /// Every record of the file has been handed over (`records` of them).
        case fileRead(file: Int, scanned: ScannedFile, records: Int, problems: [DossierError], fileProblem: DossierError?)
    }

    /// What a commit wrote.
    struct Commit {
        struct Written {
            let file: Int
            let articleID: Int64
            let line: Int?
            let contentHash: UInt64
            let title: String
            let date: String?
            let byline: String?
            let mentions: [UInt8]
        }

        var written: [Written] = []
        var kept: [(file: Int, articleID: Int64, line: Int?)] = []
        /// Files all of whose records are in, with the ids they now have.
        var closed: [(file: Int, articleIDs: Set<Int64>, problems: [DossierError])] = []
        var newNames: [(id: Int64, text: String)] = []
    }

    private let cache: CacheDatabase
    private var nameIDs: [String: Int64]?
    private var pending: [Int: (count: Int, ids: Set<Int64>, read: Message?)] = [:]

    init(cache: CacheDatabase) {
        self.cache = cache
    }

    /// Writes the messages in one transaction.
    func commit(_ messages: [Message]) throws -> Commit {
        if nameIDs == nil {
            nameIDs = try cache.pool.read { db in
                var names: [String: Int64] = [:]
                try db.forEachRawRow("SELECT id, text FROM name") { row in names[row.text(1) ?? ""] = row.int64(0) }
                return names
            }
        }
        var commit = Commit()
        var pendingAfter = pending
        var namesAfter = nameIDs!
        try cache.pool.write { db in
            commit = Commit()
            pendingAfter = pending
            namesAfter = nameIDs!
            func number(_ name: String) throws -> Int64 {
                if let id = namesAfter[name] { return id }
                try db.execute(sql: "INSERT OR IGNORE INTO name(text) VALUES (?)", arguments: [name])
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM name WHERE text = ?", arguments: [name])!
                namesAfter[name] = id
                commit.newNames.append((id, name))
                return id
            }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO article(path, line, content_hash, pipeline_version, title, subtitle, byline, date, section,
                                    mentions, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertText = try db.cachedStatement(sql: "INSERT INTO article_text(id, title, text, layout) VALUES (?, ?, ?, ?)")
            for message in messages {
                switch message {
                case .processed(let file, let record):
                    let article = record.article
                    let mentions = try RecordCodec.mentions(record.mentions, number: number)
                    try insert.execute(arguments: [
                        record.identity.path, record.identity.line, Int64(bitPattern: record.contentHash),
                        record.pipelineVersion, article.title, article.subtitle, article.byline, article.date,
                        article.section, Data(mentions), record.recognitionNote,
                    ])
                    let id = db.lastInsertedRowID
                    try insertText.execute(arguments: [id, article.title, article.text, Data(RecordCodec.layout(of: article))])
                    commit.written.append(.init(file: file, articleID: id, line: record.identity.line,
                                                contentHash: record.contentHash, title: article.title,
                                                date: article.date, byline: article.byline, mentions: mentions))
                    pendingAfter[file, default: (0, [], nil)].count += 1
                    pendingAfter[file]!.ids.insert(id)
                case .kept(let file, let id, let line):
                    try db.execute(sql: "UPDATE article SET line = ? WHERE id = ? AND line IS NOT ?", arguments: [line, id, line])
                    commit.kept.append((file, id, line))
                    pendingAfter[file, default: (0, [], nil)].count += 1
                    pendingAfter[file]!.ids.insert(id)
                case .fileRead(let file, _, _, _, _):
                    pendingAfter[file, default: (0, [], nil)].read = message
                }
            }
            // Close the files whose records are all in.
            for (file, state) in pendingAfter {
                guard case .fileRead(_, let scanned, let records, let problems, let fileProblem)? = state.read,
                      state.count >= records else { continue }
                let stored = try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE path = ?", arguments: [scanned.path])
                for id in stored where !state.ids.contains(id) {
                    try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
                }
                try db.execute(sql: """
                    INSERT OR REPLACE INTO source_file(path, size, modified, pipeline_version, problem)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [scanned.path, scanned.size, scanned.modified,
                                     PipelineVersion.current, fileProblem.map(StoredProblem.reason)])
                try db.execute(sql: "DELETE FROM source_problem WHERE path = ?", arguments: [scanned.path])
                for problem in problems {
                    try db.execute(sql: "INSERT INTO source_problem(path, line, message) VALUES (?, ?, ?)",
                                   arguments: [scanned.path, Self.line(of: problem), StoredProblem.reason(of: problem)])
                }
                commit.closed.append((file, state.ids, problems + (fileProblem.map { [$0] } ?? [])))
                pendingAfter[file] = nil
            }
        }
        pending = pendingAfter
        nameIDs = namesAfter
        return commit
    }

    /// The line a problem with a JSON Lines record names ("path:12: …"), if any.
    static func line(of problem: DossierError) -> Int? {
        guard case .badInput(let source, _) = problem, let colon = source.lastIndex(of: ":") else { return nil }
        return Int(source[source.index(after: colon)...])
    }
}
