extension Metric {
    /// What `data:` naming a file gave: the file, once it was read, and its rows, once they were.
    struct FileData {
        var file: String?
        var axisName = "period"
        var rows: [DataRow] = []
    }

    /// Reads the file `data:` names beside the metric. Every source becomes a `DataTable` first, so
    /// that all follow the same rules.
    static func readDataFile(_ name: String, at location: SourceLocation, id: String, reader: FieldReader,
                             files: DataFiles, decimal: inout DecimalMark?) -> FileData {
        let sink = reader.sink
        guard !name.contains("/"), !name.contains("\\"), !name.hasPrefix("."), let kind = DataFiles.Kind(name: name) else {
            sink.error(location, "`data` must be a list of rows or the name of a data file beside the metric (.csv), like \(id).csv, found '\(name)'")
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
        }
        var data = FileData(file: path)
        if let rows = table?.dataRows(sink: sink) { (data.axisName, data.rows) = rows }
        return data
    }

    /// `decimal` belongs to a CSV: written with another source, it is a warning, since it changes nothing.
    static func checkFileKeys(_ reader: FieldReader, named name: String?) {
        let kind = name.flatMap(DataFiles.Kind.init(name:))
        let owners: [(String, DataFiles.Kind, String)] = [("decimal", .csv, "a CSV file")]
        for (key, owner, what) in owners where reader.value(key) != nil && kind != owner {
            reader.sink.warning(reader.location(ofKey: key), "`\(key)` is used only with \(what) in `data:`")
        }
    }
}
