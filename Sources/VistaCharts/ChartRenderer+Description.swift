/// The generated sentence that describes a chart with its numbers (the SVG's `<desc>`).
extension ChartRenderer {
    /// A sentence with the chart's numbers, e.g.
    /// "No-show rate fell from 11.2 % in Jan 2026 to 4.8 % in Oct 2026, below the 5 % target."
    public static func describe(_ spec: ChartSpec) -> String {
        let subject = spec.title.isEmpty ? "The value" : spec.title
        switch spec.kind {
        case .waterfall:
            return describeWaterfall(spec, subject: subject)
        case .payback:
            return describePayback(spec, subject: subject)
        case .beforeAfter:
            return describeComparisons(spec, subject: subject)
        case .stacked:
            let totals = (0..<spec.positionCount).map { i -> Double? in
                let vs = spec.series.compactMap { $0.value(at: i) }
                return vs.isEmpty ? nil : vs.reduce(0, +)
            }
            let total = ChartSeries(key: "total", name: "The total", values: totals)
            return subject + ": " + trend(total, subject: "the total", spec: spec, withTarget: true)
        case .bar where !spec.axis.isTime:
            return describeCategories(spec, subject: subject)
        default:
            let present = spec.seriesWithData
            guard let first = present.first else { return subject + ": no data yet." }
            if present.count == 1 { return trend(first, subject: subject, spec: spec, withTarget: true) }
            var sentences = [subject + ":"]
            for (k, series) in present.prefix(3).enumerated() {
                sentences.append(trend(series, subject: series.name, spec: spec, withTarget: k == 0))
            }
            if present.count > 3 { sentences.append("\(present.count - 3) more series are in the table.") }
            return sentences.joined(separator: " ")
        }
    }

    /// "X fell from A in P to B in Q (−48.4 %), below the T target."
    static func trend(_ series: ChartSeries, subject: String, spec: ChartSpec, withTarget: Bool) -> String {
        let f = spec.formatter, language = spec.numberStyle.language
        guard let last = series.lastIndex, let lastValue = series.value(at: last) else { return subject + ": no data yet." }
        var sentence: String
        if let first = spec.baseline(for: series), first != last, let firstValue = series.value(at: first) {
            let from = spec.axis.label(at: first, language: language), to = spec.axis.label(at: last, language: language)
            if f.format(firstValue) == f.format(lastValue) {
                sentence = "\(subject) stayed at \(f.format(lastValue)) from \(from) to \(to)"
            } else {
                let verb = lastValue > firstValue ? "rose" : "fell"
                sentence = "\(subject) \(verb) from \(f.format(firstValue)) in \(from) to \(f.format(lastValue)) in \(to)"
                if case .percent = spec.unit {} else if firstValue != 0 {
                    sentence += " (\(f.formatPercentChange((lastValue - firstValue) / abs(firstValue))))"
                }
            }
        } else {
            sentence = "\(subject) was \(f.format(lastValue)) in \(spec.axis.label(at: last, language: language))"
        }
        if withTarget, let target = spec.finiteTarget {
            let position = lastValue < target ? "below" : lastValue > target ? "above" : "at"
            // "still" marks a target not met yet, given which direction is good.
            let missed = spec.direction == .lowerIsBetter ? lastValue > target : lastValue < target
            sentence += ", \(missed ? "still " : "")\(position) the \(f.format(target)) target"
        }
        return sentence + "."
    }

    static func describeCategories(_ spec: ChartSpec, subject: String) -> String {
        guard let series = spec.seriesWithData.first else { return subject + ": no data yet." }
        let f = spec.formatter
        let pairs = (0..<spec.positionCount).compactMap { i in series.value(at: i).map { (spec.axis.label(at: i), $0) } }
        guard let high = pairs.max(by: { $0.1 < $1.1 }), let low = pairs.min(by: { $0.1 < $1.1 }) else {
            return subject + ": no data yet."
        }
        if pairs.count == 1 { return "\(subject): \(high.0) at \(f.format(high.1))." }
        var sentence = "\(subject): \(pairs.count) categories, highest \(high.0) at \(f.format(high.1)), lowest \(low.0) at \(f.format(low.1))"
        if spec.seriesWithData.count > 1 { sentence += " (\(series.name))" }
        return sentence + "."
    }

    static func describeComparisons(_ spec: ChartSpec, subject: String) -> String {
        let rows = Comparison.rows(of: spec)
        guard !rows.isEmpty else { return subject + ": no data yet." }
        let f = spec.formatter
        var parts: [String] = []
        for row in rows.prefix(6) {
            switch (row.before, row.after) {
            case let (b?, a?):
                let verb = f.format(a) == f.format(b) ? "stayed at" : (a > b ? "rose from" : "fell from")
                parts.append(verb == "stayed at" ? "\(row.name) stayed at \(f.format(a))"
                             : "\(row.name) \(verb) \(f.format(b)) (\(row.beforeLabel)) to \(f.format(a)) (\(row.afterLabel))")
            case let (nil, a?): parts.append("\(row.name) was \(f.format(a)) (\(row.afterLabel))")
            case let (b?, nil): parts.append("\(row.name) was \(f.format(b)) (\(row.beforeLabel))")
            default: break
            }
        }
        if rows.count > 6 { parts.append("\(rows.count - 6) more in the table") }
        return subject + ": " + parts.joined(separator: "; ") + "."
    }

    static func describeWaterfall(_ spec: ChartSpec, subject: String) -> String {
        let spans = spec.waterfallSpans
        guard spans.count >= 2 else { return subject + ": no data yet." }
        let f = spec.formatter
        let start = spans[0].to, end = spans[spans.count - 1].to
        let first = spec.axis.label(at: 0), last = spec.axis.label(at: spans.count - 1)
        var sentence = "\(subject): \(first) \(f.format(start)), \(last) \(f.format(end))"
        sentence += ", a change of \(f.formatChange(end - start))"
        if start != 0 { sentence += " (\(f.formatPercentChange((end - start) / abs(start))))" }
        let steps = spans.indices.dropFirst().dropLast()
        sentence += " over \(steps.count) step\(steps.count == 1 ? "" : "s")"
        if let largest = steps.max(by: { abs(spans[$0].to - spans[$0].from) < abs(spans[$1].to - spans[$1].from) }) {
            sentence += "; the largest is \(spec.axis.label(at: largest)) at \(f.formatChange(spans[largest].to - spans[largest].from))"
        }
        sentence += "."
        if let oneOff = spec.waterfallOneOff {
            sentence += " \(spec.axis.label(at: oneOff.index)): \(f.format(oneOff.amount))."
        }
        return sentence
    }

    /// "Payback: −$6,000 at month 0 (the one-off cost), then +$2,000 a month; it pays back in month 3
    /// and stands at +$18,000 at month 12."
    static func describePayback(_ spec: ChartSpec, subject: String) -> String {
        guard let series = spec.series.first, let start = series.value(at: 0), let last = series.lastIndex,
              let end = series.value(at: last), last > 0 else { return subject + ": no data yet." }
        let f = spec.formatter
        let monthly = (series.value(at: 1) ?? start) - start
        var sentence = "\(subject): \(f.formatChange(start)) at month 0"
        if start < 0 { sentence += " (the one-off cost)" }
        sentence += ", then \(f.formatChange(monthly)) a month; "
        if let month = spec.paybackIndex {
            sentence += "it pays back in month \(month)"
        } else if start < 0 {
            sentence += "it does not pay back within \(last) months"
        } else {
            sentence += "there is nothing to pay back"
        }
        return sentence + " and stands at \(f.formatChange(end)) at month \(last)."
    }
}
