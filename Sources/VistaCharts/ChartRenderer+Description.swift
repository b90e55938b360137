import VistaSupport

/// The generated sentence that describes a chart with its numbers (the SVG's `<desc>`), in the
/// words of the chart's catalogue (`chart.rose`, `chart.below_target`, …): whole sentences with
/// placeholders, so that each language orders its words its own way.
extension ChartRenderer {
    /// A sentence with the chart's numbers, e.g.
    /// "No-show rate fell from 11.2 % in Jan 2026 to 4.8 % in Oct 2026, below the 5 % target."
    public static func describe(_ spec: ChartSpec) -> String {
        let words = spec.words
        let subject = spec.title.isEmpty ? words["chart.the_value"] : spec.title
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
            let total = ChartSeries(key: "total", name: words["chart.the_total"], values: totals)
            return words("chart.with_subject", ["subject": subject,
                                                "text": trend(total, subject: words["chart.the_total_lower"], spec: spec, withTarget: true)])
        case .bar where !spec.axis.isTime:
            return describeCategories(spec, subject: subject)
        default:
            let present = spec.seriesWithData
            guard let first = present.first else { return words("chart.no_data_yet", ["subject": subject]) }
            if present.count == 1 { return trend(first, subject: subject, spec: spec, withTarget: true) }
            var sentences: [String] = []
            for (k, series) in present.prefix(3).enumerated() {
                sentences.append(trend(series, subject: series.name, spec: spec, withTarget: k == 0))
            }
            if present.count > 3 {
                sentences.append(words.plural("chart.more_series", count: Double(present.count - 3), countText: String(present.count - 3)))
            }
            return words("chart.with_subject", ["subject": subject, "text": sentences.joined(separator: " ")])
        }
    }

    /// "X fell from A in P to B in Q (−48.4 %), below the T target."
    static func trend(_ series: ChartSeries, subject: String, spec: ChartSpec, withTarget: Bool) -> String {
        let f = spec.formatter, words = spec.words
        guard let last = series.lastIndex, let lastValue = series.value(at: last) else {
            return words("chart.no_data_yet", ["subject": subject])
        }
        var sentence: String
        if let first = spec.baseline(for: series), first != last, let firstValue = series.value(at: first) {
            let from = spec.axis.label(at: first, words: spec.periodWords), to = spec.axis.label(at: last, words: spec.periodWords)
            if f.format(firstValue) == f.format(lastValue) {
                sentence = words("chart.stayed", ["subject": subject, "value": f.format(lastValue), "fromPeriod": from, "toPeriod": to])
            } else {
                sentence = words(lastValue > firstValue ? "chart.rose" : "chart.fell",
                                 ["subject": subject, "from": f.format(firstValue), "fromPeriod": from,
                                  "inFromPeriod": spec.axis.inLabel(at: first, words: words, periods: spec.periodWords),
                                  "to": f.format(lastValue), "toPeriod": to, "inToPeriod": spec.axis.inLabel(at: last, words: words, periods: spec.periodWords)])
                if case .percent = spec.unit {} else if firstValue != 0 {
                    sentence = words("chart.percent_change", ["sentence": sentence,
                                                              "percent": f.formatPercentChange((lastValue - firstValue) / abs(firstValue))])
                }
            }
        } else {
            sentence = words("chart.was", ["subject": subject, "value": f.format(lastValue), "period": spec.axis.label(at: last, words: spec.periodWords),
                                           "inPeriod": spec.axis.inLabel(at: last, words: words, periods: spec.periodWords)])
        }
        if withTarget, let target = spec.finiteTarget {
            // "still" marks a target not met yet, given which direction is good.
            let missed = spec.direction == .lowerIsBetter ? lastValue > target : lastValue < target
            let key = lastValue < target ? (missed ? "chart.still_below_target" : "chart.below_target")
                : lastValue > target ? (missed ? "chart.still_above_target" : "chart.above_target") : "chart.at_target"
            return words(key, ["sentence": sentence, "target": f.format(target)])
        }
        return words("chart.end_sentence", ["sentence": sentence])
    }

    static func describeCategories(_ spec: ChartSpec, subject: String) -> String {
        let words = spec.words
        guard let series = spec.seriesWithData.first else { return words("chart.no_data_yet", ["subject": subject]) }
        let f = spec.formatter
        let pairs = (0..<spec.positionCount).compactMap { i in series.value(at: i).map { (spec.axis.label(at: i, words: spec.periodWords), $0) } }
        guard let high = pairs.max(by: { $0.1 < $1.1 }), let low = pairs.min(by: { $0.1 < $1.1 }) else {
            return words("chart.no_data_yet", ["subject": subject])
        }
        if pairs.count == 1 { return words("chart.one_category", ["subject": subject, "category": high.0, "value": f.format(high.1)]) }
        var sentence = words("chart.categories", ["subject": subject, "count": String(pairs.count), "high": high.0, "highValue": f.format(high.1),
                                                  "low": low.0, "lowValue": f.format(low.1)])
        if spec.seriesWithData.count > 1 { sentence = words("chart.categories_series", ["sentence": sentence, "series": series.name]) }
        return words("chart.end_sentence", ["sentence": sentence])
    }

    static func describeComparisons(_ spec: ChartSpec, subject: String) -> String {
        let words = spec.words
        let rows = Comparison.rows(of: spec)
        guard !rows.isEmpty else { return words("chart.no_data_yet", ["subject": subject]) }
        let f = spec.formatter
        var parts: [String] = []
        for row in rows.prefix(6) {
            switch (row.before, row.after) {
            case let (b?, a?):
                if f.format(a) == f.format(b) {
                    parts.append(words("chart.comparison_stayed", ["name": row.name, "value": f.format(a)]))
                } else {
                    parts.append(words(a > b ? "chart.comparison_rose" : "chart.comparison_fell",
                                       ["name": row.name, "before": f.format(b), "beforeLabel": row.beforeLabel,
                                        "after": f.format(a), "afterLabel": row.afterLabel]))
                }
            case let (nil, a?): parts.append(words("chart.comparison_was", ["name": row.name, "value": f.format(a), "label": row.afterLabel]))
            case let (b?, nil): parts.append(words("chart.comparison_was", ["name": row.name, "value": f.format(b), "label": row.beforeLabel]))
            default: break
            }
        }
        if rows.count > 6 { parts.append(words("chart.comparison_more", ["count": String(rows.count - 6)])) }
        return words("chart.end_sentence", ["sentence": words("chart.with_subject", ["subject": subject, "text": parts.joined(separator: words["chart.list_separator"])])])
    }

    static func describeWaterfall(_ spec: ChartSpec, subject: String) -> String {
        let words = spec.words
        let spans = spec.waterfallSpans
        guard spans.count >= 2 else { return words("chart.no_data_yet", ["subject": subject]) }
        let f = spec.formatter
        let start = spans[0].to, end = spans[spans.count - 1].to
        let first = spec.axis.label(at: 0, words: spec.periodWords), last = spec.axis.label(at: spans.count - 1, words: spec.periodWords)
        var sentence = words("chart.waterfall", ["subject": subject, "first": first, "start": f.format(start), "last": last,
                                                 "end": f.format(end), "change": f.formatChange(end - start)])
        if start != 0 { sentence = words("chart.percent_change", ["sentence": sentence, "percent": f.formatPercentChange((end - start) / abs(start))]) }
        let steps = spans.indices.dropFirst().dropLast()
        sentence = words.plural("chart.waterfall_steps", count: Double(steps.count), countText: String(steps.count), ["sentence": sentence])
        if let largest = steps.max(by: { abs(spans[$0].to - spans[$0].from) < abs(spans[$1].to - spans[$1].from) }) {
            sentence = words("chart.waterfall_largest", ["sentence": sentence, "step": spec.axis.label(at: largest, words: spec.periodWords),
                                                         "change": f.formatChange(spans[largest].to - spans[largest].from)])
        }
        sentence = words("chart.end_sentence", ["sentence": sentence])
        if let oneOff = spec.waterfallOneOff {
            sentence += " " + words("chart.waterfall_one_off", ["label": spec.axis.label(at: oneOff.index, words: spec.periodWords), "amount": f.format(oneOff.amount)])
        }
        return sentence
    }

    /// "Payback: −$6,000 at month 0 (the one-off cost), then +$2,000 a month; it pays back in month 3
    /// and stands at +$18,000 at month 12."
    static func describePayback(_ spec: ChartSpec, subject: String) -> String {
        let words = spec.words
        guard let series = spec.series.first, let start = series.value(at: 0), let last = series.lastIndex,
              let end = series.value(at: last), last > 0 else { return words("chart.no_data_yet", ["subject": subject]) }
        let f = spec.formatter
        let monthly = (series.value(at: 1) ?? start) - start
        let number = { (n: Int) in DecimalText.format(Double(n), decimals: 0, style: spec.numberStyle) }
        var values = ["subject": subject, "start": f.formatChange(start), "monthly": f.formatChange(monthly),
                      "end": f.formatChange(end), "last": number(last)]
        if let month = spec.paybackIndex { values["month"] = number(month) }
        let key = spec.paybackIndex != nil ? "chart.payback_pays_back" : start < 0 ? "chart.payback_never" : "chart.payback_nothing"
        return words(key, values)
    }
}
