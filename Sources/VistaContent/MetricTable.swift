/// A row of a metric's data as written, before it is checked: the first column and the cells.
/// `place` names a cell in a message where the location cannot ("sheet 'Hours' cell B7: ").
struct DataRow {
    struct Cell {
        var key: String
        var text: String
        var location: SourceLocation
        var place = ""
    }

    var label: String
    var location: SourceLocation
    var place = ""
    var cells: [Cell] = []
}

/// Turns written rows into `MetricData`: periods or categories, numbers or gaps, in order.
enum MetricTable {
    /// `decimalComma`: the file writes decimals with a comma (`42,5`), so a dot is an error.
    static func build(axisName: String, rows: [DataRow], file: String, decimalComma: Bool = false, sink: DiagnosticSink) -> MetricData {
        var keys: [String] = []
        var knownKeys = Set<String>()
        for row in rows {
            // A row with the keys found so far, in their order (every row of a file), adds none.
            if row.cells.count == keys.count, zip(row.cells, keys).allSatisfy({ $0.key == $1 }) { continue }
            for cell in row.cells where knownKeys.insert(cell.key).inserted { keys.append(cell.key) }
        }
        let isTimeSeries = rows.contains { Period.looksLikePeriod($0.label) }
        var periods: [Period] = []
        var categories: [String] = []
        // Sets beside the ordered lists, so that a file of millions of rows is checked in linear time.
        var seenPeriods = Set<Period>(), seenCategories = Set<String>()
        if isTimeSeries {
            seenPeriods.reserveCapacity(rows.count)
            periods.reserveCapacity(rows.count)
        } else {
            seenCategories.reserveCapacity(rows.count)
            categories.reserveCapacity(rows.count)
        }
        // The rows kept, by index: copying them would retain every cell's strings again.
        var keptRows: [Int] = []
        keptRows.reserveCapacity(rows.count)
        for (rowIndex, row) in rows.enumerated() {
            if isTimeSeries {
                switch Period.parse(row.label) {
                case .success(let period):
                    if let first = periods.first, first.granularity != period.granularity {
                        sink.error(row.location, row.place + "bad period: '\(row.label)' is a \(period.granularity.rawValue), but the data's periods are \(first.granularity.plural)")
                        continue
                    }
                    if !seenPeriods.insert(period).inserted {
                        sink.error(row.location, row.place + "the period \(period) appears twice in the data")
                        continue
                    }
                    periods.append(period)
                case .failure(let error):
                    sink.error(row.location, row.place + "bad period: \(error.message)")
                    continue
                }
            } else {
                if row.label.isEmpty {
                    sink.error(row.location, row.place + "a row has no period or category in its first column")
                    continue
                }
                if !seenCategories.insert(row.label).inserted {
                    sink.error(row.location, row.place + "the category '\(row.label)' appears twice in the data")
                    continue
                }
                categories.append(row.label)
            }
            keptRows.append(rowIndex)
        }
        var series = keys.map { MetricSeries(key: $0, values: [], decimals: []) }
        for index in series.indices {
            series[index].values.reserveCapacity(keptRows.count)
            series[index].decimals.reserveCapacity(keptRows.count)
        }
        for rowIndex in keptRows {
            let row = rows[rowIndex]
            // A row whose cells are the keys in order (every row of a file) is read by position;
            // any other by key, the first cell of each key, found in constant time.
            let inOrder = row.cells.count == keys.count && zip(row.cells, keys).allSatisfy { $0.key == $1 }
            var cellsByKey: [String: DataRow.Cell] = [:]
            if !inOrder { for cell in row.cells where cellsByKey[cell.key] == nil { cellsByKey[cell.key] = cell } }
            for (index, key) in keys.enumerated() {
                guard let cell = inOrder ? row.cells[index] : cellsByKey[key] else {
                    series[index].values.append(nil)
                    series[index].decimals.append(nil)
                    continue
                }
                let text = cell.text.trimmingWhitespace
                // `42,5` in a decimal-comma file is written with one decimal, as `42.5` is.
                series[index].decimals.append(NumberText.decimals(decimalComma ? String(text.map { $0 == "," ? "." : $0 }) : text))
                if text.isEmpty {
                    series[index].values.append(nil)
                } else if decimalComma {
                    series[index].values.append(DecimalMark.commaValue(text, key: key, location: cell.location, place: cell.place, sink: sink))
                } else if let value = NumberText.parse(text) {
                    series[index].values.append(value)
                } else {
                    sink.error(cell.location, cell.place + "bad value '\(text)' for '\(key)': values are plain numbers like 12400 or 4.8",
                               hint: text.contains(",") ? "write numbers without thousands separators, with a dot for decimals; a CSV separated by semicolons may use decimal commas (decimal: \",\" in the metric)" : nil)
                    series[index].values.append(nil)
                }
            }
        }
        if keys.isEmpty, !rows.isEmpty {
            sink.error(rows[0].location, "the data has no series: each row needs a period and at least one value")
        }
        if isTimeSeries {
            let order = periods.indices.sorted { periods[$0] < periods[$1] }
            let sortedPeriods = order.map { periods[$0] }
            for index in series.indices {
                series[index].values = order.map { series[index].values[$0] }
                series[index].decimals = order.map { series[index].decimals[$0] }
            }
            return MetricData(axisName: axisName, axis: .periods(sortedPeriods), series: series)
        }
        return MetricData(axisName: axisName, axis: .categories(categories), series: series)
    }
}
