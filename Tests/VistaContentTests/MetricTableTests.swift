import Testing
@testable import VistaContent

/// `MetricTable` reads rows by position when their keys come in the table's order, and by key
/// otherwise; both ways give the same series. The texts it trims keep their meaning.
@Suite struct MetricTableTests {
    func row(_ label: String, _ cells: [(String, String)]) -> DataRow {
        let here = SourceLocation(file: "metrics/m.yaml", line: 1, column: 1)
        return DataRow(label: label, location: here,
                       cells: cells.map { DataRow.Cell(key: $0.0, text: $0.1, location: here) })
    }

    @Test func rowsInAnyOrderOfKeysGiveTheSameSeries() {
        let rows = [row("2026-01", [("a", "1"), ("b", "2")]),
                    row("2026-02", [("b", "4"), ("a", "3")]),
                    row("2026-03", [("a", "5")]),
                    row("2026-04", [("c", "7.50"), ("a", "6"), ("b", " 8 ")])]
        let sink = DiagnosticSink()
        let data = MetricTable.build(axisName: "month", rows: rows, file: "metrics/m.yaml", sink: sink)
        #expect(!sink.hasErrors)
        #expect(data.series.map(\.key) == ["a", "b", "c"])
        #expect(data.series[0].values == [1, 3, 5, 6])
        #expect(data.series[1].values == [2, 4, nil, 8])
        #expect(data.series[2].values == [nil, nil, nil, 7.5])
        #expect(data.series[2].decimals == [nil, nil, nil, 2])
    }

    @Test func trimmingKeepsTextsThatNeedNone() {
        #expect("42".trimmingWhitespace == "42")
        #expect(" 42\t".trimmingWhitespace == "42")
        #expect("\u{00A0}42\u{00A0}".trimmingWhitespace == "42")
        #expect("a b".trimmingWhitespace == "a b")
        #expect("é ".trimmingWhitespace == "é")
        #expect(" \r\n".trimmingWhitespace == "")
        #expect("".trimmingWhitespace == "")
        #expect(NumberText.decimals("12.250") == 3)
        #expect(NumberText.decimals(" 7 ") == 0)
        #expect(NumberText.decimals("1e3") == nil)
    }
}
