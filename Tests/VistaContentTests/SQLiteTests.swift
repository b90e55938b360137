import CSQLite
import Foundation
import Testing
@testable import VistaContent

/// SQLite data: a database made at test time, read with one query; everything but reading is
/// refused and leaves the file as it was; a query past the time limit stops.
@Suite(.timeLimit(.minutes(2))) struct SQLiteTests {
    /// The clinic with `metrics/report-hours.yaml` reading `metrics/ops.sqlite`, made here.
    func folder(query: String) -> String {
        let yaml = "title: Hours\nunit: hours\ndata: ops.sqlite\nquery: \(query)\n"
        let folder = TestSupport.copy(of: "clinic", replacing: ["metrics/report-hours.yaml": yaml], removing: ["metrics/report-hours.csv"])
        Self.makeDatabase(folder + "/metrics/ops.sqlite")
        return folder
    }

    /// A table of hours booked per month, one month without a value.
    static func makeDatabase(_ path: String) {
        var db: OpaquePointer?
        precondition(sqlite3_open(path, &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        let sql = """
            CREATE TABLE bookings (month TEXT, hours REAL, tickets INTEGER);
            INSERT INTO bookings VALUES ('2026-01', 120.5, 14), ('2026-02', NULL, 9), ('2026-03', 101.25, 11);
            """
        precondition(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK)
    }

    func errors(_ folder: String) -> [String] {
        ContentLoader(root: folder).load().diagnostics.filter(\.isError).map { $0.formatted(contentFolder: "Content").components(separatedBy: "\n")[0] }
    }

    @Test func aQueryReadsTheColumnsAsTheHeader() throws {
        let folder = folder(query: "SELECT month, hours, tickets FROM bookings ORDER BY month")
        let result = ContentLoader(root: folder).load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let metric = try #require(result.content?.metric("report-hours"))
        #expect(metric.dataFile == "metrics/ops.sqlite")
        #expect(metric.data.axisName == "month")
        #expect(metric.data.periods?.map(\.description) == ["2026-01", "2026-02", "2026-03"])
        #expect(metric.data.series.map(\.key) == ["hours", "tickets"])
        #expect(metric.data.series[0].values == [120.5, nil, 101.25])
        #expect(metric.data.series[1].values == [14, 9, 11])
    }

    @Test(arguments: [
        ("DELETE FROM bookings", "the query failed: not authorized"),
        ("ATTACH DATABASE 'other.sqlite' AS other", "the query failed: not authorized"),
        ("SELECT month, hours FROM bookings; DELETE FROM bookings", "the query holds more than one statement"),
        ("PRAGMA query_only = OFF", "the query failed: not authorized"),
        ("UPDATE bookings SET hours = 0", "the query failed: not authorized"),
    ])
    func anythingButReadingIsRefusedAndTheDatabaseStaysAsItWas(query: String, message: String) throws {
        let folder = folder(query: "\"\(query)\"")
        let database = folder + "/metrics/ops.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        #expect(errors(folder) == ["Content/metrics/report-hours.yaml:4:8: error: \(message)"])
        let after = try Data(contentsOf: URL(fileURLWithPath: database))
        #expect(Self.checksum(after) == Self.checksum(before))
        #expect(after == before)
        #expect(!FileManager.default.fileExists(atPath: folder + "/metrics/other.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/other.sqlite"))
    }

    @Test func aQueryPastTheTimeLimitStops() {
        let folder = folder(query: "x")
        let sink = DiagnosticSink()
        let endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x, x FROM n WHERE x < 0"
        var query = SQLiteQuery(path: folder + "/metrics/ops.sqlite", file: "metrics/ops.sqlite",
                                query: Located(endless, at: SourceLocation(file: "metrics/report-hours.yaml", line: 4, column: 8)))
        query.timeLimit = 0.2
        let start = ContinuousClock.now
        #expect(query.run(sink: sink) == nil)
        #expect(ContinuousClock.now - start < .seconds(60))
        #expect(sink.diagnostics.map(\.message) == ["the query ran longer than 0.2 s and was stopped"])
    }

    @Test func aBadQueryAndAMissingQuery() {
        #expect(errors(folder(query: "SELEC month FROM bookings")) == ["Content/metrics/report-hours.yaml:4:8: error: the query failed: near \"SELEC\": syntax error"])
        #expect(errors(folder(query: "SELECT month, hours FROM missing_table")) == ["Content/metrics/report-hours.yaml:4:8: error: the query failed: no such table: missing_table"])
        let noQuery = TestSupport.copy(of: "clinic", replacing: ["metrics/report-hours.yaml": "title: H\ndata: ops.sqlite\n"], removing: ["metrics/report-hours.csv"])
        Self.makeDatabase(noQuery + "/metrics/ops.sqlite")
        #expect(errors(noQuery) == ["Content/metrics/report-hours.yaml:2:7: error: an SQLite database needs `query:`, the SELECT that reads the metric's rows"])
        let notADatabase = TestSupport.copy(of: "clinic", replacing: ["metrics/report-hours.yaml": "title: H\ndata: ops.sqlite\nquery: SELECT month, hours FROM bookings\n",
                                                                     "metrics/ops.sqlite": "month,hours\n"], removing: ["metrics/report-hours.csv"])
        #expect(errors(notADatabase) == ["Content/metrics/report-hours.yaml:3:8: error: 'metrics/ops.sqlite' is not an SQLite database Vista can read: file is not a database"])
    }

    /// FNV-1a over the bytes: the database's checksum before and after.
    static func checksum(_ data: Data) -> UInt64 {
        data.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
