/// Bar marks: grouped bars, stacked bars and the waterfall, in either orientation.
extension ChartCanvas {
    /// One bar per series at each position (grouped when there are several), values labelled where they fit.
    mutating func drawBars() {
        let visible = spec.series.enumerated().filter { $0.element.firstIndex != nil }
        guard !visible.isEmpty else { return }
        let band = plot.index.bandWidth
        let sub = band / Double(visible.count)
        let labelled = visible.count == 1 && valueLabelsFit(visible[0].element.values.map { $0.map(formatter.format) ?? "" }, thickness: sub)
        out.openGroup("vista-marks")
        for (k, (s, series)) in visible.enumerated() {
            out.openGroup("vista-series " + ChartCanvas.colorClass(s))
            let offset = -band / 2 + sub * (Double(k) + 0.5)
            for i in 0..<spec.positionCount {
                guard let v = series.value(at: i) else { continue }
                out.rect(plot.bar(i, from: 0, to: v, thickness: max(sub - 1, 1), offset: offset), cssClass: "vista-bar")
                if labelled { valueLabel(formatter.format(v), at: i, value: v, offset: offset) }
            }
            out.closeGroup()
        }
        out.closeGroup()
    }

    /// Series stacked per position: positive values upwards from zero, negative ones downwards.
    mutating func drawStacked() {
        let band = plot.index.bandWidth
        out.openGroup("vista-marks")
        var positive = Array(repeating: 0.0, count: spec.positionCount)
        var negative = positive
        for (s, series) in spec.series.enumerated() where series.firstIndex != nil {
            out.openGroup("vista-series " + ChartCanvas.colorClass(s))
            for i in 0..<spec.positionCount {
                guard let v = series.value(at: i), v != 0 else { continue }
                let from = v > 0 ? positive[i] : negative[i]
                if v > 0 { positive[i] += v } else { negative[i] += v }
                out.rect(plot.bar(i, from: from, to: from + v, thickness: band), cssClass: "vista-bar")
            }
            out.closeGroup()
        }
        out.closeGroup()
    }

    /// The waterfall: totals from zero, steps floating from the running total, joined by connectors;
    /// steps coloured good or bad by the spec's direction.
    mutating func drawWaterfall() {
        let spans = spec.waterfallSpans
        guard !spans.isEmpty else { return }
        let band = plot.index.bandWidth
        let texts = spans.indices.map { waterfallText($0, spans: spans) }
        let labelled = valueLabelsFit(texts + (spec.waterfallOneOff.map { [formatter.format($0.amount)] } ?? []), thickness: band)
        out.openGroup("vista-marks")
        for (i, span) in spans.enumerated() {
            let total = i == 0 || i == spans.count - 1
            let delta = span.to - span.from
            let cssClass = total ? "vista-total" : (spec.direction.isGood(delta).map { $0 ? "vista-good" : "vista-bad" } ?? "vista-neutral")
            out.rect(plot.bar(i, from: span.from, to: span.to, thickness: band), cssClass: "vista-bar " + cssClass)
            if i + 1 < spans.count {
                let a = plot.point(i, span.to, offset: band / 2), b = plot.point(i + 1, span.to, offset: -band / 2)
                out.line(a.x, a.y, b.x, b.y, cssClass: "vista-connector")
            }
            if labelled { valueLabel(texts[i], at: i, value: max(span.from, span.to), offset: 0) }
        }
        if let oneOff = spec.waterfallOneOff { drawOneOffBar(oneOff, labelled: labelled) }
        out.closeGroup()
    }

    /// The one-off cost after the yearly bars: set apart by a dashed rule, drawn hollow with a dashed
    /// outline, so that it never reads as one more step of the year.
    mutating func drawOneOffBar(_ oneOff: (index: Int, amount: Double), labelled: Bool) {
        let band = plot.index.bandWidth
        let rect = plot.rect
        let edge = (plot.index.center(oneOff.index - 1) + plot.index.center(oneOff.index)) / 2 + plot.indexShift
        if plot.horizontal {
            out.line(rect.x, edge, rect.maxX, edge, cssClass: "vista-one-off-rule")
        } else {
            out.line(edge, rect.y, edge, rect.maxY, cssClass: "vista-one-off-rule")
        }
        out.rect(plot.bar(oneOff.index, from: 0, to: oneOff.amount, thickness: max(band - 2, 1)), cssClass: "vista-bar vista-one-off")
        if labelled { valueLabel(formatter.format(oneOff.amount), at: oneOff.index, value: oneOff.amount, offset: 0) }
    }

    /// The label of a waterfall bar: totals in full, steps signed.
    func waterfallText(_ i: Int, spans: [(from: Double, to: Double)]) -> String {
        i == 0 || i == spans.count - 1 ? formatter.format(spans[i].to) : formatter.formatChange(spans[i].to - spans[i].from)
    }

    /// Whether value labels fit: always beside horizontal bars, above columns only when narrower than the column slot.
    func valueLabelsFit(_ texts: [String], thickness: Double) -> Bool {
        if plot.horizontal { return true }
        let slot = plot.index.slot * thickness / max(plot.index.bandWidth, 1)
        return texts.allSatisfy { TextMetrics.width($0, fontSize: fontSize) <= slot * 0.95 }
    }

    /// A value label beyond the end of the bar that reaches `value` at position `i`.
    mutating func valueLabel(_ text: String, at i: Int, value: Double, offset: Double) {
        let p = plot.point(i, value, offset: offset)
        if plot.horizontal {
            let negative = value < 0
            overlay.label([text], x: p.x + (negative ? -4 : 4), y: textBaseline(p.y), anchor: negative ? .end : .start, cssClass: "vista-value")
        } else {
            let y = value < 0 ? p.y + fontSize + 2 : p.y - 4
            overlay.label([text], x: p.x, y: y, anchor: .middle, cssClass: "vista-value")
        }
    }
}
