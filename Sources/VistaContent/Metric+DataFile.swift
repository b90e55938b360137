extension Metric {
    /// What `data:` naming a file gave: the file, once it was read, and its rows, once they were.
    struct FileData {
        var file: String?
        var axisName = "period"
        var rows: [DataRow] = []
    }

    /// Reads the file `data:` names beside the metric: a CSV, an `.xlsx` workbook (`sheet`,
    /// `range`) or an SQLite database (`query`). Every source becomes a `DataTable` first, so that
    /// all follow the same rules.
    static func readDataFile(_ name: String, at location: SourceLocation, id: String, reader: FieldReader,
                             files: DataFiles, decimal: inout DecimalMark?) -> FileData {
        let sink = reader.sink
        guard !name.contains("/"), !name.contains("\\"), !name.hasPrefix("."), let kind = DataFiles.Kind(name: name) else {
            sink.error(location, "`data` must be a list of rows or the name of a data file beside the metric (.csv, .xlsx, .sqlite), like \(id).csv, found '\(name)'")
            return FileData()
        }
        let path = parentFolder(of: reader.source.file) + name
        func failed(_ failure: FileReadFailure) -> FileData {
            switch failure {
            case .missing: sink.error(location, "data file '\(name)' not found: it must be beside the metric, at \(path)")
            case .unreadable(let why): sink.error(location, "data file '\(name)' could not be read: \(why)")
            case .invalid(let diagnostic): sink.append(diagnostic)
            }
            return FileData()
        }
        var table: DataTable?
        switch kind {
        case .csv:
            switch files.readText(path) {
            case .failure(let failure): return failed(failure)
            case .success(let csv): table = csvTable(csv, decimal: &decimal, sink: sink)
            }
        case .xlsx:
            switch files.filePath(path) {
            case .failure(let failure): return failed(failure)
            case .success(let fullPath):
                table = XLSXWorkbook(path: fullPath, file: path, sink: sink)?.table(sheet: reader.text("sheet"), range: reader.text("range"), sink: sink)
            }
        case .sqlite:
            guard let query = reader.text("query") else {
                sink.error(location, "an SQLite database needs `query:`, the SELECT that reads the metric's rows",
                           hint: "add query: SELECT month, hours FROM bookings ORDER BY month")
                return FileData()
            }
            switch files.filePath(path) {
            case .failure(let failure): return failed(failure)
            case .success(let fullPath): table = SQLiteQuery(path: fullPath, file: path, query: query).run(sink: sink)
            }
        }
        var data = FileData(file: path)
        if let rows = table?.dataRows(sink: sink) { (data.axisName, data.rows) = rows }
        return data
    }

    /// `sheet` and `range` belong to an `.xlsx` workbook, `query` to a database, `decimal` to a
    /// CSV: written with another source, each is a warning, since it changes nothing.
    static func checkFileKeys(_ reader: FieldReader, named name: String?) {
        let kind = name.flatMap(DataFiles.Kind.init(name:))
        let owners: [(String, DataFiles.Kind, String)] = [("sheet", .xlsx, "an .xlsx workbook"), ("range", .xlsx, "an .xlsx workbook"),
                                                          ("query", .sqlite, "an SQLite database"), ("decimal", .csv, "a CSV file")]
        for (key, owner, what) in owners where reader.value(key) != nil && kind != owner {
            reader.sink.warning(reader.location(ofKey: key), "`\(key)` is used only with \(what) in `data:`")
        }
    }
}
