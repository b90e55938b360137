/// A table as a data file holds it, before periods and numbers are read from it: a header row and
/// rows of text cells, each with where it is. The CSV, XLSX and SQLite readers all produce one;
/// `dataRows(sink:)` checks its shape and gives the rows `MetricTable` reads, so every source
/// follows the same rules (first column the period or category, one column per series).
struct DataTable {
    /// One cell: its text as the source holds it, where it is, and how a message names it
    /// ("sheet 'Overtime' cell B7: ", empty for a CSV, whose location says it all).
    struct Cell {
        var text: String
        var location: SourceLocation
        var place: String = ""
    }

    var header: [Cell]
    var rows: [[Cell]]
    /// Where a problem with the whole table is reported.
    var location: SourceLocation
    /// What the table is, for messages: "the CSV file", "the sheet 'Hours'", "the query's result".
    var what: String
    /// What its header is, for messages: "the CSV header", "the header row", "the query's columns".
    var headerWhat: String

    /// The rows for `MetricTable`, and the name of the first column; nil (with an error) when the
    /// table has no header or too few columns.
    func dataRows(sink: DiagnosticSink) -> (axisName: String, rows: [DataRow])? {
        guard let first = header.first else {
            sink.error(location, "\(what) is empty; it needs a header row and data rows")
            return nil
        }
        guard header.count >= 2 else {
            sink.error(location, "\(headerWhat) needs a period column and at least one series column")
            return nil
        }
        var seen = Set<String>()
        for cell in header {
            let name = cell.text.trimmingWhitespace
            if name.isEmpty { sink.error(cell.location, cell.place + "a column of \(headerWhat) has no name") }
            if !seen.insert(name).inserted { sink.error(cell.location, cell.place + "\(headerWhat) names the column '\(name)' twice") }
        }
        if rows.isEmpty {
            sink.error(first.location, "\(what) has a header but no data rows")
        }
        var result: [DataRow] = []
        result.reserveCapacity(rows.count)
        // The series' keys, trimmed once rather than for every cell.
        let keys = header.dropFirst().map { $0.text.trimmingWhitespace }
        for cells in rows {
            guard let label = cells.first else { continue }
            if cells.count != header.count {
                var location = label.location
                if location.hasLine { location.column = 1 }
                sink.error(location, label.place + "this row has \(cells.count) cells, but the header has \(header.count)")
                continue
            }
            var row = DataRow(label: label.text.trimmingWhitespace, location: label.location, place: label.place)
            row.cells.reserveCapacity(keys.count)
            for (cell, key) in zip(cells.dropFirst(), keys) {
                row.cells.append(DataRow.Cell(key: key, text: cell.text, location: cell.location, place: cell.place))
            }
            result.append(row)
        }
        return (first.text.trimmingWhitespace, result)
    }
}

extension DataTable {
    /// A parsed CSV file as a table.
    init(csv: CSVTable, path: String) {
        func cell(_ cell: CSVTable.Cell) -> Cell {
            Cell(text: cell.text, location: SourceLocation(file: path, line: cell.line, column: cell.column))
        }
        self.init(header: csv.rows.first.map { $0.map(cell) } ?? [], rows: csv.rows.dropFirst().map { $0.map(cell) },
                  location: SourceLocation(file: path), what: "the CSV file", headerWhat: "the CSV header")
    }
}
