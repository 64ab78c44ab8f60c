import Foundation
import GRDB
import GRDBSQLite

/// Rows read straight from SQLite's columns, for the queries that read every article of a
/// large corpus: GRDB's `Row` converts each value through its protocols, which costs more
/// than the query itself when there are 50,000 rows.
struct RawColumns {
    let statement: SQLiteStatement

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))),
                      as: UTF8.self)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func blob(_ column: Int32) -> [UInt8] {
        guard let bytes = sqlite3_column_blob(statement, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))))
    }
}

extension Database {
    /// Calls `body` with each row of a query, its columns read as they lie.
    func forEachRawRow(_ sql: String, arguments: StatementArguments = [], _ body: (RawColumns) throws -> Void) throws {
        let statement = try makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let columns = RawColumns(statement: statement.sqliteStatement)
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: lastErrorMessage, sql: sql)
            }
            try body(columns)
        }
    }
}
