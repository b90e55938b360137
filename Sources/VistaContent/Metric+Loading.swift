import Yams

extension Metric {
    static let keys = ["title", "description", "unit", "better", "target", "baseline", "events", "data", "series"]

    /// Reads `metrics/ID.yaml`; `readCSV` reads a data file beside it.
    static func load(_ node: Node, id: String, source: YAMLSource, sink: DiagnosticSink,
                     readCSV: (String) -> Result<SourceText, FileReadFailure>) -> Metric? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "a metric") else { return nil }
        reader.warnUnknownKeys(allowed: keys, in: "a metric")
        let title = reader.text("title", required: true)
        var rows: [DataRow] = []
        var axisName = "period"
        var dataFile: String?
        if let data = reader.value("data") {
            switch data {
            case .sequence(let items):
                (axisName, rows) = inlineRows(Array(items), reader: reader)
                if items.isEmpty { sink.error(reader.location(of: data), "`data` has no rows") }
            case .scalar(let scalar):
                let name = scalar.string.trimmingWhitespace
                let location = reader.location(of: data)
                if name.contains("/") || name.contains("\\") || name.hasPrefix(".") || !name.lowercased().hasSuffix(".csv") {
                    sink.error(location, "`data` must be a list of rows or the name of a CSV file beside the metric, like \(id).csv, found '\(name)'")
                } else {
                    let path = parentFolder(of: source.file) + name
                    switch readCSV(path) {
                    case .failure(.missing):
                        sink.error(location, "data file '\(name)' not found: the CSV must be beside the metric, at \(path)")
                    case .failure(.unreadable(let why)):
                        sink.error(location, "data file '\(name)' could not be read: \(why)")
                    case .failure(.invalid(let diagnostic)):
                        sink.append(diagnostic)
                    case .success(let csv):
                        dataFile = path
                        if let table = csvRows(csv, sink: sink) { (axisName, rows) = table }
                    }
                }
            default:
                reader.wrongType("data", expected: "a list of rows or a CSV file name", found: data)
            }
        } else {
            reader.missing("data", hint: "add rows like - {date: 2026-01, value: 12} or data: \(id).csv")
        }
        var table = MetricTable.build(axisName: axisName, rows: rows, file: dataFile ?? source.file, sink: sink)
        if let names = reader.mappingReader("series") {
            for (key, value) in names.mapping {
                guard let keyText = key.scalar?.string else { continue }
                guard let index = table.series.firstIndex(where: { $0.key == keyText }) else {
                    sink.error(names.location(of: key), "`series` names '\(keyText)', which is not a column of the data",
                               hint: "the data's series are: \(table.series.map(\.key).joined(separator: ", "))")
                    continue
                }
                if let name = value.scalar?.string.trimmingWhitespace, !name.isEmpty { table.series[index].name = name }
            }
        }
        var metric = Metric(id: id, file: source.file, title: title?.value ?? id, description: reader.markdown("description"),
                            unit: reader.text("unit").map { MetricUnit.parse($0.value) } ?? .count,
                            better: reader.choice("better", Direction.self)?.value ?? .higher,
                            target: reader.number("target", minimum: nil)?.value, data: table,
                            dataFile: dataFile, location: reader.location(of: node))
        readTimeline(reader, into: &metric)
        return metric
    }

    /// `baseline` and `events`, which need the data's periods.
    private static func readTimeline(_ reader: FieldReader, into metric: inout Metric) {
        let periods = metric.data.periods
        if let baseline = reader.period("baseline") {
            if let periods {
                if periods.contains(baseline.value) {
                    metric.baseline = baseline
                } else {
                    let range = periods.isEmpty ? "none" : "\(periods.first!) … \(periods.last!)"
                    reader.sink.error(baseline.location, "baseline \(baseline.value) is not a period of the data (\(range))")
                }
            } else {
                reader.sink.error(baseline.location, "`baseline` needs data over time, but this metric's first column is not a period")
            }
        }
        for item in reader.list("events") ?? [] {
            guard let event = FieldReader(item, source: reader.source, sink: reader.sink, what: "an event") else { continue }
            event.warnUnknownKeys(allowed: ["date", "label"], in: "an event")
            guard let date = event.period("date", required: true), let label = event.text("label", required: true) else { continue }
            if let periods {
                if !periods.contains(where: { $0.overlaps(date.value) }), let first = periods.first, let last = periods.last {
                    reader.sink.warning(date.location, "the event on \(date.value) falls outside the data (\(first) … \(last)), so no chart shows it",
                                        hint: "check its date, or add the data of that period")
                }
            } else {
                reader.sink.error(date.location, "events need data over time, but this metric's first column is not a period")
            }
            metric.events.append(MetricEvent(period: date.value, label: label.value, location: date.location))
        }
    }

    /// Inline rows: each a mapping whose first key is the period (or category) and the rest are series.
    private static func inlineRows(_ items: [Node], reader: FieldReader) -> (String, [DataRow]) {
        var axisName: String?
        var rows: [DataRow] = []
        for item in items {
            guard let mapping = item.mapping, let first = mapping.first else {
                reader.sink.error(reader.location(of: item), "each row of `data` must be a mapping like {date: 2026-01, value: 12}, found \(FieldReader.describe(item))")
                continue
            }
            let name = first.key.scalar?.string ?? ""
            if axisName == nil { axisName = name }
            var row = DataRow(label: first.value.scalar?.string.trimmingWhitespace ?? "", location: reader.location(of: first.value))
            if first.value.scalar == nil {
                reader.sink.error(reader.location(of: first.value), "the first value of a row must be a period or a category, found \(FieldReader.describe(first.value))")
                continue
            }
            for (key, value) in mapping.dropFirst() {
                let cellLocation = reader.location(of: value)
                guard let keyText = key.scalar?.string, let scalar = value.scalar else {
                    reader.sink.error(cellLocation, "a value of a row must be a number, found \(FieldReader.describe(value))")
                    continue
                }
                row.cells.append(DataRow.Cell(key: keyText, text: FieldReader.isNull(scalar) ? "" : scalar.string, location: cellLocation))
            }
            rows.append(row)
        }
        return (axisName ?? "period", rows)
    }

    /// Rows from a CSV file: the header names the columns; the first column is the period.
    private static func csvRows(_ csv: SourceText, sink: DiagnosticSink) -> (String, [DataRow])? {
        let table: CSVTable
        switch CSVTable.parse(csv.text) {
        case .failure(let error):
            sink.error(SourceLocation(file: csv.path, line: error.line, column: error.column), "CSV syntax error: \(error.message)")
            return nil
        case .success(let parsed): table = parsed
        }
        guard let header = table.rows.first else {
            sink.error(SourceLocation(file: csv.path), "the CSV file is empty; it needs a header row and data rows")
            return nil
        }
        guard header.count >= 2 else {
            sink.error(SourceLocation(file: csv.path), "the CSV header needs a period column and at least one series column")
            return nil
        }
        var seen = Set<String>()
        for cell in header {
            let name = cell.text.trimmingWhitespace
            let location = SourceLocation(file: csv.path, line: cell.line, column: cell.column)
            if name.isEmpty { sink.error(location, "a column of the CSV header has no name") }
            if !seen.insert(name).inserted { sink.error(location, "the CSV header names the column '\(name)' twice") }
        }
        var rows: [DataRow] = []
        if table.rows.count == 1 {
            sink.error(SourceLocation(file: csv.path, line: header[0].line), "the CSV file has a header but no data rows")
        }
        for cells in table.rows.dropFirst() {
            let first = cells[0]
            if cells.count != header.count {
                sink.error(SourceLocation(file: csv.path, line: first.line, column: 1),
                           "this row has \(cells.count) cells, but the header has \(header.count)")
                continue
            }
            var row = DataRow(label: first.text.trimmingWhitespace, location: SourceLocation(file: csv.path, line: first.line, column: first.column))
            for (cell, column) in zip(cells.dropFirst(), header.dropFirst()) {
                row.cells.append(DataRow.Cell(key: column.text.trimmingWhitespace, text: cell.text,
                                              location: SourceLocation(file: csv.path, line: cell.line, column: cell.column)))
            }
            rows.append(row)
        }
        return (header[0].text.trimmingWhitespace, rows)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
