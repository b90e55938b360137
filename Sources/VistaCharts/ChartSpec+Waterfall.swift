import VistaSupport

/// The savings waterfall: the current total, each task's change as a step, the proposed total.
extension ChartSpec {
    /// A waterfall from `start` through signed `steps` (negative for a saving) to the resulting total,
    /// which is `start` plus the sum of the steps and labelled `endLabel`.
    ///
    /// The axis holds the labels in order (start, steps, end) and a single series holds
    /// `[start, delta…, end]`; falling totals are drawn as good (`lowerIsBetter`).
    public static func waterfall(title: String, startLabel: String, start: Double,
                                 steps: [(label: String, delta: Double)], endLabel: String,
                                 unit: ValueUnit, numberStyle: NumberStyle = .english,
                                 words: Catalogue = Catalogue()) -> ChartSpec {
        let safeStart = start.isFinite ? start : 0
        let deltas = steps.map { $0.delta.isFinite ? $0.delta : 0 }
        let end = deltas.reduce(safeStart, +)
        let labels = [startLabel] + steps.map(\.label) + [endLabel]
        let values: [Double?] = [safeStart] + deltas.map { Optional($0) } + [end]
        return ChartSpec(kind: .waterfall, title: title, axis: .categories(labels),
                         series: [ChartSeries(key: "amount", name: title, values: values)],
                         unit: unit, direction: .lowerIsBetter, numberStyle: numberStyle, words: words)
    }

    /// For a waterfall: the running total before and after each position (totals run from zero).
    var waterfallSpans: [(from: Double, to: Double)] {
        guard let values = series.first?.values, !values.isEmpty else { return [] }
        let count = values.count
        var running = 0.0
        var spans: [(from: Double, to: Double)] = []
        for (i, raw) in values.enumerated() {
            let v = raw.flatMap { $0.isFinite ? $0 : nil } ?? 0
            if i == 0 || i == count - 1 {
                spans.append((0, v))
                running = v
            } else {
                spans.append((running, running + v))
                running += v
            }
        }
        return spans
    }
}
