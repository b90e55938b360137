import VistaSupport

/// A before/after pair: one row of a before-after chart.
struct Comparison: Sendable {
    /// The row's name: the series name, or the category.
    var name: String
    /// The baseline value and its position label.
    var before: Double?
    var beforeLabel: String
    /// The latest value and its position label.
    var after: Double?
    var afterLabel: String

    /// The rows of a before-after chart.
    ///
    /// With periods, each series is a row: its baseline value against its latest value.
    /// With categories and two or more series, each category is a row: the first series against the last.
    /// With categories and one series, that series' first value against its last is the only row.
    static func rows(of spec: ChartSpec) -> [Comparison] {
        let words = spec.periodWords
        switch spec.axis {
        case .periods:
            return spec.series.compactMap { series in
                guard let last = series.lastIndex, let first = spec.baseline(for: series) else { return nil }
                return Comparison(name: series.name, before: series.value(at: first),
                                  beforeLabel: spec.axis.label(at: first, words: words),
                                  after: series.value(at: last), afterLabel: spec.axis.label(at: last, words: words))
            }
        case .categories(let names):
            if spec.series.count >= 2, let first = spec.series.first, let last = spec.series.last {
                return names.indices.compactMap { i in
                    let b = first.value(at: i), a = last.value(at: i)
                    guard b != nil || a != nil else { return nil }
                    return Comparison(name: names[i], before: b, beforeLabel: first.name, after: a, afterLabel: last.name)
                }
            }
            guard let series = spec.series.first, let a = series.firstIndex, let b = series.lastIndex else { return [] }
            return [Comparison(name: series.name, before: series.value(at: a), beforeLabel: names[a],
                               after: series.value(at: b), afterLabel: names[b])]
        }
    }

    /// The before-after chart redrawn as rows: categories are the row names, series 0 the baselines,
    /// series 1 the latest values.
    static func rowSpec(of spec: ChartSpec) -> ChartSpec {
        let rows = Comparison.rows(of: spec)
        var derived = spec
        derived.axis = .categories(rows.map(\.name))
        derived.series = [
            ChartSeries(key: "before", name: "before", values: rows.map(\.before)),
            ChartSeries(key: "after", name: "after", values: rows.map(\.after)),
        ]
        derived.events = []
        derived.baselineIndex = nil
        return derived
    }
}
