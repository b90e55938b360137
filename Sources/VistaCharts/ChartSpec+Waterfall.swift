import VistaSupport

/// The savings waterfall: the current total, each task's change as a step, the proposed total, and
/// optionally the one-off cost of the changes as a bar of its own.
extension ChartSpec {
    /// A waterfall from `start` through signed `steps` (negative for a saving) to the resulting total,
    /// which is `start` plus the sum of the steps and labelled `endLabel`.
    ///
    /// The axis holds the labels in order (start, steps, end) and a single series holds
    /// `[start, delta…, end]`; falling totals are drawn as good (`lowerIsBetter`). A `oneOff` cost
    /// adds one more position after the end: a bar from zero, drawn apart from the yearly figures.
    public static func waterfall(title: String, startLabel: String, start: Double,
                                 steps: [(label: String, delta: Double)], endLabel: String,
                                 oneOff: (label: String, amount: Double)? = nil,
                                 unit: ValueUnit, numberStyle: NumberStyle = .english,
                                 words: Catalogue = Catalogue(), periodWords: PeriodWords? = nil) -> ChartSpec {
        let safeStart = start.isFinite ? start : 0
        let deltas = steps.map { $0.delta.isFinite ? $0.delta : 0 }
        let end = deltas.reduce(safeStart, +)
        var labels = [startLabel] + steps.map(\.label) + [endLabel]
        var values: [Double?] = [safeStart] + deltas.map { Optional($0) } + [end]
        if let oneOff {
            labels.append(oneOff.label)
            values.append(oneOff.amount.isFinite ? oneOff.amount : 0)
        }
        var spec = ChartSpec(kind: .waterfall, title: title, axis: .categories(labels),
                             series: [ChartSeries(key: "amount", name: title, values: values)],
                             unit: unit, direction: .lowerIsBetter, numberStyle: numberStyle, words: words, periodWords: periodWords)
        spec.oneOffBar = oneOff != nil
        return spec
    }

    /// For a waterfall: the running total before and after each yearly position (totals run from
    /// zero); the one-off bar, if any, is not among them (see `waterfallOneOff`).
    var waterfallSpans: [(from: Double, to: Double)] {
        guard let all = series.first?.values, !all.isEmpty else { return [] }
        let values = oneOffBar ? Array(all.dropLast()) : all
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

    /// For a waterfall with a one-off bar: its position and amount.
    var waterfallOneOff: (index: Int, amount: Double)? {
        guard oneOffBar, let values = series.first?.values, values.count >= 2 else { return nil }
        let amount = values[values.count - 1].flatMap { $0.isFinite ? $0 : nil } ?? 0
        return (values.count - 1, amount)
    }
}
