import Foundation
import GRDB

/// Opening one of Dossier's SQLite files, and what to do when it is damaged: telling a
/// corrupt, truncated or locked file, and moving or copying it aside under a name that says
/// why and when.
enum DatabaseFile {
    /// Why a database file could not be used.
    enum Damage: String, Sendable {
        case corrupt, truncated, locked
    }

    struct Damaged: Error, CustomStringConvertible {
        let damage: Damage
        let path: String
        let detail: String

        var description: String { "\(path) is \(damage.rawValue): \(detail)" }
    }

    /// Opens a pool over `path` (created if missing) in WAL mode with a busy timeout, and
    /// migrates it.
    /// - Throws: `Damaged` when the file is not a database, is cut short, or stays locked by
    ///   another process past the timeout; other errors as they come.
    static func openPool(at path: String, migrator: DatabaseMigrator, synchronous: String,
                         busyTimeout: TimeInterval) throws -> DatabasePool {
        // Another process making or migrating the same file can make an open fail at once
        // (not every lock waits for the timeout): a few more tries before it counts as locked.
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try openPoolOnce(at: path, migrator: migrator, synchronous: synchronous, busyTimeout: busyTimeout)
            } catch let damaged as Damaged where damaged.damage == .locked && attempt < 4 {
                usleep(UInt32(50_000 * attempt))
            }
        }
    }

    private static func openPoolOnce(at path: String, migrator: DatabaseMigrator, synchronous: String,
                                     busyTimeout: TimeInterval) throws -> DatabasePool {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        if let damage = headerDamage(at: path) {
            throw Damaged(damage: damage, path: path, detail: damage == .truncated ? "the file is shorter than its header says"
                                                                                  : "not an SQLite database")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrate(pool, with: migrator)
            // A file another process keeps locked past the timeout cannot be written: found
            // now, not at the first record.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return pool
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                throw Damaged(damage: .corrupt, path: path, detail: error.message ?? "\(error.resultCode)")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw Damaged(damage: .locked, path: path, detail: "another process holds it")
            default:
                throw error
            }
        }
    }

    /// Migrates; when another process made the same tables at the same moment (both saw the
    /// migration not applied, one lost), the migration is found applied on a second look.
    /// A file migrated from an older schema is compacted after: a migration that moves a
    /// table's contents leaves the old pages free, as big as the data.
    private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        for attempt in 1...3 {
            do {
                let before = try pool.read { try migrator.appliedIdentifiers($0) }
                try migrator.migrate(pool)
                if !before.isEmpty, try pool.read({ try migrator.appliedIdentifiers($0) }) != before {
                    try pool.writeWithoutTransaction { try $0.execute(sql: "VACUUM") }
                }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR
                && (error.message ?? "").contains("already exists") && attempt < 3 {
                continue
            }
        }
    }

    /// Whether the file's first 100 bytes say it is no database, or it is shorter than the
    /// page count its header gives. A missing or empty file is not damaged (it is created).
    static func headerDamage(at path: String) -> Damage? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return nil }
        try? handle.seek(toOffset: 0)
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return .corrupt }
        let bytes = [UInt8](header)
        guard bytes.starts(with: Array("SQLite format 3\u{0}".utf8)) else { return .corrupt }
        func bigEndian(_ offset: Int) -> UInt64 {
            bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt64($1) }
        }
        let rawPageSize = UInt64(bytes[16]) << 8 | UInt64(bytes[17])
        let pageSize: UInt64 = rawPageSize == 1 ? 65536 : rawPageSize
        let pages = bigEndian(28)
        // The header's page count holds only while its change counter matches.
        guard pages > 0, bigEndian(24) == bigEndian(92) else { return nil }
        return size < pages * pageSize ? .truncated : nil
    }

    /// Moves a database and its WAL and shared-memory files aside; returns the new path.
    static func moveAside(_ path: String, because damage: Damage) -> String {
        let aside = asideName(path, damage)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return aside
    }

    /// Copies a database (and its WAL) aside, leaving it in place; returns the copy's path.
    static func copyAside(_ path: String, because damage: Damage) -> String {
        let aside = asideName(path, damage)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.copyItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return aside
    }

    /// `state.sqlite.corrupt-20261205-101502`.
    private static func asideName(_ path: String, _ damage: Damage) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        var aside = "\(path).\(damage.rawValue)-\(formatter.string(from: Date()))"
        var number = 2
        while FileManager.default.fileExists(atPath: aside) {
            aside = "\(path).\(damage.rawValue)-\(formatter.string(from: Date()))-\(number)"
            number += 1
        }
        return aside
    }
}
