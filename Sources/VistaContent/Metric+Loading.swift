import Yams

extension Metric {
    static let keys = ["title", "description", "unit", "better", "target", "baseline", "events", "data", "series", "decimal", "sheet", "range", "query"]

    /// Reads `metrics/ID.yaml`; `files` reads a data file beside it.
    static func load(_ node: Node, id: String, source: YAMLSource, sink: DiagnosticSink, files: DataFiles) -> Metric? {
        guard let reader = FieldReader(node, source: source, sink: sink, what: "a metric") else { return nil }
        reader.reportUnknownKeys(allowed: keys, in: "a metric")
        let title = reader.text("title", required: true)
        var rows: [DataRow] = []
        var axisName = "period"
        var dataFile: String?, dataName: String?
        var decimal = reader.choice("decimal", DecimalMark.self)?.value
        if let data = reader.value("data") {
            switch data {
            case .sequence(let items):
                (axisName, rows) = inlineRows(Array(items), reader: reader)
                if items.isEmpty { sink.error(reader.location(of: data), "`data` has no rows") }
            case .scalar(let scalar):
                dataName = scalar.string.trimmingWhitespace
                let read = readDataFile(dataName ?? "", at: reader.location(of: data), id: id, reader: reader, files: files, decimal: &decimal)
                (axisName, rows, dataFile) = (read.axisName, read.rows, read.file)
            default:
                reader.wrongType("data", expected: "a list of rows or a data file name", found: data)
            }
        } else {
            reader.missing("data", hint: "add rows like - {date: 2026-01, value: 12} or data: \(id).csv")
        }
        checkFileKeys(reader, named: dataName)
        var table = MetricTable.build(axisName: axisName, rows: rows, file: dataFile ?? source.file,
                                      decimalComma: dataFile != nil && decimal == .comma, sink: sink)
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
            event.reportUnknownKeys(allowed: ["date", "label"], in: "an event")
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

    /// A CSV file as a table: the header names the columns; the first column is the period. Decides
    /// the file's decimal mark, unless the metric wrote one.
    static func csvTable(_ csv: SourceText, decimal: inout DecimalMark?, sink: DiagnosticSink) -> DataTable? {
        let table: CSVTable
        switch CSVTable.parse(csv.text) {
        case .failure(let error):
            sink.error(SourceLocation(file: csv.path, line: error.line, column: error.column), "CSV syntax error: \(error.message)")
            return nil
        case .success(let parsed): table = parsed
        }
        decimal = DecimalMark.of(table.rows, separator: table.separator, written: decimal)
        return DataTable(csv: table, path: csv.path)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
