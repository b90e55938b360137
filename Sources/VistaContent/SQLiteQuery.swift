import CSQLite
import Foundation

/// A metric's data read from an SQLite database with one query. The database is opened read-only
/// (`SQLITE_OPEN_READONLY`, then `PRAGMA query_only`), an authorizer allows reading and nothing
/// else (no `ATTACH`, no `PRAGMA`, no writes), the query must be one statement, and a progress
/// handler stops it after a time limit. The result's columns are the table's header.
struct SQLiteQuery {
    /// The database, as a full path.
    let path: String
    /// The database as the content names it (`metrics/ops.sqlite`), for messages.
    let file: String
    /// The query and where `query:` is written: every diagnostic about it goes there.
    let query: Located<String>
    /// How long the query may run.
    var timeLimit: Double = 10
    /// How many rows it may return.
    var rowLimit = 1_000_000

    /// The result as a table, or nil after an error at the `query:` line.
    func run(sink: DiagnosticSink) -> DataTable? {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK, let db = handle else {
            sink.error(query.location, "cannot open the database '\(file)': \(Self.message(handle))")
            sqlite3_close_v2(handle)
            return nil
        }
        defer { sqlite3_close_v2(db) }
        sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0)
        guard sqlite3_exec(db, "PRAGMA query_only = ON", nil, nil, nil) == SQLITE_OK else {
            sink.error(query.location, "'\(file)' is not an SQLite database Vista can read: \(Self.message(db))")
            return nil
        }
        sqlite3_set_authorizer(db, { _, action, _, _, _, _ in
            SQLiteQuery.allowedActions.contains(action) ? SQLITE_OK : SQLITE_DENY
        }, nil)
        let deadline = Deadline(seconds: timeLimit)
        sqlite3_progress_handler(db, 1000, { context in
            guard let context else { return 0 }
            return Unmanaged<Deadline>.fromOpaque(context).takeUnretainedValue().passed ? 1 : 0
        }, Unmanaged.passUnretained(deadline).toOpaque())

        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let prepared = query.value.withCString { text in
            let code = sqlite3_prepare_v2(db, text, -1, &statement, &tail)
            let rest = tail.map { String(cString: $0) } ?? ""
            return (code, rest)
        }
        defer { sqlite3_finalize(statement) }
        guard prepared.0 == SQLITE_OK else {
            let message = Self.message(db)
            if prepared.0 == SQLITE_NOTADB {
                sink.error(query.location, "'\(file)' is not an SQLite database Vista can read: \(message)")
                return nil
            }
            sink.error(query.location, "the query failed: \(message)",
                       hint: message.contains("not authorized") || message.contains("attached") ? Self.readOnlyHint : nil)
            return nil
        }
        guard let statement else {
            sink.error(query.location, "the query is empty", hint: "write one SELECT statement, like query: SELECT month, hours FROM bookings")
            return nil
        }
        if !Self.isBlank(prepared.1) {
            sink.error(query.location, "the query holds more than one statement", hint: "write one SELECT statement; Vista runs nothing else")
            return nil
        }
        if sqlite3_stmt_readonly(statement) == 0 {
            sink.error(query.location, "the query would change the database; Vista only reads", hint: Self.readOnlyHint)
            return nil
        }
        return read(statement, db: db, deadline: deadline, sink: sink)
    }

    /// Steps through the result: the column names as the header, each value as text.
    private func read(_ statement: OpaquePointer, db: OpaquePointer, deadline: Deadline, sink: DiagnosticSink) -> DataTable? {
        let columns = Int(sqlite3_column_count(statement))
        let names = (0..<columns).map { sqlite3_column_name(statement, Int32($0)).map { String(cString: $0) } ?? "" }
        let header = names.map { DataTable.Cell(text: $0, location: query.location, place: "the query's column '\($0)': ") }
        var rows: [[DataTable.Cell]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                if code == SQLITE_INTERRUPT, deadline.passed {
                    sink.error(query.location, "the query ran longer than \(NumberText.format(timeLimit)) s and was stopped",
                               hint: "select fewer rows, or aggregate in the database with GROUP BY")
                } else {
                    sink.error(query.location, "the query failed: \(Self.message(db))")
                }
                return nil
            }
            if rows.count >= rowLimit {
                sink.error(query.location, "the query returns more than \(rowLimit) rows", hint: "aggregate in the database with GROUP BY")
                return nil
            }
            let number = rows.count + 1
            var row: [DataTable.Cell] = []
            for index in 0..<columns {
                let place = "the query's row \(number), column '\(names[index])': "
                guard let text = Self.text(of: statement, column: Int32(index)) else {
                    sink.error(query.location, place + "a BLOB is not a value Vista can show", hint: "select a number or a text")
                    return nil
                }
                row.append(DataTable.Cell(text: text, location: query.location, place: place))
            }
            rows.append(row)
        }
        return DataTable(header: header, rows: rows, location: query.location, what: "the query's result", headerWhat: "the query's columns")
    }

    /// A value as text: numbers as Swift writes them, NULL as an empty cell (a gap); nil for a BLOB.
    private static func text(of statement: OpaquePointer, column: Int32) -> String? {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return ""
        case SQLITE_INTEGER: return String(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return NumberText.format(sqlite3_column_double(statement, column))
        case SQLITE_BLOB: return nil
        default: return sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
        }
    }

    /// What the authorizer lets a query do: read tables and call functions, nothing more.
    static let allowedActions: Set<Int32> = [SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE]

    static let readOnlyHint = "write one SELECT statement; Vista opens the database read-only and runs no ATTACH, PRAGMA or change"

    private static func message(_ db: OpaquePointer?) -> String {
        db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "out of memory"
    }

    /// Whether the rest after the first statement is only spaces, semicolons and comments.
    static func isBlank(_ text: String) -> Bool {
        var rest = Substring(text)
        while let first = rest.first {
            if first.isWhitespace || first == ";" {
                rest = rest.dropFirst()
            } else if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*"), let end = rest.range(of: "*/") {
                rest = rest[end.upperBound...]
            } else {
                return false
            }
        }
        return true
    }

    /// When the time limit is up, read by the progress handler on SQLite's thread.
    final class Deadline: @unchecked Sendable {
        let end: UInt64

        init(seconds: Double) {
            end = Self.now() + UInt64(max(0, seconds) * 1e9)
        }

        var passed: Bool { Self.now() >= end }

        static func now() -> UInt64 {
            var time = timespec()
            clock_gettime(CLOCK_MONOTONIC, &time)
            return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        }
    }
}
