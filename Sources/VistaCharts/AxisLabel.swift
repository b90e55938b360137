import VistaSupport

/// A label on the axis of positions (a period or a category), one or two lines.
struct AxisLabel: Sendable {
    /// The axis position the label belongs to.
    var index: Int
    /// The lines, top first.
    var lines: [String]
    /// Where the label sits along the axis (its anchor point).
    var position: Double = 0
    /// How the label is anchored at `position`.
    var anchor: TextAnchor = .middle
}

/// Picks which axis positions get a label so that labels never overlap.
enum AxisLabelPlanner {
    /// Steps that thin labels onto round periods, by period kind.
    static func steps(for period: ChartPeriod?) -> [Int] {
        switch period {
        case .month?: return [1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200]
        case .quarter?: return [1, 2, 4, 8, 20, 40, 80, 200, 400]
        case .week?: return [1, 2, 4, 13, 26, 52, 104, 260, 520]
        case .day?: return [1, 2, 7, 14, 30, 91, 182, 365, 730, 1825, 3650]
        default: return [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        }
    }

    /// Steps for an axis of month numbers (0, 1, 2…): every month, quarters, half years, years.
    static let monthNumberSteps = [1, 3, 6, 12, 24, 60, 120, 240, 600]

    /// Labels for the vertical layout: every `k`-th position, `k` the smallest step whose labels fit
    /// between `start` and `end` at their centres given by `scale`; the year line only where the year changes.
    /// `steps` replaces the steps the axis's kind of period would take.
    static func thinned(axis: ChartAxis, scale: IndexScale, fontSize: Double, words: PeriodWords,
                        frameWidth: Double, steps custom: [Int]? = nil) -> [AxisLabel] {
        let count = axis.count
        guard count > 0 else { return [] }
        let periods: [ChartPeriod]? = { if case .periods(let p) = axis { return p }; return nil }()
        var candidates = custom ?? steps(for: periods?.first)
        if let last = candidates.last, last < count { candidates.append(count) }
        var fallback: [AxisLabel] = []
        for k in candidates {
            let shown = shownIndices(step: k, count: count, periods: periods)
            var labels = makeLabels(shown, axis: axis, words: words, step: k)
            if case .categories = axis {
                let room = max(scale.slot * Double(k) - fontSize * 0.6, fontSize * 3)
                for i in labels.indices {
                    labels[i].lines = labels[i].lines.map { TextMetrics.truncate($0, maxWidth: room, fontSize: fontSize) }
                }
            }
            place(&labels, scale: scale, fontSize: fontSize, frameWidth: frameWidth)
            if fits(labels, fontSize: fontSize) { return labels }
            if fallback.isEmpty || labels.count < fallback.count { fallback = labels }
            if shown.count <= 1 { break }
        }
        // Nothing fits: keep only the first label, shortened to the width of the chart.
        var single = Array(fallback.prefix(1))
        if !single.isEmpty {
            single[0].lines = single[0].lines.map { TextMetrics.truncate($0, maxWidth: frameWidth / 2, fontSize: fontSize) }
            place(&single, scale: scale, fontSize: fontSize, frameWidth: frameWidth)
        }
        return single
    }

    /// Indices shown at step `k`: aligned to round periods (January, Q1, week 1…) when the axis has periods.
    static func shownIndices(step k: Int, count: Int, periods: [ChartPeriod]?) -> [Int] {
        guard k > 1 else { return Array(0..<count) }
        if let periods {
            let aligned = periods.indices.filter { periods[$0].isRound(step: k) }
            if aligned.count >= 2 || (aligned.count == 1 && count <= k) { return aligned }
        }
        return stride(from: 0, to: count, by: k).map { $0 }
    }

    static func makeLabels(_ shown: [Int], axis: ChartAxis, words: PeriodWords, step: Int = 1) -> [AxisLabel] {
        switch axis {
        case .periods(let periods):
            if let first = shown.first, periods[first].labelsOnlyYear(step: step) {
                return shown.map { AxisLabel(index: $0, lines: [String(periods[$0].year)]) }
            }
            let texts = words.axisLabels(shown.map { periods[$0] })
            return zip(shown, texts).map { index, text in
                AxisLabel(index: index, lines: text.1.map { [text.0, $0] } ?? [text.0])
            }
        case .categories(let names):
            return shown.map { AxisLabel(index: $0, lines: [names[$0]]) }
        }
    }

    /// Centres labels on their positions, keeping the first and last inside the frame.
    static func place(_ labels: inout [AxisLabel], scale: IndexScale, fontSize: Double, frameWidth: Double) {
        for i in labels.indices {
            let x = scale.center(labels[i].index)
            let half = width(labels[i], fontSize: fontSize) / 2
            labels[i].position = x
            labels[i].anchor = .middle
            if x - half < 2 { labels[i].position = max(2, x - 4); labels[i].anchor = .start }
            if x + half > frameWidth - 2 { labels[i].position = min(frameWidth - 2, x + 4); labels[i].anchor = .end }
        }
    }

    /// The widest line of a label.
    static func width(_ label: AxisLabel, fontSize: Double) -> Double {
        label.lines.reduce(0) { max($0, TextMetrics.width($1, fontSize: fontSize)) }
    }

    /// The horizontal extent of a placed label.
    static func span(_ label: AxisLabel, fontSize: Double) -> (Double, Double) {
        let w = width(label, fontSize: fontSize)
        switch label.anchor {
        case .start: return (label.position, label.position + w)
        case .end: return (label.position - w, label.position)
        case .middle: return (label.position - w / 2, label.position + w / 2)
        }
    }

    /// Whether neighbouring labels keep a gap of at least half the font size.
    static func fits(_ labels: [AxisLabel], fontSize: Double) -> Bool {
        for i in labels.indices.dropFirst() {
            if span(labels[i - 1], fontSize: fontSize).1 + fontSize * 0.6 > span(labels[i], fontSize: fontSize).0 { return false }
        }
        return true
    }
}
